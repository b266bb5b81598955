// The token in a printout's QR code: short, signed, no personal data. It names the case, the
// document version, the page, and the first bytes of the SHA-256 of the exact content that was
// stamped, so a printout of an older version is recognised as such. A batch manifest's QR
// names the batch. Signed with HMAC-SHA-256 (truncated to 80 bits: forging one takes ~2^80
// tries against a server that answers each online). Text form: "K1" + base64url.
import { createHmac, timingSafeEqual } from 'node:crypto';

const PREFIX = 'K1';
const MAC_BYTES = 10;
const HASH_BYTES = 6;
const KIND_PAGE = 1;
const KIND_BATCH = 2;

export type DocumentToken =
  | { kind: 'page'; caseId: string; version: number; page: number; hashPrefix: string }
  | { kind: 'batch'; batchId: string };

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidText = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

const mac = (key: Buffer, body: Buffer) => createHmac('sha256', key).update(body).digest().subarray(0, MAC_BYTES);

export function signToken(key: Buffer, t: DocumentToken): string {
  let body: Buffer;
  if (t.kind === 'page') {
    body = Buffer.alloc(1 + 16 + 2 + 2 + HASH_BYTES);
    body[0] = KIND_PAGE;
    uuidBytes(t.caseId).copy(body, 1);
    body.writeUInt16BE(t.version, 17);
    body.writeUInt16BE(t.page, 19);
    Buffer.from(t.hashPrefix.slice(0, HASH_BYTES * 2), 'hex').copy(body, 21);
  } else {
    body = Buffer.alloc(1 + 16);
    body[0] = KIND_BATCH;
    uuidBytes(t.batchId).copy(body, 1);
  }
  return PREFIX + Buffer.concat([body, mac(key, body)]).toString('base64url');
}

/** The token's content if it is one of ours and unaltered; null otherwise (never says why: that would help a forger). */
export function verifyToken(key: Buffer, text: string): DocumentToken | null {
  const s = extractToken(text);
  if (!s) return null;
  const raw = Buffer.from(s.slice(PREFIX.length), 'base64url');
  if (raw.length < 1 + MAC_BYTES) return null;
  const body = raw.subarray(0, raw.length - MAC_BYTES);
  const given = raw.subarray(raw.length - MAC_BYTES);
  if (!timingSafeEqual(given, mac(key, body))) return null;
  if (body[0] === KIND_PAGE && body.length === 21 + HASH_BYTES) {
    return { kind: 'page', caseId: uuidText(body.subarray(1, 17)), version: body.readUInt16BE(17), page: body.readUInt16BE(19), hashPrefix: body.subarray(21).toString('hex') };
  }
  if (body[0] === KIND_BATCH && body.length === 17) return { kind: 'batch', batchId: uuidText(body.subarray(1, 17)) };
  return null;
}

/**
 * The token inside what a scanner or a person typed: the bare token, or a link carrying it
 * (?t=…), with stray whitespace. Null when nothing token-like is there.
 */
export function extractToken(input: string): string | null {
  const m = /K1[A-Za-z0-9_-]{20,80}/.exec(input.trim());
  return m ? m[0] : null;
}

export const HASH_PREFIX_HEX = HASH_BYTES * 2;

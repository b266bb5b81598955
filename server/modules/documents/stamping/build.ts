// The whole job, pure: compose the application, hash that exact content, stamp every page
// (the QR token binds case, version, page and the content hash), save. Runs in a worker.
import { createHash } from 'node:crypto';
import { composeApplication, type ApplicationContent } from './compose.ts';
import { stampPdf } from './stamp.ts';
import { HASH_PREFIX_HEX, signToken } from './token.ts';

export interface BuildRequest {
  caseId: string;
  version: number;
  content: ApplicationContent;
  watermark: string;
  qr: boolean;
  /** The token key (HMAC); only the signature leaves the worker. */
  key: Uint8Array;
}

export interface BuildResult {
  bytes: Uint8Array;
  pages: number;
  /** SHA-256 of the composed, unstamped content (bound in the QR tokens). */
  contentSha256: string;
  /** SHA-256 of the stamped file as stored and downloaded. */
  sha256: string;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export async function buildApplicationPdf(req: BuildRequest): Promise<BuildResult> {
  const composed = (await composeApplication(req.content)).doc;
  // Fixed dates so the same content hashes the same.
  composed.setCreationDate(new Date(0));
  composed.setModificationDate(new Date(0));
  const content = await composed.save({ objectsPerTick: Infinity });
  const contentSha256 = sha256(content);
  // Stamp a fresh load of exactly those bytes (pdf-lib does not draw on pages after a save).
  const key = Buffer.from(req.key);
  const stamped = await stampPdf(content, {
    watermark: req.watermark,
    caseNo: req.content.caseNo,
    qr: req.qr
      ? (page) => signToken(key, { kind: 'page', caseId: req.caseId, version: req.version, page: page + 1, hashPrefix: contentSha256.slice(0, HASH_PREFIX_HEX) })
      : undefined,
  });
  return { bytes: stamped.bytes, pages: stamped.pages, contentSha256, sha256: sha256(stamped.bytes) };
}

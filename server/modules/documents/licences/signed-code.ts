// The licence's QR code: the licence data, signed with the department's SM2 key (SM3 digest
// with the standard Z value, GB/T 32918 / GM/T 0003), in a compact text that any verifier
// holding the published public key can check offline:
//
//   KZTL1.<base64url(JSON array of the fields)>.<base64url(r‖s, 64 bytes)>
//
// The signature covers the ASCII text "KZTL1.<payload>" (as JWS does), so no canonical JSON
// is needed. A QR may carry it behind a URL (…/verify?c=KZTL1…): only the part from KZTL1 counts.
// sm-crypto-v2 implements the SM2 signature scheme; node's "SM2" curve does plain ECDSA (see traps).
import { sm2 } from 'sm-crypto-v2';

export const CODE_PREFIX = 'KZTL1';
/** The default SM2 user ID (GM/T 0009), stated with the published key. */
export const SM2_USER_ID = '1234567812345678';

export interface LicenceClaims {
  keyId: string;
  licenceNo: string;
  kind: 'production' | 'use';
  holderName: string;
  holderCode: string;
  issueDate: string;
  validUntil: string;
  species: string[];
  grade: string;
  facilityAddress: string;
}

const KIND_CODE = { production: 'P', use: 'U' } as const;

function toArray(c: LicenceClaims): unknown[] {
  return [c.keyId, c.licenceNo, KIND_CODE[c.kind], c.holderName, c.holderCode, c.issueDate, c.validUntil, c.species, c.grade, c.facilityAddress];
}

function fromArray(a: unknown): LicenceClaims | null {
  if (!Array.isArray(a) || a.length !== 10) return null;
  const [keyId, licenceNo, kind, holderName, holderCode, issueDate, validUntil, species, grade, facilityAddress] = a;
  const str = (v: unknown): v is string => typeof v === 'string' && v.length <= 300;
  if (![keyId, licenceNo, holderName, holderCode, issueDate, validUntil, grade, facilityAddress].every(str)) return null;
  if (kind !== 'P' && kind !== 'U') return null;
  if (!Array.isArray(species) || !species.every(str)) return null;
  return {
    keyId: keyId as string, licenceNo: licenceNo as string, kind: kind === 'P' ? 'production' : 'use', holderName: holderName as string,
    holderCode: holderCode as string, issueDate: issueDate as string, validUntil: validUntil as string, species: species as string[],
    grade: grade as string, facilityAddress: facilityAddress as string,
  };
}

const encoder = new TextEncoder();

// Public keys as precomputed curve points (multiplication tables), made once per key: a
// verification then costs a fraction of decoding the key every time.
const points = new Map<string, ReturnType<typeof sm2.precomputePublicKey>>();
function pointOf(publicKeyHex: string) {
  let p = points.get(publicKeyHex);
  if (!p) {
    p = sm2.precomputePublicKey(publicKeyHex);
    if (points.size > 100) points.clear();
    points.set(publicKeyHex, p);
  }
  return p;
}

export function signLicenceCode(claims: LicenceClaims, privateKeyHex: string, publicKeyHex: string): string {
  const body = `${CODE_PREFIX}.${Buffer.from(JSON.stringify(toArray(claims))).toString('base64url')}`;
  const sig = sm2.doSignature(encoder.encode(body), privateKeyHex, { hash: true, der: false, publicKey: publicKeyHex, userId: SM2_USER_ID });
  return `${body}.${Buffer.from(sig, 'hex').toString('base64url')}`;
}

/** The code part of whatever was scanned or typed (a bare code, or a URL carrying it). */
export function extractCode(input: string): string | null {
  const m = /KZTL1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/.exec(input.trim());
  return m ? m[0] : null;
}

export type CodeCheck =
  | { ok: true; claims: LicenceClaims }
  | { ok: false; reason: 'malformed' | 'unknown_key' | 'bad_signature' };

/** Checks a code offline against the published keys (keyId → SM2 public key hex). */
export function verifyLicenceCode(code: string, publicKeys: (keyId: string) => string | undefined): CodeCheck {
  const parts = code.split('.');
  if (parts.length !== 3 || parts[0] !== CODE_PREFIX) return { ok: false, reason: 'malformed' };
  let claims: LicenceClaims | null;
  try {
    claims = fromArray(JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!claims) return { ok: false, reason: 'malformed' };
  const sig = Buffer.from(parts[2]!, 'base64url');
  if (sig.length !== 64) return { ok: false, reason: 'malformed' };
  const pub = publicKeys(claims.keyId);
  if (!pub) return { ok: false, reason: 'unknown_key' };
  let valid = false;
  try {
    valid = sm2.doVerifySignature(encoder.encode(`${parts[0]}.${parts[1]}`), sig.toString('hex'), pointOf(pub), { hash: true, der: false, userId: SM2_USER_ID });
  } catch {
    valid = false;
  }
  return valid ? { ok: true, claims } : { ok: false, reason: 'bad_signature' };
}

export function generateSm2KeyPair(): { publicKey: string; privateKey: string } {
  const kp = sm2.generateKeyPairHex();
  return { publicKey: kp.publicKey, privateKey: kp.privateKey };
}

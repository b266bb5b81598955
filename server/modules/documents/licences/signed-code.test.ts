import { sm2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { extractCode, generateSm2KeyPair, signLicenceCode, SM2_USER_ID, verifyLicenceCode, type LicenceClaims } from './signed-code.ts';

const keys = generateSm2KeyPair();
const claims: LicenceClaims = {
  keyId: 'k1', licenceNo: 'SYXK（皖）2026-0001', kind: 'use', holderName: '合肥某某生物科技有限公司', holderCode: '91340100MA2N0X0X0X',
  issueDate: '2026-03-02', validUntil: '2031-03-01', species: ['小鼠', '大鼠'], grade: '无特定病原体级（SPF）', facilityAddress: '合肥市高新区望江西路 800 号 B 座 3 层',
};
const lookup = (id: string) => (id === 'k1' ? keys.publicKey : undefined);

describe('licence codes signed with SM2/SM3', () => {
  it('verifies with the published key and gives back the data', () => {
    const code = signLicenceCode(claims, keys.privateKey, keys.publicKey);
    expect(code.length).toBeLessThan(600);
    expect(verifyLicenceCode(code, lookup)).toEqual({ ok: true, claims });
  });

  it('is a real SM2 signature: an independent check of r‖s over "KZTL1.<payload>" with the default user ID', () => {
    const code = signLicenceCode(claims, keys.privateKey, keys.publicKey);
    const [prefix, payload, sig] = code.split('.');
    const msg = new TextEncoder().encode(`${prefix}.${payload}`);
    expect(sm2.doVerifySignature(msg, Buffer.from(sig!, 'base64url').toString('hex'), keys.publicKey, { hash: true, userId: SM2_USER_ID })).toBe(true);
    // …and not what node's "SM2" curve would make (plain ECDSA without Z): another user ID fails.
    expect(sm2.doVerifySignature(msg, Buffer.from(sig!, 'base64url').toString('hex'), keys.publicKey, { hash: true, userId: 'someone-else' })).toBe(false);
  });

  it('rejects altered data, a signature from another key, an unknown key and garbage', () => {
    const code = signLicenceCode(claims, keys.privateKey, keys.publicKey);
    const [prefix, , sig] = code.split('.');
    const altered = Buffer.from(JSON.stringify(['k1', claims.licenceNo, 'U', claims.holderName, claims.holderCode, claims.issueDate, '2099-12-31', claims.species, claims.grade, claims.facilityAddress])).toString('base64url');
    expect(verifyLicenceCode(`${prefix}.${altered}.${sig}`, lookup)).toEqual({ ok: false, reason: 'bad_signature' });
    const other = generateSm2KeyPair();
    expect(verifyLicenceCode(signLicenceCode(claims, other.privateKey, other.publicKey), lookup)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifyLicenceCode(signLicenceCode({ ...claims, keyId: 'k9' }, keys.privateKey, keys.publicKey), lookup)).toEqual({ ok: false, reason: 'unknown_key' });
    expect(verifyLicenceCode('KZTL1.bm90IGpzb24.AAAA', lookup)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyLicenceCode('hello', lookup).ok).toBe(false);
  });

  it('finds the code inside a scanned URL', () => {
    const code = signLicenceCode(claims, keys.privateKey, keys.publicKey);
    expect(extractCode(`https://kzt.example.gov.cn/verify?c=${code}`)).toBe(code);
    expect(extractCode('  SYXK（皖）2026-0001 ')).toBeNull();
  });
});

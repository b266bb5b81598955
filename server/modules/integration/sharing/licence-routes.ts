// Electronic licences for other departments' systems (scope licences:read): by number, by
// holder, and verification of a licence QR's signed code. Every call states its purpose and
// is audited (sharing/licences.ts); refusals are audited by the guard.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/types.ts';
import { errors } from '../schemas.ts';
import type { LicenceSharing } from './licences.ts';
import { purposeField, requirePurpose, shareGuard } from './routes.ts';

export const sharedLicenceSchema = z.object({
  licenceNo: z.string().describe('许可证编号'),
  kind: z.enum(['production', 'use']),
  title: z.string(),
  holderName: z.string().describe('持证单位（人）'),
  holderCode: z.string().describe('统一社会信用代码；公民身份号码仅显示前四位和后四位'),
  holderCodeType: z.enum(['001', '111']).describe('001 统一社会信用代码，111 公民身份号码'),
  scope: z.object({ species: z.array(z.string()), grade: z.string(), facilityAddress: z.string() }).describe('适用范围'),
  issueDate: z.string(),
  validUntil: z.string(),
  issuer: z.string().describe('发证机关'),
  status: z.enum(['valid', 'revoked', 'expired']).describe('当前状态'),
  statusLabel: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
});

export function licenceSharingRoutes(db: Kysely<DB>, sharing: LicenceSharing) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['数据共享'];
    const guard = shareGuard(db, 'share.licences');

    r.get('/api/share/v1/licences/:licenceNo', {
      onRequest: guard,
      schema: {
        tags, summary: '按许可证编号查询电子证照（须 licences:read 授权，purpose 说明用途）',
        params: z.object({ licenceNo: z.string().min(1).max(60) }),
        querystring: z.object({ purpose: purposeField }),
        response: { 200: sharedLicenceSchema, ...errors },
      },
    }, async (req) => sharing.byNumber(req.principal, req.params.licenceNo, requirePurpose(req.query.purpose)));

    r.get('/api/share/v1/licences', {
      onRequest: guard,
      schema: {
        tags, summary: '按持证主体（统一社会信用代码或公民身份号码）查询电子证照（须 licences:read 授权）',
        querystring: z.object({ holderCode: z.string().trim().min(15).max(18).describe('统一社会信用代码或公民身份号码'), purpose: purposeField }),
        response: { 200: z.object({ items: z.array(sharedLicenceSchema) }), ...errors },
      },
    }, async (req) => sharing.byHolder(req.principal, req.query.holderCode, requirePurpose(req.query.purpose)));

    r.post('/api/share/v1/licences/verify', {
      onRequest: guard,
      schema: {
        tags, summary: '核验电子证照二维码中的签名数据：真伪与当前状态（须 licences:read 授权）',
        body: z.object({ code: z.string().min(1).max(4000).describe('二维码内容（KZTL1… 签名数据，或携带它的核验网址）'), purpose: purposeField }).strict(),
        response: {
          200: z.object({
            valid: z.boolean().describe('签名有效且与证照库记录一致'),
            outcome: z.enum(['valid', 'not_a_code', 'signature_invalid', 'no_record']).describe('valid 有效；not_a_code 不是证照签名数据；signature_invalid 签名无效（伪造或篡改）；no_record 签名有效但证照库无一致记录'),
            licence: sharedLicenceSchema.nullable().describe('有效时为证照及其当前状态（有效、已注销、已过期）'),
          }),
          ...errors,
        },
      },
    }, async (req) => sharing.verify(req.principal, req.body.code, requirePurpose(req.body.purpose)));
  };
}

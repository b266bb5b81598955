// Electronic licences: the holder's own, staff lists and revocation, the published SM2 key,
// and public verification (no login).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission, requireSignedIn } from '../../identity/authorize.ts';
import { errors, pageOf, pageQuery, sendPdf } from '../http.ts';
import { documentsPolicy } from '../policy.ts';
import type { DocumentService } from '../seals/documents.ts';
import type { LicenceService } from './service.ts';

const tags = ['电子证照'];
const licenceBase = {
  id: z.string(),
  licenceNo: z.string().describe('许可证编号，如 SYXK（皖）2026-0001'),
  kind: z.enum(['production', 'use']),
  title: z.string(),
  holderName: z.string(),
  holderCode: z.string().describe('持证主体代码（统一社会信用代码；自然人身份证号在公开核验中打码）'),
  holderCodeType: z.enum(['001', '111']).describe('001 统一社会信用代码，111 公民身份号码'),
  scope: z.object({ species: z.array(z.string()), grade: z.string(), facilityAddress: z.string() }).describe('适用范围'),
  issueDate: z.string(),
  validUntil: z.string(),
  issuer: z.string(),
  status: z.enum(['valid', 'revoked', 'expired']),
  statusLabel: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
};
const publicLicence = z.object(licenceBase);
const licenceSchema = z.object({ ...licenceBase, caseId: z.string(), code: z.string().describe('证照二维码内容（SM2 签名的证照数据）'), documentId: z.string().nullable() });

export function licenceRoutes(licences: LicenceService, documents: DocumentService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get('/api/licences/mine', {
      onRequest: requireSignedIn,
      schema: {
        tags, summary: '我的证照（本人，或当前代表的单位）；valid=true 只列有效证照（供申请材料“免提交”选用）',
        querystring: pageQuery.extend({ valid: z.enum(['true', 'false']).default('false') }),
        response: { 200: pageOf(licenceSchema), ...errors },
      },
    }, async (req) => licences.mine(req.principal, { validOnly: req.query.valid === 'true', page: req.query.page, pageSize: req.query.pageSize }));

    r.get('/api/licences/:id', {
      onRequest: requireSignedIn,
      schema: { tags, summary: '证照详情（持证人或有权限的工作人员；否则 404）', params: z.object({ id: z.string().max(64) }), response: { 200: licenceSchema, ...errors } },
    }, async (req) => licences.get(req.principal, req.params.id));

    r.get('/api/licences/:id/file', {
      onRequest: requireSignedIn,
      schema: { tags, summary: '下载证照 PDF（带电子签章和核验二维码）', params: z.object({ id: z.string().max(64) }) },
    }, async (req, reply) => sendPdf(reply, await documents.licenceFile(req.principal, req.params.id)));

    r.get('/api/admin/licences', {
      onRequest: requirePermission(documentsPolicy, 'licence.read'),
      schema: { tags, summary: '全部证照（工作人员）', querystring: pageQuery, response: { 200: pageOf(licenceSchema), ...errors } },
    }, async (req) => licences.list(req.principal, req.query.page, req.query.pageSize));

    r.post('/api/admin/licences/:id/revoke', {
      onRequest: requirePermission(documentsPolicy, 'licence.revoke'),
      schema: {
        tags, summary: '注销证照（须写明原因；核验页立即显示已注销）', params: z.object({ id: z.string().max(64) }),
        body: z.object({ reason: z.string().trim().min(2).max(500) }).strict(),
        response: { 200: licenceSchema, ...errors },
      },
    }, async (req) => licences.revoke(req.principal, req.params.id, req.body.reason));

    r.get('/api/licences/public-keys', {
      schema: {
        tags, summary: '发证机关的 SM2 公钥（离线核验证照二维码用）',
        response: {
          200: z.object({
            algorithm: z.literal('SM2'), digest: z.literal('SM3'), userId: z.string(), keyFormat: z.string(), codeFormat: z.string(),
            keys: z.array(z.object({ keyId: z.string(), publicKey: z.string(), active: z.boolean(), createdAt: z.string() })),
          }),
        },
      },
    }, async () => licences.publishedKeys());

    r.post('/api/verify/licence', {
      config: { public: true },
      schema: {
        tags, summary: '公开核验证照（无需登录）：扫码所得内容（或含它的网址）或手工输入的许可证编号',
        description: '签名码先以 SM2 公钥验签，伪造或篡改的返回 422 LICENCE_CODE_INVALID；再查询证照当前状态（有效、已注销、已过期）。',
        body: z.object({ code: z.string().trim().min(4).max(2000) }).strict(),
        response: {
          200: z.object({
            method: z.enum(['signed_code', 'licence_no']).describe('signed_code：扫码（已验签）；licence_no：按编号查询'),
            signature: z.enum(['verified', 'not_applicable']),
            licence: publicLicence,
          }),
          ...errors,
        },
      },
    }, async (req) => licences.verify(req.body.code));
  };
}

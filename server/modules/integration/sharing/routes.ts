// Data sharing with other departments' systems (数据通): client credentials with scopes from the
// identity platform. Every call — allowed or refused — is audited with who, what, when and the
// caller's stated purpose; answers carry only what the scope allows. Licences: licence-routes.ts;
// data requests: data-request-routes.ts.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { writeAudit } from '../../../lib/audit/audit-log.ts';
import { AppError } from '../../../lib/errors.ts';
import type { DB } from '../../../db/types.ts';
import { authorize } from '../../identity/authorize.ts';
import { actorOf } from '../../identity/principal.ts';
import { loadWorkflow } from '../../workflow/registry.ts';
import { integrationPolicy } from '../policy.ts';
import { errors } from '../schemas.ts';

const STATUS = { pending_acceptance: '1', accepted: '2', concluded: '3' } as const;

export const sharedCaseSchema = z.object({
  caseNo: z.string().describe('办件编号'),
  implementCode: z.string().describe('实施编码'),
  itemName: z.string(),
  status: z.enum(['1', '2', '3']).describe('办件状态：1 待受理, 2 已受理, 3 已办结'),
  stepName: z.string().describe('当前环节'),
  applyTime: z.string(),
  acceptTime: z.string().nullable(),
  promisedDeadline: z.string().nullable(),
  concludeTime: z.string().nullable(),
  conclusion: z.string().nullable().describe('办结结果代码'),
});

export const purposeField = z.string().trim().min(2).max(200).optional().describe('调用目的（必填，记入审计）');
const purposeQuery = z.object({ purpose: purposeField });

/** The stated purpose of a sharing call, required (400 with a clear message when missing). */
export function requirePurpose(purpose: string | undefined): string {
  if (!purpose) throw new AppError('SHARE_PURPOSE_REQUIRED');
  return purpose;
}

/** A route hook checking a program's scope; refusals are audited too: who tried to read what without the scope. */
export function shareGuard(db: Kysely<DB>, action: 'share.cases' | 'share.licences' | 'share.requests') {
  return async (req: FastifyRequest) => {
    try {
      authorize(integrationPolicy, req.principal, action);
    } catch (err) {
      if (req.principal.kind !== 'anonymous') {
        await writeAudit(db, { actor: actorOf(req.principal).id, action: 'share.refused', subjectType: 'share', subjectId: req.routeOptions.url ?? req.url, data: { url: req.url.split('?')[0] } });
      }
      throw err;
    }
  };
}

export function sharingRoutes(db: Kysely<DB>) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['数据共享'];

    const guard = shareGuard(db, 'share.cases');

    r.get('/api/share/v1/cases/:caseNo', {
      onRequest: guard,
      schema: {
        tags, summary: '按办件编号查询办件状态（须 cases:read 授权，purpose 说明用途）',
        params: z.object({ caseNo: z.string().max(50) }),
        querystring: purposeQuery,
        response: { 200: sharedCaseSchema, ...errors },
      },
    }, async (req) => {
      const purpose = requirePurpose(req.query.purpose);
      const c = await db.selectFrom('case_file').selectAll().where('case_no', '=', req.params.caseNo).executeTakeFirst();
      await writeAudit(db, { actor: actorOf(req.principal).id, action: 'share.case_status', subjectType: 'case', subjectId: c?.id ?? `no:${req.params.caseNo}`, data: { caseNo: req.params.caseNo, purpose, found: Boolean(c) } });
      if (!c) throw new AppError('CASE_NOT_FOUND');
      const def = await loadWorkflow(db, c.workflow_key, c.workflow_version);
      const state = def.states[c.state];
      return {
        caseNo: c.case_no,
        implementCode: c.item_code,
        itemName: c.item_name,
        status: STATUS[state?.phase ?? 'pending_acceptance'],
        stepName: state?.label ?? c.state,
        applyTime: c.submitted_at.toISOString(),
        acceptTime: c.accepted_at?.toISOString() ?? null,
        promisedDeadline: c.promised_deadline,
        concludeTime: c.concluded_at?.toISOString() ?? null,
        conclusion: c.conclusion,
      };
    });
  };
}

// Expert pool administration (专家库) and the expert panels of cases (指派、随机抽取、专家意见、会签).
// Authorization is checked by the use cases; the hooks refuse early where the route is role-bound.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../http/error-schema.ts';
import { requirePermission, requireSignedIn } from '../identity/authorize.ts';
import { EXCLUSION_REASONS, EXPERT_CATEGORIES, RECOMMENDATIONS } from './categories.ts';
import { answerSchema, assignSchema, type ExpertPanels } from './panel.ts';
import { expertsPolicy } from './policy.ts';
import { createExpertSchema, expertProfileSchema, expertSchema, type ExpertPool } from './pool.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 422: errorSchema };
const personParams = z.object({ personId: z.uuid('人员编号格式不正确') });
const caseParams = z.object({ id: z.string().max(64) });
const reasons = z.enum(Object.keys(EXCLUSION_REASONS) as [keyof typeof EXCLUSION_REASONS]);

const panelViewSchema = z.object({
  step: z.object({ state: z.string(), stateLabel: z.string(), rule: z.string().describe('专家组成规则') }).nullable().describe('当前专家环节；不在专家环节时为 null'),
  canAssign: z.boolean(),
  canAnswer: z.boolean(),
  panels: z.array(z.object({
    id: z.string(), state: z.string(), stateLabel: z.string(), method: z.enum(['draw', 'manual']), rule: z.string(),
    open: z.boolean(), closeReason: z.enum(['step_closed', 'replaced']).nullable(), createdAt: z.string(), closedAt: z.string().nullable(),
    draw: z.object({ candidates: z.number().int(), excluded: z.number().int(), seed: z.string() }).nullable().describe('抽取记录（专家库人数、回避人数、随机种子）'),
    answered: z.number().int(), total: z.number().int(), averageScore: z.number().nullable(),
    reviews: z.array(z.object({
      personId: z.string(), name: z.string(), category: z.enum(EXPERT_CATEGORIES), unitName: z.string(),
      opinion: z.string().nullable(), score: z.number().int().nullable(), recommendation: z.enum(RECOMMENDATIONS).nullable(),
      answeredAt: z.string().nullable(), updatedAt: z.string().nullable(), mine: z.boolean(),
    })),
  })).describe('专家组（最新在前）；专家本人只看到自己的意见'),
});

export function expertsRoutes(pool: ExpertPool, panels: ExpertPanels) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const adminTags = ['专家库（管理端）'];
    const caseTags = ['专家评审'];

    r.get('/api/admin/experts', {
      onRequest: requirePermission(expertsPolicy, 'pool.list'),
      schema: {
        tags: adminTags, summary: '专家库列表',
        querystring: z.object({ q: z.string().trim().max(50).optional(), category: z.enum(EXPERT_CATEGORIES).optional() }),
        response: { 200: z.object({ items: z.array(expertSchema) }), ...errors },
      },
    }, async (req) => ({ items: await pool.list(req.principal, req.query) }));

    r.post('/api/admin/experts', {
      onRequest: requirePermission(expertsPolicy, 'pool.manage'),
      schema: { tags: adminTags, summary: '为专家角色的工作人员建立专家档案', body: createExpertSchema, response: { 201: expertSchema, ...errors } },
    }, async (req, reply) => reply.status(201).send(await pool.create(req.principal, req.body)));

    r.put('/api/admin/experts/:personId', {
      onRequest: requirePermission(expertsPolicy, 'pool.manage'),
      schema: { tags: adminTags, summary: '修改专家档案（类别、领域、单位、利害关系、启用）', params: personParams, body: expertProfileSchema, response: { 200: expertSchema, ...errors } },
    }, async (req) => pool.update(req.principal, req.params.personId, req.body));

    r.get('/api/cases/:id/experts', {
      onRequest: requireSignedIn,
      schema: { tags: caseTags, summary: '专家组与专家意见（会签）；专家本人只看到自己的意见', params: caseParams, response: { 200: panelViewSchema, ...errors } },
    }, async (req) => panels.view(req.principal, req.params.id));

    r.get('/api/cases/:id/experts/candidates', {
      onRequest: requirePermission(expertsPolicy, 'panel.assign'),
      schema: {
        tags: caseTags, summary: '可指派的专家（含回避原因）', params: caseParams,
        response: {
          200: z.object({
            rule: z.object({ description: z.string() }).passthrough(),
            experts: z.array(z.object({ personId: z.string(), name: z.string(), category: z.enum(EXPERT_CATEGORIES), unitName: z.string(), fields: z.array(z.string()), excludedFor: z.array(reasons) })),
          }),
          ...errors,
        },
      },
    }, async (req) => panels.candidates(req.principal, req.params.id));

    r.post('/api/cases/:id/experts/assign', {
      onRequest: requirePermission(expertsPolicy, 'panel.assign'),
      schema: { tags: caseTags, summary: '人工指派专家（须符合组成规则，回避者不可选；尚无专家提交意见时可重新指派）', params: caseParams, body: assignSchema, response: { 200: panelViewSchema, ...errors } },
    }, async (req) => panels.assign(req.principal, req.params.id, req.body));

    r.post('/api/cases/:id/experts/draw', {
      onRequest: requirePermission(expertsPolicy, 'panel.assign'),
      schema: { tags: caseTags, summary: '按组成规则从专家库随机抽取专家（自动回避，留痕）', params: caseParams, response: { 200: panelViewSchema, ...errors } },
    }, async (req) => panels.draw(req.principal, req.params.id));

    r.put('/api/cases/:id/experts/answer', {
      onRequest: requirePermission(expertsPolicy, 'panel.answer'),
      schema: { tags: caseTags, summary: '专家提交或修改本人意见、评分与结论（环节结束前可修改）', params: caseParams, body: answerSchema, response: { 200: panelViewSchema, ...errors } },
    }, async (req) => panels.answer(req.principal, req.params.id, req.body));
  };
}

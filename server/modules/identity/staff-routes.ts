// Staff administration API (系统管理员): staff, roles and data scopes. Authorization is
// checked by the use cases themselves (staff-admin.ts), not here.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../http/error-schema.ts';
import { requirePermission } from './authorize.ts';
import { identityPolicy } from './policy.ts';
import { STAFF_ROLES } from './roles.ts';
import { createStaffSchema, roleScopeSchema, updateStaffSchema, type StaffAdmin } from './staff-admin.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const staffSchema = z.object({
  personId: z.string(),
  name: z.string(),
  idNumberMasked: z.string(),
  mobileMasked: z.string(),
  staffNo: z.string(),
  office: z.string(),
  active: z.boolean(),
  roles: z.array(z.object({ role: z.enum(STAFF_ROLES), scope: roleScopeSchema })),
});
const personParams = z.object({ personId: z.uuid('人员编号格式不正确') });
const tags = ['工作人员与角色（管理端）'];

export function staffRoutes(staff: StaffAdmin) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/api/admin/staff', {
      onRequest: requirePermission(identityPolicy, 'staff.list'),
      schema: {
        tags, summary: '工作人员列表（身份证号、手机号脱敏）',
        querystring: z.object({ q: z.string().trim().max(50).optional(), page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) }),
        response: { 200: z.object({ items: z.array(staffSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }), ...errors },
      },
    }, async (req) => staff.list(req.principal, req.query));

    r.post('/api/admin/staff', {
      onRequest: requirePermission(identityPolicy, 'staff.manage'),
      schema: { tags, summary: '新增工作人员并授予角色', body: createStaffSchema, response: { 201: staffSchema, ...errors } },
    }, async (req, reply) => reply.status(201).send(await staff.create(req.principal, req.body)));

    r.put('/api/admin/staff/:personId', {
      onRequest: requirePermission(identityPolicy, 'staff.manage'),
      schema: { tags, summary: '修改处室、启用状态、角色与数据范围（停用即结束其会话）', params: personParams, body: updateStaffSchema, response: { 200: staffSchema, ...errors } },
    }, async (req) => staff.update(req.principal, req.params.personId, req.body));

    r.get('/api/admin/staff/:personId/personal-data', {
      onRequest: requirePermission(identityPolicy, 'person.readPersonalData'),
      schema: {
        tags, summary: '查看完整身份证号与手机号（留痕）', params: personParams,
        response: { 200: z.object({ personId: z.string(), idNumber: z.string(), mobile: z.string().nullable() }), ...errors },
      },
    }, async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return staff.readPersonalData(req.principal, req.params.personId);
    });
  };
}

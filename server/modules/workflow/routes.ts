// Workflow definitions for administrators: every shipped definition, states and transitions,
// for the admin console's diagrams.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../http/error-schema.ts';
import { authorize, requirePermission } from '../identity/authorize.ts';
import { stateSchema, takerSchema, transitionSchema } from './definition.ts';
import { workflowPolicy } from './policy.ts';
import { SHIPPED } from './registry.ts';

const workflowSchema = z.object({
  key: z.string(),
  version: z.number().int(),
  name: z.string(),
  initial: z.string().describe('起始环节'),
  states: z.array(stateSchema.extend({ key: z.string(), queue: z.array(takerSchema), final: z.boolean() })),
  transitions: z.array(transitionSchema),
});

export function workflowRoutes() {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/api/admin/workflows', {
      onRequest: requirePermission(workflowPolicy, 'workflow.read'),
      schema: {
        tags: ['流程（管理端）'], summary: '已发布的流程定义（环节、动作、办理角色、时钟）',
        response: { 200: z.object({ workflows: z.array(workflowSchema) }), 401: errorSchema, 403: errorSchema },
      },
    }, async (req) => {
      authorize(workflowPolicy, req.principal, 'workflow.read');
      return {
        workflows: SHIPPED.map((d) => ({
          key: d.key, version: d.version, name: d.name, initial: d.initial,
          states: Object.entries(d.states).map(([key, s]) => ({ key, ...s })),
          transitions: d.transitions,
        })),
      };
    });
  };
}

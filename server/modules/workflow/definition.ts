// A workflow definition is data: the states a case of an item passes through, the
// transitions between them, who may take each, which guards must hold, and how the
// working-day clock behaves in each state. Definitions are versioned; a case keeps the
// version it started with.
import { z } from 'zod';
import { STAFF_ROLES } from '../identity/roles.ts';
import { expertRuleSchema } from '../experts/rules.ts';

/** Who may take a transition: staff roles, the applicant (or their enterprise's handler), or the system (timers). */
export const takerSchema = z.union([z.enum(STAFF_ROLES), z.literal('applicant'), z.literal('system')]);
export type Taker = z.infer<typeof takerSchema>;

/** National 办件 status a state reports to the platform: 1 待受理, 2 已受理, 3 已办结. */
export const stateSchema = z.object({
  label: z.string().min(1).max(30).describe('环节名称（中文）'),
  phase: z.enum(['pending_acceptance', 'accepted', 'concluded']).describe('对应全国平台办件状态'),
  /** running: counts toward the limit; paused: 补正 or a special procedure that the item excludes; none: not started / ended. */
  clock: z.enum(['none', 'running', 'paused']),
  /** Whose work queue the case sits in while in this state. */
  queue: z.array(takerSchema).default([]),
  final: z.boolean().default(false),
  /**
   * 超时默认: a case still in this state `afterWorkingDays` working days after entering it
   * is moved on by the system through `transition` (whose takers must include 'system').
   */
  autoApprove: z.object({ afterWorkingDays: z.number().int().min(1).max(60), transition: z.string() }).optional(),
  /** An expert step: the composition rule of its panel (drawn or assigned by the reviewer). */
  experts: expertRuleSchema.optional(),
});

/**
 * Conditions a transition may require. Only guards the platform can really check are listed;
 * paper receipt joins when that part exists. expertsAnswered: leaving an expert
 * step needs a panel whose every expert has answered (no condition in other states).
 * creditClear: the applicant's credit was checked just now and is clear, or listed under an
 * item rule that only flags, or a decision maker overrode it with a reason (应查必查, 联合惩戒).
 */
export const GUARDS = ['reasonGiven', 'materialsComplete', 'expertsAnswered', 'creditClear'] as const;

/** Documents issued under seal (server/modules/documents/templates). */
export const DOCUMENT_KINDS = ['acceptance_notice', 'refusal_notice', 'correction_notice', 'project_approval', 'recognition_notice', 'licence'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const transitionSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/).describe('动作标识'),
  label: z.string().min(1).max(30).describe('动作名称（中文）'),
  from: z.array(z.string()).min(1),
  to: z.string(),
  takers: z.array(takerSchema).min(1),
  guards: z.array(z.enum(GUARDS)).default([]),
  /** National step result recorded on the timeline (0 不同意 1 同意 2 不受理 3 不予受理 4 受理 5 补齐补正 6 特别程序 7 退回). */
  stepResult: z.enum(['0', '1', '2', '3', '4', '5', '6', '7']).optional(),
  /** National conclusion result when this transition concludes the case (0 出证办结, 1 不予许可, 5 退件, 6 不予受理 …). */
  conclusion: z.enum(['0', '1', '2', '3', '4', '5', '6']).optional(),
  /** The document this step issues; autoSeal: the system seals and delivers it right after the step (自动用印). */
  document: z.object({ kind: z.enum(DOCUMENT_KINDS), autoSeal: z.boolean() }).optional(),
  /** Build the application PDF stamped with this watermark (and a QR code per page, for scanning the paper at a desk). */
  stampApplication: z.object({ watermark: z.string().min(1).max(10), qr: z.boolean() }).optional(),
  /** Records that the paper application arrived: the scan desk's "确认收到纸质材料". */
  paperReceipt: z.boolean().optional(),
  /** Sends the paper on in a service point's batch (taken for each case when the batch is mailed). */
  paperDispatch: z.boolean().optional(),
});

export const workflowDefinitionSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9-]*$/),
    version: z.number().int().positive(),
    name: z.string().min(1).max(60),
    initial: z.string(),
    states: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), stateSchema),
    transitions: z.array(transitionSchema).min(1),
  })
  .superRefine((d, ctx) => {
    const states = new Set(Object.keys(d.states));
    if (!states.has(d.initial)) ctx.addIssue({ code: 'custom', path: ['initial'], message: `未知环节 ${d.initial}` });
    const keys = new Set<string>();
    d.transitions.forEach((t, i) => {
      if (keys.has(t.key)) ctx.addIssue({ code: 'custom', path: ['transitions', i, 'key'], message: `动作 ${t.key} 重复` });
      keys.add(t.key);
      for (const s of [...t.from, t.to]) {
        if (!states.has(s)) ctx.addIssue({ code: 'custom', path: ['transitions', i], message: `动作 ${t.key} 引用了未知环节 ${s}` });
      }
      if (t.from.some((s) => d.states[s]?.final)) ctx.addIssue({ code: 'custom', path: ['transitions', i], message: `办结环节不能再流转（${t.key}）` });
      if (d.states[t.to]?.phase === 'concluded' && !t.conclusion) {
        ctx.addIssue({ code: 'custom', path: ['transitions', i, 'conclusion'], message: `进入办结环节的动作须给出办结结果（${t.key}）` });
      }
    });
    for (const [name, s] of Object.entries(d.states)) {
      if (!s.autoApprove) continue;
      const t = d.transitions.find((x) => x.key === s.autoApprove!.transition);
      if (!t || !t.from.includes(name) || !t.takers.includes('system') || t.guards.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['states', name, 'autoApprove'], message: `超时默认的动作须从环节 ${name} 出发、由系统执行且无前置条件` });
      }
    }
    // Every non-final state must have a way out, and every state must be reachable.
    for (const [name, s] of Object.entries(d.states)) {
      if (!s.final && !d.transitions.some((t) => t.from.includes(name))) {
        ctx.addIssue({ code: 'custom', path: ['states', name], message: `环节 ${name} 没有出口` });
      }
      if (name !== d.initial && !d.transitions.some((t) => t.to === name)) {
        ctx.addIssue({ code: 'custom', path: ['states', name], message: `环节 ${name} 无法到达` });
      }
    }
  });

export type WorkflowDefinition = z.infer<typeof workflowDefinitionSchema>;
export type WorkflowDefinitionInput = z.input<typeof workflowDefinitionSchema>;
export type Transition = z.infer<typeof transitionSchema>;

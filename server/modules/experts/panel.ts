// Expert panels of cases: the reviewer (事项管理人) assigns experts by hand or draws them at
// random by the step's composition rule, never anyone to be excluded (回避); each assigned
// expert answers once (opinion, score, recommendation), editable until the step closes; the
// reviewer sees every answer side by side (会签). Each assignment or draw is one transaction
// with its timeline event and audit record.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { writeAudit } from '../../lib/audit/audit-log.ts';
import { AppError } from '../../lib/errors.ts';
import type { DB, Queryable } from '../../db/types.ts';
import { findVisibleCase, type CaseRow } from '../cases/service.ts';
import * as caseStore from '../cases/store.ts';
import { authorize, can } from '../identity/authorize.ts';
import { actorOf, type Principal } from '../identity/principal.ts';
import { loadWorkflow } from '../workflow/registry.ts';
import { EXCLUSION_REASONS, RECOMMENDATIONS, type ExclusionReason } from './categories.ts';
import { drawPanel, newSeed } from './draw.ts';
import { exclusionReasons, type ApplicantFacts } from './exclusion.ts';
import { expertsPolicy } from './policy.ts';
import { checkComposition, describeRule, type ExpertRule } from './rules.ts';
import * as store from './store.ts';

export const assignSchema = z.object({
  experts: z.array(z.uuid('专家编号格式不正确')).min(1).max(30).refine((a) => new Set(a).size === a.length, '同一专家不能重复指派'),
});
export const answerSchema = z.object({
  opinion: z.string().trim().min(2, '请填写评审意见').max(4000),
  score: z.number().int().min(0).max(100).describe('评分（0–100）'),
  recommendation: z.enum(RECOMMENDATIONS).describe('结论：agree 同意，agree_after_changes 修改后同意，disagree 不同意'),
});

type PoolRow = Awaited<ReturnType<typeof store.activePool>>[number];

export function createExpertPanels(db: Kysely<DB>, opts: { now?: () => Date } = {}) {
  const now = opts.now ?? (() => new Date());

  /** The case (if visible), its current state's expert rule, or EXPERT_STEP_NOT_OPEN. */
  async function expertStep(q: Queryable, c: CaseRow): Promise<{ rule: ExpertRule; stateLabel: string }> {
    const def = await loadWorkflow(q, c.workflow_key, c.workflow_version);
    const s = def.states[c.state];
    if (!s?.experts || c.concluded_at) throw new AppError('EXPERT_STEP_NOT_OPEN');
    return { rule: s.experts, stateLabel: s.label };
  }

  async function applicantFacts(q: Queryable, c: CaseRow): Promise<ApplicantFacts> {
    return { personId: c.applicant_person_id, creditCode: await store.enterpriseCreditCode(q, c.applicant_enterprise_id), name: c.applicant_name };
  }

  /** The available pool split into who may review this case and who is excluded, with reasons. */
  async function screen(q: Queryable, c: CaseRow) {
    const applicant = await applicantFacts(q, c);
    const pool = await store.activePool(q);
    const eligible: PoolRow[] = [];
    const excluded: Array<{ row: PoolRow; reasons: ExclusionReason[] }> = [];
    for (const row of pool) {
      const reasons = exclusionReasons({ personId: row.person_id, unitName: row.unit_name, unitCreditCode: row.unit_credit_code, relations: row.relations }, applicant);
      if (reasons.length) excluded.push({ row, reasons });
      else eligible.push(row);
    }
    return { pool, eligible, excluded };
  }

  /** Replaces the open panel (allowed while nobody has answered) by a new one, with event and audit. Call with the case locked. */
  async function installPanel(tx: Queryable, p: Principal, c: CaseRow, rule: ExpertRule, method: 'draw' | 'manual', chosen: PoolRow[], record: Record<string, unknown>) {
    const open = await store.openPanel(tx, c.id, { forUpdate: true });
    if (open) {
      if ((await store.answered(tx, open.id)).answered > 0) throw new AppError('EXPERT_PANEL_LOCKED');
      await store.closeOpenPanel(tx, c.id, 'replaced');
    }
    const panelId = await store.insertPanel(tx, { caseId: c.id, state: c.state, method, rule, draw: record, createdBy: actorOf(p).id });
    await store.insertReviews(tx, panelId, c.id, chosen.map((r) => ({ personId: r.person_id, category: r.category })));
    const kind = method === 'draw' ? 'experts.drawn' : 'experts.assigned';
    // The timeline (seen by the applicant too) says how many, never who; the audit record holds everything.
    await caseStore.insertEvent(tx, {
      case_id: c.id, actor: actorOf(p).id, kind, transition: null, from_state: null, to_state: null, step_result: null, opinion: null,
      data: { panelId, count: chosen.length, replaced: open?.id ?? null },
    });
    await writeAudit(tx, { actor: actorOf(p).id, action: kind, subjectType: 'case', subjectId: c.id, data: { panelId, state: c.state, ...record } });
    return panelId;
  }

  const person = (r: PoolRow) => ({ personId: r.person_id, name: r.name, category: r.category, unitName: r.unit_name });

  return {
    /** The pool as seen for this case: who could be assigned and who is excluded, and why. */
    async candidates(p: Principal, caseId: string) {
      authorize(expertsPolicy, p, 'panel.assign');
      const c = await findVisibleCase(db, p, caseId);
      const { rule } = await expertStep(db, c);
      const { eligible, excluded } = await screen(db, c);
      return {
        rule: { ...rule, description: describeRule(rule) },
        experts: [
          ...eligible.map((r) => ({ ...person(r), fields: r.fields, excludedFor: [] as ExclusionReason[] })),
          ...excluded.map((x) => ({ ...person(x.row), fields: x.row.fields, excludedFor: x.reasons })),
        ],
      };
    },

    /** The reviewer picks the experts; the rule and 回避 are checked as for a draw. */
    async assign(p: Principal, caseId: string, input: z.infer<typeof assignSchema>) {
      authorize(expertsPolicy, p, 'panel.assign');
      const c0 = await findVisibleCase(db, p, caseId);
      await db.transaction().execute(async (tx) => {
        await caseStore.lockCase(tx, c0.id);
        const c = (await caseStore.getCase(tx, c0.id))!;
        const { rule } = await expertStep(tx, c);
        const { pool, excluded } = await screen(tx, c);
        const chosen: PoolRow[] = [];
        for (const id of input.experts) {
          const row = pool.find((r) => r.person_id === id);
          if (!row) throw new AppError('EXPERT_EXCLUDED', '所选专家不在专家库中或已停用', { personId: id });
          const ex = excluded.find((x) => x.row.person_id === id);
          if (ex) throw new AppError('EXPERT_EXCLUDED', `专家${row.name}须回避（${ex.reasons.map((r) => EXCLUSION_REASONS[r]).join('、')}）`, { personId: id, reasons: ex.reasons });
          chosen.push(row);
        }
        const failures = checkComposition(rule, chosen.map((r) => r.category));
        if (failures.length) throw new AppError('EXPERT_COMPOSITION_INVALID', failures.map((f) => f.message).join('；'), { failures });
        await installPanel(tx, p, c, rule, 'manual', chosen, { rule, chosen: chosen.map(person), at: now().toISOString() });
      });
      return this.view(p, caseId);
    },

    /** A random draw by the step's rule from everyone not excluded; fails saying which rule the pool cannot meet. */
    async draw(p: Principal, caseId: string) {
      authorize(expertsPolicy, p, 'panel.assign');
      const c0 = await findVisibleCase(db, p, caseId);
      await db.transaction().execute(async (tx) => {
        await caseStore.lockCase(tx, c0.id);
        const c = (await caseStore.getCase(tx, c0.id))!;
        const { rule } = await expertStep(tx, c);
        const { pool, eligible, excluded } = await screen(tx, c);
        const seed = newSeed();
        const result = drawPanel(rule, eligible.map((r) => ({ personId: r.person_id, category: r.category })), seed);
        const excludedRecord = excluded.map((x) => ({ personId: x.row.person_id, name: x.row.name, reasons: x.reasons }));
        if (!result.ok) {
          throw new AppError('EXPERT_POOL_INSUFFICIENT', result.failures.map((f) => f.message).join('；'), { failures: result.failures, candidates: pool.length, excluded: excludedRecord });
        }
        const chosen = result.chosen.map((x) => eligible.find((r) => r.person_id === x.personId)!);
        await installPanel(tx, p, c, rule, 'draw', chosen, {
          rule, at: now().toISOString(), seed: seed.toString('hex'),
          candidates: pool.length, eligible: eligible.map((r) => r.person_id).sort(), excluded: excludedRecord, chosen: chosen.map(person),
        });
      });
      return this.view(p, caseId);
    },

    /** An assigned expert's answer; the same expert answering again changes it while the step is open. */
    async answer(p: Principal, caseId: string, input: z.infer<typeof answerSchema>) {
      authorize(expertsPolicy, p, 'panel.answer');
      const c = await findVisibleCase(db, p, caseId);
      await db.transaction().execute(async (tx) => {
        // (the panel row lock orders this against the step closing)
        const panel = await store.openPanel(tx, c.id, { forUpdate: true });
        if (!panel || !(await store.saveAnswer(tx, panel.id, p.kind === 'user' ? p.personId : '', input))) {
          throw new AppError('EXPERT_STEP_NOT_OPEN', '您不在本环节的专家组中，或评审环节已结束，意见不能再提交或修改');
        }
        await writeAudit(tx, { actor: actorOf(p).id, action: 'expert.answered', subjectType: 'case', subjectId: c.id, data: { panelId: panel.id, ...input } });
      });
      return this.view(p, caseId);
    },

    /** 会签: every panel of the case with its answers; an expert sees only their own answers. */
    async view(p: Principal, caseId: string) {
      const c = await findVisibleCase(db, p, caseId);
      const all = can(expertsPolicy, p, 'panel.read');
      const me = p.kind === 'user' ? p.personId : null;
      if (!all && !(me && (await store.wasAssigned(db, c.id, me)))) throw new AppError('FORBIDDEN');
      const def = await loadWorkflow(db, c.workflow_key, c.workflow_version);
      const rule = c.concluded_at ? undefined : def.states[c.state]?.experts;
      const panels = [];
      const list = await store.panelsOfCase(db, c.id);
      const answers = await store.reviews(db, list.map((x) => x.id));
      for (const panel of list) {
        const rows = answers.filter((r) => r.panel_id === panel.id && (all || r.expert_person_id === me));
        if (rows.length === 0) continue;
        const scores = rows.flatMap((r) => (r.answered_at && r.score !== null ? [r.score] : []));
        const draw = panel.draw as { candidates?: number; excluded?: Array<{ reasons: string[] }>; seed?: string } | null;
        panels.push({
          id: panel.id,
          state: panel.state,
          stateLabel: def.states[panel.state]?.label ?? panel.state,
          method: panel.method,
          rule: describeRule(panel.rule),
          open: panel.closed_at === null,
          closeReason: panel.close_reason,
          createdAt: panel.created_at.toISOString(),
          closedAt: panel.closed_at?.toISOString() ?? null,
          draw: all && panel.method === 'draw' && draw ? { candidates: draw.candidates ?? 0, excluded: draw.excluded?.length ?? 0, seed: draw.seed ?? '' } : null,
          answered: rows.filter((r) => r.answered_at).length,
          total: rows.length,
          averageScore: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null,
          reviews: rows.map((r) => ({
            personId: r.expert_person_id, name: r.name, category: r.category, unitName: r.unit_name ?? '',
            opinion: r.opinion, score: r.score, recommendation: r.recommendation,
            answeredAt: r.answered_at?.toISOString() ?? null, updatedAt: r.updated_at?.toISOString() ?? null,
            mine: r.expert_person_id === me,
          })),
        });
      }
      return {
        step: rule ? { state: c.state, stateLabel: def.states[c.state]!.label, rule: describeRule(rule) } : null,
        canAssign: !!rule && can(expertsPolicy, p, 'panel.assign'),
        canAnswer: !!rule && panels.some((x) => x.open && x.state === c.state && x.reviews.some((r) => r.mine)),
        panels,
      };
    },
  };
}

export type ExpertPanels = ReturnType<typeof createExpertPanels>;

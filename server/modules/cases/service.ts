// Applying for a service item and moving the case through its workflow. Every change is
// one transaction: the case row (optimistic version check), its timeline event and its
// outbox message for the provincial platform.
import type { Kysely } from 'kysely';
import { AppError } from '../../lib/errors.ts';
import type { DB, Queryable } from '../../db/types.ts';
import type { CatalogService } from '../catalog/service.ts';
import { authorize, can } from '../identity/authorize.ts';
import { actorOf, type Principal } from '../identity/principal.ts';
import { availableTransitions, isApplicantOf, resolveTransition } from '../workflow/engine.ts';
import { loadWorkflow, SHIPPED, workflowForItem } from '../workflow/registry.ts';
import { applicantOf } from './applicant.ts';
import { casesPolicy } from './policy.ts';
import * as store from './store.ts';

type CaseRow = NonNullable<Awaited<ReturnType<typeof store.getCase>>>;

/** yyyyMMdd in China time, for case numbers. */
function chinaDay(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');
}

export function createCasesService(db: Kysely<DB>, catalog: CatalogService) {
  async function present(q: Queryable, c: CaseRow, p: Principal) {
    const def = await loadWorkflow(q, c.workflow_key, c.workflow_version);
    const party = { applicantPersonId: c.applicant_person_id, applicantEnterpriseId: c.applicant_enterprise_id };
    return {
      id: c.id,
      caseNo: c.case_no,
      itemCode: c.item_code,
      itemName: c.item_name,
      itemVersion: c.item_version,
      workflow: { key: c.workflow_key, version: c.workflow_version },
      state: c.state,
      stateLabel: def.states[c.state]?.label ?? c.state,
      phase: def.states[c.state]?.phase ?? 'pending_acceptance',
      version: c.version,
      applicant: { type: c.applicant_type, name: c.applicant_name },
      form: c.form,
      submittedAt: c.submitted_at.toISOString(),
      acceptedAt: c.accepted_at?.toISOString() ?? null,
      concludedAt: c.concluded_at?.toISOString() ?? null,
      conclusion: c.conclusion,
      actions: availableTransitions(def, c.state, p, party).map((t) => ({ key: t.key, label: t.label, needsReason: t.guards.includes('reasonGiven') })),
    };
  }

  /**
   * The case if this caller may see it — its applicant, staff who may read cases, or staff
   * whose queue it sits in now (an expert while it waits for experts); otherwise not found
   * (never "forbidden": that would confirm it exists).
   */
  async function visibleCase(p: Principal, id: string): Promise<CaseRow> {
    const c = /^[0-9a-f-]{36}$/i.test(id) ? await store.getCase(db, id) : undefined;
    if (c) {
      const party = { applicantPersonId: c.applicant_person_id, applicantEnterpriseId: c.applicant_enterprise_id };
      if (isApplicantOf(p, party) || can(casesPolicy, p, 'case.read')) return c;
      if (p.kind === 'user') {
        const def = await loadWorkflow(db, c.workflow_key, c.workflow_version);
        if (def.states[c.state]?.queue.some((q) => (p.roles as string[]).includes(q))) return c;
      }
    }
    throw new AppError('CASE_NOT_FOUND');
  }

  return {
    /**
     * Submits an application. The same applicant retrying with the same idempotency key gets
     * the first case back (one case, however many retries or parallel clicks).
     */
    async submit(p: Principal, input: { itemCode: string; form: Record<string, unknown>; idempotencyKey: string }) {
      if (p.kind !== 'user') throw new AppError('NOT_AUTHENTICATED');
      const applicant = applicantOf(p);
      if (!applicant) throw new AppError('APPLICANT_REQUIRED');
      const item = await catalog.publishedItem(input.itemCode);
      const def = workflowForItem(item.content);
      const id = await db.transaction().execute(async (tx) => {
        await store.lockIdempotencyKey(tx, applicant.personId, input.idempotencyKey);
        const existing = await store.findByIdempotencyKey(tx, applicant.personId, input.idempotencyKey);
        if (existing) {
          if (existing.item_code !== input.itemCode) throw new AppError('IDEMPOTENCY_KEY_REUSED');
          return existing.id;
        }
        const day = chinaDay();
        const serial = await store.nextSerial(tx, input.itemCode, day);
        const caseNo = `${input.itemCode}${day}${String(serial).padStart(4, '0')}`;
        const caseId = await store.insertCase(tx, {
          case_no: caseNo, item_code: input.itemCode, item_version: item.version, item_name: item.content.name,
          workflow_key: def.key, workflow_version: def.version, state: def.initial,
          applicant_person_id: applicant.personId, applicant_enterprise_id: applicant.enterpriseId,
          applicant_type: applicant.type, applicant_name: applicant.name, on_behalf_by: null,
          form: input.form, idempotency_key: input.idempotencyKey,
        });
        await store.insertEvent(tx, { case_id: caseId, actor: actorOf(p).id, kind: 'submitted', transition: null, from_state: null, to_state: def.initial, step_result: null, opinion: null, data: { caseNo } });
        await store.enqueue(tx, { topic: 'platform.case', idempotencyKey: `case:${caseId}:submitted`, payload: { caseId, caseNo, event: 'submitted' } });
        return caseId;
      });
      return present(db, (await store.getCase(db, id))!, p);
    },

    /**
     * Takes an action on a case. `expectedVersion` is the version the caller saw; if the
     * case moved since (another clerk, a second click), nothing happens and CASE_CHANGED says so.
     */
    async act(p: Principal, caseId: string, key: string, input: { opinion?: string; expectedVersion?: number }) {
      const c = await visibleCase(p, caseId);
      // A caller who saw an older version is told so first: what they looked at is gone.
      const expected = input.expectedVersion ?? c.version;
      if (expected !== c.version) throw new AppError('CASE_CHANGED');
      const def = await loadWorkflow(db, c.workflow_key, c.workflow_version);
      const party = { applicantPersonId: c.applicant_person_id, applicantEnterpriseId: c.applicant_enterprise_id };
      const t = resolveTransition(def, c.state, key, p, party, { opinion: input.opinion });
      await db.transaction().execute(async (tx) => {
        const moved = await store.updateCaseState(tx, c.id, expected, { state: t.to, acceptedNow: t.stepResult === '4', conclusion: t.conclusion ?? null });
        if (!moved) throw new AppError('CASE_CHANGED');
        await store.insertEvent(tx, {
          case_id: c.id, actor: actorOf(p).id, kind: 'transition', transition: t.key, from_state: c.state, to_state: t.to,
          step_result: t.stepResult ?? null, opinion: input.opinion?.trim() || null, data: { version: expected + 1 },
        });
        await store.enqueue(tx, { topic: 'platform.case', idempotencyKey: `case:${c.id}:v${expected + 1}`, payload: { caseId: c.id, caseNo: c.case_no, event: t.key, state: t.to, phase: def.states[t.to]!.phase } });
      });
      return present(db, (await store.getCase(db, c.id))!, p);
    },

    async get(p: Principal, caseId: string) {
      return present(db, await visibleCase(p, caseId), p);
    },

    async timeline(p: Principal, caseId: string) {
      const c = await visibleCase(p, caseId);
      const def = await loadWorkflow(db, c.workflow_key, c.workflow_version);
      return (await store.events(db, c.id)).map((e) => ({
        at: e.at.toISOString(),
        actor: e.actor,
        kind: e.kind,
        action: e.transition ? (def.transitions.find((t) => t.key === e.transition)?.label ?? e.transition) : '提交申请',
        fromState: e.from_state ? (def.states[e.from_state]?.label ?? e.from_state) : null,
        toState: e.to_state ? (def.states[e.to_state]?.label ?? e.to_state) : null,
        stepResult: e.step_result,
        opinion: e.opinion,
      }));
    },

    async mine(p: Principal, page: number, pageSize: number) {
      if (p.kind !== 'user') throw new AppError('NOT_AUTHENTICATED');
      const applicant = applicantOf(p);
      if (!applicant) return { items: [], total: 0, page, pageSize };
      const { rows, total } = await store.listForApplicant(db, applicant, page, pageSize);
      return { items: await Promise.all(rows.map((r) => present(db, r, p))), total, page, pageSize };
    },

    /** The caller's work queue: cases in states whose queue includes one of their roles. */
    async queue(p: Principal, page: number, pageSize: number) {
      authorize(casesPolicy, p, 'case.queue');
      const roles = p.kind === 'user' ? p.roles : [];
      const where = SHIPPED.map((d) => ({
        workflowKey: d.key,
        states: Object.entries(d.states).filter(([, s]) => s.queue.some((q) => (roles as string[]).includes(q))).map(([name]) => name),
      }));
      const { rows, total } = await store.listQueue(db, where, page, pageSize);
      return { items: await Promise.all(rows.map((r) => present(db, r, p))), total, page, pageSize };
    },
  };
}

export type CasesService = ReturnType<typeof createCasesService>;

// Pushes case information to the provincial platform: builds the contract's payload from the
// case as of the step the outbox message names, posts it, and checks the acknowledgement.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { loadWorkflow } from '../../workflow/registry.ts';
import { postJson } from '../http.ts';
import type { OutboxRow } from '../outbox/store.ts';
import { PermanentDeliveryError } from '../outbox/worker.ts';
import { ackSchema, caseInfoSchema, PATHS, queryResponseSchema, type CaseInfo } from './contract.ts';

export interface PlatformSettings {
  url: string;
  token?: string;
  timeoutMs: number;
}

const STATUS = { pending_acceptance: '1', accepted: '2', concluded: '3' } as const;

/** The push sequence of a message: the case version it reports (its key says it, or the payload for re-sends). */
export function seqOf(msg: Pick<OutboxRow, 'idempotency_key' | 'payload'>): number {
  if (typeof msg.payload.seq === 'number') return msg.payload.seq;
  if (msg.idempotency_key.endsWith(':submitted')) return 1;
  const m = /:v(\d+)$/.exec(msg.idempotency_key);
  if (!m) throw new PermanentDeliveryError(`无法确定推送序号：${msg.idempotency_key}`);
  return Number(m[1]);
}

/** The 办件信息 for one step of a case (seq = the case version right after that step). */
export async function buildCaseInfo(db: Kysely<DB>, msg: Pick<OutboxRow, 'idempotency_key' | 'payload'>): Promise<CaseInfo> {
  const caseId = String(msg.payload.caseId);
  const c = await db
    .selectFrom('case_file as c')
    .innerJoin('person as p', 'p.id', 'c.applicant_person_id')
    .leftJoin('enterprise as e', 'e.id', 'c.applicant_enterprise_id')
    .selectAll('c')
    .select(['p.id_number', 'e.credit_code'])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
  if (!c) throw new PermanentDeliveryError(`办件不存在：${caseId}`);
  const seq = seqOf(msg);
  const def = await loadWorkflow(db, c.workflow_key, c.workflow_version);
  const events = await db.selectFrom('case_event').selectAll().where('case_id', '=', caseId).where('kind', 'in', ['submitted', 'transition']).orderBy('id').execute();
  // The step this message reports; a re-send reports the latest step.
  const ev = seq === 1 ? events.find((e) => e.kind === 'submitted') : events.find((e) => e.kind === 'transition' && e.data.version === seq) ?? (msg.payload.event === 'reconcile' ? events.at(-1) : undefined);
  if (!ev) throw new PermanentDeliveryError(`办件 ${c.case_no} 没有第 ${seq} 步的记录`);
  const state = ev.to_state ?? c.state;
  const status = STATUS[def.states[state]?.phase ?? 'pending_acceptance'];
  const t = ev.transition ? def.transitions.find((x) => x.key === ev.transition) : undefined;
  const handler = ev.actor.startsWith('person:')
    ? ((await db.selectFrom('person').select('name').where('id', '=', ev.actor.slice(7)).executeTakeFirst())?.name ?? null)
    : null;
  const info: CaseInfo = {
    idempotencyKey: msg.idempotency_key,
    seq,
    caseNo: c.case_no,
    implementCode: c.item_code,
    basicCode: c.item_code.slice(-12),
    itemName: c.item_name,
    itemVersion: c.item_version,
    deptCode: c.item_code.slice(0, 18),
    channel: c.channel,
    applicant: c.credit_code
      ? { name: c.applicant_name, type: c.applicant_type, certType: '001', certNo: c.credit_code }
      : { name: c.applicant_name, type: c.applicant_type, certType: '111', certNo: c.id_number },
    status,
    applyTime: c.submitted_at.toISOString(),
    acceptTime: status !== '1' && c.accepted_at ? c.accepted_at.toISOString() : null,
    promisedDeadline: status !== '1' ? c.promised_deadline : null,
    step: {
      name: ev.from_state ? (def.states[ev.from_state]?.label ?? ev.from_state) : '申请',
      action: t?.label ?? '提交申请',
      result: ev.step_result,
      opinion: ev.opinion,
      handler,
      time: ev.at.toISOString(),
    },
    conclusion: status === '3' && c.concluded_at ? { time: c.concluded_at.toISOString(), result: c.conclusion ?? t?.conclusion ?? '', licenceNo: null } : null,
  };
  return caseInfoSchema.parse(info);
}

export function createPlatformClient(s: PlatformSettings) {
  const headers = s.token ? { authorization: `Bearer ${s.token}` } : undefined;
  return {
    async push(info: CaseInfo) {
      const res = await postJson(s.url + PATHS.push, info, { timeoutMs: s.timeoutMs, headers: { ...headers, 'idempotency-key': info.idempotencyKey } });
      const ack = ackSchema.safeParse(res);
      if (!ack.success) throw new Error(`平台应答不符合约定：${JSON.stringify(res).slice(0, 200)}`);
      return ack.data;
    },
    /** What the platform holds for these cases (their latest acknowledged step). */
    async query(caseNos: string[]) {
      const res = await postJson(s.url + PATHS.query, { caseNos }, { timeoutMs: s.timeoutMs, headers });
      return queryResponseSchema.parse(res).items;
    },
  };
}
export type PlatformClient = ReturnType<typeof createPlatformClient>;

/** The outbox adapter for topic platform.case. */
export function platformAdapter(db: Kysely<DB>, client: PlatformClient) {
  return async (msg: OutboxRow) => {
    await client.push(await buildCaseInfo(db, msg));
  };
}

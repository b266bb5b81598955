// Data requests from other departments (e.g. the market regulator asks for data we hold),
// tracked like cases: received by API from a program with data-requests:write or entered by
// staff, due in 3 working days (data the system can give directly) or 10 (data needing
// approval) from the day after receipt, answered by a 事项管理人 (the approval kind only after
// a 审批负责人 approved it), or refused with a reason. The requester polls its own requests.
// Every change is one transaction with its event and its audit record; a recurring job flags
// the overdue ones once (supervisors list them).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { writeAudit } from '../../../lib/audit/audit-log.ts';
import { chinaDate, chinaDateDigits } from '../../../lib/china-date.ts';
import { AppError } from '../../../lib/errors.ts';
import { authorize, can } from '../../identity/authorize.ts';
import { actorOf, type Principal } from '../../identity/principal.ts';
import type { CalendarService } from '../../workflow/calendar/service.ts';
import { integrationPolicy } from '../policy.ts';
import { DATA_REQUEST_DAYS, DATA_REQUEST_KIND_LABELS, DATA_REQUEST_STATE_LABELS, isOpen, type DataRequestKind, type DataRequestState } from './data-request-rules.ts';
import * as store from './data-request-store.ts';

type Row = NonNullable<Awaited<ReturnType<typeof store.get>>>;

export interface DataRequestInput {
  requesterOrg: string;
  contactName: string;
  contactPhone?: string;
  subject: string;
  legalBasis: string;
  purpose: string;
  kind: DataRequestKind;
}

const isUuid = (s: string) => /^[0-9a-f-]{36}$/i.test(s);

export function createDataRequests(db: Kysely<DB>, calendar: CalendarService, opts: { now: () => Date }) {
  const today = () => chinaDate(opts.now());

  /** What the requesting department sees: no internal notes, no handlers. */
  function forRequester(r: Row) {
    return {
      id: r.id,
      requestNo: r.request_no,
      kind: r.kind,
      kindLabel: DATA_REQUEST_KIND_LABELS[r.kind],
      subject: r.subject,
      receivedOn: r.received_on,
      deadline: r.deadline,
      state: r.state as DataRequestState,
      stateLabel: DATA_REQUEST_STATE_LABELS[r.state as DataRequestState],
      answer: r.answer,
      refuseReason: r.refuse_reason,
      closedAt: r.closed_at?.toISOString() ?? null,
    };
  }

  async function forStaff(r: Row) {
    const evs = await store.events(db, r.id);
    return {
      ...forRequester(r),
      channel: r.channel,
      requesterClient: r.requester_client,
      requesterOrg: r.requester_org,
      contactName: r.contact_name,
      contactPhone: r.contact_phone,
      legalBasis: r.legal_basis,
      purpose: r.purpose,
      overdue: isOpen(r.state as DataRequestState) && r.deadline < today(),
      overdueFlaggedAt: r.overdue_at?.toISOString() ?? null,
      version: r.version,
      events: evs.map((e) => ({ at: e.at.toISOString(), actor: e.actor, kind: e.kind, note: e.note })),
    };
  }

  async function find(p: Principal, id: string): Promise<Row> {
    authorize(integrationPolicy, p, 'datareq.read');
    const r = isUuid(id) ? await store.get(db, id) : undefined;
    if (!r) throw new AppError('DATA_REQUEST_NOT_FOUND');
    return r;
  }

  /** One state change: the row (optimistic version), its event and the audit record together. */
  async function step(p: Principal, r: Row, expectedVersion: number, change: Parameters<typeof store.update>[3], kind: string, note: string | null) {
    if (expectedVersion !== r.version) throw new AppError('DATA_REQUEST_CHANGED');
    const actor = actorOf(p).id;
    await db.transaction().execute(async (tx) => {
      if (!(await store.update(tx, r.id, expectedVersion, change))) throw new AppError('DATA_REQUEST_CHANGED');
      await store.addEvent(tx, { request_id: r.id, actor, kind, note });
      await writeAudit(tx, { actor, action: `data_request.${kind}`, subjectType: 'data_request', subjectId: r.id, data: { requestNo: r.request_no, from: r.state, to: change.state } });
    });
    return forStaff((await store.get(db, r.id))!);
  }

  /** A request arrives: by API (a program with data-requests:write) or entered by a 事项管理人. */
  async function receive(p: Principal, input: DataRequestInput): Promise<Row> {
    const byProgram = p.kind === 'program';
    authorize(integrationPolicy, p, byProgram ? 'share.requests' : 'datareq.handle');
    const receivedOn = today();
    const deadline = (await calendar.current()).addWorkingDays(receivedOn, DATA_REQUEST_DAYS[input.kind]);
    const actor = actorOf(p).id;
    const id = await db.transaction().execute(async (tx) => {
      const day = chinaDateDigits(opts.now());
      const requestNo = `SJ${day}${String(await store.nextSerial(tx, day)).padStart(4, '0')}`;
      const newId = await store.insert(tx, {
        request_no: requestNo, channel: byProgram ? 'api' : 'staff', requester_client: byProgram ? p.clientId : null,
        requester_org: input.requesterOrg, contact_name: input.contactName, contact_phone: input.contactPhone ?? null,
        subject: input.subject, legal_basis: input.legalBasis, purpose: input.purpose, kind: input.kind,
        received_on: receivedOn, deadline, answer: null, refuse_reason: null, approved_by: null, approved_at: null,
        closed_by: null, closed_at: null, overdue_at: null, created_by: actor,
      });
      await store.addEvent(tx, { request_id: newId, actor, kind: 'received', note: `${input.requesterOrg}：${DATA_REQUEST_KIND_LABELS[input.kind]}，${deadline} 前答复` });
      await writeAudit(tx, { actor, action: 'data_request.received', subjectType: 'data_request', subjectId: newId, data: { requestNo, requesterOrg: input.requesterOrg, kind: input.kind, purpose: input.purpose, deadline } });
      return newId;
    });
    return (await store.get(db, id))!;
  }

  return {
    /** A program sends a request through the share API. */
    async submit(p: Principal, input: DataRequestInput) {
      if (p.kind !== 'program') throw new AppError('FORBIDDEN');
      return forRequester(await receive(p, input));
    },

    /** Staff enter a request received by letter or otherwise. */
    async enter(p: Principal, input: DataRequestInput) {
      if (p.kind !== 'user') throw new AppError('FORBIDDEN');
      return forStaff(await receive(p, input));
    },

    /** The requesting program's own request (another program's: not found). */
    async requesterGet(p: Principal, id: string) {
      authorize(integrationPolicy, p, 'share.requests');
      const r = isUuid(id) ? await store.get(db, id) : undefined;
      if (!r || p.kind !== 'program' || r.requester_client !== p.clientId) throw new AppError('DATA_REQUEST_NOT_FOUND');
      return forRequester(r);
    },

    async requesterList(p: Principal, page: number, pageSize: number) {
      authorize(integrationPolicy, p, 'share.requests');
      if (p.kind !== 'program') return { items: [], total: 0, page, pageSize };
      const { rows, total } = await store.list(db, { client: p.clientId }, page, pageSize);
      return { items: rows.map(forRequester), total, page, pageSize };
    },

    async list(p: Principal, f: { state?: DataRequestState; open?: boolean; overdue?: boolean }, page: number, pageSize: number) {
      authorize(integrationPolicy, p, 'datareq.read');
      const { rows, total } = await store.list(db, { state: f.state, open: f.open, overdueOn: f.overdue ? today() : undefined }, page, pageSize);
      return { items: await Promise.all(rows.map(forStaff)), total, page, pageSize };
    },

    async get(p: Principal, id: string) {
      return forStaff(await find(p, id));
    },

    /** 审批负责人 approves giving data that needs approval (the answer follows). */
    async approve(p: Principal, id: string, input: { expectedVersion: number; note?: string }) {
      authorize(integrationPolicy, p, 'datareq.approve');
      const r = await find(p, id);
      if (r.kind !== 'approval') throw new AppError('DATA_REQUEST_STATE', '该申请属于系统可直接提供的数据，无需审批');
      if (r.state !== 'received') throw new AppError('DATA_REQUEST_STATE');
      return step(p, r, input.expectedVersion, { state: 'approved', approved_by: actorOf(p).id, approved_at: opts.now() }, 'approved', input.note ?? null);
    },

    /** 事项管理人 answers: at once for the direct kind, after approval for the other. */
    async answer(p: Principal, id: string, input: { expectedVersion: number; answer: string }) {
      authorize(integrationPolicy, p, 'datareq.handle');
      const r = await find(p, id);
      if (r.kind === 'approval' && r.state === 'received') throw new AppError('DATA_REQUEST_NOT_APPROVED');
      if (!isOpen(r.state as DataRequestState)) throw new AppError('DATA_REQUEST_STATE');
      return step(p, r, input.expectedVersion, { state: 'answered', answer: input.answer, closed_by: actorOf(p).id, closed_at: opts.now() }, 'answered', null);
    },

    /** Refusal with a reason: the handler for the direct kind; only the approver for data needing approval. */
    async refuse(p: Principal, id: string, input: { expectedVersion: number; reason: string }) {
      const r = await find(p, id);
      const allowed = can(integrationPolicy, p, 'datareq.approve') || (r.kind === 'direct' && can(integrationPolicy, p, 'datareq.handle'));
      if (!allowed) throw new AppError('FORBIDDEN', r.kind === 'approval' ? '须审批的数据申请只能由审批负责人决定不予提供' : undefined);
      if (!isOpen(r.state as DataRequestState)) throw new AppError('DATA_REQUEST_STATE');
      return step(p, r, input.expectedVersion, { state: 'refused', refuse_reason: input.reason, closed_by: actorOf(p).id, closed_at: opts.now() }, 'refused', input.reason);
    },

    /** Flags open requests past their deadline, once each (event and audit record in one transaction). */
    async flagOverdue(): Promise<number> {
      const now = opts.now();
      let n = 0;
      for (const r of await store.overdueUnflagged(db, chinaDate(now))) {
        const done = await db.transaction().execute(async (tx) => {
          if (!(await store.markOverdue(tx, r.id, now))) return false;
          await store.addEvent(tx, { request_id: r.id, actor: 'system', kind: 'overdue', note: `超过答复期限（${r.deadline}）` });
          await writeAudit(tx, { actor: 'system', action: 'data_request.overdue', subjectType: 'data_request', subjectId: r.id, data: { requestNo: r.request_no, deadline: r.deadline } });
          return true;
        });
        if (done) n++;
      }
      return n;
    },
  };
}

export type DataRequests = ReturnType<typeof createDataRequests>;

// 咨询、投诉、局长信箱: anyone sends a message (signed in, or with a phone number) and gets a
// tracking number; it is routed to the item's office or the kind's default office; the first
// staff member who takes it up stays answerable (首问负责) even after forwarding it; the answer
// is due within the kind's working days and shown to the sender; overdue ones escalate.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { writeAudit } from '../../lib/audit/audit-log.ts';
import { chinaDate, chinaDateDigits } from '../../lib/china-date.ts';
import { AppError } from '../../lib/errors.ts';
import { maskMobile, maskName } from '../../lib/mask.ts';
import type { CatalogService } from '../catalog/service.ts';
import { enqueue } from '../cases/store.ts';
import { authorize, can } from '../identity/authorize.ts';
import { actorOf, type Principal } from '../identity/principal.ts';
import type { CalendarService } from '../workflow/calendar/service.ts';
import { INQUIRY_RULES, INQUIRY_STATE_LABELS, type InquiryKind } from './inquiry-rules.ts';
import * as store from './inquiry-store.ts';
import { feedbackPolicy } from './policy.ts';
import { staffOffice } from './store.ts';

type Row = NonNullable<Awaited<ReturnType<typeof store.get>>>;

export interface InquiryInput {
  kind: InquiryKind;
  subject: string;
  content: string;
  itemCode?: string;
  name?: string;
  phone?: string;
}

const isUuid = (s: string) => /^[0-9a-f-]{36}$/i.test(s);

export function createInquiries(db: Kysely<DB>, catalog: CatalogService, calendar: CalendarService, opts: { now: () => Date }) {
  /** What the sender sees: no internal handling notes. */
  function forSender(r: Row) {
    return {
      id: r.id,
      trackingNo: r.tracking_no,
      kind: r.kind,
      kindLabel: INQUIRY_RULES[r.kind].label,
      subject: r.subject,
      content: r.content,
      itemCode: r.item_code,
      office: r.office,
      state: r.state,
      stateLabel: INQUIRY_STATE_LABELS[r.state],
      deadline: r.deadline,
      answer: r.answer,
      answeredAt: r.answered_at?.toISOString() ?? null,
      createdAt: r.created_at.toISOString(),
    };
  }

  async function forStaff(r: Row) {
    const evs = await store.events(db, r.id);
    return {
      ...forSender(r),
      senderName: maskName(r.sender_name),
      senderPhone: r.sender_phone ? maskMobile(r.sender_phone) : null,
      firstHandler: r.first_handler,
      overdue: r.state !== 'answered' && r.deadline < chinaDate(opts.now()),
      escalated: r.escalated_at !== null,
      public: r.public,
      version: r.version,
      events: evs.map((e) => ({ at: e.at.toISOString(), actor: e.actor, kind: e.kind, note: e.note })),
    };
  }

  /** Supervisors see all; other staff their office's and those they took up first. */
  async function staffScope(p: Principal): Promise<{ office: string; personId: string } | null> {
    authorize(feedbackPolicy, p, 'inquiry.handle');
    if (can(feedbackPolicy, p, 'rating.supervise')) return null;
    const office = p.kind === 'user' ? await staffOffice(db, p.personId) : null;
    if (!office || p.kind !== 'user') throw new AppError('FORBIDDEN', '您不属于任何处室，不能处理咨询投诉');
    return { office, personId: p.personId };
  }

  async function handled(p: Principal, id: string): Promise<Row> {
    const scope = await staffScope(p);
    const r = isUuid(id) ? await store.get(db, id) : undefined;
    if (!r || (scope && r.office !== scope.office && r.first_handler !== scope.personId)) throw new AppError('INQUIRY_NOT_FOUND');
    return r;
  }

  /** One step: the row (optimistic version), its event and the audit record together. */
  async function step(p: Principal, r: Row, expectedVersion: number, change: Parameters<typeof store.update>[3], kind: string, note: string | null, data?: Record<string, unknown>) {
    if (expectedVersion !== r.version) throw new AppError('INQUIRY_CHANGED');
    await db.transaction().execute(async (tx) => {
      if (!(await store.update(tx, r.id, expectedVersion, change))) throw new AppError('INQUIRY_CHANGED');
      await store.addEvent(tx, { inquiry_id: r.id, actor: actorOf(p).id, kind, note, data });
      await writeAudit(tx, { actor: actorOf(p).id, action: `inquiry.${kind}`, subjectType: 'inquiry', subjectId: r.id, data: { ...data, trackingNo: r.tracking_no } });
      if (kind === 'answered') {
        await enqueue(tx, { topic: 'notice.applicant', idempotencyKey: `inquiry:${r.id}:answered`, payload: { kind: 'inquiry_answered', inquiryId: r.id, trackingNo: r.tracking_no } });
      }
    });
    return forStaff((await store.get(db, r.id))!);
  }

  return {
    async submit(p: Principal, input: InquiryInput) {
      const rules = INQUIRY_RULES[input.kind];
      let office = rules.defaultOffice;
      if (input.itemCode) {
        try {
          office = (await catalog.publishedItem(input.itemCode)).content.office;
        } catch {
          throw new AppError('ITEM_NOT_FOUND');
        }
      }
      const sender = p.kind === 'user' ? { person: p.personId, name: p.name, phone: input.phone ?? null } : { person: null, name: input.name ?? '', phone: input.phone ?? null };
      if (!sender.person && (!sender.phone || !sender.name)) throw new AppError('INQUIRY_CONTACT_REQUIRED');
      const deadline = (await calendar.current()).addWorkingDays(chinaDate(opts.now()), rules.answerWithinWorkingDays);
      const id = await db.transaction().execute(async (tx) => {
        const day = chinaDateDigits(opts.now());
        const serial = await store.nextSerial(tx, input.kind, day);
        const trackingNo = `${rules.prefix}${day}${String(serial).padStart(4, '0')}`;
        const newId = await store.insert(tx, {
          tracking_no: trackingNo, kind: input.kind, subject: input.subject, content: input.content, item_code: input.itemCode ?? null,
          sender_person_id: sender.person, sender_name: sender.name, sender_phone: sender.phone, office, first_handler: null, deadline,
          answer: null, answered_by: null, answered_at: null, escalated_at: null,
        });
        await store.addEvent(tx, { inquiry_id: newId, actor: actorOf(p).id, kind: 'submitted', note: null, data: { office } });
        return newId;
      });
      return forSender((await store.get(db, id))!);
    },

    /** A sender without an account looks a message up by its number and the phone it was sent with. */
    async track(trackingNo: string, phone: string) {
      const r = await store.byTrackingNo(db, trackingNo);
      if (!r || r.sender_phone !== phone) throw new AppError('INQUIRY_NOT_FOUND');
      return forSender(r);
    },

    async mine(p: Principal, page: number, pageSize: number) {
      if (p.kind !== 'user') throw new AppError('NOT_AUTHENTICATED');
      const { rows, total } = await store.listMine(db, p.personId, page, pageSize);
      return { items: rows.map(forSender), total, page, pageSize };
    },

    async inbox(p: Principal, filter: { state?: string; overdue?: boolean; kind?: string }, page: number, pageSize: number) {
      const scope = await staffScope(p);
      const { rows, total } = await store.listForStaff(db, scope, { state: filter.state, kind: filter.kind, overdueOn: filter.overdue ? chinaDate(opts.now()) : undefined }, page, pageSize);
      return { items: await Promise.all(rows.map(forStaff)), total, page, pageSize };
    },

    async get(p: Principal, id: string) {
      return forStaff(await handled(p, id));
    },

    /** 首问负责: the first person to take it up is recorded and stays answerable. */
    async claim(p: Principal, id: string, expectedVersion: number) {
      const r = await handled(p, id);
      if (r.state === 'answered') throw new AppError('INQUIRY_ANSWERED');
      if (r.first_handler) throw new AppError('INQUIRY_CLAIMED');
      return step(p, r, expectedVersion, { first_handler: p.kind === 'user' ? p.personId : null, state: 'in_progress' }, 'claimed', null);
    },

    /** 转办: to the office that can answer; whoever took it up first stays answerable. */
    async forward(p: Principal, id: string, input: { expectedVersion: number; office: string; note: string }) {
      const r = await handled(p, id);
      if (r.state === 'answered') throw new AppError('INQUIRY_ANSWERED');
      if (input.office === r.office) throw new AppError('VALIDATION_FAILED', '转办的处室与当前处室相同');
      const firstHandler = r.first_handler ?? (p.kind === 'user' ? p.personId : null);
      return step(p, r, input.expectedVersion, { office: input.office, first_handler: firstHandler, state: 'in_progress' }, 'forwarded', input.note, { from: r.office, to: input.office });
    },

    async answer(p: Principal, id: string, input: { expectedVersion: number; answer: string; public: boolean }) {
      const r = await handled(p, id);
      if (r.state === 'answered') throw new AppError('INQUIRY_ANSWERED');
      if (input.public && !r.item_code) throw new AppError('VALIDATION_FAILED', '只有关于具体事项的问答可以公开到办事指南');
      return step(p, r, input.expectedVersion, {
        state: 'answered', answer: input.answer, answered_by: p.kind === 'user' ? p.personId : null, answered_at: opts.now(), public: input.public,
        first_handler: r.first_handler ?? (p.kind === 'user' ? p.personId : null),
      }, 'answered', null, { public: input.public });
    },

    /** The questions and answers an office published for an item (shown with its guide). */
    async publicQuestions(itemCode: string) {
      return (await store.publicOfItem(db, itemCode)).map((q) => ({ question: q.subject, detail: q.content, answer: q.answer ?? '', answeredAt: q.answered_at?.toISOString() ?? '' }));
    },

    /** Flags messages past their deadline, once each, with a notice to the supervisors. */
    async escalateOverdue(): Promise<number> {
      const now = opts.now();
      let n = 0;
      for (const r of await store.overdueUnescalated(db, chinaDate(now))) {
        const done = await db.transaction().execute(async (tx) => {
          if (!(await store.markEscalated(tx, r.id, now))) return false;
          await store.addEvent(tx, { inquiry_id: r.id, actor: 'system', kind: 'escalated', note: `超过答复期限（${r.deadline}），已提请督办` });
          await enqueue(tx, { topic: 'notice.supervisor', idempotencyKey: `inquiry:${r.id}:escalated`, payload: { kind: 'inquiry_overdue', inquiryId: r.id, trackingNo: r.tracking_no, office: r.office } });
          return true;
        });
        if (done) n++;
      }
      return n;
    },
  };
}

export type Inquiries = ReturnType<typeof createInquiries>;

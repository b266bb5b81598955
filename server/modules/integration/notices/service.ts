// Notices as people see them: the applicant's inbox (我的消息) and channel choices, the
// administrators' templates and delivery list (addresses masked), and the gateways' receipts.
import type { Kysely } from 'kysely';
import { writeAudit } from '../../../lib/audit/audit-log.ts';
import { AppError } from '../../../lib/errors.ts';
import { maskMobile } from '../../../lib/mask.ts';
import type { DB } from '../../../db/types.ts';
import { authorize } from '../../identity/authorize.ts';
import { actorOf, type Principal } from '../../identity/principal.ts';
import { integrationPolicy } from '../policy.ts';
import { templateFor } from './dispatch.ts';
import * as store from './store.ts';
import { DEFAULT_TEMPLATES, unknownPlaceholders, type TemplateText } from './templates.ts';

const maskEmail = (e: string) => e.replace(/^(.)[^@]*(@.*)$/, '$1***$2');
const maskAddress = (channel: string, a: string) => (channel === 'sms' ? maskMobile(a) : maskEmail(a));

function signedIn(p: Principal) {
  if (p.kind !== 'user') throw new AppError('NOT_AUTHENTICATED');
  return p;
}

export function createNoticesService(db: Kysely<DB>) {
  return {
    async inbox(p: Principal, page: number, pageSize: number) {
      const u = signedIn(p);
      const { rows, total, unread } = await store.inbox(db, u.personId, page, pageSize);
      return {
        items: rows.map((n) => ({ id: n.id, kind: n.kind, title: n.title, body: n.body, caseId: n.case_id, createdAt: n.created_at.toISOString(), read: n.read_at !== null })),
        total, unread, page, pageSize,
      };
    },
    async markRead(p: Principal, id: number) {
      const u = signedIn(p);
      if (!(await store.markRead(db, u.personId, id))) throw new AppError('NOTICE_NOT_FOUND');
    },
    async preferences(p: Principal) {
      const u = signedIn(p);
      const [pref, person] = await Promise.all([store.preference(db, u.personId), store.personContact(db, u.personId)]);
      return { sms: pref?.sms ?? true, email: pref?.email ?? false, emailAddress: pref?.email_address ?? null, mobileMasked: person?.mobile ? maskMobile(person.mobile) : null };
    },
    async savePreferences(p: Principal, v: { sms: boolean; email: boolean; emailAddress: string | null }) {
      const u = signedIn(p);
      if (v.email && !v.emailAddress) throw new AppError('VALIDATION_FAILED', '选择邮件通知时请填写邮箱地址');
      await store.savePreference(db, { person_id: u.personId, sms: v.sms, email: v.email, email_address: v.emailAddress });
      return this.preferences(p);
    },

    async templates(p: Principal) {
      authorize(integrationPolicy, p, 'notice.templates');
      const kinds = new Set([...Object.keys(DEFAULT_TEMPLATES), ...(await store.templates(db)).map((t) => t.kind)]);
      return Promise.all([...kinds].map(async (kind) => ({ kind, ...(await templateFor(db, kind)) })));
    },
    async saveTemplate(p: Principal, kind: string, t: TemplateText) {
      authorize(integrationPolicy, p, 'notice.templates');
      if (!DEFAULT_TEMPLATES[kind] && !(await store.template(db, kind))) throw new AppError('NOTICE_TEMPLATE_NOT_FOUND');
      const unknown = [t.smsText, t.emailSubject, t.emailBody].flatMap(unknownPlaceholders);
      if (unknown.length) throw new AppError('NOTICE_TEMPLATE_INVALID', `模板含有未知的占位符：${[...new Set(unknown)].map((u) => `{${u}}`).join('、')}`);
      await db.transaction().execute(async (tx) => {
        await store.saveTemplate(tx, { kind, label: t.label, sms_text: t.smsText, email_subject: t.emailSubject, email_body: t.emailBody, updated_by: actorOf(p).id });
        await writeAudit(tx, { actor: actorOf(p).id, action: 'notice.template_saved', subjectType: 'notice_template', subjectId: kind, data: { ...t } });
      });
      return { kind, ...(await templateFor(db, kind)) };
    },
    async deliveries(p: Principal, f: { status?: string; channel?: string; page: number; pageSize: number }) {
      authorize(integrationPolicy, p, 'outbox.read');
      const { rows, total } = await store.deliveries(db, f);
      return {
        items: rows.map((r) => ({
          id: r.id, channel: r.channel, addressMasked: maskAddress(r.channel, r.address), status: r.status, gateway: r.gateway, error: r.error,
          kind: r.kind, title: r.title, caseId: r.case_id, createdAt: r.created_at.toISOString(), sentAt: r.sent_at?.toISOString() ?? null, statusAt: r.status_at.toISOString(),
        })),
        total, page: f.page, pageSize: f.pageSize,
      };
    },
    /** A gateway's delivery receipt (authenticated by the shared gateway token in the route). */
    async receipt(gateway: string, r: { gatewayMessageId: string; status: 'DELIVERED' | 'FAILED'; error?: string }) {
      const applied = await store.applyReceipt(db, gateway, r.gatewayMessageId, r.status === 'DELIVERED' ? 'delivered' : 'failed', r.error ?? null);
      return { applied };
    },
    expireReceipts: (minutes: number) => store.expireReceipts(db, minutes),
  };
}

export type NoticesService = ReturnType<typeof createNoticesService>;

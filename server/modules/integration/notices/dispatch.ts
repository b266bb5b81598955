// The outbox adapter for notice.* topics: one inbox notice per message (我的消息), then each
// channel the applicant chose (SMS, e-mail), each with its own delivery row so that a retried
// message never sends a channel twice. Rate limits per address stop floods (the inbox still
// gets the notice). Mobile numbers are masked in logs.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { maskMobile } from '../../../lib/mask.ts';
import type { OutboxRow } from '../outbox/store.ts';
import { PermanentDeliveryError } from '../outbox/worker.ts';
import type { Mailer } from './email.ts';
import type { SmsSender } from './sms.ts';
import * as store from './store.ts';
import { caseDeadlineText, DEFAULT_TEMPLATES, FALLBACK_TEMPLATE, render, renderBody, type NoticeVars } from './templates.ts';

export interface NoticeSettings {
  sms: SmsSender;
  mail: Mailer;
  limits: { smsPerHour: number; emailPerHour: number };
  log?: { info: (o: object, m: string) => void; warn: (o: object, m: string) => void };
}

export async function templateFor(db: Kysely<DB>, kind: string) {
  const row = await store.template(db, kind);
  if (row) return { label: row.label, smsText: row.sms_text, emailSubject: row.email_subject, emailBody: row.email_body };
  return DEFAULT_TEMPLATES[kind] ?? FALLBACK_TEMPLATE;
}

export function noticeAdapter(db: Kysely<DB>, s: NoticeSettings) {
  return async (msg: OutboxRow) => {
    const kind = msg.topic.slice('notice.'.length);
    const p = msg.payload as { caseId?: string; personId?: string; vars?: NoticeVars };
    const c = p.caseId ? await store.caseForNotice(db, p.caseId) : undefined;
    if (p.caseId && !c) throw new PermanentDeliveryError(`办件不存在：${p.caseId}`);
    const personId = p.personId ?? c?.applicant_person_id;
    if (!personId) throw new PermanentDeliveryError('通知没有收件人（caseId 或 personId）');
    const vars: NoticeVars = { caseNo: c?.case_no, itemName: c?.item_name, applicantName: c?.applicant_name, deadline: caseDeadlineText(c), ...p.vars };
    const t = await templateFor(db, kind);
    const notice = await store.upsertNotice(db, {
      person_id: personId, case_id: c?.id ?? null, kind, title: render(t.emailSubject, vars), body: renderBody(t.emailBody, vars), source_key: msg.idempotency_key,
    });
    const person = await store.personContact(db, personId);
    const pref = await store.preference(db, personId);
    const wantSms = (pref?.sms ?? true) && Boolean(person?.mobile);
    const wantEmail = (pref?.email ?? false) && Boolean(pref?.email_address);
    const failures: string[] = [];

    if (wantSms) {
      const mobile = person!.mobile!;
      let d = await store.delivery(db, notice.id, 'sms');
      if (!d && !s.sms.configured) d = await store.insertDelivery(db, { notice_id: notice.id, channel: 'sms', address: mobile, status: 'skipped', error: '未配置短信网关' });
      if (!d) {
        const limited = (await store.recentToAddress(db, 'sms', mobile)) >= s.limits.smsPerHour;
        d = await store.insertDelivery(db, { notice_id: notice.id, channel: 'sms', address: mobile, status: limited ? 'rate_limited' : 'queued', error: limited ? '超过每小时短信上限' : null });
        if (limited) s.log?.warn({ mobile: maskMobile(mobile), kind }, 'sms rate limited');
      }
      if (d.status === 'queued' || d.status === 'failed') {
        try {
          const sent = await s.sms.send({ messageId: `kzt-n${notice.id}-sms`, mobile, content: render(t.smsText, vars) });
          await store.setDelivery(db, d.id, { status: 'sent', gateway: sent.gateway, gateway_msg_id: sent.gatewayMsgId, sent: true });
          s.log?.info({ mobile: maskMobile(mobile), gateway: sent.gateway, kind }, 'sms sent');
        } catch (err) {
          await store.setDelivery(db, d.id, { status: 'failed', error: (err as Error).message });
          failures.push(`短信：${(err as Error).message}`);
        }
      }
    }
    if (wantEmail) {
      const to = pref!.email_address!;
      let d = await store.delivery(db, notice.id, 'email');
      if (!d && !s.mail.configured) d = await store.insertDelivery(db, { notice_id: notice.id, channel: 'email', address: to, status: 'skipped', error: '未配置邮件服务器' });
      if (!d) {
        const limited = (await store.recentToAddress(db, 'email', to)) >= s.limits.emailPerHour;
        d = await store.insertDelivery(db, { notice_id: notice.id, channel: 'email', address: to, status: limited ? 'rate_limited' : 'queued', error: limited ? '超过每小时邮件上限' : null });
      }
      if (d.status === 'queued' || d.status === 'failed') {
        try {
          const sent = await s.mail.send({ to, subject: render(t.emailSubject, vars), text: renderBody(t.emailBody, vars), messageId: `kzt-n${notice.id}-email` });
          await store.setDelivery(db, d.id, { status: 'sent', gateway: 'smtp', gateway_msg_id: sent.messageId, sent: true });
        } catch (err) {
          await store.setDelivery(db, d.id, { status: 'failed', error: (err as Error).message });
          failures.push(`邮件：${(err as Error).message}`);
        }
      }
    }
    // A channel that failed makes the message retry; channels already sent are not sent again.
    if (failures.length) throw new Error(failures.join('；'));
  };
}

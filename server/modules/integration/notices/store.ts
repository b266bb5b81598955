// SQL of notices: templates, preferences, the inbox, deliveries.
import { sql } from 'kysely';
import type { Queryable } from '../../../db/types.ts';

export async function template(db: Queryable, kind: string) {
  return db.selectFrom('notice_template').selectAll().where('kind', '=', kind).executeTakeFirst();
}

export async function templates(db: Queryable) {
  return db.selectFrom('notice_template').selectAll().execute();
}

export async function saveTemplate(db: Queryable, t: { kind: string; label: string; sms_text: string; email_subject: string; email_body: string; updated_by: string }) {
  await db
    .insertInto('notice_template')
    .values(t)
    .onConflict((oc) => oc.column('kind').doUpdateSet({ label: t.label, sms_text: t.sms_text, email_subject: t.email_subject, email_body: t.email_body, updated_by: t.updated_by, updated_at: sql`now()` }))
    .execute();
}

export async function preference(db: Queryable, personId: string) {
  return db.selectFrom('notice_preference').selectAll().where('person_id', '=', personId).executeTakeFirst();
}

export async function savePreference(db: Queryable, p: { person_id: string; sms: boolean; email: boolean; email_address: string | null }) {
  await db
    .insertInto('notice_preference')
    .values(p)
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ sms: p.sms, email: p.email, email_address: p.email_address, updated_at: sql`now()` }))
    .execute();
}

export async function personContact(db: Queryable, personId: string) {
  return db.selectFrom('person').select(['id', 'name', 'mobile']).where('id', '=', personId).executeTakeFirst();
}

/** The inbox notice for one outbox message (made once; a repeat finds the first). */
export async function upsertNotice(db: Queryable, n: { person_id: string; case_id: string | null; kind: string; title: string; body: string; source_key: string }) {
  await db.insertInto('notice').values(n).onConflict((oc) => oc.column('source_key').doNothing()).execute();
  return db.selectFrom('notice').selectAll().where('source_key', '=', n.source_key).executeTakeFirstOrThrow();
}

export async function inbox(db: Queryable, personId: string, page: number, pageSize: number) {
  const q = db.selectFrom('notice').where('person_id', '=', personId);
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const unread = await q.where('read_at', 'is', null).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute();
  return { rows, total: total.n, unread: unread.n };
}

export async function markRead(db: Queryable, personId: string, id: number): Promise<boolean> {
  const r = await db.updateTable('notice').set({ read_at: sql`coalesce(read_at, now())` }).where('id', '=', id).where('person_id', '=', personId).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function delivery(db: Queryable, noticeId: number, channel: 'sms' | 'email') {
  return db.selectFrom('notice_delivery').selectAll().where('notice_id', '=', noticeId).where('channel', '=', channel).executeTakeFirst();
}

export async function insertDelivery(db: Queryable, d: { notice_id: number; channel: 'sms' | 'email'; address: string; status: 'queued' | 'rate_limited' | 'skipped'; error?: string | null }) {
  await db.insertInto('notice_delivery').values({ ...d, error: d.error ?? null }).onConflict((oc) => oc.columns(['notice_id', 'channel']).doNothing()).execute();
  return (await delivery(db, d.notice_id, d.channel))!;
}

export async function setDelivery(db: Queryable, id: number, change: { status: 'sent' | 'failed' | 'queued'; gateway?: string | null; gateway_msg_id?: string | null; error?: string | null; sent?: boolean }) {
  await db
    .updateTable('notice_delivery')
    .set({ status: change.status, gateway: change.gateway, gateway_msg_id: change.gateway_msg_id, error: change.error ?? null, status_at: sql`now()`, ...(change.sent ? { sent_at: sql`now()` } : {}) })
    .where('id', '=', id)
    .execute();
}

/** Deliveries to one address in the last hour that reached (or tried to reach) a gateway. */
export async function recentToAddress(db: Queryable, channel: 'sms' | 'email', address: string): Promise<number> {
  const r = await db
    .selectFrom('notice_delivery')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('channel', '=', channel)
    .where('address', '=', address)
    .where('status', 'not in', ['rate_limited', 'skipped'])
    .where('created_at', '>', sql<Date>`now() - interval '1 hour'`)
    .executeTakeFirstOrThrow();
  return r.n;
}

/** A gateway's receipt: the truth replaces "sent" (or "unknown", when it comes late). */
export async function applyReceipt(db: Queryable, gateway: string, gatewayMsgId: string, status: 'delivered' | 'failed', error: string | null): Promise<boolean> {
  const r = await db
    .updateTable('notice_delivery')
    .set({ status, error, status_at: sql`now()` })
    .where('gateway', '=', gateway)
    .where('gateway_msg_id', '=', gatewayMsgId)
    .where('status', 'in', ['sent', 'unknown'])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** SMS still "sent" after the receipt time limit become "unknown" — never "delivered". */
export async function expireReceipts(db: Queryable, minutes: number): Promise<number> {
  const r = await db
    .updateTable('notice_delivery')
    .set({ status: 'unknown', status_at: sql`now()`, error: '超时未收到送达回执' })
    .where('status', '=', 'sent')
    .where('channel', '=', 'sms')
    .where('sent_at', '<', sql<Date>`now() - make_interval(secs => ${minutes * 60})`)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function deliveries(db: Queryable, f: { status?: string; channel?: string; page: number; pageSize: number }) {
  let q = db.selectFrom('notice_delivery as d').innerJoin('notice as n', 'n.id', 'd.notice_id');
  if (f.status) q = q.where('d.status', '=', f.status as never);
  if (f.channel) q = q.where('d.channel', '=', f.channel as never);
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select(['d.id', 'd.channel', 'd.address', 'd.status', 'd.gateway', 'd.error', 'd.created_at', 'd.sent_at', 'd.status_at', 'n.kind', 'n.title', 'n.case_id'])
    .orderBy('d.id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows, total: total.n };
}

export async function caseForNotice(db: Queryable, caseId: string) {
  return db.selectFrom('case_file').select(['id', 'case_no', 'item_name', 'applicant_name', 'applicant_person_id', 'promised_deadline', 'promised_days']).where('id', '=', caseId).executeTakeFirst();
}

// 评价邀请 on each engine, run by the durable job runner over days of a controlled clock: a case
// still unrated 3 calendar days after conclusion sends its applicant one invitation — in the
// inbox, by SMS and by e-mail (stand-ins over real HTTP/SMTP) with a link to the case's rating —
// never a second one, and none for a rated case.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrationConfigFrom, integrationEnvSchema } from '../server/modules/integration/config.ts';
import { startSmsGatewayStandin, type SmsGatewayStandin } from '../server/modules/integration/standins/sms-gateway.ts';
import { startSmtpStandin, type SmtpStandin } from '../server/modules/integration/standins/smtp.ts';
import { FEEDBACK_JOB } from '../server/modules/feedback/jobs.ts';
import { chinaDate } from '../server/lib/china-date.ts';
import { genericForm } from './support/application-forms.ts';
import { signInClients, type Client } from './support/browserless-login.ts';
import { concludedCase as concluded } from './support/concluded-case.ts';
import { engines } from './support/databases.ts';
import { addDays, occurrence, runDay } from './support/jobs.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';
import { until } from './support/until.ts';

const GATEWAY_TOKEN = 'gateway-token-inv';

describe.each(engines)('invitations to rate on %s', (engine) => {
  let t: ListeningApp;
  let sms: SmsGatewayStandin;
  let smtp: SmtpStandin;
  let clock = new Date();
  const setClock = (at: Date) => void (clock = at);
  const who: Record<string, Client> = {};
  let itemCode: string;

  const call = async (u: string, method: string, path: string, body?: unknown) => {
    const res = await who[u]!.b.fetch(path, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: res.status === 204 ? null : await res.json() };
  };
  const concludedCase = (applicant: string) => concluded(who, applicant, itemCode, { form: genericForm('申请大型科学仪器设备共享共用补助。') });
  const invitationsInOutbox = async () =>
    (await sql<{ key: string }>`select idempotency_key as key from outbox_message where topic = 'notice.rating_invitation' order by id`.execute(t.db.database.db)).rows.map((r) => r.key);
  const invitationSms = (caseNo: string) => sms.messages.filter((m) => m.content.includes(caseNo) && m.content.includes('评价'));
  const inboxInvitations = async (u: string) =>
    ((await call(u, 'GET', '/api/me/notices?pageSize=100')).body.items as Array<{ kind: string; caseId: string; title: string; body: string }>).filter((n) => n.kind === 'rating_invitation');

  beforeAll(async () => {
    sms = await startSmsGatewayStandin({ name: 'sms-a', token: GATEWAY_TOKEN });
    smtp = await startSmtpStandin();
    const integration = integrationConfigFrom(integrationEnvSchema.parse({
      STANDINS: 'false', OUTBOX_POLL_MS: '50', OUTBOX_BACKOFF_BASE_SECONDS: '0.2', OUTBOX_BACKOFF_MAX_SECONDS: '0.5', REMOTE_TIMEOUT_MS: '2000',
      SMS_GATEWAYS: `sms-a=${sms.url}`, SMS_GATEWAY_TOKEN: GATEWAY_TOKEN, SMTP_URL: smtp.url,
    }));
    t = await listeningApp(engine, { now: () => clock, integration });
    Object.assign(who, await signInClients(t.url, ['zhangsan', 'hefei-bio', 'item-manager', 'decision-maker']));
    expect((await call('zhangsan', 'PUT', '/api/me/notice-preferences', { sms: true, email: true, emailAddress: 'zhangsan@example.cn' })).status).toBe(200);
    const list = await (await fetch(`${t.url}/api/catalog/items?q=${encodeURIComponent('大型科学仪器设备共享共用补助')}`)).json();
    itemCode = list.items[0].code;
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await Promise.all([sms, smtp].map((s) => s?.close()));
  });

  it('invites once, 3 calendar days after conclusion, and never a rated case', async () => {
    // Cases conclude at the database's time (now); the runner's clock then moves on by days.
    setClock(new Date());
    const unrated = await concludedCase('zhangsan');
    const rated = await concludedCase('hefei-bio');
    expect((await call('hefei-bio', 'POST', `/api/cases/${rated.id}/rating`, { level: 5 })).status).toBe(201);
    const concludedOn = chinaDate(new Date((await call('zhangsan', 'GET', `/api/cases/${unrated.id}`)).body.concludedAt));
    const day = (n: number) => addDays(concludedOn, n);

    // The next two days: the daily job runs and finds nothing due yet.
    for (const d of [day(1), day(2)]) {
      await runDay(t.jobs, setClock, d);
      expect((await occurrence(t.jobs, FEEDBACK_JOB.invite, d))?.done_at, `the invitation job ran on ${d}`).toBeInstanceOf(Date);
    }
    expect(await invitationsInOutbox()).toEqual([]);

    // 3 days after: one invitation for the unrated case, none for the rated one.
    await runDay(t.jobs, setClock, day(3));
    expect((await occurrence(t.jobs, FEEDBACK_JOB.invite, day(3)))?.done_at).toBeInstanceOf(Date);
    expect(await invitationsInOutbox()).toEqual([`rating-invitation:${unrated.id}`]);
    await until('the invitation by SMS', () => invitationSms(unrated.caseNo).length > 0);
    const link = `${t.url}/me/cases/${unrated.id}#rating`;
    expect(invitationSms(unrated.caseNo)).toEqual([
      expect.objectContaining({ mobile: '13800000001', content: `【科政通】您申请的“大型科学仪器设备共享共用补助”（办件编号${unrated.caseNo}）已办结，诚邀您对本次服务作出评价（好差评）：${link}` }),
    ]);
    await until('the invitation by e-mail', () => smtp.mails.some((m) => m.subject.includes(unrated.caseNo) && m.subject.includes('评价')));
    const mail = smtp.mails.find((m) => m.subject.includes(unrated.caseNo) && m.subject.includes('评价'))!;
    expect(mail).toMatchObject({ to: ['zhangsan@example.cn'], subject: `请对办件${unrated.caseNo}的办理服务作出评价` });
    expect(mail.text).toContain(link);
    const inbox = await inboxInvitations('zhangsan');
    expect(inbox).toEqual([expect.objectContaining({ caseId: unrated.id, title: `请对办件${unrated.caseNo}的办理服务作出评价` })]);
    expect(inbox[0]!.body).toContain(link);
    expect(await inboxInvitations('hefei-bio')).toEqual([]);

    // The day after, and the job run twice more that day: the case, still unrated, is not invited again.
    await runDay(t.jobs, setClock, day(4));
    await t.jobs.enqueue({ kind: FEEDBACK_JOB.invite, key: 'test-invite-again', runAt: clock });
    expect((await t.jobs.runDue()).done).toBeGreaterThanOrEqual(1);
    expect((await occurrence(t.jobs, FEEDBACK_JOB.invite, day(4)))?.done_at).toBeInstanceOf(Date);
    expect(await invitationsInOutbox()).toEqual([`rating-invitation:${unrated.id}`]);
    await until('every notice handled', async () => (await sql<{ n: number }>`select count(*)::int as n from outbox_message where topic like 'notice.%' and delivered_at is null and dead_at is null`.execute(t.db.database.db)).rows[0]!.n === 0);
    expect(invitationSms(unrated.caseNo)).toHaveLength(1);
    expect(smtp.mails.filter((m) => m.subject.includes(unrated.caseNo) && m.subject.includes('评价'))).toHaveLength(1);
    expect(await inboxInvitations('zhangsan')).toHaveLength(1);
    expect(invitationSms(rated.caseNo)).toEqual([]);
    const audit = await sql<{ n: number }>`select count(*)::int as n from audit_event where action = 'rating.invited' and subject_id = ${unrated.id}`.execute(t.db.database.db);
    expect(audit.rows[0]!.n).toBe(1);
  });
});

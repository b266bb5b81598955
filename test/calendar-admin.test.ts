// Working-day calendar administration over HTTP by a signed-in administrator: the seeded
// years, a deadline that reaches an unloaded year (409, and the year is listed for the
// administrator), loading that year from the notice, Chinese messages for bad notices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_2026, TEST_NOTICE_2027 } from './support/calendar.ts';
import { browserless, login, type Browserless } from './support/browserless-login.ts';
import { engines } from './support/databases.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';

describe.each(engines)('working-day calendar administration on %s', (engine) => {
  let t: ListeningApp;
  let admin: Browserless;
  let manager: Browserless;
  const csrf: Record<string, string> = {};
  const put = (who: Browserless, path: string, body: unknown) =>
    who.fetch(path, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf[who === admin ? 'admin' : 'manager']! }, body: JSON.stringify(body) });
  const get = async (path: string) => {
    const res = await admin.fetch(path);
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    t = await listeningApp(engine);
    admin = browserless(t.url);
    manager = browserless(t.url);
    await login(admin, t.url, 'admin');
    await login(manager, t.url, 'item-manager');
    csrf.admin = (await (await admin.fetch('/api/me')).json()).csrfToken;
    csrf.manager = (await (await manager.fetch('/api/me')).json()).csrfToken;
  });
  afterAll(async () => t.close());

  it('lists the years seeded at start, 2004–2026', async () => {
    const { status, body } = await get('/api/admin/calendar/years');
    expect(status).toBe(200);
    expect(body.years.map((y: { year: number }) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(body.years.at(-1)).toMatchObject({ year: 2026, source: 'chinese-days', holidays: 33, workdays: 6, loadedBy: 'system:calendar-seed' });
    expect(body.missingRequested).toEqual([]);
  });

  it('shows a year with its holidays, 调休 days and working-day count', async () => {
    const { status, body } = await get('/api/admin/calendar/2026');
    expect(status).toBe(200);
    expect(body).toMatchObject({ year: 2026, source: 'chinese-days', workingDays: 248 });
    expect(body.days).toEqual(NOTICE_2026);
    expect((await get('/api/admin/calendar/2027')).body).toMatchObject({ code: 'CALENDAR_YEAR_NOT_FOUND', message: '2027 年工作日历尚未导入' });
  });

  it('computes a deadline across the Spring Festival, and refuses one reaching 2027', async () => {
    expect((await get('/api/admin/calendar/deadline?start=2026-02-10&days=20')).body).toEqual({ start: '2026-02-10', days: 20, deadline: '2026-03-16' });
    const refused = await get('/api/admin/calendar/deadline?start=2026-12-15&days=20');
    expect(refused).toEqual({
      status: 409,
      body: { code: 'CALENDAR_YEAR_NOT_LOADED', message: '2027 年工作日历尚未导入，请管理员根据国务院办公厅节假日安排通知导入后再试', details: { year: 2027 } },
    });
    expect((await get('/api/admin/calendar/years')).body.missingRequested).toEqual([2027]);
  });

  it('refuses bad notices with Chinese messages and changes nothing', async () => {
    const cases: [unknown, string][] = [
      [{}, '请填写放假安排'],
      [{ holidays: [], workdays: [] }, '至少应有一段放假安排'],
      [{ holidays: [{ from: '2027-2-5', to: '2027-02-12', name: '春节' }], workdays: [] }, '放假开始日期应为 YYYY-MM-DD 格式的有效日期'],
      [{ holidays: [{ from: '2027-02-05', to: '2027-02-12', name: '' }], workdays: [] }, '请填写节日名称'],
      [{ holidays: [{ from: '2026-12-31', to: '2027-01-02', name: '元旦' }], workdays: [] }, '元旦的日期 2026-12-31 不在 2027 年内'],
      [{ holidays: [{ from: '2027-02-12', to: '2027-02-05', name: '春节' }], workdays: [] }, '春节的结束日期 2027-02-05 早于开始日期 2027-02-12'],
      [{ holidays: [{ from: '2027-02-05', to: '2027-02-12', name: '春节' }], workdays: [{ day: '2027-02-15', name: '春节' }] }, '调休上班日 2027-02-15 是周一，只能是周六或周日'],
      [{ holidays: [{ from: '2027-02-05', to: '2027-02-12', name: '春节' }], workdays: [{ day: '2027-02-06', name: '春节' }] }, '2027-02-06 不能既是放假日又是调休上班日'],
    ];
    for (const [body, message] of cases) {
      const res = await put(admin, '/api/admin/calendar/2027', body);
      const answer = await res.json();
      expect(res.status, message).toBe(400);
      expect(answer.code).toBe('VALIDATION_FAILED');
      expect(answer.message, JSON.stringify(body)).toContain(message);
    }
    const badYear = await put(admin, '/api/admin/calendar/1999', TEST_NOTICE_2027);
    expect(badYear.status).toBe(400);
    expect((await badYear.json()).message).toContain('年份不能小于 2000');
    expect((await get('/api/admin/calendar/2027')).status).toBe(404);
  });

  it('only administrators may see or change the calendar', async () => {
    expect((await manager.fetch('/api/admin/calendar/years')).status).toBe(403);
    expect((await put(manager, '/api/admin/calendar/2027', TEST_NOTICE_2027)).status).toBe(403);
    expect((await fetch(`${t.url}/api/admin/calendar/2026`)).status).toBe(401);
    expect((await get('/api/admin/calendar/2027')).status).toBe(404);
  });

  it('after loading 2027 from its notice (test data), the deadline is computed', async () => {
    const res = await put(admin, '/api/admin/calendar/2027', TEST_NOTICE_2027);
    expect(res.status).toBe(200);
    const year = await res.json();
    expect(year).toMatchObject({ year: 2027, source: 'admin', note: '测试数据（非真实通知）' });
    expect(year.loadedBy).toMatch(/^person:/);
    expect((await get('/api/admin/calendar/deadline?start=2026-12-15&days=20')).body.deadline).toBe('2027-01-13');
    const years = (await get('/api/admin/calendar/years')).body;
    expect(years.missingRequested).toEqual([]);
    expect(years.years.at(-1)).toMatchObject({ year: 2027, source: 'admin', holidays: 28, workdays: 5 });
  });
});

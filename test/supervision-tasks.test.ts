// 督办 over HTTP on each engine: a real-looking XLSX task table (Chinese headers, merged action
// cells, deadlines in the text, a "立行立改，长期坚持" row) is imported once; offices see their
// tasks and report progress with evidence; the supervisor reminds, sees overdue tasks and
// closes tasks out (销号) with a record.
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserless, login, type Browserless } from './support/browserless-login.ts';
import { engines } from './support/databases.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** A task table as the department's notices attach them (附件: 任务分解表). */
async function taskTableXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('任务分解表');
  ws.addRow(['附件 3']);
  ws.addRow(['行政审批效率改革任务分解表']);
  ws.addRow(['序号', '专项行动', '相关内容', '具体任务', '牵头处室', '责任处室', '分管领导', '完成时限']);
  ws.addRow([1, '深化审批制度改革和服务创新', '进一步缩短行政审批办结时限。', '实验动物许可办结时限由3个月压缩至20个工作日', '条件财务处', '政策法规处', '王建平', '2026年10月底前']);
  ws.addRow([2, null, '进一步精减行政审批申请材料。', '能以书面承诺、信息共享解决的，一律取消申请材料', '政策法规处', '条件财务处、高新技术处', '王建平', '2027年6月30日']);
  ws.addRow([3, null, '落实政务服务“好差评”机制。', '实名差评回访整改率达到100%', '政策法规处', '政务服务中心科技厅窗口', '徐涛', '立行立改，长期坚持']);
  ws.mergeCells('B4:B6'); // the action spans its three rows, as in the notice
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(engines)('reform tasks on %s', (engine) => {
  let t: ListeningApp;
  let now = new Date('2026-10-20T02:00:00Z');
  const who: Record<string, { b: Browserless; csrf: string }> = {};

  const call = async (u: string, method: string, path: string, body?: unknown) => {
    const res = await who[u]!.b.fetch(path, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  };
  const upload = async (u: string, path: string, fields: Record<string, string>, file?: { field: string; name: string; bytes: Buffer; type: string }) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (file) form.append(file.field, new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
    const res = await who[u]!.b.fetch(path, { method: 'POST', headers: { 'x-csrf-token': who[u]!.csrf }, body: form });
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    t = await listeningApp(engine, { now: () => now });
    for (const u of ['supervisor', 'item-manager', 'manager-decider', 'zhangsan']) {
      const b = browserless(t.url);
      await login(b, t.url, u);
      who[u] = { b, csrf: (await (await b.fetch('/api/me')).json()).csrfToken };
    }
  }, 120_000);
  afterAll(async () => t.close());

  it('imports a task table once, reports with evidence, reminds, flags overdue and closes out', async () => {
    const xlsx = await taskTableXlsx();
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    expect((await upload('item-manager', '/api/supervision/task-imports', {}, { field: 'file', name: '任务分解表.xlsx', bytes: xlsx, type })).status).toBe(403);
    expect((await upload('supervisor', '/api/supervision/task-imports', {}, { field: 'file', name: 'x.xlsx', bytes: Buffer.from('not a table at all'), type })).body.code).toBe('TASK_TABLE_INVALID');
    const imported = await upload('supervisor', '/api/supervision/task-imports', {}, { field: 'file', name: '任务分解表.xlsx', bytes: xlsx, type });
    expect(imported).toMatchObject({ status: 201, body: { created: 3, duplicate: false } });
    // The same file again creates nothing.
    expect((await upload('supervisor', '/api/supervision/task-imports', {}, { field: 'file', name: '再传一次.xlsx', bytes: xlsx, type })).body).toMatchObject({ created: 0, duplicate: true });
    expect((await sql<{ n: number }>`select count(*)::int as n from reform_task`.execute(t.db.database.db)).rows[0]!.n).toBe(3);

    const all = (await call('supervisor', 'GET', '/api/supervision/tasks')).body.items;
    expect(all.map((x: { deadline: string | null }) => x.deadline)).toEqual(['2026-10-31', '2027-06-30', null]);
    expect(all.every((x: { action: string }) => x.action === '深化审批制度改革和服务创新')).toBe(true);
    const [shorten, , ratings] = all;
    expect(ratings).toMatchObject({ longTerm: true, rhythm: 'monthly', leader: '徐涛', responsibleOffices: ['政务服务中心科技厅窗口'] });

    // 条件财务处 leads the first and shares the second; 高新技术处 shares the second only.
    expect((await call('item-manager', 'GET', '/api/supervision/tasks')).body.items).toHaveLength(2);
    expect((await call('manager-decider', 'GET', '/api/supervision/tasks')).body.items).toHaveLength(1);
    expect((await call('manager-decider', 'GET', `/api/supervision/tasks/${shorten.id}`)).status).toBe(404);
    expect((await call('zhangsan', 'GET', '/api/supervision/tasks')).status).toBe(403);

    // Closing before any report is refused; the office reports with a PDF as evidence.
    expect((await call('supervisor', 'POST', `/api/supervision/tasks/${shorten.id}/close`, { expectedVersion: shorten.version, note: '已完成' })).body.code).toBe('TASK_NO_REPORT');
    expect((await upload('item-manager', `/api/supervision/tasks/${shorten.id}/reports`, { progress: '办事指南已修订' }, { field: 'evidence', name: 'x.exe', bytes: Buffer.from('MZ not a pdf'), type: 'application/pdf' })).status).toBe(415);
    const reported = await upload('item-manager', `/api/supervision/tasks/${shorten.id}/reports`, { progress: '办事指南已修订，承诺时限改为20个工作日' }, { field: 'evidence', name: '修订后的办事指南.pdf', bytes: PDF, type: 'application/pdf' });
    expect(reported.status).toBe(201);
    expect(reported.body.reports[0]).toMatchObject({ office: '条件财务处', evidence: { name: '修订后的办事指南.pdf', contentType: 'application/pdf' } });
    const file = await who['supervisor']!.b.fetch(`/api/supervision/tasks/${shorten.id}/reports/${reported.body.reports[0].id}/evidence`);
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);

    // Past its deadline the task is overdue; the supervisor reminds (a notice through the outbox).
    now = new Date('2026-11-03T02:00:00Z');
    const overdue = (await call('supervisor', 'GET', '/api/supervision/tasks?overdue=true')).body.items;
    expect(overdue.map((x: { id: string }) => x.id)).toEqual([shorten.id]);
    expect((await call('supervisor', 'POST', `/api/supervision/tasks/${shorten.id}/reminders`, { note: '请于本周内完成并报送' })).body.lastRemindedAt).not.toBeNull();
    const notices = await sql<{ n: number }>`select count(*)::int as n from outbox_message where topic = 'notice.office' and payload->>'taskId' = ${shorten.id}`.execute(t.db.database.db);
    expect(notices.rows[0]!.n).toBe(1);
    // The long-term task had no report in October: its monthly report is late.
    expect((await call('supervisor', 'GET', `/api/supervision/tasks/${ratings.id}`)).body).toMatchObject({ reportDue: '2026-11-30', reportLate: false });
    now = new Date('2026-12-02T02:00:00Z');
    expect((await call('supervisor', 'GET', `/api/supervision/tasks/${ratings.id}`)).body.reportLate).toBe(true);

    const current = (await call('supervisor', 'GET', `/api/supervision/tasks/${shorten.id}`)).body;
    expect((await call('supervisor', 'POST', `/api/supervision/tasks/${shorten.id}/close`, { expectedVersion: current.version - 1, note: '已完成' })).body.code).toBe('TASK_CHANGED');
    const closed = (await call('supervisor', 'POST', `/api/supervision/tasks/${shorten.id}/close`, { expectedVersion: current.version, note: '经核查已完成，予以销号' })).body;
    expect(closed).toMatchObject({ state: 'closed', closeNote: '经核查已完成，予以销号', overdue: false });
    expect((await upload('item-manager', `/api/supervision/tasks/${shorten.id}/reports`, { progress: '补充一点进展' })).body.code).toBe('TASK_CLOSED');
    const detail = (await call('supervisor', 'GET', `/api/supervision/tasks/${shorten.id}`)).body;
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual(['imported', 'reported', 'reminded', 'closed']);
  });

  it('creates a task by hand, long-term or with a deadline', async () => {
    const long = await call('supervisor', 'POST', '/api/supervision/tasks', { title: '窗口服务规范化', content: '立行立改，长期坚持：窗口一次性告知。', leadOffice: '政策法规处', deadline: null });
    expect(long).toMatchObject({ status: 201, body: { longTerm: true, rhythm: 'monthly' } });
    expect((await call('supervisor', 'POST', '/api/supervision/tasks', { title: '短', content: '内容', leadOffice: '政策法规处', deadline: '2026-13-01' })).status).toBe(400);
  });
});

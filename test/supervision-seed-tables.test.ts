// 督办 with the seeds' own task tables (docs/samples/reform-tasks, made from seeds 001 and 002):
// each imports through the HTTP route as the supervisor with one task per row of the seed table,
// offices, leaders and deadlines as the seed writes them (HTML stripped, offices broken over lines
// joined, cells broken over a page joined, merged cells repeated, the latest date in the text as
// the deadline, no date: no end date and a monthly report); the same file again creates nothing;
// the XLSX reads as its CSV; and a task is reported on and closed out (销号).
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInClients, type Client } from './support/browserless-login.ts';
import { engines } from './support/databases.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';

const sample = (name: string) => readFileSync(new URL(`../docs/samples/reform-tasks/${name}`, import.meta.url));
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Task {
  id: string; action: string | null; title: string; content: string; leadOffice: string; responsibleOffices: string[];
  leader: string | null; deadline: string | null; rhythm: string | null; longTerm: boolean; version: number;
}

describe.each(engines)('the seeds’ task tables on %s', (engine) => {
  let t: ListeningApp;
  let now = new Date('2018-09-03T02:00:00Z'); // the notice of seed 001 came out in 2018
  let who: Record<string, Client>;

  const upload = async (path: string, fields: Record<string, string>, file?: { field: string; name: string; bytes: Buffer; type: string }) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (file) form.append(file.field, new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
    const res = await who['supervisor']!.b.fetch(path, { method: 'POST', headers: { 'x-csrf-token': who['supervisor']!.csrf }, body: form });
    return { status: res.status, body: await res.json() };
  };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await who['supervisor']!.b.fetch(path, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': who['supervisor']!.csrf }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  };
  const importFile = (name: string) => upload('/api/supervision/task-imports', {}, { field: 'file', name, bytes: sample(name), type: name.endsWith('.xlsx') ? XLSX : 'text/csv' });
  const taskCount = async () => (await sql<{ n: number }>`select count(*)::int as n from reform_task`.execute(t.db.database.db)).rows[0]!.n;
  const byTitle = async (): Promise<Map<string, Task>> => {
    const items: Task[] = (await call('GET', '/api/supervision/tasks?pageSize=200')).body.items;
    return new Map(items.map((x) => [x.title, x]));
  };

  beforeAll(async () => {
    t = await listeningApp(engine, { now: () => now });
    who = await signInClients(t.url, ['supervisor']);
  }, 120_000);
  afterAll(async () => t.close());

  it('imports each table with one task per seed row, once', async () => {
    // 附件 1 has 8 numbered rows (two more rows continue cells broken over a page), 附件 2 8, 附件 3 2; seed 002's 附件2 9.
    for (const [name, rows] of [['seed001-annex1.csv', 8], ['seed001-annex2.csv', 8], ['seed001-annex3.csv', 2], ['seed002-annex2.csv', 9]] as const) {
      expect(await importFile(name), name).toMatchObject({ status: 201, body: { created: rows, duplicate: false, errors: [] } });
    }
    expect(await taskCount()).toBe(27);
    // The same file again, under another name: nothing new.
    const again = await upload('/api/supervision/task-imports', {}, { field: 'file', name: '附件1（再传一次）.csv', bytes: sample('seed001-annex1.csv'), type: 'text/csv' });
    expect(again).toMatchObject({ status: 201, body: { created: 0, duplicate: true } });
    expect(await taskCount()).toBe(27);
  });

  it('reads offices, contents and deadlines as the seed 001 tables write them', async () => {
    const tasks = await byTitle();
    expect(tasks.size).toBe(27); // every title distinct: each headline became its task's title
    expect(tasks.get('实现一次认证、全网通行。')).toMatchObject({
      action: '推进全省网上政务服务平台迭代升级', leadOffice: '办公室', deadline: '2018-11-30', rhythm: null, leader: null,
      // "高 新处、对外科 技合作处、政 策处" in the seed: one office each, broken over lines; 高新处 listed twice
      responsibleOffices: ['计划处', '高新处', '对外科技合作处', '政策处', '条财处', '人事处', '基奖处', '省情报所'],
    });
    expect(tasks.get('实现一次认证、全网通行。')!.content).toMatch(/^2\. 实现一次认证、全网通行。.*2018年11月底前消除多入口注册和二次登录.* 推进“安徽省科技管理信息系统”/);
    // HTML paragraphs stripped; "2018年10月中旬" is the 20th; the action repeats from the row above.
    const national = tasks.get('主动对接国家平台。')!;
    expect(national).toMatchObject({ action: '推进全省网上政务服务平台迭代升级', deadline: '2018-10-20' });
    expect(national.content).not.toContain('<p>');
    // A cell continued on the next page joins its task rather than making one.
    const noVisit = tasks.get('推行“不见面审批”服务。')!;
    expect(noVisit).toMatchObject({ action: '推动更多政务服务事项全程网办', leadOffice: '办公室', responsibleOffices: ['政策处', '计划处(审批办)', '各相关处室'], deadline: '2018-11-30' });
    expect(noVisit.content).toContain('对适宜的事项开展智能审批，实现即报即批、即批即得。');
    // Several dates in the text (2018年10月底前 … 2019年6月底前): the task is done at the last.
    const systems = tasks.get('加快部门自建系统对接。')!;
    expect(systems).toMatchObject({ deadline: '2019-06-30', action: '加快政务服务业务系统整合对接' });
    expect(systems.content).toContain('“安徽省院士工作站备案”');
    expect(tasks.get('推出“三级双百”高频事项。')).toMatchObject({ deadline: '2018-11-30', responsibleOffices: ['计划处(审批办)'] });
    expect(tasks.get('健全数据安全共享交换机制。')).toMatchObject({ action: '进一步打通信息孤岛', leadOffice: '办公室', responsibleOffices: ['各相关处室', '省情报所'] });
    // No date anywhere in the row: no end date, reported monthly instead.
    expect(tasks.get('推进事中事后监管信息“一网通享”。')).toMatchObject({ deadline: null, longTerm: true, rhythm: 'monthly', responsibleOffices: ['条财处', '计划处', '省知识产权局'] });

    expect(tasks.get('整合部门单设的服务大厅。')).toMatchObject({ action: '推进线下“只进一扇门”专项行动', leadOffice: '计划处', responsibleOffices: ['审批办', '政策处'], deadline: '2019-06-30' });
    expect(tasks.get('减材料、减环节。')).toMatchObject({ action: '推进企业和群众办事“最多跑一次”专项行动', deadline: '2019-11-30' });
    expect(tasks.get('健全各级政务服务大厅。')).toMatchObject({ deadline: null, rhythm: 'monthly', reportDue: '2018-10-31' });

    expect(tasks.get('进一步缩短行政审批办结时限。')).toMatchObject({ action: '深化审批制度改革和服务创新', leadOffice: '政策处', responsibleOffices: ['条财处'], deadline: null, rhythm: 'monthly' });
    expect(tasks.get('进一步缩短行政审批办结时限。')!.content).toContain('承诺办结时间缩短为20个工作日');
  });

  it('reads seed 002’s list: two 分管领导 columns, units merged over three tasks, and its XLSX alike', async () => {
    const tasks = await byTitle();
    expect(tasks.get('深化科技成果“三权”改革,探索赋予科研人员职务科技成果所有权或长期使用权,进一步激发科研人员创新创业活力,打通科技成果转化应用“最后一公里”。'))
      .toMatchObject({ action: '实施科技成果转化工程', leadOffice: '成果处', leader: '胡 军', responsibleOffices: [], deadline: null, rhythm: 'monthly' });
    const units = ['合作处', '成果处', '企业中心', '项目中心'];
    expect(tasks.get('深入推进“一网通办”。')).toMatchObject({ action: '推进高效办成一件事', leadOffice: '法制处', leader: '徐涛', responsibleOffices: units });
    expect(tasks.get('加快电子证照共享调用。')).toMatchObject({ action: '推进高效办成一件事', leadOffice: '法制处', leader: '徐涛', responsibleOffices: units });
    expect(tasks.get('提升政务服务窗口的服务能力,营造便利高效、热情周到的服务环境。')).toMatchObject({ leadOffice: '法制处', responsibleOffices: ['转化中心', '合作处'], leader: '徐涛 胡军' });
    expect(tasks.get('赋予科研机构和人员更大自主权。')).toMatchObject({ leadOffice: '规划处', leader: '徐涛', responsibleOffices: ['成果处', '高新处', '平台处', '农社处', '项目中心'] });

    // The XLSX is another file (so it imports), with real merged cells: it reads as the CSV does.
    const xlsx = await importFile('seed002-annex2.xlsx');
    expect(xlsx).toMatchObject({ status: 201, body: { created: 9, duplicate: false } });
    const rowsOf = async (fileName: string) =>
      (await sql<Record<string, unknown>>`select t.source_row, t.action, t.title, t.content, t.lead_office, t.responsible_offices, t.leader, t.deadline, t.rhythm
        from reform_task t join reform_task_import i on i.id = t.import_id where i.file_name = ${fileName} order by t.source_row`.execute(t.db.database.db)).rows;
    const fromCsv = await rowsOf('seed002-annex2.csv');
    expect(fromCsv).toHaveLength(9);
    expect(await rowsOf('seed002-annex2.xlsx')).toEqual(fromCsv);
  });

  it('takes a seed task to close-out: overdue, reported, 销号', async () => {
    const task = (await byTitle()).get('主动对接国家平台。')!;
    now = new Date('2018-10-25T02:00:00Z');
    const overdue: Task[] = (await call('GET', '/api/supervision/tasks?overdue=true')).body.items;
    expect(overdue.map((x) => x.title)).toEqual(['主动对接国家平台。']);
    // Reported by the supervisor for the lead office (no demo user works in 办公室 of seed 001).
    const reported = await upload(`/api/supervision/tasks/${task.id}/reports`, { progress: '已于10月23日完成与国家政务服务平台首批对接' });
    expect(reported).toMatchObject({ status: 201, body: { reports: [{ office: '办公室' }] } });
    const closed = await call('POST', `/api/supervision/tasks/${task.id}/close`, { expectedVersion: reported.body.version, note: '经核查已完成首批对接，予以销号' });
    expect(closed).toMatchObject({ status: 200, body: { state: 'closed', overdue: false, closeNote: '经核查已完成首批对接，予以销号' } });
    const detail = (await call('GET', `/api/supervision/tasks/${task.id}`)).body;
    expect(detail.events.map((e: { kind: string; note: string | null }) => [e.kind, e.note])).toEqual([
      ['imported', '任务表第 5 行'], ['reported', '已于10月23日完成与国家政务服务平台首批对接'], ['closed', '经核查已完成首批对接，予以销号'],
    ]);
    expect((await call('GET', '/api/supervision/tasks?overdue=true')).body.items).toEqual([]);
    expect((await call('GET', '/api/supervision/tasks?state=closed')).body.total).toBe(1);
  });
});

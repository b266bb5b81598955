// 数据看板: the dashboard's main query (everything GET /api/supervision/dashboard computes, as
// the service runs it) on PostgreSQL with 1,000,000 cases and 200,000 ratings.
// The cases and ratings are read from the daily roll-ups that triggers keep in the same
// transaction as each change (migration 0022); this measures that read, and, for contrast,
// the same case counts aggregated straight from case_file.
// Usage: npm run bench:dashboard  [BENCH_DATABASE_URL=postgres://…/kzt_bench_dashboard] [BENCH_RUNS=300]
// The database (default kzt_bench_dashboard on 127.0.0.1:5432, user postgres) is created and
// filled on the first run only (generate_series; several minutes on 2 cores) and kept: later
// runs only measure. BENCH_REGENERATE=1 drops and refills it. Writes bench/README.md.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../server/db/connect.ts';
import { migrate } from '../server/db/migrate.ts';
import { createCatalogService } from '../server/modules/catalog/service.ts';
import { seedDemoCatalog } from '../server/modules/catalog/seed/load-demo.ts';
import type { UserPrincipal } from '../server/modules/identity/principal.ts';
import { createDashboard } from '../server/modules/supervision/dashboard/figures.ts';
import { createCalendarService } from '../server/modules/workflow/calendar/service.ts';
import { seedCalendar } from '../server/modules/workflow/calendar/seed.ts';
import { registerWorkflows } from '../server/modules/workflow/registry.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const URL_ = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kzt_bench_dashboard';
const CASES = 1_000_000;
const RATINGS = 200_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 300);

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const fmt = (x: number) => x.toFixed(1);

async function ensureDatabase(): Promise<boolean> {
  const u = new URL(URL_);
  const name = u.pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(URL_), { pathname: '/postgres' }).toString() });
  await admin.connect();
  if (process.env.BENCH_REGENERATE === '1') await admin.query(`drop database if exists ${name} with (force)`);
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  if (!exists) await admin.query(`create database ${name}`);
  await admin.end();
  return !exists;
}

/** Fills the database: the demo catalogue, 1M cases over two years, 200k ratings with follow-ups, messages, tasks. */
async function generate(pool: pg.Pool) {
  const c = await pool.connect();
  try {
    // Triggers off while loading (superuser): the roll-ups are built once afterwards by
    // dashboard_rebuild(), the same functions the triggers run.
    await c.query('set session_replication_role = replica');
    await c.query(`insert into person (id_number, name) select 'BENCH' || lpad(g::text, 13, '0'), '压测申请人' || g from generate_series(1, 20000) g on conflict do nothing`);
    const indexes = (await c.query(
      `select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = 'case_file'
          and indexname not in (select conname from pg_constraint where conrelid = 'case_file'::regclass)`,
    )).rows as Array<{ indexname: string; indexdef: string }>;
    for (const i of indexes) await c.query(`drop index ${i.indexname}`);
    let t = Date.now();
    // 17 items (skewed), submitted evenly over 2025-01-01 … 2026-11-30; 1 in 5 at the window;
    // 95 % concluded 3–40 days after acceptance, the rest running (some past their deadline).
    await c.query(
      `with items as (
         select v.code, v.version, v.name, coalesce(v.content->>'workflow', 'generic') as wf, v.promised_days, v.statutory_days,
                row_number() over (order by v.code) - 1 as idx
           from catalog_item_version v where v.state = 'published'),
       people as (select id, name, row_number() over (order by id_number) - 1 as idx from person where id_number like 'BENCH%'),
       src as (
         select g, timestamptz '2025-01-01 09:00+08' + (g::float8 / $1::int) * interval '698 days' as sub,
                floor(power(random(), 1.6) * (select count(*) from items))::int as item_idx,
                random() < 0.95 as done, floor(random() * 38)::int + 3 as took, floor(random() * 20000)::int as p_idx
           from generate_series(1, $1::int) g)
       insert into case_file (case_no, item_code, item_version, item_name, workflow_key, workflow_version, state, version,
         applicant_person_id, applicant_type, applicant_name, channel, form, idempotency_key,
         submitted_at, accepted_at, concluded_at, conclusion, updated_at, promised_days, statutory_days, promised_deadline, statutory_deadline)
       select it.code || to_char(s.sub at time zone 'Asia/Shanghai', 'YYYYMMDD') || lpad(s.g::text, 7, '0'),
         it.code, it.version, it.name, it.wf, 1, case when s.done then 'approved' else 'decision' end, 3,
         p.id, '1', p.name, case when s.g % 5 = 0 then '0' else '1' end, '{}'::jsonb, 'bench-' || s.g,
         s.sub, s.sub + interval '1 day', case when s.done then s.sub + interval '1 day' + s.took * interval '1 day' end,
         case when s.done then '0' end, s.sub, it.promised_days, it.statutory_days,
         (s.sub + interval '1 day' + (it.promised_days * 1.4) * interval '1 day')::date,
         case when it.statutory_days is not null then (s.sub + interval '1 day' + (it.statutory_days * 1.4) * interval '1 day')::date end
       from src s join items it on it.idx = s.item_idx join people p on p.idx = s.p_idx`,
      [CASES],
    );
    console.log(`  ${CASES} cases in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    for (const i of indexes) await c.query(i.indexdef);
    t = Date.now();
    // 200k ratings of concluded cases (every 4th or so), levels skewed to satisfied; bad ones
    // real-name with a follow-up in some state.
    await c.query(
      `with picked as (
         select c.id, c.item_code, c.item_name, c.concluded_at, c.applicant_person_id, v.office, random() as r
           from case_file c join catalog_item_version v on v.code = c.item_code and v.version = c.item_version
          where c.concluded_at is not null and c.idempotency_key like 'bench-%'
          order by c.id limit $1)
       insert into rating (case_id, channel, level, comment, anonymous, rater_person_id, office, item_code, item_name, rated_at)
       select id, '1', case when r < 0.55 then 5 when r < 0.8 then 4 when r < 0.9 then 3 when r < 0.96 then 2 else 1 end,
              case when r >= 0.9 then '办理时间长' end, r < 0.9, case when r >= 0.9 then applicant_person_id end,
              office, item_code, item_name, concluded_at + interval '2 days'
         from picked`,
      [RATINGS],
    );
    await c.query(
      `insert into rating_followup (rating_id, office, state, deadline, opened_at, closed_at)
       select id, office, (array['open', 'called_back', 'rectified', 'confirmed', 'confirmed', 'confirmed'])[1 + floor(random() * 6)::int],
              (rated_at + interval '10 days')::date, rated_at, null
         from rating where level <= 2 and not anonymous`,
    );
    await c.query(`update rating_followup set closed_at = opened_at + interval '8 days' where state = 'confirmed'`);
    await c.query(
      `insert into inquiry (tracking_no, kind, subject, content, sender_name, sender_phone, office, state, deadline, answer, answered_at, created_at)
       select 'BZ' || lpad(g::text, 10, '0'), (array['consult', 'complaint', 'mailbox'])[1 + g % 3], '压测留言', '压测留言内容', '压测', '13800000000',
              o.office, case when g % 10 = 0 then 'open' else 'answered' end,
              (timestamptz '2025-01-01' + g * interval '1 hour')::date + 7,
              case when g % 10 <> 0 then '已答复' end, case when g % 10 <> 0 then timestamptz '2025-01-01' + g * interval '1 hour' + (g % 12) * interval '1 day' end,
              timestamptz '2025-01-01' + g * interval '1 hour'
         from generate_series(1, 20000) g
         cross join lateral (select office from catalog_item_version where state = 'published' order by code offset g % 17 limit 1) o`,
    );
    await c.query(
      `insert into reform_task (title, content, lead_office, deadline, rhythm, state, closed_at, closed_by, created_by, last_report_at)
       select '压测任务 ' || g, '压测任务内容', o.office, date '2025-06-01' + (g % 700), null,
              case when g % 3 = 0 then 'closed' else 'open' end, case when g % 3 = 0 then timestamptz '2025-06-01' + (g % 720) * interval '1 day' end,
              case when g % 3 = 0 then 'bench' end, 'bench', now()
         from generate_series(1, 500) g
         cross join lateral (select office from catalog_item_version where state = 'published' order by code offset g % 17 limit 1) o`,
    );
    console.log(`  ratings, follow-ups, 20000 messages, 500 tasks in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    await c.query('set session_replication_role = origin');
    t = Date.now();
    await c.query('select dashboard_rebuild()');
    console.log(`  roll-ups rebuilt in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    await c.query('vacuum (analyze)');
  } finally {
    c.release();
  }
}

async function main() {
  const fresh = await ensureDatabase();
  const database = await openDatabase({ kind: 'postgres', url: URL_ });
  const db = database.db;
  await migrate(db);
  const pool = new pg.Pool({ connectionString: URL_, max: 2 });
  const have = Number((await pool.query(`select count(*) as n from case_file where idempotency_key like 'bench-%'`)).rows[0].n);
  if (fresh || have < CASES) {
    console.log(`generating ${CASES} cases and ${RATINGS} ratings in ${URL_} …`);
    await seedCalendar(db);
    await registerWorkflows(db);
    await seedDemoCatalog(createCatalogService(db));
    await generate(pool);
  }
  const counts = (await pool.query(
    `select (select count(*) from case_file)::int as cases, (select count(*) from rating)::int as ratings, (select count(*) from rating_followup)::int as followups,
            (select count(*) from inquiry)::int as inquiries, (select count(*) from reform_task)::int as tasks,
            (select count(*) from dashboard_case_day)::int as case_days, (select count(*) from dashboard_rating_day)::int as rating_days`,
  )).rows[0] as { cases: number; ratings: number; followups: number; inquiries: number; tasks: number; case_days: number; rating_days: number };
  console.log(counts);
  const office = (await pool.query(`select office from catalog_item_version where state = 'published' group by office order by count(*) desc limit 1`)).rows[0].office as string;
  const item = (await pool.query(`select item_code from dashboard_case_day group by item_code order by sum(received) desc limit 1`)).rows[0].item_code as string;

  const calendar = createCalendarService(db);
  const dashboard = createDashboard(db, calendar, { now: () => new Date('2026-12-01T02:00:00Z') });
  const supervisor: UserPrincipal = { kind: 'user', sessionId: 'bench', personId: '00000000-0000-0000-0000-000000000000', name: '督办', subjectType: 'staff', enterprise: null, roles: ['supervisor'], scopes: {}, csrfToken: 'bench' };
  const scenarios = [
    { name: 'whole period (2025-01-01 … 2026-11-30), all offices', q: { from: '2025-01-01', to: '2026-11-30' } },
    { name: 'one year (2026), one office', q: { from: '2026-01-01', to: '2026-11-30', office } },
    { name: 'one quarter, one item', q: { from: '2026-07-01', to: '2026-09-30', itemCode: item } },
  ];
  const loadBefore = uptime();
  console.log(loadBefore);
  const results: Array<{ name: string; p50: number; p99: number; max: number; received: number; ratings: number }> = [];
  for (const s of scenarios) {
    for (let i = 0; i < 10; i++) await dashboard.figures(supervisor, s.q); // warm-up
    const times: number[] = [];
    let last;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      last = await dashboard.figures(supervisor, s.q);
      times.push(performance.now() - t0);
    }
    results.push({ name: s.name, p50: pct(times, 50), p99: pct(times, 99), max: Math.max(...times), received: last!.cases.received, ratings: last!.satisfaction.total });
    console.log(s.name, results.at(-1));
  }
  // For contrast: the case counts of the whole period straight from case_file (no roll-up).
  const direct: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await sql`select count(*) as received, count(accepted_at) as accepted, count(concluded_at) as concluded,
        count(*) filter (where kzt_china_day(concluded_at) > promised_deadline) as late
      from case_file where submitted_at >= '2025-01-01' and submitted_at < '2026-12-01'`.execute(db);
    direct.push(performance.now() - t0);
  }
  const loadAfter = uptime();
  console.log(loadAfter, 'direct', direct);
  await pool.end();
  await database.close();

  const table = [
    `Run ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model.split(' ').slice(0, 2).join(' ')}, Node ${process.version}, PostgreSQL (${URL_.replace(/^postgres:\/\/[^@]*@/, '')}), ${RUNS} runs per row after 10 warm-up runs, one at a time.`,
    '',
    `Data: ${counts.cases.toLocaleString('en')} cases, ${counts.ratings.toLocaleString('en')} ratings, ${counts.followups.toLocaleString('en')} follow-ups, ${counts.inquiries.toLocaleString('en')} messages, ${counts.tasks} reform tasks; roll-ups ${counts.case_days.toLocaleString('en')} case-day rows, ${counts.rating_days.toLocaleString('en')} rating-day rows.`,
    '',
    `Machine load (\`uptime\`) before: \`${loadBefore}\`; after: \`${loadAfter}\`.`,
    '',
    '| main query (all figures and tables of the dashboard) | cases received | ratings | p50 ms | p99 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| ${r.name} | ${r.received.toLocaleString('en')} | ${r.ratings.toLocaleString('en')} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.max)} |`),
    '',
    `For contrast, four case counts of the whole period aggregated straight from \`case_file\` (no roll-up): median ${fmt(pct(direct, 50))} ms of 5 runs.`,
  ].join('\n');
  const readme = path.join(ROOT, 'bench', 'README.md');
  const text = await fs.readFile(readme, 'utf8');
  await fs.writeFile(readme, text.replace(/<!-- RESULTS:DASHBOARD:START -->[\s\S]*<!-- RESULTS:DASHBOARD:END -->/, `<!-- RESULTS:DASHBOARD:START -->\n${table}\n<!-- RESULTS:DASHBOARD:END -->`));
  console.log(table);
}

await main();

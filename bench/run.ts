// Throughput and latency of the public catalogue endpoints under load on loopback,
// measured beside a bare route (/api/ping) of the same server in the same run.
// Usage: npm run bench  [BENCH_SECONDS=10] [BENCH_CONNECTIONS=50] [BENCH_DATABASE_URL=postgres://…]
// Writes the figures into bench/README.md between the RESULTS markers.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
// autocannon ships no types; its programmatic API is small and stable.
// @ts-expect-error untyped module
import autocannon from 'autocannon';

const ROOT = path.resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DB_URL = process.env.BENCH_DATABASE_URL;

interface Result {
  name: string;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  bytes: number;
  errors: number;
  non2xx: number;
}

function startServer(dataDir: string): Promise<{ url: string; pid: number; stop: () => void }> {
  const env: Record<string, string> = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ADMIN_TOKEN: 'bench-admin-token' } as Record<string, string>;
  if (DB_URL) env.DATABASE_URL = DB_URL;
  else delete env.DATABASE_URL;
  const proc = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve({ url: `http://127.0.0.1:${m[1]}`, pid: proc.pid!, stop: () => proc.kill('SIGTERM') });
    });
    proc.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

// Browsers and phone apps always offer compression; requests say so, as theirs do.
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br', accept: 'application/json' };

function run(url: string, name: string, p: string, headers: Record<string, string> = BROWSER_HEADERS): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url: url + p, connections: CONNECTIONS, duration: SECONDS, headers }, (err: Error | null, r: any) => {
      if (err) return reject(err);
      resolve({ name, path: p, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bytes: r.throughput.average, errors: r.errors, non2xx: r.non2xx });
    });
  });
}

async function rssKb(pid: number): Promise<number> {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

async function main() {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kzt-bench-'));
  const server = await startServer(dataDir);
  try {
    const list = await (await fetch(`${server.url}/api/catalog/items?pageSize=20`)).json();
    const code = list.items.find((i: { name: string }) => i.name === '实验动物生产许可证核发')?.code ?? list.items[0].code;
    const targets: Array<[string, string, Record<string, string>?]> = [
      ['bare route /api/ping', '/api/ping'],
      ['guide /api/catalog/items/{code}', `/api/catalog/items/${code}`],
      ['guide, client without compression', `/api/catalog/items/${code}`, { accept: 'application/json' }],
      ['list, first page', '/api/catalog/items?page=1&pageSize=20'],
      ['list, keyword 实验动物', `/api/catalog/items?q=${encodeURIComponent('实验动物')}`],
      ['list, filtered (type=01, visits=0)', '/api/catalog/items?type=01&visits=0'],
    ];
    for (const [, p, h] of targets) await run(server.url, 'warm-up', p, h).catch(() => undefined); // JIT and caches warm
    const results: Result[] = [];
    for (const [name, p, h] of targets) {
      results.push(await run(server.url, name, p, h));
      console.log(`${name}: ${results.at(-1)!.rps.toFixed(0)} req/s, p99 ${results.at(-1)!.p99} ms`);
    }
    const rss = await rssKb(server.pid);
    const bare = results[0]!.rps;
    const guide = results[1]!;
    const rows = results.map(
      (r) => `| ${r.name} | ${r.rps.toFixed(0)} | ${(r.rps / bare * 100).toFixed(0)} % | ${r.p50} | ${r.p99} | ${(r.bytes / 1024 / 1024).toFixed(1)} | ${r.errors + r.non2xx} |`,
    );
    const report = [
      `Run ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} , Node ${process.version}, ` +
        `database ${DB_URL ? 'PostgreSQL' : 'PGlite (embedded)'}, ${CONNECTIONS} connections × ${SECONDS} s per route, load generator (autocannon) on the same machine, ` +
        'requests with `Accept-Encoding: gzip, deflate, br` unless the row says otherwise.',
      '',
      '| route | req/s | vs bare | p50 ms | p99 ms | MB/s | errors |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
      `Guide endpoint at **${(guide.rps / bare * 100).toFixed(0)} %** of the bare route (target ≥ 50 %): ${guide.rps / bare >= 0.5 ? 'met' : 'NOT met'}. ` +
        `Server RSS after the run: ${(rss / 1024).toFixed(0)} MB.`,
    ].join('\n');
    const file = path.join(ROOT, 'bench/README.md');
    const doc = await fs.readFile(file, 'utf8');
    const marker = DB_URL ? 'POSTGRES' : 'PGLITE';
    const re = new RegExp(`(<!-- RESULTS:${marker}:START -->)[\\s\\S]*?(<!-- RESULTS:${marker}:END -->)`);
    await fs.writeFile(file, doc.replace(re, `$1\n${report}\n$2`));
    console.log(`\n${report}\n\nwritten to bench/README.md`);
  } finally {
    server.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

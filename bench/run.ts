// Throughput and latency of the public catalogue endpoints under load on loopback,
// measured beside a bare route (/api/ping) of the same server in the same run.
// Usage: npm run bench  [BENCH_SECONDS=10] [BENCH_CONNECTIONS=50] [BENCH_DATABASE_URL=postgres://…]
// Needs wrk (Debian: apt-get install wrk). Writes the figures into bench/README.md.
// Why wrk: a load generator written in JavaScript saturates a core parsing multi-kilobyte
// answers long before the server does, so it would measure itself, not the server.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { startBenchServer, wrkMs } from './server.ts';

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
  mbPerSec: number;
  errors: number;
}

// Browsers and phone apps always offer compression; requests say so, as theirs do.
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br', accept: 'application/json' };

const exec = promisify(execFile);

async function run(url: string, name: string, p: string, headers: Record<string, string> = BROWSER_HEADERS): Promise<Result> {
  const args = ['-t2', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--latency'];
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}: ${v}`);
  const { stdout } = await exec('wrk', [...args, url + p]);
  const pick = (re: RegExp) => re.exec(stdout)?.[1] ?? '0';
  const transfer = pick(/Transfer\/sec:\s+([\d.]+\w+)/);
  const mb = Number(transfer.replace(/[A-Za-z]+$/, '')) * ({ KB: 1 / 1024, MB: 1, GB: 1024 }[transfer.replace(/^[\d.]+/, '')] ?? 1);
  const socketErrors = [...pick(/Socket errors: (.*)/).matchAll(/\d+/g)].reduce((a, m) => a + Number(m[0]), 0);
  return {
    name,
    path: p,
    rps: Number(pick(/Requests\/sec:\s+([\d.]+)/)),
    p50: wrkMs(pick(/\s50%\s+(\S+)/)),
    p99: wrkMs(pick(/\s99%\s+(\S+)/)),
    mbPerSec: mb,
    errors: Number(pick(/Non-2xx or 3xx responses: (\d+)/)) + socketErrors,
  };
}

async function rssKb(pid: number): Promise<number> {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

async function main() {
  await exec('wrk', ['--version']).catch((err: NodeJS.ErrnoException) => {
    // wrk --version exits 1 after printing its version; only a missing binary is fatal.
    if (err.code === 'ENOENT') {
      console.error('bench needs wrk: sudo apt-get install wrk');
      process.exit(1);
    }
  });
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kzt-bench-'));
  const started = await startBenchServer({ dataDir });
  const server = { ...started, url: `http://127.0.0.1:${started.port}` };
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
      (r) => `| ${r.name} | ${r.rps.toFixed(0)} | ${(r.rps / bare * 100).toFixed(0)} % | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.mbPerSec.toFixed(1)} | ${r.errors} |`,
    );
    const report = [
      `Run ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} , Node ${process.version}, ` +
        `database ${DB_URL ? 'PostgreSQL' : 'PGlite (embedded)'}, ${CONNECTIONS} connections × ${SECONDS} s per route, load generator wrk (2 threads) on the same machine, ` +
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

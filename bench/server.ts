// What the benchmarks share: the real server started in its own process as `npm start` runs
// it (PGlite in a fresh DATA_DIR, or the PostgreSQL database given), and wrk's latency format.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface BenchServer {
  /** http://localhost:port (the address the bundled provider's redirects are bound to). */
  url: string;
  port: number;
  pid: number;
  proc: ChildProcess;
  /** SIGTERM, then waits for the process to end. */
  stop(): Promise<void>;
}

export interface BenchServerOptions {
  dataDir?: string;
  databaseUrl?: string;
  /** Extra environment (overrides the defaults). */
  env?: Record<string, string>;
  /** Extra node flags (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

export function startBenchServer(opts: BenchServerOptions = {}): Promise<BenchServer> {
  const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ADMIN_TOKEN: 'bench-admin-token', ...opts.env } as Record<string, string>;
  if (opts.dataDir) env.DATA_DIR = opts.dataDir;
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  else delete env.DATABASE_URL;
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((r) => proc.on('exit', () => r()));
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      // (the server's errors are shown: a failing measurement must say why)
      for (const line of c.toString().split('\n')) if (/"level":(50|60)/.test(line)) process.stderr.write(`server: ${line}\n`);
      const m = /http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        const port = Number(m[1]);
        resolve({
          url: `http://localhost:${port}`, port, pid: proc.pid!, proc,
          stop: async () => {
            proc.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    proc.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

/** wrk prints latencies as 812.00us, 1.23ms or 1.02s. */
export function wrkMs(v: string): number {
  const m = /^([\d.]+)(us|ms|s)$/.exec(v.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === 'us' ? n / 1000 : m[2] === 's' ? n * 1000 : n;
}

// Starts the real server as a child process, as `npm start` does: one Node process with the
// tsx loader (not the tsx CLI, which would put a wrapper process between us and the server,
// so that a SIGKILL would hit the wrapper and leave the server running).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunningServer {
  proc: ChildProcess;
  port: number;
  url: string;
  output: () => string;
}

export interface ExitedServer {
  code: number | null;
  stdout: string;
  stderr: string;
}

function spawnServer(env: Record<string, string>) {
  return spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Starts a server and resolves once it prints its address; rejects if it exits first. */
export function startServer(env: Record<string, string>, timeoutMs = 60_000): Promise<RunningServer> {
  const proc = spawnServer(env);
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`server did not start in ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        const port = Number(m[1]);
        resolve({ proc, port, url: `http://127.0.0.1:${port}`, output: () => out });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before starting:\n${out}`));
    });
  });
}

/** Runs a server that is expected to fail at start; resolves with its exit code and output. */
export function runToExit(env: Record<string, string>, timeoutMs = 60_000): Promise<ExitedServer> {
  const proc = spawnServer(env);
  let stdout = '';
  let stderr = '';
  proc.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  proc.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`server did not exit in ${timeoutMs} ms:\n${stdout}${stderr}`));
    }, timeoutMs);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export function killHard(server: RunningServer): Promise<void> {
  return new Promise((resolve) => {
    server.proc.once('exit', () => resolve());
    server.proc.kill('SIGKILL');
  });
}

export async function stop(server: RunningServer): Promise<void> {
  if (server.proc.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    server.proc.once('exit', () => resolve());
    server.proc.kill('SIGTERM');
  });
}

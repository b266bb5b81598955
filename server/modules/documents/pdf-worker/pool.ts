// One worker thread for the documents module's PDF work — stamped applications, batch
// manifests, sealed and signed documents: the CPU-heavy part (layout, subsetting, compression,
// signatures) never runs on the thread that answers requests. Jobs queue in the worker; a
// crashed worker fails its jobs and is replaced on the next one.
import { Worker } from 'node:worker_threads';
import type { ManifestRequest } from '../paper/manifest.ts';
import type { SealRequest } from '../seals/sealed-pdf.ts';
import type { BuildRequest, BuildResult } from '../stamping/build.ts';
import type { Job } from './worker.ts';

type Pending = { resolve: (r: never) => void; reject: (e: Error) => void };

export interface PdfWorkerPool {
  build(req: BuildRequest): Promise<BuildResult>;
  manifest(req: ManifestRequest): Promise<Uint8Array>;
  /** A notice or licence laid out, sealed and signed (CMS). */
  seal(req: SealRequest): Promise<Uint8Array>;
  close(): Promise<void>;
}

export function createPdfWorkerPool(): PdfWorkerPool {
  let worker: Worker | null = null;
  let next = 1;
  const pending = new Map<number, Pending>();

  function start(): Worker {
    // The worker runs TypeScript through tsx, as the server does.
    const w = new Worker(new URL('./worker-entry.mjs', import.meta.url));
    w.on('message', (m: { id: number; result?: { bytes: Uint8Array }; error?: string }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (pending.size === 0) w.unref(); // idle: do not keep the process alive
      if (m.result) p.resolve({ ...m.result, bytes: new Uint8Array(m.result.bytes) } as never);
      else p.reject(new Error(`PDF worker: ${m.error}`));
    });
    const fail = (err: Error) => {
      if (worker === w) worker = null;
      for (const [id, p] of pending) {
        pending.delete(id);
        p.reject(err);
      }
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`PDF worker exited with code ${code}`)));
    w.unref();
    return w;
  }

  function run<T>(kind: Job['kind'], req: unknown): Promise<T> {
    worker ??= start();
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (r: never) => void, reject });
      worker!.ref();
      worker!.postMessage({ id, kind, req });
    });
  }

  return {
    build: (req) => run<BuildResult>('application', req),
    manifest: async (req) => (await run<{ bytes: Uint8Array }>('manifest', req)).bytes,
    seal: async (req) => (await run<{ bytes: Uint8Array }>('seal', req)).bytes,
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

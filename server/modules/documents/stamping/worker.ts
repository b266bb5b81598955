// Worker-thread entry: builds PDFs (stamped applications, batch manifests) off the request thread.
import { parentPort } from 'node:worker_threads';
import { buildManifestPdf, type ManifestRequest } from '../paper/manifest.ts';
import { buildApplicationPdf, type BuildRequest } from './build.ts';

type Job = { id: number; kind: 'application'; req: BuildRequest } | { id: number; kind: 'manifest'; req: ManifestRequest };

parentPort!.on('message', async (msg: Job) => {
  try {
    const result = msg.kind === 'application' ? await buildApplicationPdf(msg.req) : { bytes: await buildManifestPdf(msg.req) };
    parentPort!.postMessage({ id: msg.id, result }, [result.bytes.buffer as ArrayBuffer]);
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: (err as Error).stack ?? String(err) });
  }
});

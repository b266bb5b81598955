// Worker-thread entry: the documents module's CPU-heavy PDF work (stamped applications, batch
// manifests, sealed and signed documents), off the request thread.
import { parentPort } from 'node:worker_threads';
import { buildManifestPdf, type ManifestRequest } from '../paper/manifest.ts';
import { buildSealedPdf, type SealRequest } from '../seals/sealed-pdf.ts';
import { buildApplicationPdf, type BuildRequest } from '../stamping/build.ts';

export type Job =
  | { id: number; kind: 'application'; req: BuildRequest }
  | { id: number; kind: 'manifest'; req: ManifestRequest }
  | { id: number; kind: 'seal'; req: SealRequest };

async function run(job: Job): Promise<{ bytes: Uint8Array }> {
  switch (job.kind) {
    case 'application':
      return buildApplicationPdf(job.req);
    case 'manifest':
      return { bytes: await buildManifestPdf(job.req) };
    case 'seal':
      return { bytes: await buildSealedPdf(job.req) };
  }
}

/** Bytes that own their whole buffer, so it can be transferred (a pooled Buffer's cannot). */
const own = (b: Uint8Array) => (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b));

parentPort!.on('message', async (job: Job) => {
  try {
    const result = await run(job);
    const bytes = own(result.bytes);
    parentPort!.postMessage({ id: job.id, result: { ...result, bytes } }, [bytes.buffer as ArrayBuffer]);
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: (err as Error).stack ?? String(err) });
  }
});

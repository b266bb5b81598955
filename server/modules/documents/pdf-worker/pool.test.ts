// Sealed documents are laid out and signed in the PDF worker thread: the result is a signed
// PDF pdfsig accepts, and the thread that answers requests stays idle meanwhile (measured by
// its event-loop utilisation, which other processes' load on the machine does not change).
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfsig, pdfText } from '../../../../test/support/pdf-tools.ts';
import { selfSignedSeal, type SealCredentials } from '../seals/certificate.ts';
import { demoSealPdf } from '../seals/demo-seal-image.ts';
import type { SealRequest } from '../seals/sealed-pdf.ts';
import { buildSealedPdf } from '../seals/sealed-pdf.ts';
import { noticeContent } from '../templates/notices.ts';
import { createPdfWorkerPool, type PdfWorkerPool } from './pool.ts';

describe('sealing in the PDF worker thread', () => {
  let pool: PdfWorkerPool;
  let creds: SealCredentials;
  let req: SealRequest;

  beforeAll(async () => {
    pool = createPdfWorkerPool();
    creds = selfSignedSeal({ commonName: '安徽省科学技术厅行政审批专用章', organization: '安徽省科学技术厅' });
    const content = noticeContent('acceptance_notice', {
      caseNo: '11340000003002810A2026112300001', itemName: '实验动物生产许可证核发', applicantName: '合肥某某生物科技有限公司',
      submittedOn: '2026-11-20', opinion: null, promisedDays: 20, promisedDeadline: '2026-12-21', form: {},
    }, { date: '2026-11-23', docNo: '皖科审受〔2026〕1 号' });
    req = {
      document: { kind: 'notice', content },
      look: { type: 'pdf', bytes: await demoSealPdf({ organization: '安徽省科学技术厅', purpose: '行政审批专用章' }) },
      creds,
      info: { signerName: 'test', reason: 'acceptance_notice', signingTime: new Date() },
    };
  });
  afterAll(() => pool.close());

  it('returns a notice that pdfsig validates and that reads as the notice', async () => {
    const pdf = Buffer.from(await pool.seal(req));
    expect(await pdfsig(pdf)).toContain('Signature Validation: Signature is Valid.');
    expect(await pdfText(pdf)).toContain('受理通知书');
  });

  it('keeps the calling thread idle while it seals, unlike sealing on that thread', async () => {
    await pool.seal(req); // the worker is warm (fonts parsed)
    let before = performance.eventLoopUtilization();
    await Promise.all([pool.seal(req), pool.seal(req)]);
    const inWorker = performance.eventLoopUtilization(before).utilization;
    await buildSealedPdf(req); // warm on this thread too
    before = performance.eventLoopUtilization();
    await buildSealedPdf(req);
    await buildSealedPdf(req);
    const onThisThread = performance.eventLoopUtilization(before).utilization;
    expect(onThisThread).toBeGreaterThan(0.7);
    expect(inWorker).toBeLessThan(0.3);
  });

  it('fails the job, not the process, when the document cannot be sealed', async () => {
    await expect(pool.seal({ ...req, creds: { keyDer: Buffer.from('not a key'), certPem: creds.certPem } })).rejects.toThrow(/PDF worker/);
    expect(await pdfsig(Buffer.from(await pool.seal(req)))).toContain('Signature is Valid.');
  });
});

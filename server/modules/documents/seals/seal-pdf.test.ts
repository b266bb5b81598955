// A sealed PDF is accepted by an independent verifier (poppler's pdfsig): signature valid,
// document unmodified; one changed byte inside the signed ranges makes it invalid.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPkcs12, selfSignedSeal, toPkcs12, type SealCredentials } from './certificate.ts';
import { sealAndSign } from './seal-pdf.ts';

const run = promisify(execFile);

/** pdfsig's report (it exits non-zero for invalid signatures; the text says why). */
export async function pdfsig(bytes: Buffer): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kzt-sig-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, bytes);
  try {
    const { stdout, stderr } = await run('pdfsig', [file]).catch((e: { stdout: string; stderr: string }) => e);
    return stdout + stderr;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function redCircle(): Promise<Buffer> {
  const d = await PDFDocument.create();
  const p = d.addPage([100, 100]);
  p.drawCircle({ x: 50, y: 50, size: 46, borderColor: rgb(0.86, 0.08, 0.1), borderWidth: 4 });
  return Buffer.from(await d.save());
}

async function signedSample(creds: SealCredentials): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Acceptance notice — sample body text that is signed.', { x: 60, y: 760, size: 12, font });
  return sealAndSign(doc, { page, cx: 440, cy: 160, size: 119 }, { type: 'pdf', bytes: await redCircle() }, creds, {
    signerName: 'Demo seal', reason: 'Electronic seal', signingTime: new Date(),
  });
}

describe('sealed PDFs', () => {
  let creds: SealCredentials;
  beforeAll(() => {
    creds = selfSignedSeal({ commonName: '安徽省科学技术厅行政审批专用章', organization: '安徽省科学技术厅' });
  });

  it('carry a CMS signature that pdfsig reports valid and intact', async () => {
    const signed = await signedSample(creds);
    const report = await pdfsig(signed);
    expect(report).toContain('Signature Type: adbe.pkcs7.detached');
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toMatch(/Signer Certificate Common Name: 安徽省科学技术厅行政审批专用章/);
    expect(report).toContain('Total document signed');
  });

  it('are reported invalid after one byte of signed content changes', async () => {
    const signed = await signedSample(creds);
    // The page content is compressed; change the page width instead (595 → 596: one byte
    // inside the first signed range, the file still parses).
    const at = signed.toString('latin1').indexOf('/MediaBox [ 0 0 595') + 17;
    const range = /\/ByteRange \[\s*0 (\d+)/.exec(signed.toString('latin1'));
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(Number(range![1]));
    const tampered = Buffer.from(signed);
    tampered[at] = '6'.charCodeAt(0);
    const report = await pdfsig(tampered);
    expect(report).not.toContain('Signature is Valid.');
    expect(report).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
  });

  it('work the same with a key and certificate imported from a PKCS#12 file', async () => {
    const imported = importPkcs12(toPkcs12(creds, 'p12-pass'), 'p12-pass');
    expect(imported.certPem).toBe(creds.certPem);
    expect((await pdfsig(await signedSample(imported)))).toContain('Signature is Valid.');
    expect(() => importPkcs12(toPkcs12(creds, 'p12-pass'), 'wrong')).toThrow();
  });
});

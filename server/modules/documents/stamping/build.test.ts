// The stamped application, checked the way a person and a scanner see it: text extracted by
// pdftotext, pages rendered by pdftoppm (watermark pixels drawn, QR decoded by jsQR).
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readOutline } from '../../../lib/pdf/index.ts';
import { buildApplicationPdf, type BuildResult } from './build.ts';
import { verifyToken } from './token.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'stamp-test-'));
const key = randomBytes(32);
const caseId = randomUUID();

async function samplePdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const f = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) doc.addPage([595.28, 841.89]).drawText(`Facility report page ${i + 1}`, { x: 60, y: 700, size: 20, font: f });
  return doc.save();
}

function samplePng(): Uint8Array {
  const png = new PNG({ width: 200, height: 120 });
  for (let i = 0; i < png.data.length; i += 4) {
    const x = (i / 4) % 200;
    png.data[i] = x < 100 ? 30 : 220;
    png.data[i + 1] = 120;
    png.data[i + 2] = 200;
    png.data[i + 3] = 255;
  }
  return PNG.sync.write(png);
}

/** Renders page n (1-based) at 150 dpi and returns its pixels. */
function render(file: string, n: number): PNG {
  const out = path.join(dir, `p${n}-${path.basename(file)}`);
  execFileSync('pdftoppm', ['-r', '150', '-f', String(n), '-l', String(n), '-png', '-singlefile', file, out]);
  return PNG.sync.read(readFileSync(`${out}.png`));
}

/** Share of reddish watermark pixels (r clearly above g and b) in the page's centre. */
function watermarkShare(png: PNG): number {
  let red = 0;
  let n = 0;
  for (let y = Math.floor(png.height * 0.3); y < png.height * 0.7; y += 2) {
    for (let x = Math.floor(png.width * 0.2); x < png.width * 0.8; x += 2) {
      const i = (y * png.width + x) * 4;
      n++;
      if (png.data[i]! > 200 && png.data[i]! - png.data[i + 1]! > 25 && png.data[i]! - png.data[i + 2]! > 25) red++;
    }
  }
  return red / n;
}

describe('stamped application PDF', () => {
  let result: BuildResult;
  let file: string;
  let jpeg: Uint8Array;

  beforeAll(async () => {
    // A JPEG made by poppler from a one-page PDF (a real camera-like JPEG file).
    writeFileSync(path.join(dir, 'src.pdf'), await samplePdf(1));
    execFileSync('pdftoppm', ['-r', '30', '-jpeg', '-singlefile', path.join(dir, 'src.pdf'), path.join(dir, 'photo')]);
    jpeg = readFileSync(path.join(dir, 'photo.jpg'));
    result = await buildApplicationPdf({
      caseId, version: 2, watermark: '预审通过', qr: true, key,
      content: {
        caseNo: '11340000MB0000001X2026112300001', itemName: '实验动物使用许可证核发', applicantName: '合肥某某生物科技有限公司', submittedOn: '2026-11-23',
        sections: [{ title: '单位基本情况', rows: [{ label: '单位名称', value: '合肥某某生物科技有限公司' }, { label: '设施地址', value: '安徽省合肥市高新区创新大道 100 号' }] }],
        materials: [
          { name: '实验动物使用许可证申请书', status: '已上传（申请书.pdf）', file: { fileName: '申请书.pdf', contentType: 'application/pdf', bytes: await samplePdf(3) } },
          { name: '设施平面图', status: '已上传（平面图.png）', file: { fileName: '平面图.png', contentType: 'image/png', bytes: samplePng() } },
          { name: '现场照片', status: '已上传（照片.jpg）', file: { fileName: '照片.jpg', contentType: 'image/jpeg', bytes: jpeg } },
          { name: '从业人员培训证明', status: '告知承诺' },
          { name: '损坏的文件', status: '已上传（坏.pdf）', file: { fileName: '坏.pdf', contentType: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.4 garbage') } },
        ],
      },
    });
    file = path.join(dir, 'application.pdf');
    writeFileSync(file, result.bytes);
  });

  it('holds the form, every material in order with bookmarks, and the stamp on every page', async () => {
    // 1 form page + 3 PDF pages + 1 PNG page + 1 JPEG page + 1 page explaining the damaged file
    expect(result.pages).toBe(7);
    const doc = await PDFDocument.load(result.bytes);
    expect(readOutline(doc)).toEqual([
      { title: '申请表', pageIndex: 0 }, { title: '实验动物使用许可证申请书', pageIndex: 1 }, { title: '设施平面图', pageIndex: 4 },
      { title: '现场照片', pageIndex: 5 }, { title: '损坏的文件', pageIndex: 6 },
    ]);
    const form = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-']).toString();
    for (const s of ['实验动物使用许可证核发', '申请表', '合肥某某生物科技有限公司', '安徽省合肥市高新区创新大道', '告知承诺', '从业人员培训证明']) expect(form).toContain(s);
    expect(execFileSync('pdftotext', ['-f', '7', '-l', '7', file, '-']).toString()).toContain('无法合并');
    for (let n = 1; n <= result.pages; n++) {
      // The rotated watermark extracts in order only with -raw.
      const raw = execFileSync('pdftotext', ['-raw', '-f', String(n), '-l', String(n), file, '-']).toString();
      const flat = raw.replace(/\s+/g, '');
      expect(flat, `page ${n}`).toContain('预审通过');
      expect(flat).toContain(`第${n}页/共7页`);
    }
  });

  it('draws the watermark visibly and a QR code per page that decodes to a token naming case, version, page and content', () => {
    for (const n of [1, 3, 6]) {
      const png = render(file, n);
      expect(watermarkShare(png), `watermark pixels on page ${n}`).toBeGreaterThan(0.02);
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(code, `QR on page ${n}`).toBeTruthy();
      const token = verifyToken(key, code!.data);
      expect(token).toEqual({ kind: 'page', caseId, version: 2, page: n, hashPrefix: result.contentSha256.slice(0, 12) });
    }
  });

  it('embeds a font subset, not the 10 MB font', () => {
    expect(result.bytes.length).toBeLessThan(400_000);
    expect(readdirSync(dir).length).toBeGreaterThan(0);
  });
});

// Reads the QR code printed on a PDF page as a camera would: the page rendered by pdftoppm at
// 150 dpi, the right-hand corner where the code is printed decoded by jsQR.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const dir = mkdtempSync(path.join(tmpdir(), 'kzt-qr-'));

export function qrOnPage(pdf: Uint8Array, n: number, corner: 'bottom' | 'top' = 'bottom'): string {
  const file = path.join(dir, `doc-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '150', '-f', String(n), '-l', String(n), '-png', '-singlefile', file, file]);
  const png = PNG.sync.read(readFileSync(`${file}.png`));
  // (framing the code: the right 40 %, top or bottom 30 % of the page)
  const w = Math.floor(png.width * 0.4);
  const h = Math.floor(png.height * 0.3);
  const x0 = png.width - w;
  const y0 = corner === 'bottom' ? png.height - h : 0;
  const crop = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) crop.set(png.data.subarray(((y0 + y) * png.width + x0) * 4, ((y0 + y) * png.width + x0 + w) * 4), y * w * 4);
  const code = jsQR(crop, w, h);
  if (!code) throw new Error(`no QR code on page ${n}`);
  return code.data;
}

// QR codes drawn as vector paths (crisp at any print size, no image per page): one SVG path
// of the dark modules, merged into horizontal runs, on a white quiet zone.
import QRCode from 'qrcode';
import type { PDFPage } from 'pdf-lib';

/** The QR symbol's dark modules as an SVG path in module units, and its size in modules. */
export function qrPath(text: string, errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H' = 'M'): { path: string; modules: number } {
  const qr = QRCode.create(text, { errorCorrectionLevel });
  const n = qr.modules.size;
  const data = qr.modules.data;
  const parts: string[] = [];
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!data[y * n + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < n && data[y * n + x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  }
  return { path: parts.join(''), modules: n };
}

/**
 * Draws a QR code whose lower-left corner (quiet zone included) is at (x, y), `size` points
 * wide including a 4-module quiet zone on every side. Written as a small content stream of its
 * own (one `re` per run of dark modules, one fill): pdf-lib's SVG path parser and operator
 * objects cost ~25 ms a code, this ~1 ms. A fixed mask pattern skips scoring all eight (valid
 * codes either way; scanners read any mask).
 */
export function drawQr(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M', maskPattern: 2 } as QRCode.QRCodeOptions);
  const n = qr.modules.size;
  const data = qr.modules.data;
  const unit = size / (n + 8);
  const f = (v: number) => v.toFixed(3);
  const parts = [`q 1 1 1 rg ${f(x)} ${f(y)} ${f(size)} ${f(size)} re f 0 0 0 rg`];
  const top = y + size - 4 * unit;
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!data[row * n + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && data[row * n + col]) col++;
      parts.push(`${f(x + (4 + start) * unit)} ${f(top - (row + 1) * unit)} ${f((col - start) * unit)} ${f(unit)} re`);
    }
  }
  parts.push('f Q');
  const { context } = page.doc;
  page.node.addContentStream(context.register(context.flateStream(parts.join('\n'))));
}

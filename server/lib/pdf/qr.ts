// QR codes drawn as vector paths (crisp at any print size, no image per page): one SVG path
// of the dark modules, merged into horizontal runs, on a white quiet zone.
import QRCode from 'qrcode';
import { rgb, type PDFPage } from 'pdf-lib';

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
 * wide including a 4-module quiet zone on every side.
 */
export function drawQr(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const { path, modules } = qrPath(text);
  const total = modules + 8;
  const unit = size / total;
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  // drawSvgPath puts the path's origin at (x, y) with y growing downwards.
  page.drawSvgPath(path, { x: x + 4 * unit, y: y + size - 4 * unit, scale: unit, color: rgb(0, 0, 0), borderWidth: 0 });
}

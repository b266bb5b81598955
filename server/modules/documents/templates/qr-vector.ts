// A QR code drawn as vector rectangles (one per run of dark modules in a row), with the
// quiet zone, so it prints and scans crisply at any size.
import type { PDFPage } from 'pdf-lib';
import { rgb } from 'pdf-lib';
import QRCode from 'qrcode';

export function drawQr(page: PDFPage, text: string, at: { x: number; y: number; size: number }): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 4;
  const cell = at.size / (n + 2 * quiet);
  page.drawRectangle({ x: at.x, y: at.y, width: at.size, height: at.size, color: rgb(1, 1, 1) });
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && qr.modules.get(r, c)) c++;
      page.drawRectangle({
        x: at.x + (quiet + start) * cell,
        y: at.y + at.size - (quiet + r + 1) * cell,
        width: (c - start) * cell + 0.05, // a hair of overlap: no white seams between runs
        height: cell + 0.05,
        color: rgb(0, 0, 0),
      });
    }
  }
}

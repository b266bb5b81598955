// QR codes drawn as vector paths (crisp at any print size, no image per page): the dark
// modules merged into horizontal runs, written as one small content stream in module units
// (integers under a `cm` scale), on a white quiet zone, filled once.
//
// Cheap enough to draw a different code on each of hundreds of pages (~30 µs a code):
// - the text is given as one byte segment, so the library skips its optimal-segmentation
//   search over all modes (a graph search that costs ~10× the rest);
// - a fixed mask pattern skips scoring all eight (codes are valid either way; scanners read
//   any mask);
// - no pdf-lib operator objects (their SVG path parser and per-operator objects cost ~25 ms a
//   code); the stream is deflated with node's native zlib.
import { deflateSync } from 'node:zlib';
import { PDFName, PDFNumber, PDFRawStream, type PDFContext, type PDFPage, type PDFRef } from 'pdf-lib';
import QRCode from 'qrcode';

export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

/** Quiet zone on every side, in modules (the standard's minimum). */
const QUIET = 4;

/** The symbol's modules (row-major, 1 = dark) and its size in modules. */
export function qrModules(text: string, errorCorrectionLevel: QrErrorCorrection = 'M'): { size: number; data: Uint8Array } {
  const qr = QRCode.create([{ data: text, mode: 'byte' }] as unknown as string, { errorCorrectionLevel, maskPattern: 2 } as QRCode.QRCodeOptions);
  return { size: qr.modules.size, data: qr.modules.data };
}

const num = (v: number) => String(Math.round(v * 1000) / 1000);

/**
 * Content-stream operators that draw the code with its lower-left corner (quiet zone
 * included) at (x, y), `size` points wide including the quiet zone. Self-contained: saves and
 * restores the graphics state.
 */
export function qrOperators(text: string, x: number, y: number, size: number, errorCorrectionLevel: QrErrorCorrection = 'M'): string {
  const { size: n, data } = qrModules(text, errorCorrectionLevel);
  const full = n + 2 * QUIET;
  const unit = size / full;
  const parts = [`q ${num(unit)} 0 0 ${num(unit)} ${num(x)} ${num(y)} cm 1 1 1 rg 0 0 ${full} ${full} re f 0 0 0 rg`];
  for (let row = 0; row < n; row++) {
    const y0 = full - QUIET - row - 1;
    let col = 0;
    while (col < n) {
      if (!data[row * n + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && data[row * n + col]) col++;
      parts.push(`${QUIET + start} ${y0} ${col - start} 1 re`);
    }
  }
  parts.push('f Q');
  return parts.join('\n');
}

/** Registers content-stream operators as one deflated stream object (native zlib, not pako). */
export function registerContentStream(context: PDFContext, operators: string): PDFRef {
  const bytes = deflateSync(Buffer.from(operators, 'latin1'));
  const dict = context.obj({ Filter: 'FlateDecode' });
  dict.set(PDFName.of('Length'), PDFNumber.of(bytes.length));
  return context.register(PDFRawStream.of(dict, bytes));
}

/** Draws a QR code on a page (see qrOperators for the geometry). */
export function drawQr(page: PDFPage, text: string, x: number, y: number, size: number, errorCorrectionLevel: QrErrorCorrection = 'M'): void {
  // Loaded pages get their existing content wrapped in q … Q first, so a leftover transform cannot move the code.
  page.node.normalize();
  page.node.addContentStream(registerContentStream(page.doc.context, qrOperators(text, x, y, size, errorCorrectionLevel)));
}

// QR codes drawn as vector paths (crisp at any print size, no image per page): the dark
// modules merged into horizontal runs, written as one small content stream in module units
// (integers under a `cm` scale), on a white quiet zone, filled once.
//
// Cheap enough to draw a different code on each of hundreds of pages (~30 µs a code):
// - the text is given as one byte segment, so the library skips its optimal-segmentation
//   search over all modes (a graph search that costs ~10× the rest);
// - a fixed mask pattern skips scoring all eight (codes are valid either way; scanners read
//   any mask);
// - at level L with the fixed mask, short ASCII texts go through a leaner encoder (qr-fast.ts,
//   the same modules in ~5 µs);
// - no pdf-lib operator objects (their SVG path parser and per-operator objects cost ~25 ms a
//   code); the stream is deflated with node's native zlib.
import { deflateSync } from 'node:zlib';
import { PDFName, PDFNumber, PDFRawStream, type PDFContext, type PDFPage, type PDFRef } from 'pdf-lib';
import QRCode from 'qrcode';
import { fastQr, FAST_QR_MASK, type QrLayout } from './qr-fast.ts';

export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

/** Quiet zone on every side, in modules (the standard's minimum). */
const QUIET = 4;

/** The symbol's modules (row-major, 1 = dark) and its size in modules. */
export function qrModules(text: string, errorCorrectionLevel: QrErrorCorrection = 'M'): { size: number; data: Uint8Array } {
  const fast = errorCorrectionLevel === 'L' ? fastQr(text) : null;
  if (fast) return { size: fast.layout.size, data: fast.data };
  const qr = QRCode.create([{ data: text, mode: 'byte' }] as unknown as string, { errorCorrectionLevel, maskPattern: FAST_QR_MASK } as QRCode.QRCodeOptions);
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
  return `q ${num(unit)} 0 0 ${num(unit)} ${num(x)} ${num(y)} cm 1 1 1 rg 0 0 ${full} ${full} re f 0 0 0 rg\n${runs(n, data)}f Q`;
}

/** One `re` per horizontal run of modules that are dark (and not skipped), in module units with the quiet zone. */
function runs(n: number, data: Uint8Array, skip?: Uint8Array): string {
  const full = n + 2 * QUIET;
  let out = '';
  for (let row = 0; row < n; row++) {
    const y0 = full - QUIET - row - 1;
    const base = row * n;
    let col = 0;
    while (col < n) {
      if (!data[base + col] || skip?.[base + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && data[base + col] && !skip?.[base + col]) col++;
      out += `${QUIET + start} ${y0} ${col - start} 1 re\n`;
    }
  }
  return out;
}

/**
 * Many codes of the fast kind (level L, fixed mask, short ASCII) in one document, as stamping
 * draws one on every page: the modules every code of a version shares (finders, timing,
 * alignment, format information) are one form XObject per version, drawn by reference; each
 * code's own content stream holds only its data modules (about two thirds of the path).
 * Texts outside the fast encoder's range are drawn whole.
 */
export function qrSheet(context: PDFContext) {
  const shared = new Map<number, PDFRef>();
  const sharedRef = (layout: QrLayout) => {
    let ref = shared.get(layout.version);
    if (!ref) {
      const full = layout.size + 2 * QUIET;
      const bytes = deflateSync(Buffer.from(`0 0 0 rg\n${runs(layout.size, layout.template)}f`, 'latin1'));
      const dict = context.obj({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, full, full], Filter: 'FlateDecode' });
      dict.set(PDFName.of('Length'), PDFNumber.of(bytes.length));
      ref = context.register(PDFRawStream.of(dict, bytes));
      shared.set(layout.version, ref);
    }
    return ref;
  };
  return {
    /**
     * Operators drawing `text` as qrOperators does (level L). `name` gives the page's resource
     * name for the shared XObject (e.g. `(ref) => leaf.newXObject('Qr', ref).asString()`).
     */
    operators(text: string, x: number, y: number, size: number, name: (ref: PDFRef) => string): string {
      const fast = fastQr(text);
      if (!fast) return qrOperators(text, x, y, size, 'L');
      const { layout, data } = fast;
      const full = layout.size + 2 * QUIET;
      const unit = size / full;
      return `q ${num(unit)} 0 0 ${num(unit)} ${num(x)} ${num(y)} cm 1 1 1 rg 0 0 ${full} ${full} re f ${name(sharedRef(layout))} Do 0 0 0 rg\n${runs(layout.size, data, layout.isFunction)}f Q`;
    },
  };
}

/**
 * Registers content-stream operators as one deflated stream object (native zlib, not pako).
 * `level` 3 deflates a page's QR code in half the time of the default 6, ~13 % larger.
 */
export function registerContentStream(context: PDFContext, operators: string, level = 6): PDFRef {
  const bytes = deflateSync(Buffer.from(operators, 'latin1'), { level });
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

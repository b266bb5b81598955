// Stamping: a diagonal, semi-transparent watermark on every page, and optionally a QR code
// with the case number and "第 x 页 / 共 y 页". Built for hundreds of pages:
// - the watermark is drawn once on a page of its own (cached per text), embedded once as a
//   form XObject and placed on every page;
// - each page gets one small content stream of its own, written as text (placing the
//   watermark, the QR code's data modules as one vector path, the page label), deflated with native zlib at level 3;
//   the QR code is encoded with error correction L (see QR_SIZE) and a fixed mask by a lean
//   encoder, and its function patterns (finders, timing, format) are one shared
//   XObject: a page's own path holds only the code's data modules;
// - the label's glyphs are encoded once per character, not laid out again on every page;
// - saved without object streams (see stampPdf);
// - pdf-lib's cooperative yielding is off (it waits a timer tick every 50–100 objects when
//   loading and saving; this runs in a worker thread, where there is nobody to yield to).
import { degrees, ParseSpeeds, PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import { embedChineseFont, qrSheet, registerContentStream } from '../../../lib/pdf/index.ts';
import { A4 } from './compose.ts';

export interface StampOptions {
  watermark: string;
  caseNo: string;
  /** The QR code's text for a page (0-based index), or omitted for no QR code. */
  qr?: (pageIndex: number, pageCount: number) => string;
}

const stampPages = new Map<string, Uint8Array>();

/** A one-page PDF with just the diagonal watermark (kept per text: the same for every document). */
export async function watermarkPdf(text: string): Promise<Uint8Array> {
  let bytes = stampPages.get(text);
  if (!bytes) {
    const doc = await PDFDocument.create();
    const font = await embedChineseFont(doc, 'bold');
    const page = doc.addPage(A4);
    const size = 96;
    const angle = 40;
    const width = font.widthOfTextAtSize(text, size);
    const rad = (angle * Math.PI) / 180;
    // Centre the rotated text on the page: rotate the text's own centre and shift it there.
    const hx = width / 2;
    const hy = size * 0.35;
    const x = A4[0] / 2 - (hx * Math.cos(rad) - hy * Math.sin(rad));
    const y = A4[1] / 2 - (hx * Math.sin(rad) + hy * Math.cos(rad));
    page.drawText(text, { x, y, size, font, rotate: degrees(angle), color: rgb(0.8, 0.1, 0.1), opacity: 0.22 });
    bytes = await doc.save();
    stampPages.set(text, bytes);
  }
  return bytes;
}

/**
 * The QR code's side, quiet zone included. It is drawn at level L (7 % recovery; what qrSheet
 * draws), which keeps the 52-character token in a version-3 symbol (29 modules; level M needs
 * version 4, 33): larger modules on the same 72 pt square (1.9 pt, 0.69 mm), which a desk
 * scanner reads more easily off a clean printout, and a quarter fewer modules to draw per page.
 */
export const QR_SIZE = 72;
const LABEL_SIZE = 8;

const num = (v: number) => String(Math.round(v * 1000) / 1000);

/** Encodes text in a font as a hex string of glyph ids, one layout per distinct character. */
function glyphEncoder(font: PDFFont) {
  const cache = new Map<string, { hex: string; width: number }>();
  return (text: string) => {
    let hex = '';
    let width = 0;
    for (const ch of text) {
      let g = cache.get(ch);
      if (!g) {
        g = { hex: font.encodeText(ch).asString(), width: font.widthOfTextAtSize(ch, 1) };
        cache.set(ch, g);
      }
      hex += g.hex;
      width += g.width;
    }
    return { hex, width };
  };
}

export async function stampDocument(doc: PDFDocument, o: StampOptions): Promise<void> {
  const font = await embedChineseFont(doc);
  const [stamp] = await doc.embedPdf(await watermarkPdf(o.watermark));
  const encode = glyphEncoder(font);
  const pages = doc.getPages();
  const total = pages.length;
  const qr = qrSheet(doc.context);
  pages.forEach((page, i) => {
    const { width, height } = page.getSize();
    const leaf = page.node;
    // Also wraps the page's own content in q … Q, so whatever transform it leaves cannot move the stamp.
    const wm = leaf.newXObject('Wm', stamp!.ref);
    const f = leaf.newFontDictionary('F', font.ref);
    const scale = Math.min(width / A4[0], height / A4[1]);
    const ops = [`q ${num(scale)} 0 0 ${num(scale)} ${num((width - A4[0] * scale) / 2)} ${num((height - A4[1] * scale) / 2)} cm ${wm.asString()} Do Q`];
    const label = encode(`办件编号 ${o.caseNo}    第 ${i + 1} 页 / 共 ${total} 页`);
    const textWidth = label.width * LABEL_SIZE;
    let x: number;
    if (o.qr) {
      const qx = width - 28 - QR_SIZE;
      ops.push(qr.operators(o.qr(i, total), qx, 20, QR_SIZE, (ref) => leaf.newXObject('Qr', ref).asString()));
      x = qx - textWidth - 5;
    } else {
      x = (width - textWidth) / 2;
    }
    ops.push(
      `q 1 1 1 rg ${num(x - 3)} 20 ${num(textWidth + 6)} ${LABEL_SIZE + 6} re f`,
      `BT 0.2 0.2 0.2 rg ${f.asString()} ${LABEL_SIZE} Tf ${num(x)} 23 Td <${label.hex}> Tj ET Q`,
    );
    leaf.addContentStream(registerContentStream(doc.context, ops.join('\n'), 3));
  });
}

/**
 * Load → stamp → save, with pdf-lib's yielding off (see the top of this file). Saved without
 * object streams: pdf-lib deflates those with pako (JavaScript, level 6), which cost ~8 ms of
 * CPU per 100 pages — a fifth of the whole stamping; the price is the pages' dictionaries
 * stored uncompressed (a few hundred bytes a page, more for pdf-lib-made pages that name their
 * font once per text run), small beside a scanned page. Content streams stay deflated.
 */
export async function stampPdf(bytes: Uint8Array, o: StampOptions, modified = new Date()): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(bytes, { parseSpeed: ParseSpeeds.Fastest });
  await stampDocument(doc, o);
  doc.setModificationDate(modified);
  return { bytes: await doc.save({ objectsPerTick: Infinity, useObjectStreams: false }), pages: doc.getPageCount() };
}

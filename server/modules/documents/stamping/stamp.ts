// Stamping: a diagonal, semi-transparent watermark on every page, and optionally a QR code
// with the case number and "第 x 页 / 共 y 页". The watermark is drawn once on a page of its
// own, embedded once as a form XObject and placed on every page (cheap for 100s of pages);
// the QR code differs per page (it names the page) and is drawn as a vector path.
import { degrees, PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import { drawQr, embedChineseFont } from '../../../lib/pdf/index.ts';
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

export const QR_SIZE = 72;

export async function stampDocument(doc: PDFDocument, font: PDFFont, o: StampOptions): Promise<void> {
  const [stamp] = await doc.embedPdf(await watermarkPdf(o.watermark));
  const pages = doc.getPages();
  const total = pages.length;
  pages.forEach((page, i) => {
    const { width, height } = page.getSize();
    const scale = Math.min(width / A4[0], height / A4[1]);
    page.drawPage(stamp!, { x: (width - A4[0] * scale) / 2, y: (height - A4[1] * scale) / 2, xScale: scale, yScale: scale });
    const label = `办件编号 ${o.caseNo}    第 ${i + 1} 页 / 共 ${total} 页`;
    const size = 8;
    const textWidth = font.widthOfTextAtSize(label, size);
    if (o.qr) {
      const x = width - 28 - QR_SIZE;
      drawQr(page, o.qr(i, total), x, 20, QR_SIZE);
      page.drawRectangle({ x: x - textWidth - 8, y: 20, width: textWidth + 6, height: size + 6, color: rgb(1, 1, 1) });
      page.drawText(label, { x: x - textWidth - 5, y: 23, size, font, color: rgb(0.2, 0.2, 0.2) });
    } else {
      const x = (width - textWidth) / 2;
      page.drawRectangle({ x: x - 3, y: 20, width: textWidth + 6, height: size + 6, color: rgb(1, 1, 1) });
      page.drawText(label, { x, y: 23, size, font, color: rgb(0.2, 0.2, 0.2) });
    }
  });
}

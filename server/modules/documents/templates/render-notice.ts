// Lays out a notice (受理通知书 …) on A4 in the style of an official document and says
// where its seal goes (over the department's name and the date).
import { PDFDocument, rgb } from 'pdf-lib';
import { drawTextBlock, embedChineseFont } from '../../../lib/pdf/index.ts';
import type { SealPlacementSpot } from './render-licence.ts';
import type { NoticeContent } from './notices.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 72;

export async function renderNotice(n: NoticeContent): Promise<SealPlacementSpot> {
  const doc = await PDFDocument.create();
  doc.setTitle(n.title);
  doc.setSubject(n.docNo);
  doc.setAuthor(n.department);
  const page = doc.addPage(A4);
  const [w] = A4;
  const regular = await embedChineseFont(doc, 'regular');
  const bold = await embedChineseFont(doc, 'bold');
  const width = w - 2 * MARGIN;

  const titleSize = 22;
  page.drawText(n.title, { x: (w - bold.widthOfTextAtSize(n.title, titleSize)) / 2, y: 740, size: titleSize, font: bold });
  page.drawText(n.docNo, { x: (w - regular.widthOfTextAtSize(n.docNo, 12)) / 2, y: 708, size: 12, font: regular });
  page.drawLine({ start: { x: MARGIN, y: 696 }, end: { x: w - MARGIN, y: 696 }, thickness: 1, color: rgb(0.75, 0.1, 0.1) });

  let y = 660;
  page.drawText(n.addressee, { x: MARGIN, y, size: 14, font: regular });
  y -= 32;
  for (const p of n.paragraphs) {
    y = drawTextBlock(page, `　　${p}`, { x: MARGIN, y, font: regular, size: 14, maxWidth: width, lineHeight: 26 });
    y -= 6;
  }

  // Signature block: department and date, right-aligned, the seal over them.
  y -= 50;
  const right = w - MARGIN - 20;
  const deptW = regular.widthOfTextAtSize(n.department, 14);
  const dateW = regular.widthOfTextAtSize(n.dateText, 14);
  page.drawText(n.department, { x: right - deptW, y, size: 14, font: regular });
  page.drawText(n.dateText, { x: right - dateW, y: y - 26, size: 14, font: regular });
  const cx = right - Math.max(deptW, dateW) / 2;
  const cy = y - 8;

  let fy = 96;
  for (const line of n.footnotes) {
    page.drawText(line, { x: MARGIN, y: fy, size: 9, font: regular, color: rgb(0.35, 0.35, 0.35) });
    fy -= 14;
  }
  return { doc, at: { page, cx, cy, size: 119 } };
}

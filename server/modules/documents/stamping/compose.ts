// The application as one PDF: the filled form (with the materials list), then every uploaded
// material in order — PDF pages copied, images placed on A4 pages — with a bookmark for each
// part. Pure: bytes in, document out (runs in a worker thread).
import { ParseSpeeds, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { drawTextBlock, embedChineseFont, setOutline, wrapText, type OutlineEntry } from '../../../lib/pdf/index.ts';

export const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
/** Kept free at the bottom of generated pages for the stamp's QR code and page number. */
export const FOOTER_SPACE = 96;

export interface FormRow {
  label: string;
  value: string;
}

export interface ApplicationContent {
  caseNo: string;
  itemName: string;
  applicantName: string;
  submittedOn: string;
  sections: Array<{ title: string; rows: FormRow[] }>;
  materials: Array<{ name: string; status: string; file?: { fileName: string; contentType: string; bytes: Uint8Array } }>;
}

/** Writes text downwards across as many A4 pages as it takes. */
class Writer {
  page!: PDFPage;
  y = 0;
  constructor(private doc: PDFDocument, private font: PDFFont, private bold: PDFFont) {
    this.newPage();
  }
  newPage() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  ensure(height: number) {
    if (this.y - height < FOOTER_SPACE) this.newPage();
  }
  text(s: string, o: { size?: number; bold?: boolean; indent?: number; color?: [number, number, number]; center?: boolean } = {}) {
    const size = o.size ?? 11;
    const font = o.bold ? this.bold : this.font;
    const width = A4[0] - 2 * MARGIN - (o.indent ?? 0);
    for (const line of wrapText(s, font, size, width)) {
      this.ensure(size * 1.6);
      const x = o.center ? (A4[0] - font.widthOfTextAtSize(line, size)) / 2 : MARGIN + (o.indent ?? 0);
      if (line) this.page.drawText(line, { x, y: this.y - size, size, font, color: rgb(...(o.color ?? [0, 0, 0])) });
      this.y -= size * 1.6;
    }
  }
  /** A label/value row: the label in a fixed column, the value wrapped beside it. */
  row(label: string, value: string) {
    const size = 10.5;
    const labelWidth = 150;
    const valueWidth = A4[0] - 2 * MARGIN - labelWidth;
    const labels = wrapText(label, this.bold, size, labelWidth - 8);
    const values = wrapText(value || '—', this.font, size, valueWidth);
    const lines = Math.max(labels.length, values.length);
    const height = lines * size * 1.5 + 6;
    this.ensure(Math.min(height, 200));
    const top = this.y;
    this.page.drawLine({ start: { x: MARGIN, y: top }, end: { x: A4[0] - MARGIN, y: top }, thickness: 0.4, color: rgb(0.75, 0.75, 0.75) });
    labels.forEach((l, i) => this.page.drawText(l, { x: MARGIN + 2, y: top - size - 3 - i * size * 1.5, size, font: this.bold, color: rgb(0.2, 0.2, 0.2) }));
    let y = top - size - 3;
    for (const v of values) {
      if (y < FOOTER_SPACE) {
        this.newPage();
        y = this.y - size - 3;
      }
      if (v) this.page.drawText(v, { x: MARGIN + labelWidth, y, size, font: this.font });
      y -= size * 1.5;
    }
    this.y = Math.min(y + size * 1.5 - size - 3, top - height);
  }
  gap(h: number) {
    this.y -= h;
  }
}

async function addMaterial(doc: PDFDocument, font: PDFFont, m: ApplicationContent['materials'][number]): Promise<void> {
  const f = m.file!;
  try {
    if (f.contentType === 'application/pdf') {
      const src = await PDFDocument.load(f.bytes, { ignoreEncryption: true, updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
      const pages = await doc.copyPages(src, src.getPageIndices());
      if (pages.length === 0) throw new Error('no pages');
      for (const p of pages) doc.addPage(p);
      return;
    }
    const image = f.contentType === 'image/png' ? await doc.embedPng(f.bytes) : await doc.embedJpg(f.bytes);
    const page = doc.addPage(A4);
    page.drawText(`${m.name}（${f.fileName}）`.slice(0, 60), { x: MARGIN, y: A4[1] - MARGIN, size: 10, font, color: rgb(0.3, 0.3, 0.3) });
    const box = { w: A4[0] - 2 * MARGIN, h: A4[1] - MARGIN - 20 - FOOTER_SPACE };
    const scale = Math.min(box.w / image.width, box.h / image.height, 1.5);
    const w = image.width * scale;
    const h = image.height * scale;
    page.drawImage(image, { x: (A4[0] - w) / 2, y: FOOTER_SPACE + (box.h - h), width: w, height: h });
  } catch {
    // An encrypted or damaged file: say so on its page rather than fail the whole application.
    const page = doc.addPage(A4);
    drawTextBlock(page, `材料「${m.name}」（${f.fileName}）无法合并到本文件（文件已加密或损坏），请查看申请人上传的原件。`, {
      x: MARGIN, y: A4[1] - MARGIN - 20, font, size: 12, maxWidth: A4[0] - 2 * MARGIN,
    });
  }
}

/** Builds the unstamped application document. */
export async function composeApplication(content: ApplicationContent): Promise<{ doc: PDFDocument; font: PDFFont }> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${content.itemName} 申请材料 ${content.caseNo}`);
  doc.setCreator('科政通');
  doc.setProducer('科政通');
  const font = await embedChineseFont(doc);
  const bold = await embedChineseFont(doc, 'bold');
  const outline: OutlineEntry[] = [{ title: '申请表', pageIndex: 0 }];

  const w = new Writer(doc, font, bold);
  w.text(`${content.itemName}`, { size: 18, bold: true, center: true });
  w.text('申请表', { size: 15, bold: true, center: true });
  w.gap(8);
  w.row('办件编号', content.caseNo);
  w.row('申请人', content.applicantName);
  w.row('提交日期', content.submittedOn);
  for (const s of content.sections) {
    w.gap(10);
    w.text(s.title, { size: 13, bold: true });
    for (const r of s.rows) w.row(r.label, r.value);
  }
  w.gap(10);
  w.text('申请材料清单', { size: 13, bold: true });
  content.materials.forEach((m, i) => w.row(`${i + 1}. ${m.name}`, m.status));

  for (const m of content.materials) {
    if (!m.file) continue;
    outline.push({ title: m.name, pageIndex: doc.getPageCount() });
    await addMaterial(doc, font, m);
  }
  setOutline(doc, outline);
  return { doc, font };
}

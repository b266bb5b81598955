// The batch manifest a service point prints and puts in the parcel: the cases, their page
// counts, and one QR code for the whole batch. Pure (runs in the PDF worker).
import { PDFDocument, rgb } from 'pdf-lib';
import { drawQr, embedChineseFont, wrapText } from '../../../lib/pdf/index.ts';
import { A4 } from '../stamping/compose.ts';

export interface ManifestRequest {
  batchNo: string;
  servicePoint: string;
  createdOn: string;
  courier: string | null;
  trackingNo: string | null;
  token: string;
  rows: Array<{ caseNo: string; applicantName: string; itemName: string; version: number; pages: number }>;
}

export async function buildManifestPdf(m: ManifestRequest): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`纸质申请材料移交清单 ${m.batchNo}`);
  const font = await embedChineseFont(doc);
  const bold = await embedChineseFont(doc, 'bold');
  const margin = 50;
  let page = doc.addPage(A4);
  let y = A4[1] - margin;
  const line = (text: string, x: number, size = 10, f = font) => page.drawText(text, { x, y, size, font: f });

  page.drawText('纸质申请材料移交清单', { x: margin, y: y - 20, size: 18, font: bold });
  drawQr(page, m.token, A4[0] - margin - 110, A4[1] - margin - 110, 110);
  y -= 50;
  for (const t of [`批次编号：${m.batchNo}`, `受理点：${m.servicePoint}`, `编制日期：${m.createdOn}`, `快递公司：${m.courier ?? '（寄出时填写）'}`, `快递单号：${m.trackingNo ?? '（寄出时填写）'}`, `共 ${m.rows.length} 件，${m.rows.reduce((n, r) => n + r.pages, 0)} 页`]) {
    line(t, margin, 11);
    y -= 18;
  }
  y -= 20;
  const cols = [margin, margin + 30, margin + 210, margin + 330, margin + 450];
  const header = () => {
    ['序号', '办件编号', '申请人', '事项', '版本/页数'].forEach((h, i) => page.drawText(h, { x: cols[i]!, y, size: 10, font: bold }));
    y -= 6;
    page.drawLine({ start: { x: margin, y }, end: { x: A4[0] - margin, y }, thickness: 0.6, color: rgb(0.4, 0.4, 0.4) });
    y -= 14;
  };
  header();
  m.rows.forEach((r, i) => {
    const applicant = wrapText(r.applicantName, font, 9, 115);
    const item = wrapText(r.itemName, font, 9, 115);
    const height = Math.max(applicant.length, item.length) * 12 + 6;
    if (y - height < margin + 40) {
      page = doc.addPage(A4);
      y = A4[1] - margin;
      header();
    }
    page.drawText(String(i + 1), { x: cols[0]!, y, size: 9, font });
    page.drawText(r.caseNo, { x: cols[1]!, y, size: 8, font });
    applicant.forEach((l, j) => page.drawText(l, { x: cols[2]!, y: y - j * 12, size: 9, font }));
    item.forEach((l, j) => page.drawText(l, { x: cols[3]!, y: y - j * 12, size: 9, font }));
    page.drawText(`第${r.version}版 / ${r.pages}页`, { x: cols[4]!, y, size: 9, font });
    y -= height;
  });
  y -= 30;
  if (y < margin + 40) {
    page = doc.addPage(A4);
    y = A4[1] - margin;
  }
  line('受理点经办人（签字）：________________        代收单位签收人（签字）：________________', margin, 10);
  return doc.save();
}

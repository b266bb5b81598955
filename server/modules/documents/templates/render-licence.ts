// Lays out an electronic licence (实验动物生产/使用许可证) on landscape A4: the licence data,
// the QR code carrying the SM2-signed data, and the place of the issuing department's seal.
import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import { drawQr, drawTextBlock, embedChineseFont } from '../../../lib/pdf/index.ts';
import { chineseDate, DEPARTMENT } from './department.ts';

export interface SealPlacementSpot {
  doc: PDFDocument;
  at: { page: PDFPage; cx: number; cy: number; size: number };
}

export interface LicenceView {
  title: string;
  licenceNo: string;
  holderName: string;
  holderCode: string;
  holderCodeLabel: string;
  facilityAddress: string;
  species: string[];
  grade: string;
  issueDate: string;
  validUntil: string;
  /** What the QR code carries (the verify URL with the signed code). */
  qrText: string;
}

const GOLD = rgb(0.72, 0.55, 0.2);

export async function renderLicence(l: LicenceView): Promise<SealPlacementSpot> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${l.title} ${l.licenceNo}`);
  doc.setAuthor(DEPARTMENT.name);
  const page = doc.addPage([841.89, 595.28]);
  const { width: w, height: h } = page.getSize();
  const regular = await embedChineseFont(doc, 'regular');
  const bold = await embedChineseFont(doc, 'bold');

  page.drawRectangle({ x: 24, y: 24, width: w - 48, height: h - 48, borderColor: GOLD, borderWidth: 3 });
  page.drawRectangle({ x: 32, y: 32, width: w - 64, height: h - 64, borderColor: GOLD, borderWidth: 0.8 });
  page.drawText(l.title, { x: (w - bold.widthOfTextAtSize(l.title, 30)) / 2, y: h - 100, size: 30, font: bold });
  const no = `许可证编号：${l.licenceNo}`;
  page.drawText(no, { x: (w - regular.widthOfTextAtSize(no, 13)) / 2, y: h - 130, size: 13, font: regular });

  const rows: Array<[string, string]> = [
    ['单位名称', l.holderName],
    [l.holderCodeLabel, l.holderCode],
    ['设施地址', l.facilityAddress],
    ['适用范围', `${l.species.join('、')}（${l.grade}）`],
    ['发证日期', chineseDate(l.issueDate)],
    ['有效期至', chineseDate(l.validUntil)],
  ];
  let y = h - 180;
  const labelX = 110;
  const valueX = 250;
  for (const [label, value] of rows) {
    page.drawText(`${label}：`, { x: labelX, y, size: 14, font: bold });
    y = drawTextBlock(page, value, { x: valueX, y, font: regular, size: 14, maxWidth: w - valueX - 110, lineHeight: 22 }) - 12;
  }

  drawQr(page, l.qrText, 60, 52, 118);
  page.drawText('扫码核验电子证照', { x: 70, y: 42, size: 9, font: regular, color: rgb(0.3, 0.3, 0.3) });

  const dept = `发证机关：${DEPARTMENT.name}`;
  const dw = regular.widthOfTextAtSize(dept, 14);
  const right = w - 100;
  page.drawText(dept, { x: right - dw, y: 110, size: 14, font: regular });
  const date = chineseDate(l.issueDate);
  page.drawText(date, { x: right - regular.widthOfTextAtSize(date, 14), y: 86, size: 14, font: regular });
  return { doc, at: { page, cx: right - 80, cy: 104, size: 119 } };
}

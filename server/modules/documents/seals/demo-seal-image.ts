// The generated demo seal: a red round seal (公章 style) drawn as vectors into a one-page
// PDF — the department's name around the upper arc, a five-pointed star in the middle and
// the seal's purpose (e.g. 行政审批专用章) below it. Documents embed that page as a form
// XObject, so it stays sharp at any zoom. Real seals are imported as PNG images instead.
import { degrees, PDFDocument, rgb } from 'pdf-lib';
import { embedChineseFont } from '../../../lib/pdf/index.ts';

export const SEAL_RED = rgb(0.86, 0.08, 0.1);
/** 42 mm, the usual diameter of a department's round seal, in points. */
const SIZE = (42 / 25.4) * 72;

function starPath(cx: number, cy: number, outer: number): string {
  const inner = outer * 0.382;
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = Math.PI / 2 + (i * Math.PI) / 5;
    // SVG paths in pdf-lib run with y downwards from the given origin.
    pts.push(`${(cx + r * Math.cos(a)).toFixed(2)} ${(-(cy + r * Math.sin(a))).toFixed(2)}`);
  }
  return `M ${pts.join(' L ')} Z`;
}

export async function demoSealPdf(input: { organization: string; purpose: string }): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([SIZE, SIZE]);
  const font = await embedChineseFont(doc, 'bold');
  const c = SIZE / 2;
  const border = 3.2;
  page.drawCircle({ x: c, y: c, size: c - border / 2 - 0.5, borderColor: SEAL_RED, borderWidth: border });
  page.drawSvgPath(starPath(0, 0, SIZE * 0.14), { x: c, y: c, color: SEAL_RED, borderWidth: 0 });

  // The name around the arc, reading left to right over the top, its characters upright to the rim.
  const chars = Array.from(input.organization);
  const size = Math.min(15, (SIZE * 2.6) / Math.max(chars.length, 1) / 1.35);
  const r = c - border - 2.5 - size * 1.0;
  const span = Math.min(250, chars.length * 22) * (Math.PI / 180);
  const start = Math.PI / 2 + span / 2;
  chars.forEach((ch, i) => {
    const theta = chars.length === 1 ? Math.PI / 2 : start - (i * span) / (chars.length - 1);
    const w = font.widthOfTextAtSize(ch, size);
    // Baseline direction is the tangent (theta − 90°); centre each glyph on its point of the arc.
    const bx = Math.sin(theta);
    const by = -Math.cos(theta);
    const x = c + r * Math.cos(theta) - (bx * w) / 2;
    const y = c + r * Math.sin(theta) - (by * w) / 2;
    page.drawText(ch, { x, y, size, font, color: SEAL_RED, rotate: degrees((theta * 180) / Math.PI - 90) });
  });

  const purposeSize = Math.min(10, (SIZE * 0.62) / Math.max(Array.from(input.purpose).length, 1));
  const pw = font.widthOfTextAtSize(input.purpose, purposeSize);
  page.drawText(input.purpose, { x: c - pw / 2, y: c - SIZE * 0.3, size: purposeSize, font, color: SEAL_RED });
  return Buffer.from(await doc.save());
}

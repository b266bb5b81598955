// The Chinese font really renders (pixels, not just extractable text) and stays a subset.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { drawTextBlock, embedChineseFont, wrapText } from './index.ts';

const TEXT = '实验动物使用许可证申请：合肥某某生物科技有限公司，统一社会信用代码 91340100MA2XXXXX0X。';

function darkPixels(pngFile: string): number {
  const png = PNG.sync.read(readFileSync(pngFile));
  let dark = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 128) dark++;
  return dark;
}

describe('PDF basics', () => {
  it('embeds a subset of Noto Sans SC that pdftotext extracts and pdftoppm renders', async () => {
    const doc = await PDFDocument.create();
    const font = await embedChineseFont(doc);
    const page = doc.addPage([595.28, 841.89]);
    drawTextBlock(page, TEXT, { x: 50, y: 780, font, size: 14, maxWidth: 300 });
    const bytes = await doc.save();
    // A subset: far below the 10 MB font.
    expect(bytes.length).toBeLessThan(200_000);

    const dir = mkdtempSync(path.join(tmpdir(), 'pdf-basics-'));
    const file = path.join(dir, 'a.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, '');
    expect(text).toContain(TEXT.replace(/\s+/g, ''));

    execFileSync('pdftoppm', ['-r', '50', '-png', '-singlefile', file, path.join(dir, 'a')]);
    // Blank-rendering subsets (the @pdf-lib/fontkit 1.x trap) give 0 dark pixels here.
    expect(darkPixels(path.join(dir, 'a.png'))).toBeGreaterThan(500);
  });

  it('wraps Chinese anywhere, keeps Latin words whole and never starts a line with closing punctuation', async () => {
    const doc = await PDFDocument.create();
    const font = await embedChineseFont(doc);
    const lines = wrapText(TEXT, font, 14, 180);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(font.widthOfTextAtSize(line, 14)).toBeLessThanOrEqual(180);
      expect(line[0]).not.toMatch(/[，。、：]/);
    }
    expect(lines.join('').replace(/ /g, '')).toBe(TEXT.replace(/ /g, ''));
    expect(lines.some((l) => l.includes('91340100MA2XXXXX0X'))).toBe(true);
    expect(wrapText('甲\n\n乙', font, 12, 100)).toEqual(['甲', '', '乙']);
  });
});

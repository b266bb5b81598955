// Line breaking for mixed Chinese/Latin text: Chinese may break between any two characters,
// Latin words and numbers stay whole unless longer than a line; closing punctuation never
// starts a line (simple 避头 rule).
import type { PDFFont, PDFPage, RGB } from 'pdf-lib';
import { rgb } from 'pdf-lib';

const NO_LINE_START = new Set('，。、；：？！）》」』】〕…—,.;:?!)]}%”’·');

/** Splits text into breakable units: a run of Latin letters/digits, one space, or one other character. */
function units(text: string): string[] {
  return text.match(/[A-Za-z0-9@._\-/:+#&%]+|\s|./gsu) ?? [];
}

/** Wraps text to lines no wider than maxWidth at the given size; explicit newlines are kept. */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  const width = (s: string) => font.widthOfTextAtSize(s, size);
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    for (const unit of units(paragraph)) {
      if (width(line + unit) <= maxWidth || line === '' && width(unit) <= maxWidth) {
        line += unit;
        continue;
      }
      if (NO_LINE_START.has(unit) && line !== '') {
        // Keep the punctuation with the previous character, carrying that character over.
        const last = Array.from(line).pop()!;
        lines.push(line.slice(0, line.length - last.length));
        line = last + unit;
        continue;
      }
      if (width(unit) > maxWidth) {
        // A unit longer than a line (a long number or URL): break it by character.
        for (const ch of Array.from(unit)) {
          if (width(line + ch) > maxWidth && line !== '') {
            lines.push(line);
            line = '';
          }
          line += ch;
        }
        continue;
      }
      if (line.trim() !== '') lines.push(line.trimEnd());
      line = /\s/.test(unit) ? '' : unit;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

export interface TextBlockOptions {
  x: number;
  /** Baseline of the first line. */
  y: number;
  font: PDFFont;
  size: number;
  maxWidth: number;
  lineHeight?: number;
  color?: RGB;
}

/** Draws wrapped text downwards from (x, y); returns the y of the next free baseline. */
export function drawTextBlock(page: PDFPage, text: string, o: TextBlockOptions): number {
  const lineHeight = o.lineHeight ?? o.size * 1.5;
  let y = o.y;
  for (const line of wrapText(text, o.font, o.size, o.maxWidth)) {
    if (line !== '') page.drawText(line, { x: o.x, y, size: o.size, font: o.font, color: o.color ?? rgb(0, 0, 0) });
    y -= lineHeight;
  }
  return y;
}

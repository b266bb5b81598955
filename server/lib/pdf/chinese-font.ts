// The Chinese font for generated PDFs: Noto Sans SC (OFL) shipped as real TTFs by
// @expo-google-fonts/noto-sans-sc. Debian's CJK fonts are .ttc collections pdf-lib cannot open.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { fontkitAdapter } from './fontkit-adapter.ts';

export type ChineseFontWeight = 'regular' | 'bold';

const FILES: Record<ChineseFontWeight, string> = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};

const require = createRequire(import.meta.url);
const loaded = new Map<ChineseFontWeight, Uint8Array>();

/** The TTF bytes, read once per process (the same buffer is reused so fontkit parses it once). */
export function chineseFontBytes(weight: ChineseFontWeight = 'regular'): Uint8Array {
  let bytes = loaded.get(weight);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(require.resolve(FILES[weight])));
    loaded.set(weight, bytes);
  }
  return bytes;
}

/**
 * Embeds Noto Sans SC as a subset (only the glyphs drawn end up in the file, typically a few
 * KB to tens of KB instead of ~10 MB). Call once per document and weight; reuse the PDFFont.
 */
export async function embedChineseFont(doc: PDFDocument, weight: ChineseFontWeight = 'regular'): Promise<PDFFont> {
  doc.registerFontkit(fontkitAdapter);
  return doc.embedFont(chineseFontBytes(weight), { subset: true });
}

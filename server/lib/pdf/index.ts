// Shared PDF basics: a subset-embedded Chinese font and simple text layout.
export { embedChineseFont, chineseFontBytes, type ChineseFontWeight } from './chinese-font.ts';
export { fontkitAdapter } from './fontkit-adapter.ts';
export { wrapText, drawTextBlock, type TextBlockOptions } from './text-layout.ts';
export { setOutline, readOutline, type OutlineEntry } from './outline.ts';
export { drawQr, qrModules, qrOperators, qrSheet, registerContentStream, type QrErrorCorrection } from './qr.ts';

// Independent checks of generated PDFs with poppler (pdfsig, pdftotext, pdftoppm) and jsQR.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const run = promisify(execFile);

async function withFile<T>(bytes: Buffer, fn: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kzt-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, bytes);
  try {
    return await fn(file, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** pdfsig's report (it exits non-zero for a bad signature; the text says why). */
export const pdfsig = (bytes: Buffer) =>
  withFile(bytes, async (file) => {
    const r = await run('pdfsig', [file]).catch((e: { stdout: string; stderr: string }) => e);
    return r.stdout + r.stderr;
  });

/** The text of the PDF, whitespace removed (Chinese lines wrap anywhere). */
export const pdfText = (bytes: Buffer) => withFile(bytes, async (file) => (await run('pdftotext', [file, '-'])).stdout.replace(/\s+/g, ''));

/** Page 1 rendered at `dpi`. */
export const renderPage = (bytes: Buffer, dpi = 100) =>
  withFile(bytes, async (file, dir) => {
    await run('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', '-f', '1', '-l', '1', file, path.join(dir, 'p')]);
    return PNG.sync.read(fs.readFileSync(path.join(dir, 'p.png')));
  });

/** Seal-red pixels (strong red, little green and blue). */
export function redPixels(png: PNG): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! > 170 && png.data[i + 1]! < 100 && png.data[i + 2]! < 100) n++;
  return n;
}

export function decodeQr(png: PNG): string | null {
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

// Reads a QR code in the browser with jsQR: from a photo (phone camera or uploaded image) or a
// video frame, drawn on a canvas scaled down to a size jsQR handles quickly. Nothing is uploaded.
import jsQR from 'jsqr';

let canvas: HTMLCanvasElement | null = null;

/** The QR code's text in an image, video frame or bitmap, or null when there is none. */
export function decodeQr(source: CanvasImageSource, width: number, height: number, maxSide = 1600): string | null {
  if (!width || !height) return null;
  const scale = Math.min(1, maxSide / Math.max(width, height));
  canvas ??= document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
  const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(img.data, img.width, img.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}

export async function decodeQrFromFile(file: File): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  try {
    return decodeQr(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}

// The fast encoder gives, module for module, what the qrcode package gives for the same text at
// the same version, level L and mask; outside its range it declines.
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { FAST_QR_MASK, fastQr } from './qr-fast.ts';

const reference = (text: string) =>
  QRCode.create([{ data: text, mode: 'byte' }] as unknown as string, { errorCorrectionLevel: 'L', maskPattern: FAST_QR_MASK } as QRCode.QRCodeOptions);

describe('fast QR encoder', () => {
  it('matches qrcode for every length it takes (versions 1–5), for random ASCII texts', () => {
    const versions = new Set<number>();
    for (let length = 1; length <= 106; length++) {
      for (let k = 0; k < 3; k++) {
        const text = k === 0
          ? randomBytes(length).toString('base64url').slice(0, length)
          : Array.from(randomBytes(length), (b) => String.fromCharCode(b & 0x7f)).join('');
        const fast = fastQr(text);
        const ref = reference(text);
        expect(fast, `length ${length}`).not.toBeNull();
        expect(fast!.layout.version).toBe(ref.version);
        expect(fast!.layout.size).toBe(ref.modules.size);
        expect(Buffer.from(fast!.data).equals(Buffer.from(ref.modules.data)), `length ${length}: ${JSON.stringify(text)}`).toBe(true);
        versions.add(ref.version);
      }
    }
    expect([...versions].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('declines empty texts, texts beyond version 5 and non-ASCII texts', () => {
    expect(fastQr('')).toBeNull();
    expect(fastQr('x'.repeat(107))).toBeNull();
    expect(fastQr('办件')).toBeNull();
  });
});

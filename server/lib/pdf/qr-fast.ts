// A fast QR encoder for the one kind of code drawn on every page of a stamped application:
// short ASCII text, byte mode, error correction L, a fixed mask, versions 1–5 (one
// Reed–Solomon block each, up to 106 bytes). Everything that does not depend on the text — the
// function patterns (finders, timing, alignment, format information), the order in which data
// bits are placed, the mask at each placed bit, the generator polynomial — is taken once per
// version from the qrcode package's own symbol and kept; encoding a text is then only its
// codewords, one polynomial division and one pass over the data modules (~5 µs instead of
// ~40 µs). The result is module for module what `QRCode.create` gives for the same text,
// version, level and mask (tested); anything else returns null and the caller uses qrcode.
import QRCode from 'qrcode';

export interface QrLayout {
  version: number;
  /** Modules per side. */
  size: number;
  /** Row-major, 1 where the module belongs to a function pattern or the format information. */
  isFunction: Uint8Array;
  /** Row-major, the function modules' values (1 = dark), 0 elsewhere. */
  template: Uint8Array;
  /** Data module positions (row-major indices) in placement order. */
  positions: Int32Array;
  /** The mask bit at each placed position. */
  maskBits: Uint8Array;
  dataCodewords: number;
  /** Generator polynomial coefficients after the leading 1 (highest degree first). */
  generator: Uint8Array;
}

/** Error-correction codewords at level L, versions 1–5 (each a single block). */
const EC_L = [7, 10, 15, 20, 26];
export const FAST_QR_MASK = 2;

// GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
{
  let x = 1;
  for (let i = 0; i < 255; i++) {
    EXP[i] = x;
    LOG[x] = i;
    x <<= 1;
    if (x & 0x100) x ^= 0x11d;
  }
  for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255]!;
}
const mul = (a: number, b: number) => (a === 0 || b === 0 ? 0 : EXP[LOG[a]! + LOG[b]!]!);

function generatorPolynomial(degree: number): Uint8Array {
  let poly = [1];
  for (let i = 0; i < degree; i++) {
    const next = new Array<number>(poly.length + 1).fill(0);
    for (let j = 0; j < poly.length; j++) {
      next[j]! ^= poly[j]!;
      next[j + 1]! ^= mul(poly[j]!, EXP[i]!);
    }
    poly = next;
  }
  return Uint8Array.from(poly.slice(1));
}

/** Mask pattern 2 (ISO/IEC 18004 table 10: j mod 3 = 0, j the column). */
const maskAt = (_row: number, col: number) => (col % 3 === 0 ? 1 : 0);

const layouts = new Map<number, QrLayout>();

export function qrLayout(version: number): QrLayout {
  let layout = layouts.get(version);
  if (layout) return layout;
  const qr = QRCode.create([{ data: '0', mode: 'byte' }] as unknown as string, { version, errorCorrectionLevel: 'L', maskPattern: FAST_QR_MASK } as QRCode.QRCodeOptions);
  const modules = qr.modules as unknown as { size: number; data: Uint8Array; reservedBit: Uint8Array };
  const size = modules.size;
  const isFunction = Uint8Array.from(modules.reservedBit, (r) => (r ? 1 : 0));
  const template = Uint8Array.from(modules.data, (d, i) => (isFunction[i] && d ? 1 : 0));
  // The standard's placement: two-module columns from the right, up then down, skipping column 6.
  const positions: number[] = [];
  let up = true;
  for (let col = size - 1; col > 0; col -= 2) {
    if (col === 6) col--;
    for (let k = 0; k < size; k++) {
      const row = up ? size - 1 - k : k;
      for (let c = 0; c < 2; c++) {
        const i = row * size + col - c;
        if (!isFunction[i]) positions.push(i);
      }
    }
    up = !up;
  }
  const ec = EC_L[version - 1]!;
  layout = {
    version,
    size,
    isFunction,
    template,
    positions: Int32Array.from(positions),
    maskBits: Uint8Array.from(positions, (i) => maskAt(Math.floor(i / size), i % size)),
    dataCodewords: Math.floor(positions.length / 8) - ec,
    generator: generatorPolynomial(ec),
  };
  layouts.set(version, layout);
  return layout;
}

/** The smallest version 1–5 at level L whose byte mode holds `length` bytes, or null. */
function versionFor(length: number): number | null {
  for (let v = 1; v <= EC_L.length; v++) {
    const dataBits = (Math.floor(qrLayout(v).positions.length / 8) - EC_L[v - 1]!) * 8;
    if (4 + 8 + 8 * length <= dataBits) return v;
  }
  return null;
}

/** The data codewords followed by the error-correction codewords. */
function codewords(text: string, layout: QrLayout): Uint8Array {
  const n = layout.dataCodewords;
  const ec = layout.generator.length;
  const out = new Uint8Array(n + ec);
  // Mode 0100 (byte), an 8-bit count (versions 1–9), the bytes, a 4-bit terminator: with
  // the 4-bit mode offset every byte straddles two codewords.
  out[0] = 0x40 | (text.length >> 4);
  let prev = text.length & 0x0f;
  for (let i = 0; i < text.length; i++) {
    const b = text.charCodeAt(i);
    out[i + 1] = (prev << 4) | (b >> 4);
    prev = b & 0x0f;
  }
  out[text.length + 1] = prev << 4; // low nibble: the terminator (zeros)
  for (let i = text.length + 2, pad = 0xec; i < n; i++, pad ^= 0xec ^ 0x11) out[i] = pad;
  // Remainder of data·x^ec divided by the generator (an LFSR over the data codewords).
  const g = layout.generator;
  for (let i = 0; i < n; i++) {
    const factor = out[i]! ^ out[n]!;
    out.copyWithin(n, n + 1);
    out[n + ec - 1] = 0;
    if (factor) for (let j = 0; j < ec; j++) out[n + j]! ^= mul(g[j]!, factor);
  }
  return out;
}

/** The symbol's modules (row-major, 1 = dark), or null when the text is outside this encoder's range. */
export function fastQr(text: string): { layout: QrLayout; data: Uint8Array } | null {
  if (text.length === 0 || !/^[\x00-\x7f]*$/.test(text)) return null;
  const version = versionFor(text.length);
  if (!version) return null;
  const layout = qrLayout(version);
  const words = codewords(text, layout);
  const data = layout.template.slice();
  const { positions, maskBits } = layout;
  const bits = words.length * 8;
  for (let k = 0; k < positions.length; k++) {
    const bit = k < bits ? (words[k >> 3]! >> (7 - (k & 7))) & 1 : 0;
    data[positions[k]!] = bit ^ maskBits[k]!;
  }
  return { layout, data };
}

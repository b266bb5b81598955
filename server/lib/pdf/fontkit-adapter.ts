// pdf-lib's font embedding expects the API of @pdf-lib/fontkit 1.x, whose CJK subsets are
// corrupt (text extracts but renders blank). Upstream fontkit 2.x subsets correctly but
// replaced subset.encodeStream() with encode(); this adapter bridges that one call.
import { EventEmitter } from 'node:events';
import * as fontkit from 'fontkit';
type Fontkit = Parameters<import('pdf-lib').PDFDocument['registerFontkit']>[0];

type AnyFont = { createSubset(): AnySubset };
type AnySubset = { encode(): Uint8Array; encodeStream?: () => EventEmitter };

function adaptSubset(subset: AnySubset): AnySubset {
  subset.encodeStream = () => {
    const stream = new EventEmitter();
    // Emit on the next tick so pdf-lib's listeners are attached first.
    setImmediate(() => {
      try {
        stream.emit('data', subset.encode());
        stream.emit('end');
      } catch (error) {
        stream.emit('error', error);
      }
    });
    return stream;
  };
  return subset;
}

// Parsing a 10 MB TTF is lazy but not free: keep one fontkit font per buffer.
const parsed = new WeakMap<Uint8Array, AnyFont>();

export const fontkitAdapter: Fontkit = {
  create(data: Uint8Array) {
    let font = parsed.get(data);
    if (!font) {
      font = fontkit.create(Buffer.from(data.buffer, data.byteOffset, data.byteLength)) as unknown as AnyFont;
      const createSubset = font.createSubset.bind(font);
      font.createSubset = () => adaptSubset(createSubset());
      parsed.set(data, font);
    }
    return font as never;
  },
};

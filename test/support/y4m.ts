// A tiny Y4M (YUV4MPEG2) writer for Chromium's fake camera (--use-file-for-fake-video-capture):
// RGBA pixels converted to 4:2:0 planar YUV (BT.601, full range as C420jpeg says), the same
// picture repeated for every frame (Chromium loops the file).
import fs from 'node:fs';
import type { PNG } from 'pngjs';

export function writeY4m(file: string, img: Pick<PNG, 'width' | 'height' | 'data'>, frames = 5, fps = 10): void {
  const w = img.width & ~1;
  const h = img.height & ~1;
  const y = Buffer.alloc(w * h);
  const u = Buffer.alloc((w / 2) * (h / 2));
  const v = Buffer.alloc((w / 2) * (h / 2));
  const px = (x: number, yy: number) => {
    const i = (yy * img.width + x) * 4;
    return [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!] as const;
  };
  for (let yy = 0; yy < h; yy++) {
    for (let x = 0; x < w; x++) {
      const [r, g, b] = px(x, yy);
      y[yy * w + x] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    }
  }
  for (let yy = 0; yy < h; yy += 2) {
    for (let x = 0; x < w; x += 2) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]] as const) {
        const p = px(x + dx, yy + dy);
        r += p[0] / 4;
        g += p[1] / 4;
        b += p[2] / 4;
      }
      const i = (yy / 2) * (w / 2) + x / 2;
      u[i] = Math.max(0, Math.min(255, Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b)));
      v[i] = Math.max(0, Math.min(255, Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b)));
    }
  }
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, u, v]);
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F${fps}:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: frames }, () => frame)]));
}

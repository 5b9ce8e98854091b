// Draws the toolbar icons (assets/public/icon/<size>.png): a page of text under a magnifying lens.
// Run `node assets/make-icons.mjs` after changing the drawing; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 4;

// Shapes in a 0..1 square; later shapes paint over earlier ones. Colours are RGBA 0..255.
const BLUE = [36, 80, 179, 255];
const PAPER = [255, 255, 255, 255];
const LINE = [152, 168, 204, 255];
const RING = [255, 196, 0, 255];
const GLASS = [255, 236, 160, 110];

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return dx * dx + dy * dy <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx, cy, r, w) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= w / 2;
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= w / 2;
};

const shapes = [
  [roundedRect(0.02, 0.02, 0.98, 0.98, 0.2), BLUE],
  [roundedRect(0.2, 0.14, 0.72, 0.86, 0.06), PAPER],
  ...[0.28, 0.4, 0.52, 0.64].map((y) => [roundedRect(0.28, y, 0.64, y + 0.05, 0.02), LINE]),
  [circle(0.6, 0.56, 0.2), GLASS],
  [ring(0.6, 0.56, 0.2, 0.075), RING],
  [segment(0.75, 0.71, 0.9, 0.86, 0.1), RING],
];

function over(dst, src) {
  const a = src[3] / 255;
  return [0, 1, 2].map((i) => src[i] * a + dst[i] * (1 - a)).concat(Math.min(255, src[3] + dst[3] * (1 - a)));
}

function pixel(px, py, size) {
  const acc = [0, 0, 0, 0];
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
      const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
      let colour = [0, 0, 0, 0];
      for (const [inside, fill] of shapes) if (inside(x, y)) colour = over(colour, fill);
      // premultiplied accumulation keeps edges free of dark fringes
      acc[0] += colour[0] * colour[3];
      acc[1] += colour[1] * colour[3];
      acc[2] += colour[2] * colour[3];
      acc[3] += colour[3];
    }
  }
  const alpha = acc[3] / SUPERSAMPLE ** 2;
  return alpha === 0 ? [0, 0, 0, 0] : [acc[0] / acc[3], acc[1] / acc[3], acc[2] / acc[3], alpha].map(Math.round);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y, size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = new URL('./public/icon/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`${size}.png`, outDir), png(size));
console.log(`icons: ${SIZES.join(', ')} px in assets/public/icon/`);

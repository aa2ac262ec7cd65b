// Draws the add-in's icons (a green sheet with a table and a check mark) as PNGs into assets/.
// Run once with `node scripts/make-icons.js`; the PNGs are committed.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0)),
  ]);
}
// Signed distance from point to segment, for the check mark stroke.
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
function icon(size) {
  const S = 4; // supersampling
  return png(size, (x, y) => {
    let acc = [0, 0, 0, 0];
    for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
      const u = (x + (sx + 0.5) / S) / size, v = (y + (sy + 0.5) / S) / size;
      let c = [0, 0, 0, 0];
      const inSheet = u > 0.08 && u < 0.92 && v > 0.06 && v < 0.94;
      if (inSheet) {
        c = [33, 115, 70, 255]; // Excel green
        const inner = u > 0.16 && u < 0.84 && v > 0.16 && v < 0.84;
        if (inner) {
          c = [255, 255, 255, 255];
          const line = 0.035;
          const gridH = [0.38, 0.6].some((g) => Math.abs(v - g) < line / 2);
          const gridV = Math.abs(u - 0.4) < line / 2;
          if (gridH || gridV) c = [160, 200, 175, 255];
        }
        const d = Math.min(segDist(u, v, 0.3, 0.55, 0.45, 0.72), segDist(u, v, 0.45, 0.72, 0.78, 0.3));
        if (d < 0.065) c = [196, 43, 28, 255]; // red check mark, as a reviewer's tick
      }
      acc = acc.map((a, i) => a + c[i]);
    }
    return acc.map((a) => Math.round(a / (S * S)));
  });
}
const out = path.join(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(out, `icon-${size}.png`), icon(size));
console.log("icons written to", out);

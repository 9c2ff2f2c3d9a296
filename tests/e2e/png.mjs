// Decodes the 8-bit RGB(A) PNGs that Chromium's screenshots produce, so tests
// can look at pixels (is the canvas drawn? which colours?) without a library.
import { inflateSync } from 'node:zlib';

export function decodePng(buffer) {
  let offset = 8;  // signature
  let width = 0, height = 0, colourType = 0;
  const idat = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8) throw new Error('only 8-bit PNGs are supported');
      colourType = data[9];
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    offset += 12 + length;
  }
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  if (!channels) throw new Error(`unsupported PNG colour type ${colourType}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels] : 0;
      let value = line[x];
      if (filter === 1) value += left;
      else if (filter === 2) value += up;
      else if (filter === 3) value += (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
        value += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      pixels[y * stride + x] = value & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

// How many distinct colours (quantised to 4 bits per channel) an image holds.
export function distinctColours(image) {
  const seen = new Set();
  for (let i = 0; i < image.pixels.length; i += image.channels) {
    seen.add(((image.pixels[i] >> 4) << 8) | ((image.pixels[i + 1] >> 4) << 4) | (image.pixels[i + 2] >> 4));
  }
  return seen.size;
}

export function meanBrightness(image) {
  let sum = 0;
  for (let i = 0; i < image.pixels.length; i += image.channels) {
    sum += (image.pixels[i] + image.pixels[i + 1] + image.pixels[i + 2]) / 3;
  }
  return sum / (image.pixels.length / image.channels);
}

#!/usr/bin/env python3
"""Draws the app icon (assets/icons/icon.svg: a blue rounded square with a
white seven-membered ring and its two orange nitrogens) as PNG files for
"Add to Home Screen": iOS takes only a PNG apple-touch-icon, and Android's
install prompt wants PNG sizes in the manifest.

The shapes are the SVG's own, in its 64-unit box; each pixel is sampled 3x3
for smooth edges. iOS rounds the corners itself, so the touch icon is a full
square; the manifest icons keep the SVG's rounded corners.

Usage: touch_icon.py OUT_DIR
"""
import math
import pathlib
import struct
import sys
import zlib

BLUE = (0x00, 0x72, 0xB2)
WHITE = (0xFF, 0xFF, 0xFF)
ORANGE = (0xE6, 0x9F, 0x00)
RING = [(32, 9), (50, 17.7), (54.4, 37.2), (42, 52.8), (22, 52.8), (9.6, 37.2), (14, 17.7)]
NITROGENS = [(32, 9), (42, 52.8)]
STROKE_HALF_WIDTH = 2.0
NITROGEN_RADIUS = 6.0
CORNER_RADIUS = 12.0


def segment_distance(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def inside_rounded_square(x, y):
    cx = min(max(x, CORNER_RADIUS), 64 - CORNER_RADIUS)
    cy = min(max(y, CORNER_RADIUS), 64 - CORNER_RADIUS)
    return math.hypot(x - cx, y - cy) <= CORNER_RADIUS


def colour_at(x, y, rounded):
    """RGBA of the icon at (x, y) in SVG units."""
    if rounded and not inside_rounded_square(x, y):
        return (0, 0, 0, 0)
    for nx, ny in NITROGENS:
        if math.hypot(x - nx, y - ny) <= NITROGEN_RADIUS:
            return ORANGE + (255,)
    edges = zip(RING, RING[1:] + RING[:1])
    if any(segment_distance(x, y, ax, ay, bx, by) <= STROKE_HALF_WIDTH for (ax, ay), (bx, by) in edges):
        return WHITE + (255,)
    return BLUE + (255,)


def render(size, rounded, samples=3):
    rows = []
    scale = 64.0 / size
    offsets = [(i + 0.5) / samples for i in range(samples)]
    for row in range(size):
        line = bytearray([0])  # PNG filter type 0 for this row
        for column in range(size):
            total = [0, 0, 0, 0]
            for oy in offsets:
                for ox in offsets:
                    r, g, b, a = colour_at((column + ox) * scale, (row + oy) * scale, rounded)
                    total[0] += r * a
                    total[1] += g * a
                    total[2] += b * a
                    total[3] += a
            alpha = total[3]
            pixel = [round(c / alpha) if alpha else 0 for c in total[:3]] + [round(alpha / samples**2)]
            line.extend(pixel)
        rows.append(bytes(line))
    return png(size, size, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def main():
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "apple-touch-icon.png").write_bytes(render(180, rounded=False))
    (out / "icon-192.png").write_bytes(render(192, rounded=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Draws the package icon, docs/icon.png: the green cross of occupational safety (綠十字) on a white rounded square.

128 x 128 RGBA, written with the standard library only (zlib + struct), so the icon can be rebuilt anywhere:
    python3 tools/make-icon.py
"""
import os
import struct
import zlib

SIZE = 128
GREEN = (0, 140, 69, 255)
WHITE = (255, 255, 255, 255)
BORDER = (0, 100, 50, 255)
CLEAR = (0, 0, 0, 0)


def inside_rounded_square(x, y, margin, radius):
    lo, hi = margin, SIZE - 1 - margin
    if not (lo <= x <= hi and lo <= y <= hi):
        return False
    cx = min(max(x, lo + radius), hi - radius)
    cy = min(max(y, lo + radius), hi - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def inside_cross(x, y):
    # A Greek cross: two bars 34 px wide and 92 px long, centred.
    half_long, half_wide = 46, 17
    dx, dy = abs(x - 63.5), abs(y - 63.5)
    return (dx <= half_wide and dy <= half_long) or (dy <= half_wide and dx <= half_long)


def pixel(x, y):
    if not inside_rounded_square(x, y, 2, 18):
        return CLEAR
    if not inside_rounded_square(x, y, 6, 14):
        return BORDER
    return GREEN if inside_cross(x, y) else WHITE


def png(width, height, rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body) & 0xFFFFFFFF)

    raw = b''.join(b'\x00' + bytes(c for p in row for c in p) for row in rows)
    header = struct.pack('>IIBBBBB', width, height, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


if __name__ == '__main__':
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rows = [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]
    path = os.path.join(repo, 'docs', 'icon.png')
    with open(path, 'wb') as f:
        f.write(png(SIZE, SIZE, rows))
    print(path, os.path.getsize(path), 'bytes')

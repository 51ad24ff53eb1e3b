#!/usr/bin/env python3
"""Draws the app's icon: five ascending bars (the five maturity levels) on a
navy rounded square, the last bar teal. Writes RGBA PNGs with zlib only, so
the icons can be regenerated anywhere: `python3 src-tauri/icons/make_icons.py`.
"""
import os
import struct
import zlib

NAVY = (16, 42, 67)
TEAL = (20, 184, 166)
PALE = (167, 214, 222)


def inside_rounded(x, y, size, radius):
    """Is pixel centre (x, y) inside a rounded square of side `size`?"""
    cx = min(max(x, radius), size - radius)
    cy = min(max(y, radius), size - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def draw(size):
    ss = 4  # supersampling for smooth edges
    radius = size * 0.18
    margin = size * 0.17
    gap = size * 0.035
    bar_w = (size - 2 * margin - 4 * gap) / 5
    base = size - margin
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter type 0
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    x = px + (sx + 0.5) / ss
                    y = py + (sy + 0.5) / ss
                    if not inside_rounded(x, y, size, radius):
                        continue
                    colour = NAVY
                    i = int((x - margin) // (bar_w + gap))
                    if 0 <= i < 5:
                        left = margin + i * (bar_w + gap)
                        height = (size - 2 * margin) * (i + 1) / 5
                        if left <= x < left + bar_w and base - height <= y < base:
                            colour = TEAL if i == 4 else PALE
                    acc[0] += colour[0]
                    acc[1] += colour[1]
                    acc[2] += colour[2]
                    acc[3] += 255
            n = ss * ss
            if acc[3]:
                cov = acc[3] / 255
                row += bytes([round(acc[0] / cov), round(acc[1] / cov), round(acc[2] / cov), round(acc[3] / n)])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(w, h, raw):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for name, size in [("32x32.png", 32), ("128x128.png", 128), ("128x128@2x.png", 256), ("icon.png", 512)]:
        with open(os.path.join(here, name), "wb") as f:
            f.write(draw(size))

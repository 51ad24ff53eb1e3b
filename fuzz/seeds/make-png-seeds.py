#!/usr/bin/env python3
"""Writes the small PNG seeds of the `logo` target into seeds/logo/.

Each file is a whole, valid PNG of a few pixels, one per feature the png
crate decodes differently: every colour type, bit depths 1 to 16, a palette
with transparency, all five row filters, Adam7 interlacing, ancillary
chunks. Re-run after changing it: python3 fuzz/seeds/make-png-seeds.py
(only the standard library is used).
"""
import os
import struct
import zlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "logo")

CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def chunk(kind, body):
    crc = zlib.crc32(kind + body) & 0xFFFFFFFF
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def filter_rows(rows, bpp, filters):
    """Rows of raw bytes → filtered scanlines, row i with filters[i % len]."""
    out = bytearray()
    prev = bytes(len(rows[0])) if rows else b""
    for i, row in enumerate(rows):
        f = filters[i % len(filters)]
        line = bytearray()
        for x, byte in enumerate(row):
            a = row[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            pred = [0, a, b, (a + b) // 2, paeth(a, b, c)][f]
            line.append((byte - pred) & 0xFF)
        out.append(f)
        out += line
        prev = row
    return bytes(out)


def pack_row(samples, depth):
    """Samples (ints) of one row → bytes at `depth` bits per sample."""
    if depth == 8:
        return bytes(samples)
    if depth == 16:
        return b"".join(struct.pack(">H", s) for s in samples)
    out, acc, used = bytearray(), 0, 0
    for s in samples:
        acc = (acc << depth) | s
        used += depth
        if used == 8:
            out.append(acc)
            acc, used = 0, 0
    if used:
        out.append(acc << (8 - used))
    return bytes(out)


def sample(x, y, c, depth):
    return (x * 7 + y * 13 + c * 29) % (1 << depth)


def image_rows(w, h, colour, depth, xs=None, ys=None):
    xs = range(w) if xs is None else xs
    ys = range(h) if ys is None else ys
    n = CHANNELS[colour]
    return [
        pack_row([sample(x, y, c, depth) for x in xs for c in range(n)], depth)
        for y in ys
    ]


ADAM7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]


def png(w, h, colour, depth, filters=(0,), interlace=False, extra=()):
    bpp = max(1, CHANNELS[colour] * depth // 8)
    if interlace:
        data = b""
        for x0, y0, dx, dy in ADAM7:
            xs, ys = range(x0, w, dx), range(y0, h, dy)
            if len(xs) and len(ys):
                data += filter_rows(image_rows(w, h, colour, depth, xs, ys), bpp, filters)
    else:
        data = filter_rows(image_rows(w, h, colour, depth), bpp, filters)
    ihdr = struct.pack(">IIBBBBB", w, h, depth, colour, 0, 0, 1 if interlace else 0)
    body = [chunk(b"IHDR", ihdr)]
    body += [chunk(k, v) for k, v in extra]
    body.append(chunk(b"IDAT", zlib.compress(data, 9)))
    body.append(chunk(b"IEND", b""))
    return b"\x89PNG\r\n\x1a\n" + b"".join(body)


SEEDS = {
    "gray8.png": png(4, 3, 0, 8),
    "gray1.png": png(11, 3, 0, 1),
    "gray2-filters.png": png(9, 5, 0, 2, filters=(0, 1, 2, 3, 4)),
    "gray-alpha8.png": png(3, 3, 4, 8),
    "rgb8-filters.png": png(5, 5, 2, 8, filters=(0, 1, 2, 3, 4)),
    "rgb16.png": png(3, 2, 2, 16),
    "rgba8.png": png(4, 4, 6, 8, filters=(4,)),
    "rgba8-adam7.png": png(9, 9, 6, 8, filters=(1, 4), interlace=True),
    "palette4-trns.png": png(
        6,
        4,
        3,
        4,
        extra=[
            (b"PLTE", bytes(range(48))),
            (b"tRNS", bytes([0, 128, 255])),
        ],
    ),
    "rgb8-ancillary.png": png(
        2,
        2,
        2,
        8,
        extra=[
            (b"gAMA", struct.pack(">I", 45455)),
            (b"tEXt", b"Title\x00Logo"),
            (b"zTXt", b"Note\x00\x00" + zlib.compress(b"seed")),
            (b"pHYs", struct.pack(">IIB", 2835, 2835, 1)),
        ],
    ),
}

os.makedirs(OUT, exist_ok=True)
for name, data in SEEDS.items():
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    print(f"{name}: {len(data)} bytes")

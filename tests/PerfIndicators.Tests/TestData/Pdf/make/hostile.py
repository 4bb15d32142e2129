"""Writes the hostile PDFs that no office program makes on purpose, byte by byte, with a correct cross-reference table.

- bomb-pages.pdf: a page tree whose nodes list the same child ten times, six levels deep: the root claims
  1,000,000 pages (/Count) while the file holds eight objects (a page-count bomb);
- bomb-flate.pdf: one page whose content stream is 80 MiB of spaces deflated to about 80 KB (a decompression bomb);
- truncated.pdf / xref-broken.pdf / damaged.pdf / garbage.pdf: a real LibreOffice PDF cut in half, with its
  cross-reference table overwritten, with noise over the middle of page 2's compressed content, and a PDF header
  followed by noise.

Usage: hostile.py <out-dir> <a real PDF to damage>
"""

import os
import sys
import zlib


def write_pdf(path, objects, root=1):
    """objects: list of bytes (object bodies, numbered from 1)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    with open(path, "wb") as f:
        f.write(out)


def font_objects():
    return [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]


def bomb_pages(path, fanout=10, depth=6):
    # 1 catalog, 2..(depth+1) page-tree nodes, then the one page, its content and its font.
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    first_node = 2
    page = first_node + depth
    content = page + 1
    font = content + 1
    for level in range(depth):
        number = first_node + level
        child = number + 1
        count = fanout ** (depth - level)
        parent = b"" if level == 0 else b" /Parent %d 0 R" % (number - 1)
        kids = b" ".join(b"%d 0 R" % child for _ in range(fanout))
        objects.append(b"<< /Type /Pages /Kids [%s] /Count %d%s >>" % (kids, count, parent))
    objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>"
                   % (first_node + depth - 1, content, font))
    stream = b"BT /F1 12 Tf 72 720 Td (page) Tj ET"
    objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects += font_objects()
    write_pdf(path, objects)


def bomb_flate(path, megabytes=80):
    inflated = b"BT /F1 12 Tf 72 720 Td (bomb) Tj ET\n" + b" " * (megabytes * 1024 * 1024)
    deflated = zlib.compress(inflated, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(deflated) + deflated + b"\nendstream",
    ] + font_objects()
    write_pdf(path, objects)


def damaged(out, source):
    with open(source, "rb") as f:
        data = f.read()
    with open(os.path.join(out, "truncated.pdf"), "wb") as f:
        f.write(data[: len(data) // 2])
    broken = bytearray(data)
    xref = broken.rfind(b"xref")
    start = broken.rfind(b"startxref")
    for i in range(xref, start):
        if broken[i] not in (0x0A, 0x0D):
            broken[i] = ord("#")
    with open(os.path.join(out, "xref-broken.pdf"), "wb") as f:
        f.write(broken)
    # The compressed page contents (streams whose dictionary names no font, image or object stream): the second one,
    # page 2's, gets noise written over its middle, so that page cannot be decoded while the others can.
    broken = bytearray(data)
    contents = []
    at = 0
    while True:
        s = broken.find(b"stream", at)
        if s < 0:
            break
        if broken[s - 3:s] == b"end":
            at = s + 6
            continue
        head = broken[broken.rfind(b"obj", 0, s):s]
        e = broken.find(b"endstream", s)
        if b"/FlateDecode" in head and not any(k in head for k in (b"/Length1", b"/Subtype", b"/ObjStm", b"/XRef", b"/Type")):
            contents.append((s + 7, e))
        at = e + 9
    begin, end = contents[1]
    for i in range(begin + (end - begin) // 3, begin + 2 * (end - begin) // 3):
        broken[i] = (i * 37) & 0xFF
    with open(os.path.join(out, "damaged.pdf"), "wb") as f:
        f.write(broken)
    noise = bytearray(b"%PDF-1.7\n")
    state = 12345
    for _ in range(20000):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        noise.append(state >> 16 & 0xFF)
    with open(os.path.join(out, "garbage.pdf"), "wb") as f:
        f.write(noise)


if __name__ == "__main__":
    out, source = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    bomb_pages(os.path.join(out, "bomb-pages.pdf"))
    bomb_flate(os.path.join(out, "bomb-flate.pdf"))
    damaged(out, source)

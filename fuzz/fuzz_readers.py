"""Fuzz the readers: any bytes must give a Source or a VbcdError, nothing else.

Run with atheris (``pip install atheris``)::

    python fuzz/fuzz_readers.py -max_total_time=300 [corpus_dir]

Without atheris the script mutates a few seed files at random for a bounded
number of rounds (``python fuzz/fuzz_readers.py --plain 2000``), which is what
CI-less machines can afford. Seeds (a DOCX, a PDF, an HTML page, TCVN3 text)
are built in memory, so the target needs no files.
"""

from __future__ import annotations

import io
import random
import sys
import zipfile

from vbcd.errors import VbcdError
from vbcd.readers import read_bytes
from vbcd.readers.legacy import encode_legacy

_MAX = 2 * 1024 * 1024


def check(data: bytes) -> None:
    """The property: never an exception other than VbcdError."""
    try:
        src = read_bytes(data, max_bytes=_MAX)
    except VbcdError:
        return
    assert isinstance(src.text, str)
    assert all(0 <= p <= len(src.text) for p in src.pages)


def seeds() -> list[bytes]:
    text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/QĐ-UBND\nGiao Sở Y tế chủ trì.\nNơi nhận:\n"
    doc = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>UBND TỈNH</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>CỘNG HÒA</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii=".VnTime"/></w:rPr><w:t>Céng hoµ</w:t></w:r>'
        '<w:r><w:footnoteReference w:id="1"/></w:r></w:p></w:body></w:document>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", doc)
    html = (
        "<html><body><div><a href='/'>Trang chủ</a></div><div><table><tr><td>UBND</td>"
        "<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr></table><p>Nơi nhận:<br>- Như trên"
        "</p></div></body></html>"
    )
    out = [buf.getvalue(), html.encode(), encode_legacy(text, "tcvn3").encode("cp1252"),
           encode_legacy(text, "vni").encode("cp1252"), text.encode("utf-16")]
    try:
        from fpdf import FPDF

        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.cell(0, 10, "So: 12/QD-UBND")
        out.append(bytes(pdf.output()))
    except ImportError:
        pass
    return out


def _mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.random()
        if not b or op < 0.4:
            b.insert(rng.randrange(len(b) + 1), rng.randrange(256))
        elif op < 0.7:
            b[rng.randrange(len(b))] = rng.randrange(256)
        elif op < 0.85:
            i = rng.randrange(len(b))
            del b[i:i + rng.randint(1, 64)]
        else:
            i = rng.randrange(len(b))
            b[i:i] = b[i:i + rng.randint(1, 64)] * rng.randint(1, 4)
    return bytes(b)


def plain(rounds: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    base = seeds()
    for _ in range(rounds):
        check(_mutate(rng, rng.choice(base)))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--plain":
        plain(int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
        return
    import atheris  # type: ignore[import-not-found]

    atheris.instrument_all()
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

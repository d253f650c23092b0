"""QR codes for printed links: the one module that imports `segno`.

A code is made once per URL with error correction level M (a creased or
smudged leaflet still scans) and a quiet zone of four modules.  Writers take
what suits their format: the module matrix (the PDF writer paints it as
rectangles), an SVG element (HTML) or a PNG at a given scale (DOCX, where
python-docx embeds no vector image).
"""

from __future__ import annotations

import io
from functools import lru_cache

import segno

QUIET_ZONE = 4  # modules of white around the code, as the standard asks
ERROR_LEVEL = "m"


@lru_cache(maxsize=256)
def _code(url: str) -> segno.QRCode:
    return segno.make_qr(url, error=ERROR_LEVEL, boost_error=False)


@lru_cache(maxsize=256)
def qr_matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules of *url*'s code, quiet zone included, row by row."""
    return tuple(tuple(bool(module) for module in row)
                 for row in _code(url).matrix_iter(scale=1, border=QUIET_ZONE))


def qr_svg(url: str, css_class: str = "qr-code", title: str = "") -> str:
    """An inline `<svg>` element of *url*'s code, sized by its viewBox (the style sheet sets the size)."""
    return _code(url).svg_inline(scale=1, border=QUIET_ZONE, omitsize=True, svgclass=css_class,
                                 lineclass=None, title=title or None)


@lru_cache(maxsize=64)
def qr_png(url: str, pixels_per_module: int = 16) -> bytes:
    """A black-and-white PNG of *url*'s code, *pixels_per_module* pixels to a module."""
    buffer = io.BytesIO()
    _code(url).save(buffer, kind="png", scale=pixels_per_module, border=QUIET_ZONE)
    return buffer.getvalue()

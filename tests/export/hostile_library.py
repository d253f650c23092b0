"""A library written by someone hostile: one lecture of points whose text and sources attack."""

from __future__ import annotations

import json
from pathlib import Path

# Link targets that once broke out of a PDF string, an HTML attribute or a Markdown link.
PDF_BREAKOUT = "http://adilet.example/doc)/S/JavaScript/JS(app.alert('x')"
HOSTILE_URLS = [
    PDF_BREAKOUT,
    "https://adilet.example/a<b>c\\d(e)f",
    'https://adilet.example/?q="><script>alert(1)</script>',
    "https://adilet.example/x'><img src=x onerror=alert(1)>",
    "https://adilet.example/\u0085\u009f/Экстремизм",
]
# What a link target in any output may consist of: percent-encoded ASCII, no format syntax.
TARGET_CHARACTERS = r"[A-Za-z0-9\-._~:/?#@$&+,;=%]"
C1 = "".join(chr(code) for code in range(0x80, 0xA0))


def point_text(point_id: str, body: str, title: str = "", sources: list[dict] | None = None) -> str:
    """A point file; strings go into the front matter as JSON, which YAML reads as is."""
    lines = ["---", f"id: {point_id}", f"title: {json.dumps(title or point_id)}", "kind: fact",
             "language: en"]
    if sources:
        lines.append(f"sources: {json.dumps(sources)}")
    return "\n".join(lines) + "\n---\n" + body + "\n"


def write_hostile_library(root: Path, bodies: dict[str, str], sources: dict[str, list[dict]] | None = None,
                          title: str = "Hostile", deliveries: int = 0) -> Path:
    """A library with one lecture, `hostile`, over one point per entry of *bodies*."""
    (root / "points").mkdir(parents=True, exist_ok=True)
    (root / "lectures").mkdir(exist_ok=True)
    for point_id, body in bodies.items():
        (root / "points" / f"{point_id}.md").write_text(
            point_text(point_id, body, title=f"{point_id} {title}", sources=(sources or {}).get(point_id)),
            encoding="utf-8")
    lecture = [f"id: hostile\ntitle: {json.dumps(title)}\nlanguage: en\nsections:\n",
               f"  - heading: {json.dumps(title)}\n    points: {json.dumps(list(bodies))}\n"]
    if deliveries:
        lecture.append("deliveries:\n")
        lecture.extend(f"  - date: 2026-{1 + n // 28 % 12:02d}-{1 + n % 28:02d}\n"
                       f"    venue: Venue {n}\n    format: online\n    attendance: {n}\n"
                       f"    notes: Questions about messengers, number {n}\n" for n in range(deliveries))
    (root / "lectures" / "hostile.yaml").write_text("".join(lecture), encoding="utf-8")
    return root

"""Long texts of points kept a byte a letter: every text reads back as it was written, whatever
its letters; a point read from a file or from the snapshot keeps its body once, packed, shared
with its origin; and the point behaves as a plain dataclass of `str` fields."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import shutil
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from lecturekit.core.fileformat.points import parse_point
from lecturekit.core.kept_texts import Stored
from lecturekit.core.library import Library
from lecturekit.core.model import TalkingPoint
from lecturekit.core.packed_text import SHORTEST, held, kept, pack, unpack
from tests.conftest import SAMPLE_LIBRARY

KAZAKH = "Экстремизмге қарсы іс-қимыл туралы заң: ата-аналар балаларының әлеуметтік желілердегі достарын білуі керек. "
RUSSIAN = "Вербовщики ищут одиноких молодых людей в социальных сетях; сначала — «дружба» и поддержка… "
ENGLISH = "Recruiters look for lonely young people on social networks. "
# Letters of the code page and beyond it: Arabic, CJK, an emoji, a lone surrogate's neighbours
ALPHABET = KAZAKH + RUSSIAN + ENGLISH + "ЁёЎўҒғҚқҢңӨөҰұҮүҺһІі№€\t\r\n\x00ء中😀é"
SEEDED = settings(max_examples=300, derandomize=True, deadline=None, database=None)


@SEEDED
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_every_text_reads_back_as_it_was(text: str) -> None:
    assert unpack(pack(text)) == text
    point = TalkingPoint(id="p", title="t", kind="fact", language="kk", body=text, notes=text[::-1])
    assert point.body == text and point.notes == text[::-1]
    assert type(point.body) is str


def test_kazakh_and_russian_text_is_kept_a_byte_a_letter_and_the_rest_as_it_is() -> None:
    for text in (KAZAKH, RUSSIAN, KAZAKH + ENGLISH):
        assert isinstance(pack(text), bytes) and len(pack(text)) == len(text)
        assert sys.getsizeof(pack(text)) < 0.6 * sys.getsizeof(text)
    assert pack(ENGLISH) is ENGLISH  # a byte a letter already
    assert pack(RUSSIAN + "中") == RUSSIAN + "中"  # a character the code page lacks
    short = RUSSIAN[:SHORTEST - 1]
    assert pack(short) is short
    assert pack(None) is None


def test_a_point_is_still_a_dataclass_of_text() -> None:
    point = TalkingPoint(id="p", title="Title", kind="fact", language="ru", body=RUSSIAN, notes=KAZAKH)
    assert isinstance(kept(point, "body"), bytes)
    for other in (copy.copy(point), copy.deepcopy(point), pickle.loads(pickle.dumps(point)),
                  dataclasses.replace(point)):
        assert other == point and other.body == RUSSIAN and isinstance(kept(other, "body"), bytes)
    assert dataclasses.replace(point, body=ENGLISH) != point
    assert dataclasses.asdict(point)["notes"] == KAZAKH
    assert RUSSIAN[:20] in repr(point)
    point.body += "!"
    assert point.body == RUSSIAN + "!"


def test_a_read_point_keeps_its_body_once_shared_with_its_origin() -> None:
    text = f"---\nid: p\ntitle: {RUSSIAN[:30]}\nkind: fact\nlanguage: ru\n---\n{RUSSIAN}\n\n<!-- notes -->\n{KAZAKH}\n"
    point = parse_point(text.encode("utf-8"))
    assert kept(point, "body") is kept(point.origin, "body") and isinstance(kept(point, "body"), bytes)
    assert kept(point, "notes") is kept(point.origin, "notes")
    assert isinstance(kept(point.origin, "yaml_text"), bytes)
    assert point.origin.mapping["title"] == RUSSIAN[:30]
    assert point.body == RUSSIAN.strip() and point.notes == KAZAKH.strip()


def test_points_from_the_snapshot_share_one_handle_to_their_packed_texts(tmp_path: Path) -> None:
    root = tmp_path / "Library"
    shutil.copytree(SAMPLE_LIBRARY, root)
    Library.open(root).keep_read_snapshot()
    library = Library.open(root)
    assert library._snapshot.taken == len(library.points)
    parsed = Library.open(root, memo=False)
    packed = 0
    for point_id, point in library.points.items():
        assert point == parsed.points[point_id]
        handle = kept(point, "body")
        assert isinstance(handle, Stored)  # left in the texts file: `core.kept_texts`
        assert all(kept(owner, name) is handle for owner, name in (
            (point, "notes"), (point.origin, "body"), (point.origin, "notes"), (point.origin, "yaml_text"),
            (point.origin, "body_raw"), (point.origin, "hash"), (point, "sources")))
        assert point.origin.mapping._yaml is handle
        packed += isinstance(held(point, "body"), bytes)
    assert packed > len(library.points) // 2  # the sample library is mostly Kazakh and Russian


def test_every_character_of_the_code_page_reads_back_as_itself() -> None:
    from lecturekit.core.packed_text import CODEC

    for byte in range(256):
        try:
            character = bytes([byte]).decode(CODEC)
        except UnicodeDecodeError:
            continue  # a byte the code page leaves unused: no character packs to it
        text = RUSSIAN + character * SHORTEST
        assert unpack(pack(text)) == text and len(pack(text)) == len(text), byte

"""The library's word list: words the spelling check accepts, shared with the team.

A plain UTF-8 file, `words.txt` beside `library.yaml`, one word per line,
sorted, so that two colleagues' additions merge line by line (and a sync merges
it as a set).  Blank lines and lines starting with `#` are ignored on reading.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from . import safeio
from .errors import FileChangedError, LectureKitError
from .scan import WORD_LIST_FILE

__all__ = ["WORD_LIST_FILE", "InvalidWordError", "add_words", "check_word", "file_state", "parse_words",
           "read_words", "render_words", "word_list_path"]
MAX_WORD_LENGTH = 64


class InvalidWordError(LectureKitError):
    """A word that cannot go into the word list (blank, spaces, too long); code "invalid-word"."""

    def __init__(self, word: str):
        self.word = word
        self.set_reason("invalid-word", None, {"word": word, "max": MAX_WORD_LENGTH})
        super().__init__(f"{word!r}: not a single word of at most {MAX_WORD_LENGTH} characters")


def word_list_path(root: Path) -> Path:
    return Path(root) / WORD_LIST_FILE


def parse_words(data: bytes) -> set[str]:
    """The words of a word list file's bytes (a BOM and Windows line endings accepted)."""
    text = data.decode("utf-8-sig", errors="replace")
    return {line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")}


def render_words(words: Iterable[str]) -> bytes:
    """A word list file: one word a line, sorted case-insensitively, no repeats."""
    ordered = sorted(set(words), key=lambda word: (word.casefold(), word))
    return "".join(f"{word}\n" for word in ordered).encode("utf-8")


def read_words(root: Path) -> set[str]:
    """The words of the library at *root* (none when it has no word list)."""
    try:
        return parse_words(word_list_path(root).read_bytes())
    except FileNotFoundError:
        return set()


def file_state(root: Path) -> tuple[int, int] | None:
    """The word list's modification time and size, None without one: what tells that it changed."""
    try:
        stat = word_list_path(root).stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def check_word(word: str) -> str:
    """*word* stripped, or InvalidWordError."""
    word = word.strip()
    if not word or len(word) > MAX_WORD_LENGTH or any(ch.isspace() or not ch.isprintable() for ch in word) \
            or word.startswith("#"):
        raise InvalidWordError(word)
    return word


def add_words(root: Path, words: Iterable[str]) -> set[str]:
    """Add *words* to the word list of the library at *root*, safely; the words that were new.

    Read, merged and written with the hash of what was read, so a colleague's
    word added meanwhile (another instance, a sync) is kept, never overwritten.
    """
    wanted = {check_word(word) for word in words}
    path = word_list_path(root)
    for _attempt in range(5):
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            data = None
        known = parse_words(data) if data is not None else set()
        new = wanted - known
        if not new:
            return set()
        rendered = render_words(known | new)
        if parse_words(rendered) != known | new:  # validate before the write
            raise InvalidWordError(", ".join(sorted(new)))
        try:
            safeio.atomic_write(path, rendered, safeio.content_hash(data) if data is not None else None,
                                must_not_exist=data is None)
            return new
        except (FileChangedError, FileExistsError):
            continue  # written meanwhile: read again and add to that
    raise FileChangedError(path)

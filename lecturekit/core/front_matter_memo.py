"""YAML already read, kept by its text: reading an unchanged library again skips the YAML parse.

Most of the time a library takes to read goes to its YAML: libyaml parses in
C, but PyYAML builds the values in Python.  What `yamltext.load_mapping` gives
depends on nothing but the text it is given, so its result is kept under the
SHA-256 of that text and given again whenever the same text comes back.  It
is kept as `marshal` bytes and every lookup builds new objects from them: two
points whose front matter is the same never share a list or a dict.  Only
text that reads is kept; text with a problem is parsed every time, so its
problem is reported exactly as before.

The memo of a library is a file in the user cache folder, never in the
library: `front-matter/<digest of the library's path>.memo`.  It starts with
a header naming the memo's format, the parser (PyYAML's and libyaml's
versions and a digest of the source of `yamltext`, so any change to the
loader starts a new memo) and Python's version, then the SHA-256 of the rest.
A file whose header differs in anything, which is cut short, or whose rest
does not match its digest is taken as empty and written anew.  A full read of
the library writes the entries that read used, and only when they differ
from the file's, so the entries of files edited or deleted since fall away.
It is a cache: deleting it is always safe (the next read parses every file
and writes it again), and no problem with it ever stops a library from
reading.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import marshal
import sys
from pathlib import Path
from typing import Any

import yaml

from . import safeio, yamltext
from .cache_files import library_cache_file, source_digest
from .errors import FileChangedError

FORMAT_VERSION = 1
FOLDER = "front-matter"
SUFFIX = ".memo"
_MAGIC = b"lecturekit front matter memo\n"
_DIGEST_SIZE = hashlib.sha256().digest_size

log = logging.getLogger(__name__)


@functools.cache
def file_header() -> bytes | None:
    """The bytes a memo file this process reads and writes starts with; None when the loader's
    source cannot be read (no memo then: a memo of another loader could give other values)."""
    loader = source_digest(yamltext)
    if loader is None:
        return None
    libyaml = "none"
    if getattr(yaml, "__with_libyaml__", False):
        try:
            from yaml import _yaml  # the C extension, present with libyaml
            libyaml = _yaml.get_version_string()
        except (ImportError, AttributeError):
            libyaml = "unknown"
    signature = (f"format {FORMAT_VERSION}; PyYAML {yaml.__version__}; libyaml {libyaml}; "
                 f"Python {sys.version_info[0]}.{sys.version_info[1]}; marshal {marshal.version}; loader {loader}\n")
    return _MAGIC + signature.encode("ascii", "replace")


def memo_path(root: Path) -> Path:
    """Where the memo of the library folder *root* is kept."""
    return library_cache_file(root, FOLDER, SUFFIX)


def _read_entries(path: Path, header: bytes) -> dict[bytes, bytes]:
    """The entries of the memo file at *path*; none when it is missing, damaged or of another parser."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as error:
        log.debug("front matter memo %s not read: %s", path, error)
        return {}
    start = len(header) + _DIGEST_SIZE
    if len(data) < start or not data.startswith(header):
        log.debug("front matter memo %s is of another format or parser, or cut short: not used", path)
        return {}
    payload = memoryview(data)[start:]
    if hashlib.sha256(payload).digest() != data[len(header):start]:
        log.debug("front matter memo %s is damaged: not used", path)
        return {}
    try:
        entries = marshal.loads(payload)
    except (EOFError, ValueError, TypeError) as error:
        log.debug("front matter memo %s not read: %s", path, error)
        return {}
    return entries if type(entries) is dict else {}


def _key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class FrontMatterMemo:
    """YAML mappings by the SHA-256 of their text: those the file held, and those used since it was read.

    One read of a library uses it on one thread; it is not shared.
    """

    def __init__(self, path: Path | None = None, header: bytes | None = None):
        self.path = path  # None: kept in memory only
        self._header = header
        self._file_entries: dict[bytes, bytes] | None = None  # as the file holds them, once read
        self._used: dict[bytes, bytes] = {}  # looked up or parsed since
        self.hits = 0
        self.misses = 0

    @classmethod
    def for_library(cls, root: Path) -> "FrontMatterMemo | None":
        """The memo of the library folder *root*, as its file holds it; None where no memo can be kept."""
        header = file_header()
        if header is None:
            return None
        return cls(memo_path(root), header)  # the file is read when first needed

    @property
    def _stored(self) -> dict[bytes, bytes]:
        if self._file_entries is None:
            self._file_entries = (_read_entries(self.path, self._header)
                                  if self.path is not None and self._header is not None else {})
        return self._file_entries

    def __len__(self) -> int:
        return len(self._stored.keys() | self._used.keys())

    def __contains__(self, text: object) -> bool:
        """Whether the mapping of the YAML *text* is kept."""
        if not isinstance(text, str):
            return False
        key = _key(text)
        return key in self._used or key in self._stored

    def load_mapping(self, text: str) -> dict[str, Any]:
        """What `yamltext.load_mapping(text)` gives, built anew from the memo when this text was read
        before; raise YamlTextError as it does."""
        key = _key(text)
        frozen = self._used.get(key) or self._stored.get(key)
        if frozen is not None:
            try:
                mapping = marshal.loads(frozen)
            except (EOFError, ValueError, TypeError):
                mapping = None
            if type(mapping) is dict:
                self._used[key] = frozen
                self.hits += 1
                return mapping
        mapping = yamltext.load_mapping(text)
        self.misses += 1
        try:
            self._used[key] = marshal.dumps(mapping)
        except ValueError:
            pass  # a value marshal cannot write: parsed again next time
        return mapping

    def save(self, *, keep_unused: bool = False) -> bool:
        """Write the entries used since the file was read, with *keep_unused* those it held too,
        when they differ from what it holds; whether it was written.  Never raises for the file."""
        if self.path is None or self._header is None:
            return False
        if keep_unused and not self._used:
            return False  # nothing to add (and the file need not be read to know it)
        entries = self._stored | self._used if keep_unused else self._used
        if entries.keys() == self._stored.keys():
            return False
        payload = marshal.dumps(entries)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            safeio.clean_temp_files(self.path.parent)  # what a write that was killed left
            safeio.atomic_write(self.path, self._header + hashlib.sha256(payload).digest() + payload)
        except (OSError, FileChangedError) as error:
            log.debug("front matter memo %s not written: %s", self.path, error)
            return False
        self._file_entries = dict(entries)
        return True

"""Reading a library file: whole, whatever size the listing saw."""

from __future__ import annotations

import os

import pytest

from lecturekit.core.filestate import read_bytes


@pytest.mark.parametrize("listed_size", [0, 1, 99_999, 100_000, 100_001, 300_000])
def test_a_file_is_read_whole_whatever_size_it_had_when_listed(tmp_path, listed_size):
    path = tmp_path / "point.md"
    data = bytes(range(256)) * 390 + b"end"  # 99,843 bytes: more than one read of 64 KiB
    path.write_bytes(data)
    assert read_bytes(str(path), listed_size) == data


def test_an_empty_file_reads_as_no_bytes(tmp_path):
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    assert read_bytes(str(path), 0) == b""
    assert read_bytes(str(path), 10) == b""


def test_a_file_that_cannot_be_read_raises_what_opening_it_would(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_bytes(str(tmp_path / "gone.md"), 10)
    with pytest.raises(IsADirectoryError if os.name == "posix" else PermissionError):
        read_bytes(str(tmp_path), 10)

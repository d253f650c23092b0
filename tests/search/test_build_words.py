"""A build's word list: spilled to its file when large, written sorted and whole at the end."""

from __future__ import annotations

from lecturekit.search.spelling import WORDS_NAME, BuildWords


def test_words_spilled_during_a_build_end_sorted_without_duplicates(tmp_path):
    words = BuildWords(tmp_path, keep=3)
    for batch in ({"заң", "закон"}, {"law", "заң", "отбасы"}, {"семья", "law"}, {"family"}):
        words.add(batch)
    assert (tmp_path / WORDS_NAME).exists()  # the set outgrew three words: some went to the file
    words.finish()
    assert (tmp_path / WORDS_NAME).read_text(encoding="utf-8").splitlines() == sorted(
        {"заң", "закон", "law", "отбасы", "семья", "family"})


def test_an_index_in_memory_keeps_its_words_in_the_set():
    words = BuildWords(None, keep=1)
    words.add({"a", "b"})
    words.add({"c"})
    words.finish()
    assert words.words == {"a", "b", "c"}

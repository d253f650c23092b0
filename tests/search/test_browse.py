"""Browsing: an empty query lists the library's points, filtered like a search."""

from __future__ import annotations

import os

import pytest

from lecturekit.core.library import Library
from lecturekit.core.model import TalkingPoint
from lecturekit.search.browse import BROWSE_SNIPPET_CHARS, browse, passes_filters


def test_points_come_by_language_then_title(library: Library) -> None:
    results = browse(library, limit=50)
    assert results.query == "" and results.total == 9 and results.suggestion is None
    keys = [(hit.language, hit.title.casefold()) for hit in results.hits]
    assert keys == sorted(keys)
    assert [hit.language for hit in results.hits] == ["en"] * 3 + ["kk"] * 3 + ["ru"] * 3
    assert all(hit.score == 0.0 for hit in results.hits)


def test_limit_cuts_the_hits_but_not_the_counts(library: Library) -> None:
    results = browse(library, limit=2)
    assert len(results.hits) == 2 and results.total == 9
    assert results.facets == {"kind": {"law": 3, "tactic": 3, "protection": 2, "faq": 1},
                              "language": {"kk": 3, "ru": 3, "en": 3}}


def test_filters_take_one_value_or_several(library: Library) -> None:
    laws = browse(library, limit=50, filters={"kind": "law"})
    assert {hit.id for hit in laws.hits} == {"kk-law-extremism", "ru-law-religion", "en-law-registration"}
    assert laws.facets["kind"] == {"law": 3}
    parents = browse(library, limit=50, filters={"audience": "parents", "language": ["en", "ru"]})
    assert [hit.id for hit in parents.hits] == ["en-tactic-isolation", "en-protect-talk", "ru-faq-signs"]
    tagged = browse(library, limit=50, filters={"tag": ["family", "семья"], "status": "reviewed"})
    assert [hit.id for hit in tagged.hits] == ["en-tactic-isolation", "ru-tactic-recruiters"]
    assert browse(library, limit=50, filters={"kind": "story"}).total == 0


def test_an_unknown_filter_is_refused(library: Library) -> None:
    with pytest.raises(ValueError, match="unknown filter 'colour'"):
        browse(library, limit=5, filters={"colour": "red"})
    with pytest.raises(ValueError):
        passes_filters(library.points["ru-faq-signs"], {"lang": "ru"})


def test_the_snippet_is_the_start_of_the_text_as_plain_words_on_one_line_escaped(library: Library) -> None:
    body = "Never trust **bold** <b>tags</b>\n\nor  links & messages. " + "Long text. " * 30
    library.create_point(TalkingPoint(id="en-fact-links", title="Links", kind="fact", language="en",
                                      body=body))
    (hit,) = browse(library, limit=50, filters={"kind": "fact"}).hits
    assert hit.snippet.startswith("Never trust bold tags or links &amp; messages. Long text.")
    assert hit.snippet.endswith("Long…") and len(hit.snippet) <= BROWSE_SNIPPET_CHARS + len("&amp;")


def test_no_index_is_needed(library: Library) -> None:
    assert browse(library, limit=1).total == 9
    cache = os.environ["LECTUREKIT_CACHE_DIR"]
    assert not os.path.exists(cache) or not os.listdir(cache)


def test_the_unfiltered_list_shows_plain_words_and_the_readers_language_first():
    from lecturekit.core.library import Library
    from lecturekit.search.browse import browse, opening_words
    from tests.conftest import SAMPLE_LIBRARY

    library = Library.open(SAMPLE_LIBRARY)
    results = browse(library, 500, first_language="kk")
    languages = [hit.language for hit in results.hits]
    assert languages == sorted(languages, key=lambda code: (code != "kk", code)) and languages[0] == "kk"
    for hit in results.hits:
        assert not any(mark in hit.snippet for mark in ("**", "*This", "- **", "](")), hit.snippet
    assert opening_words("*Composite story.* Then **bold** [a link](http://x)") == "Composite story. Then bold a link"
    cut = opening_words("word " * 100, limit=23)
    assert cut == "word word word word…"


def test_the_first_hits_are_those_of_the_whole_list_sorted_ties_in_library_order(tmp_path) -> None:
    library = Library(tmp_path)
    titles = ["Б", "a", "A", "b", "Ә", "a", "c", "B"]
    for number in range(120):
        point_id = f"p{number:03}"
        library.points[point_id] = TalkingPoint(id=point_id, title=titles[(number * 5) % len(titles)], kind="faq",
                                                language=("kk", "ru", "en")[number % 3])
    everything = sorted(library.points.values(), key=lambda p: (p.language != "ru", p.language, p.title.casefold()))
    for limit in (1, 7, 50, 119, 120, 500):
        hits = browse(library, limit=limit, first_language="ru").hits
        assert [hit.id for hit in hits] == [p.id for p in everything[:limit]]

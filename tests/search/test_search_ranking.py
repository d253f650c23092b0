"""Ranking of short queries: a point about a word above points that only carry it."""

from __future__ import annotations

from pathlib import Path

from lecturekit.core.library import Library
from lecturekit.core.model import TalkingPoint
from lecturekit.search import SearchIndex
from lecturekit.search.queries import compile_query
from lecturekit.search.querylang import parse_query
from lecturekit.search.ranking import scoring_groups

FILLER = [f"Parents talk with teachers about school number {n}, friends and family evenings."
          + (" Isolation is discussed." if n % 3 == 0 else "") for n in range(30)]


def _index(tmp_path: Path, points: list[TalkingPoint]) -> SearchIndex:
    root = tmp_path / "library"
    (root / "points").mkdir(parents=True)
    library = Library.open(root)
    for number, body in enumerate(FILLER):
        library.create_point(TalkingPoint(id=f"filler-{number}", title=f"School evening {number}",
                                          kind="fact", language="en", body=body))
    for point in points:
        library.create_point(point)
    index = SearchIndex.open(root, tmp_path / "cache")
    index.rebuild()
    return index


def test_a_point_about_a_word_ranks_above_a_long_text_that_mentions_it_once(tmp_path: Path) -> None:
    about = TalkingPoint(id="about", title="Rehabilitation after coming back", kind="faq", language="en",
                         tags=["rehabilitation"], body="Families take part in rehabilitation.")
    mention = TalkingPoint(id="mention", title="The market hall", kind="story", language="en",
                           body=" ".join(["The market hall reopened after repairs."] * 40
                                         + ["Rehabilitation of the roof took a year."]))
    with _index(tmp_path, [mention, about]) as index:
        assert [hit.id for hit in index.search("rehabilitation").hits] == ["about", "mention"]


def test_a_rare_form_of_a_prefix_weighs_no_more_than_the_usual_one(tmp_path: Path) -> None:
    usual = TalkingPoint(id="usual", title="The first step", kind="tactic", language="en",
                         body="Isolation from family is the first step. Isolation grows slowly.")
    rare = TalkingPoint(id="rare", title="A note", kind="fact", language="en",
                        body="The isolationisms of the hall were noted.")
    with _index(tmp_path, [rare, usual]) as index:
        ids = [hit.id for hit in index.search("isolat*").hits]
    assert ids[0] == "usual" and "rare" in ids


def test_the_terms_of_one_word_are_scored_as_one_group() -> None:
    compiled = compile_query(parse_query("закон семья"))
    groups = scoring_groups(compiled.all_words)
    assert len(groups) == 2
    assert {term.fieldname for term in groups[0]} >= {"title_ru", "body_ru", "tag", "title_fold_ru"}
    assert all(term.text != groups[1][0].text or term.fieldname != groups[1][0].fieldname for term in groups[0])

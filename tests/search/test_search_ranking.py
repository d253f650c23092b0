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


def _ranked(tmp_path: Path, points: list[TalkingPoint], query: str) -> list[str]:
    """The ids *query* finds among *points* and the filler, best first."""
    with _index(tmp_path, points) as index:
        return [hit.id for hit in index.search(query).hits]


def test_a_point_about_a_word_ranks_above_a_long_text_that_mentions_it_once(tmp_path: Path) -> None:
    about = TalkingPoint(id="about", title="Rehabilitation after coming back", kind="faq", language="en",
                         tags=["rehabilitation"], body="Families take part in rehabilitation.")
    mention = TalkingPoint(id="mention", title="The market hall", kind="story", language="en",
                           body=" ".join(["The market hall reopened after repairs."] * 40
                                         + ["Rehabilitation of the roof took a year."]))
    assert _ranked(tmp_path, [mention, about], "rehabilitation") == ["about", "mention"]


def test_a_rare_form_of_a_prefix_weighs_no_more_than_the_usual_one(tmp_path: Path) -> None:
    usual = TalkingPoint(id="usual", title="The first step", kind="tactic", language="en",
                         body="Isolation from family is the first step. Isolation grows slowly.")
    rare = TalkingPoint(id="rare", title="A note", kind="fact", language="en",
                        body="The isolationisms of the hall were noted.")
    ids = _ranked(tmp_path, [rare, usual], "isolat*")
    assert ids[0] == "usual" and "rare" in ids


def test_the_terms_of_one_word_are_scored_as_one_group() -> None:
    compiled = compile_query(parse_query("закон семья"))
    groups = scoring_groups(compiled.all_words)
    assert len(groups) == 2
    assert {term.fieldname for term in groups[0]} >= {"title_ru", "body_ru", "tag", "title_fold_ru"}
    assert all(term.text != groups[1][0].text or term.fieldname != groups[1][0].fieldname for term in groups[0])


def test_a_tag_counts_more_than_a_word_of_the_title(tmp_path: Path) -> None:
    tagged = TalkingPoint(id="tagged", title="Too much warmth too soon", kind="tactic", language="en",
                          tags=["belonging"], body="They call every day and pay for everything.")
    titled = TalkingPoint(id="titled", title="Belonging of the school hall", kind="fact", language="en",
                          body="The hall was painted again.")
    assert _ranked(tmp_path, [titled, tagged], "belonging") == ["tagged", "titled"]


def test_a_word_said_twice_in_a_title_counts_once(tmp_path: Path) -> None:
    twice = TalkingPoint(id="twice", title="Isolation, isolation", kind="fact", language="en",
                         body="The hall was painted again.")
    spread = TalkingPoint(id="spread", title="Isolation from family", kind="tactic", language="en",
                          body="Isolation comes step by step.")
    assert _ranked(tmp_path, [twice, spread], "isolation")[:2] == ["spread", "twice"]


def test_a_kazakh_point_about_the_derived_words_ranks_above_a_title_that_names_the_word(
        tmp_path: Path) -> None:
    about = TalkingPoint(id="about", title="Терроризмді насихаттау", kind="law", language="kk",
                         body="Терроризмді насихаттау қылмыс. Насихаттауды көрсеңіз, хабарлаңыз.")
    named = TalkingPoint(id="named", title="Насихат туралы кітап", kind="fact", language="kk",
                         body="Кітап дүкенде сатылады.")
    with _index(tmp_path, [named, about]) as index:
        for typed in ("насихат", "nasihat"):
            assert [hit.id for hit in index.search(typed).hits] == ["about", "named"], typed


def test_words_of_the_query_together_in_a_title_rank_above_a_body_that_repeats_them(tmp_path: Path) -> None:
    titled = TalkingPoint(id="titled", title="Recruiters in messengers", kind="tactic", language="en",
                          body="They write first.")
    repeated = TalkingPoint(id="repeated", title="Messengers", kind="fact", language="en",
                            body=" ".join(["Recruiters and recruiters again."] * 6))
    assert _ranked(tmp_path, [repeated, titled], "recruiters messengers")[:2] == ["titled", "repeated"]


def test_the_very_word_typed_in_a_title_ranks_above_another_form_of_it(tmp_path: Path) -> None:
    # Listed first, the other form would win a tie by index order.
    other = TalkingPoint(id="other", title="Об обещаниях вербовщика", kind="tactic", language="ru",
                         body="Вербовщик не держит обещаний.")
    very = TalkingPoint(id="very", title="Ложные обещания", kind="tactic", language="ru",
                        body="Вербовщик не держит обещаний.")
    assert _ranked(tmp_path, [other, very], "обещания") == ["very", "other"]


def test_the_very_word_read_from_another_script_ranks_above_another_form_of_it(tmp_path: Path) -> None:
    other = TalkingPoint(id="other", title="Құпиялары бар топ", kind="tactic", language="kk",
                         body="Олар құпиядан қорқады.")
    very = TalkingPoint(id="very", title="Құпия сақтау талабы", kind="tactic", language="kk",
                        body="Олар құпиядан қорқады.")
    with _index(tmp_path, [other, very]) as index:
        for typed in ("құпия", "купия", "qūpia", "kupiya"):
            assert [hit.id for hit in index.search(typed).hits][:2] == ["very", "other"], typed


def test_several_mentions_in_the_body_outweigh_one_word_of_a_title(tmp_path: Path) -> None:
    titled = TalkingPoint(id="titled", title="Scholar fines or travel", kind="fact", language="en",
                          body="The scholar travels in spring.")
    about = TalkingPoint(id="about", title="Administrative liability", kind="law", language="en",
                         body="Most breaches bring fines. The fines are set in the code. A helper can be fined too.")
    assert _ranked(tmp_path, [titled, about], "fines")[:2] == ["about", "titled"]

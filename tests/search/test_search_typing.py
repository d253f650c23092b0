"""Questions typed the way people type them: Kazakh on Russian keys, Latin letters, folding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lecturekit.core.alphabets import folded_key
from lecturekit.core.library import Library
from lecturekit.core.model import TalkingPoint
from lecturekit.search import SearchIndex, full_build, schema
from lecturekit.search import index as index_module
from lecturekit.search.kazakh import stem_folded
from lecturekit.search.store import MANIFEST_NAME


def make_library(root: Path, points: list[TalkingPoint]) -> Library:
    (root / "points").mkdir(parents=True)
    library = Library.open(root)
    for point in points:
        library.create_point(point)
    return library


def hit_ids(results) -> list[str]:
    return [hit.id for hit in results.hits]


@pytest.mark.parametrize("query", [
    "экстремизмге карсы", "экстремизмге карсы iс-кимыл",  # Russian keys, a Latin i
    "ekstremizmge qarsy", "ekstremizmge karsy is-kimyl",  # Latin 2021 and informal
    "EKSTREMİZMGE QARSY",
])
def test_kazakh_typed_in_russian_or_latin_letters(index: SearchIndex, query: str) -> None:
    assert hit_ids(index.search(query))[:1] == ["kk-law-extremism"]


@pytest.mark.parametrize("query", ["jaldaushylar", "жалдаушылар", "zhaldaushylarga", "жалдаушыларга"])
def test_kazakh_inflections_meet_when_folded(index: SearchIndex, query: str) -> None:
    assert "kk-tactic-online" in hit_ids(index.search(query))


@pytest.mark.parametrize("query", ["verbovshchiki", "verbovshiki", "priznaki vovlecheniya", "semyoy"])
def test_russian_in_latin_letters(index: SearchIndex, query: str) -> None:
    ids = hit_ids(index.search(query))
    assert ids and ids[0].startswith("ru-")


@pytest.mark.parametrize("forms", [
    ["мешіт", "мешітке", "мешіттің", "мешіттердің", "мешиттин", "meşıttıñ", "meshitterdin"],
    ["кітап", "кітабы", "китабы", "kitaby", "kıtaptar"],
    ["діни", "дін", "дини", "dını", "dinnin"],
    ["ұлым", "ұлымды", "улымды", "ūlymdy", "ulymdy"],
    ["уәде", "уәделер", "уаделер", "uädeler", "uadeler"],
])
def test_the_folded_kazakh_stemmer_brings_every_spelling_and_form_together(forms: list[str]) -> None:
    assert len({stem_folded(folded_key(form)) for form in forms}) == 1


def test_an_exact_match_ranks_above_a_folded_one(tmp_path: Path) -> None:
    filler = " ".join(["Соседи собрались вечером и говорили о погоде."] * 12)
    library = make_library(tmp_path / "Library", [
        TalkingPoint(id="kk-october", title="Қазан айындағы дәріс", kind="fact", language="kk",
                     body="Қазан айында қазан туралы дәріс. Қазан, қазан, қазан."),
        TalkingPoint(id="ru-kazan", title="Праздник во дворе", kind="story", language="ru",
                     body=filler + " Принесли казан плова."),
    ])
    with SearchIndex.open(library.root) as search_index:
        search_index.sync()
        assert hit_ids(search_index.search("казан")) == ["ru-kazan", "kk-october"]
        assert hit_ids(search_index.search("қазан")) == ["kk-october", "ru-kazan"]
        assert hit_ids(search_index.search("qazan")) == ["kk-october", "ru-kazan"]


def test_an_excluded_word_is_excluded_as_typed(index: SearchIndex) -> None:
    assert "kk-law-extremism" in hit_ids(index.search("экстремизм -карсы"))
    assert "kk-law-extremism" not in hit_ids(index.search("экстремизм -қарсы"))


def test_an_index_made_before_folding_is_rebuilt(
        library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    folded = {name for language in schema.FOLDED_LANGUAGES for name in schema.folded_fields(language)}
    folded.add("title_word_fold")  # version 9
    real_schema, real_document = schema.build_schema, schema.point_document

    def old_schema():  # the schema of version 7: no folded fields
        made = real_schema()
        for name in folded:
            made.remove(name)
        return made

    def old_document(point, key):
        document, words = real_document(point, key)
        return {k: v for k, v in document.items() if k not in folded}, words

    with monkeypatch.context() as patch:
        patch.setattr(index_module, "SCHEMA_VERSION", 7)
        patch.setattr(index_module, "build_schema", old_schema)
        patch.setattr(index_module, "point_document", old_document)
        patch.setattr(full_build, "point_document", old_document)
        with SearchIndex.open(library.root) as old:
            old.sync()
            assert hit_ids(old.search("ekstremizmge qarsy")) == []
            manifest = json.loads((old.folder / MANIFEST_NAME).read_text(encoding="utf-8"))
            assert manifest["schema"] == 7
    with SearchIndex.open(library.root) as reopened:
        assert reopened.rebuild_reason == "it was made by another version of lecturekit"
        assert hit_ids(reopened.search("ekstremizmge qarsy"))[:1] == ["kk-law-extremism"]


MOSQUE = TalkingPoint(
    id="kk-mosque", title="Мешіттегі сабақ", kind="faq", language="kk",
    body="Балалар тіркелген мешіттің сабағына бара алады. Мешітке барыңыз.")
RUSSIAN = TalkingPoint(id="ru-other", title="Другое", kind="fact", language="ru",
                       body="Шум мешает слушать лекцию.")


@pytest.mark.parametrize("typed", ["mesh", "meşı", "мешит", "мешіт", "Meshi"])
def test_a_half_typed_word_is_folded_as_you_type(tmp_path: Path, typed: str) -> None:
    make_library(tmp_path / "library", [MOSQUE, RUSSIAN])
    with SearchIndex.open(tmp_path / "library", tmp_path / "cache") as index:
        index.sync()
        results = index.search(typed, as_you_type=True)
    assert hit_ids(results)[0] == "kk-mosque"
    assert "<b>мешіттің</b>" in results.hits[0].snippet or "<b>Мешітке</b>" in results.hits[0].snippet


def test_two_latin_letters_are_not_folded_onto_cyrillic(tmp_path: Path) -> None:
    make_library(tmp_path / "library", [MOSQUE, RUSSIAN])
    with SearchIndex.open(tmp_path / "library", tmp_path / "cache") as index:
        index.sync()
        assert hit_ids(index.search("me", as_you_type=True)) == []


@pytest.mark.parametrize("query", ["meshitke", "мешитке", "meşıtke"])
def test_a_folded_match_is_marked_in_the_snippet(tmp_path: Path, query: str) -> None:
    make_library(tmp_path / "library", [MOSQUE, RUSSIAN])
    with SearchIndex.open(tmp_path / "library", tmp_path / "cache") as index:
        index.sync()
        hits = index.search(query).hits
    assert [hit.id for hit in hits] == ["kk-mosque"]
    assert "<b>Мешітке</b>" in hits[0].snippet


def test_the_word_list_finds_words_by_their_folded_beginning() -> None:
    from lecturekit.search.spelling import WordList

    words = WordList()
    words.add(["мешіт", "мешіттің", "мешает", "meshit", "құран"])
    assert words.starting_with_folded("мешит") == ["мешіт", "мешіттің"]
    assert words.starting_with_folded("куран") == ["құран"]
    words.add(["мешітке"])  # words added later are found too
    assert "мешітке" in words.starting_with_folded("меши")
    assert words.starting_with_folded("zzz") == []


def test_a_literal_match_is_not_lifted_by_the_words_its_prefix_folds_onto(tmp_path: Path) -> None:
    english = TalkingPoint(id="en-missionary", title="Missionaries need registration", kind="law",
                           language="en", body="A missionary registers every year.")
    kazakh = TalkingPoint(id="kk-missionary", title="Миссионерлер тіркеуден өтуі тиіс", kind="law",
                          language="kk", tags=["missionaries"],
                          body="Миссионер жыл сайын тіркеледі. Миссионерлік қызмет.")
    make_library(tmp_path / "library", [kazakh, english])
    with SearchIndex.open(tmp_path / "library", tmp_path / "cache") as index:
        index.sync()
        assert hit_ids(index.search("miss", as_you_type=True)) == ["en-missionary", "kk-missionary"]


def _plain_words(point: TalkingPoint) -> set[str]:
    import re

    text = " ".join([point.title, point.body, point.notes, *point.tags, *(s.title for s in point.sources)])
    return {word.casefold() for word in re.findall(r"\w+", text)}


@pytest.mark.parametrize("typed", ["с", "со", "д", "до", "ж", "ре"])
def test_one_or_two_letters_being_typed_find_every_point_with_a_word_they_start(
        tmp_path: Path, typed: str) -> None:
    points = [
        TalkingPoint(id="with-s", title="Вербовщики", kind="tactic", language="ru",
                     body="Они говорят с подростками с утра до ночи, с улыбкой."),
        TalkingPoint(id="soon", title="Сообщения в сетях", kind="fact", language="ru", body="Долгие переписки."),
        TalkingPoint(id="kk", title="Жалдаушылар", kind="tactic", language="kk", body="Достық көрсетеді."),
        TalkingPoint(id="en", title="Do not reply", kind="protection", language="en", body="Report the account."),
    ]
    library = make_library(tmp_path / "Library", points)
    expected = {point.id for point in points if any(word.startswith(typed) for word in _plain_words(point))}
    with SearchIndex.open(library.root, tmp_path / "cache") as index:
        index.sync()
        results = index.search(typed, as_you_type=True, limit=50)
        assert {hit.id for hit in results.hits} == expected and results.total == len(expected)


def test_a_word_of_two_letters_being_typed_is_looked_for_by_its_beginning_only(
        index: SearchIndex, monkeypatch) -> None:
    """The whole-word lists of "с" or "от" are the longest of an index: they are read once the
    word is three letters long, or finished with a space."""
    from lecturekit.search import engine

    read: list[tuple[str, str]] = []
    real = engine._read_postings

    def reading(reader, field, text):
        read.append((field, text))
        return real(reader, field, text)

    monkeypatch.setattr(engine, "_read_postings", reading)
    index.search("от", as_you_type=True)
    assert ("prefix", "от") in read
    assert not [(field, text) for field, text in read if text == "от" and field not in ("prefix", "title_prefix")]
    read.clear()
    index.search("от ", as_you_type=True)
    assert ("body_ru", "от") in read
    read.clear()
    index.search("они", as_you_type=True)
    assert ("body_ru", "он") in read or ("body_ru", "они") in read

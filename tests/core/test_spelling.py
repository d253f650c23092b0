"""The spelling checker with the system's real Hunspell dictionaries (skipped where one is missing)."""

from __future__ import annotations

import pytest

from lecturekit.core.spelling import SpellChecker


@pytest.fixture(scope="module")
def checker():
    return SpellChecker()


def needs(checker: SpellChecker, language: str) -> None:
    if not checker.available(language):
        pytest.skip(f"no {language} dictionary here (install hunspell-{language})")


def words(checker, line, language, accepted=()):
    return [m.word for m in checker.misspellings(line, language, accepted)[0]]


def test_russian_misspelling_is_found_with_its_place_and_correction(checker):
    needs(checker, "ru")
    line = "Вербовщики пишут превет в интернете."
    found, in_fence = checker.misspellings(line, "ru")
    assert [(m.word, line[m.start:m.start + m.length]) for m in found] == [("превет", "превет")]
    assert not in_fence
    assert "привет" in checker.suggestions("превет", "ru")


def test_kazakh_words_with_kazakh_letters_are_correct(checker):
    needs(checker, "kk")
    assert words(checker, "Мешіттің имамы құран оқиды, ұлым.", "kk") == []
    assert words(checker, "Бұл сөзз қате.", "kk") == ["сөзз"]
    assert "сөз" in checker.suggestions("сөзз", "kk")


def test_kazakh_forms_the_dictionary_lacks_are_correct_through_their_root(checker):
    needs(checker, "kk")
    # a participle, the polite imperative, a conditional, a negative converb
    assert words(checker, "Көмектесетін адамға сенбеңіз, байқалса сұрамай кетіңіз.", "kk") == []
    # a typo inside the root leaves no root the dictionary knows
    assert words(checker, "Көмектксетін адам.", "kk") == ["Көмектксетін"]


def test_english(checker):
    needs(checker, "en")
    assert words(checker, "Recruiters isolete their targets from family.", "en") == ["isolete"]
    assert "isolate" in checker.suggestions("isolete", "en")


def test_markdown_syntax_urls_numbers_and_capitals_are_skipped(checker):
    needs(checker, "ru")
    line = ("**Закон** [ссылка](https://example.kz/абвгдж) `кодд` www.qwrty.kz a@qwrty.kz adilet.zan.kz/rus "
            "2026 года, статья 3-1, ҚМДБ, Forum Shinrikyo <!-- заметкаа -->")
    assert words(checker, line, "ru") == []


def test_a_fenced_code_block_is_skipped_to_its_end(checker):
    needs(checker, "en")
    found, in_fence = checker.misspellings("```", "en")
    assert (found, in_fence) == ([], True)
    assert checker.misspellings("qwrtyx zzzq", "en", in_fence=True) == ([], True)
    assert checker.misspellings("```", "en", in_fence=True) == ([], False)


def test_accepted_words_are_not_reported(checker):
    needs(checker, "ru")
    assert words(checker, "Превет всем", "ru", {"превет"}) == []


def test_status_names_each_language_and_its_package(checker):
    status = {line.language: line for line in checker.status()}
    assert set(status) == {"kk", "ru", "en"}
    assert status["kk"].package == "hunspell-kk" and status["en"].package == "hunspell-en-gb"
    for line in status.values():
        assert line.available == (line.tag is not None) == checker.available(line.language)


def test_a_language_without_a_dictionary_reports_nothing():
    checker = SpellChecker({"xx": ("xx_NOWHERE",)})
    assert checker.status()[0].tag is None
    assert checker.misspellings("qwrtyx zzzq", "xx") == ([], False)
    assert checker.suggestions("qwrtyx", "xx") == []
    assert checker.is_correct("qwrtyx", "xx")


def test_without_enchant_nothing_is_checked_and_the_status_says_so(monkeypatch):
    from lecturekit.core import spelling

    monkeypatch.setattr(spelling, "_broker", lambda: None)
    checker = SpellChecker()
    assert all(line.enchant_missing and not line.available for line in checker.status())
    assert checker.misspellings("qwrtyx zzzq", "en") == ([], False)
    assert checker.suggestions("qwrtyx", "en") == []


def test_kazakh_case_forms_of_dictionary_words_are_accepted_through_the_stem(checker, monkeypatch):
    needs(checker, "kk")
    from lecturekit.core import spelling
    from lecturekit.search.kazakh import stem

    monkeypatch.setattr(spelling, "candidate_roots", lambda _word: iter(()))  # the stemmer alone
    line = "Кодекстің бабы, полицияға айтыңыз."
    assert words(SpellChecker(), line, "kk") == ["Кодекстің", "полицияға", "айтыңыз"]  # the dictionary alone
    stemming = SpellChecker(stemmers={"kk": stem})
    assert words(stemming, line, "kk") == []
    assert words(stemming, "Бұл сөзз қате.", "kk") == ["сөзз"]


def test_english_is_british_first(checker):
    needs(checker, "en")
    if checker.tag("en") != "en_GB":
        pytest.skip("no British English dictionary here (hunspell-en-gb)")
    assert words(checker, "The organisation recognised the offence.", "en") == []


def test_dictionaries_loaded_beforehand_are_not_loaded_again_when_checking(monkeypatch):
    checker = SpellChecker()  # a fresh one: nothing loaded yet
    requested: list[str] = []
    real = checker._broker.request_dict
    monkeypatch.setattr(checker._broker, "request_dict", lambda tag: requested.append(tag) or real(tag))
    checker.load_dictionaries()
    loaded = list(requested)
    assert len(loaded) == sum(line.available for line in checker.status())
    for language, word in (("ru", "закон"), ("kk", "заң"), ("en", "law")):
        checker.is_correct(word, language)
    assert requested == loaded

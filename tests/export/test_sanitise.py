"""The one text sanitiser and the one link sanitiser every export goes through."""

from __future__ import annotations

import pytest

from lecturekit.export.markdown_limits import MAX_NESTING, bound_markdown, restore_brackets
from lecturekit.export.markdown_tree import MarkdownTreeBuilder
from lecturekit.export.sanitise import clean_text, link_label, safe_link
from lecturekit.export.tree import ListBlock, Paragraph


@pytest.mark.parametrize("url, target", [
    ("https://adilet.zan.kz/kaz/docs/Z050000031_", "https://adilet.zan.kz/kaz/docs/Z050000031_"),
    ("https://a.kz/x?a=1&b=2#top", "https://a.kz/x?a=1&b=2#top"),
    ("http://adilet.example/doc)/S/JavaScript/JS(app.alert('x')",
     "http://adilet.example/doc%29/S/JavaScript/JS%28app.alert%28%27x%27%29"),
    ("https://a.kz/<b> \"q\"\\[1]", "https://a.kz/%3Cb%3E%20%22q%22%5C%5B1%5D"),
    ("https://ru.wikipedia.org/wiki/Экстремизм", "https://ru.wikipedia.org/wiki/%D0%AD%D0%BA%D1%81%D1%82"
     "%D1%80%D0%B5%D0%BC%D0%B8%D0%B7%D0%BC"),
    ("https://a.kz/%D0%AD and 100%", "https://a.kz/%D0%AD%20and%20100%25"),
    ("  https://a.kz/\u0085x\n  ", "https://a.kz/%C2%85x"),
    ("mailto:info@example.kz?subject=Сұрақ", "mailto:info@example.kz?subject=%D0%A1%D2%B1%D1%80%D0%B0%D2%9B"),
])
def test_a_link_target_is_percent_encoded_once(url, target):
    assert safe_link(url) == target
    assert safe_link(target) == target  # encoding twice changes nothing


def test_c1_in_a_scheme_does_not_hide_it():
    assert safe_link("java\u0085script:alert(1)") == ""


def test_a_target_reads_as_typed_when_shown():
    assert link_label(safe_link("https://ru.wikipedia.org/wiki/Экстремизм")) == \
        "https://ru.wikipedia.org/wiki/Экстремизм"
    assert link_label("https://a.kz/%0A%C2%85x") == "https://a.kz/ x"


def test_c1_controls_are_removed_like_c0_ones():
    assert clean_text("a\u0080b\u0085c\u009fd\u00a0e") == "abcd\u00a0e"  # no-break space stays


def test_nesting_is_flattened_past_the_limit_and_the_text_kept():
    blocks = MarkdownTreeBuilder().blocks("- " * 300 + "deep")
    depth = 0
    block = blocks[0]
    while isinstance(block, ListBlock):
        depth += 1
        block = block.items[0].blocks[0]
    assert depth == MAX_NESTING
    assert isinstance(block, Paragraph) and block.runs[0].text.endswith("- - deep")


def test_rules_and_ordinary_lists_are_left_alone():
    text = "- - - - - - - - - - - - - - - - - - - -\n\n- a\n    - b\n\n> quote"
    assert bound_markdown(text) == text


def test_brackets_that_cannot_be_links_read_the_same():
    text = "[" * 50 + " [real](https://a.kz) [see [1]](https://b.kz) `[code`"
    bounded = bound_markdown(text)
    assert "[real](https://a.kz)" in bounded and "[see [1]](https://b.kz)" in bounded
    assert restore_brackets(bounded) == text
    runs = MarkdownTreeBuilder().blocks(text)[0].runs
    assert "".join(run.text for run in runs) == "[" * 50 + " real see [1] [code"
    assert [run.link for run in runs if run.link] == ["https://a.kz", "https://b.kz"]

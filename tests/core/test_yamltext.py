"""The YAML reader every file goes through, and the rendering that must read back with it."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lecturekit.core.yamltext import MAX_YAML_BYTES, YamlTextError, load_mapping, render_mapping, scalar


@pytest.mark.parametrize("text, line, sign", [
    ("a: 1\nb: &x 2\nc: *x\n", 2, "&name"),
    ("a: 1\nb:\n  - &x [1, 2]\nc: *x\n", 3, "&name"),
    ("a: &x\n  k: v\n", 1, "&name"),
])
def test_anchors_and_aliases_are_refused_with_their_line(text, line, sign):
    with pytest.raises(YamlTextError) as raised:
        load_mapping(text)
    assert raised.value.line == line and sign in raised.value.message
    assert raised.value.code == "yaml-alias"


def test_an_alias_without_anchor_is_invalid_yaml_with_a_line():
    with pytest.raises(YamlTextError) as raised:
        load_mapping("a: 1\nb: [x, *y]\n")
    assert raised.value.line == 2 and "alias" in raised.value.message


def test_ampersands_and_stars_inside_text_are_just_text():
    assert load_mapping("title: Q&A *really*\ntags: [a&b, c*d]\n") == {
        "title": "Q&A *really*", "tags": ["a&b", "c*d"]}


def test_scalars_stay_text_and_only_null_is_resolved():
    data = load_mapping("a: yes\nb: 1.10\nc: 2026-09-30\nd: ~\ne: null\nf:\ng: NO\nh: [why?, 0o17]\n")
    assert data == {"a": "yes", "b": "1.10", "c": "2026-09-30", "d": None, "e": None, "f": None,
                    "g": "NO", "h": ["why?", "0o17"]}


def test_a_character_yaml_cannot_hold_is_a_one_line_error_with_its_line():
    with pytest.raises(YamlTextError) as raised:
        load_mapping("é: ok\nё: ok\nk: a\x01b\n")
    assert raised.value.line == 3
    assert "\n" not in raised.value.message and "U+0001" in raised.value.message


def test_every_error_message_is_one_line():
    for text in ("a: [1\n", "a: 'x\n", "a: 1\n--- \nb: 2\n", "a: !foo x\n", "- a\n", "a:\n\tb: 1\n"):
        with pytest.raises(YamlTextError) as raised:
            load_mapping(text)
        assert raised.value.message and "\n" not in raised.value.message


def test_yaml_above_the_limit_is_refused():
    with pytest.raises(YamlTextError, match="larger than"):
        load_mapping("a: " + "я" * (MAX_YAML_BYTES // 2) + "\n")


# --- rendering ----------------------------------------------------------------------------

def test_readable_text_stays_plain_and_indicators_are_quoted():
    assert scalar("Діни бірлестіктер туралы заң") == "Діни бірлестіктер туралы заң"
    assert scalar("Закон «О религиозной деятельности»", in_flow=True) == "Закон «О религиозной деятельности»"
    assert scalar("why?") == "why?"
    assert scalar("why?", in_flow=True) == '"why?"'
    for text in ("yes", "no", "null", "~", "1.10", "2026-09-30", "-dash", "'q", "a: b", "a #b", "\tx"):
        assert scalar(text).startswith('"'), text
    assert scalar("a\tb") == '"a\\tb"'


NASTY = [":", ": ", "#", " #", "?", "&", "*", "!", "%", "@", "|", ">", "[", "]", "{", "}", "`", "'", '"',
         ",", "-", "- ", "---", "...", "\t", " ", "\n", "\r", "\r\n", "\\", "yes", "null", "~", "1.10",
         "2026-02-30", "\x00", "\x1b", "\x7f", "\x85", "\u2028", "\ufeff", "\ufffe", "\xa0", "😀",
         "Қазақ", "ёлка", "<<", "=", "!!int", "%YAML", "&a", "*a"]
texts = st.one_of(
    st.lists(st.sampled_from(NASTY) | st.text(st.characters(codec="utf-8"), max_size=3), max_size=6)
    .map("".join),
    st.text(st.characters(codec="utf-8"), max_size=20),
)


@settings(max_examples=500, derandomize=True, database=None, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(texts)
@example("why?")
@example("0?")
@example("it's")
@example("a\tb")
@example("x" * 5000)
def test_any_text_reads_back_exactly_in_every_place_it_is_written(text):
    assert load_mapping(f"k: {scalar(text)}\n") == {"k": text}
    assert load_mapping(f"k: [{scalar(text, in_flow=True)}, x]\n") == {"k": [text, "x"]}
    assert load_mapping(render_mapping({"k": text, "l": [text], "m": {"n": [text, {"o": text}]}})) == {
        "k": text, "l": [text], "m": {"n": [text, {"o": text}]}}
    if text and len(text) < 1000:  # longer keys are beyond YAML's implicit keys
        assert load_mapping(render_mapping({text: "v"})) == {text: "v"}
    # What is written plain, ordinary YAML tools read as the same text too.
    if not scalar(text).startswith('"'):
        assert yaml.safe_load(f"k: {scalar(text)}") == {"k": text}
    if not scalar(text, in_flow=True).startswith('"'):
        assert yaml.safe_load(f"k: [{scalar(text, in_flow=True)}]") == {"k": [text]}

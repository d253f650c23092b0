"""Each handout carries the library's footer in its own language."""

from __future__ import annotations

from lecturekit.core.library import Library
from lecturekit.export.exporter import lecture_document
from tests.conftest import SAMPLE_LIBRARY


def test_sample_handouts_get_the_footer_in_their_language():
    library = Library.open(SAMPLE_LIBRARY)
    kk = lecture_document(library, "kk-market-talk", "handout")
    ru = lecture_document(library, "ru-recruiters-online", "handout")
    assert kk.footer.startswith("Сұрақтарыңыз бар ма?")
    assert ru.footer.startswith("Остались вопросы?")

"""Close listeners' questions are grouped by stems and folding, never across languages."""

from __future__ import annotations

from lecturekit.core.questions import new_question
from lecturekit.search.question_groups import group_questions


def test_close_questions_are_one_group():
    texts = ["Можно ли носить хиджаб в школе?", "можно ли носить ХИДЖАБЫ в школах", "Что делать, если сына вербуют?",
             "Мектепте хиджаб киюге бола ма?", "Мектепте хиджаб киюге болады ма", "Can I wear a hijab at school?"]
    groups = group_questions([new_question(text) for text in texts])
    assert [[q.text for q in group] for group in groups] == [
        ["Можно ли носить хиджаб в школе?", "можно ли носить ХИДЖАБЫ в школах"],
        ["Мектепте хиджаб киюге бола ма?", "Мектепте хиджаб киюге болады ма"],
        ["Что делать, если сына вербуют?"], ["Can I wear a hijab at school?"]]

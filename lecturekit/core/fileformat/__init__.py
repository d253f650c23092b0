"""The on-disk format: front matter + Markdown and lecture YAML <-> the model.

This is the one place that knows the format.  Reading keeps an `Origin` on
the model (the text as written, its encoding details and the values as
loaded) so that writing it back changes only what the user changed: a file
loaded and saved unchanged is byte-identical, and an edit to one field leaves
the others, their order and the user's comments where they were.
"""

from .common import Origin
from .deliveries import (
    LOGGED_DELIVERY_KEYS,
    logged_delivery_to_mapping,
    parse_logged_delivery,
    render_logged_delivery,
)
from .lectures import DELIVERY_KEYS, LECTURE_KEYS, lecture_to_mapping, parse_lecture, render_lecture
from .points import (
    MAX_POINT_BYTES,
    POINT_KEYS,
    SOURCE_KEYS,
    parse_point,
    point_to_mapping,
    render_point,
    split_notes,
)
from .questions import QUESTION_KEYS, parse_question_log, question_to_mapping, render_question_log
from .savecheck import UnsavableFieldError
from .settings import SETTINGS_KEYS, parse_settings, render_settings, settings_to_mapping

__all__ = [
    "DELIVERY_KEYS", "LECTURE_KEYS", "LOGGED_DELIVERY_KEYS", "MAX_POINT_BYTES", "POINT_KEYS",
    "QUESTION_KEYS", "SETTINGS_KEYS", "SOURCE_KEYS", "Origin", "UnsavableFieldError", "lecture_to_mapping",
    "logged_delivery_to_mapping", "parse_lecture", "parse_logged_delivery", "parse_point",
    "parse_question_log", "parse_settings", "point_to_mapping", "question_to_mapping", "render_lecture", "render_logged_delivery", "render_point",
    "render_question_log", "render_settings", "settings_to_mapping", "split_notes",
]

"""Taking the user to one field of the point editor, e.g. the field a problem is about."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .point_form import CHOICE_FIELDS, TEXT_FIELDS


def field_widget(editor, key: str | None) -> QWidget | None:
    """The widget of the point *editor* that shows field *key*; None for a field it has none for (e.g. `id`)."""
    form = editor.form
    if key in TEXT_FIELDS:
        return getattr(form, f"{key}_edit")
    if key in CHOICE_FIELDS:
        return getattr(form, f"{key}_combo")
    return {"reviewed": form.reviewed_check, "sources": form.sources_view, "body": editor.body_edit,
            "notes": editor.notes_edit}.get(key or "")


def focus_field(editor, key: str | None) -> None:
    """Give the focus to the widget of field *key* in the point *editor*, turning to its tab;
    to the editor itself for a field it has no widget for."""
    widget = field_widget(editor, key)
    if widget is None:
        editor.setFocus()
        return
    for index in range(editor.tabs.count()):
        page = editor.tabs.widget(index)
        if page is widget or page.isAncestorOf(widget):
            editor.tabs.setCurrentIndex(index)
    widget.setFocus()

"""Long texts of every point kept in half the memory: a letter a byte.

Python keeps a text with any Cyrillic letter at two bytes a character, so the
bodies, notes and front matter of 100,000 Kazakh and Russian points took 184 MB.
Every letter of both languages (and the quotes and dashes they are typed with)
has a byte in the Kazakh code page KZ-1048, so a text of them is kept encoded
in it, a byte a character, and decoded when read (about a microsecond for a
point's body).  A text that has a character outside the code page, a short one
and one of ASCII alone (a byte a character already) is kept as it is.

`packed_fields` makes fields of a slotted dataclass keep their text so: the
class reads and writes them as `str`, as before.  A `bytes` value given to such
a field is taken as packed already: that is how two objects share one packed
text (a point's body and its origin's), and how a snapshot hands its rows over
without decoding them.  Any other value is the handle of texts left in a file
(`core.kept_texts.Stored`): the field gives its part `STORED_PARTS.index(name)`.
"""

from __future__ import annotations

from typing import Any, Callable, TypeVar

CODEC = "kz1048"
SHORTEST = 48  # characters: a shorter text gains less than the look-up costs
# The parts of a point's record in a texts file (`core.kept_texts`): its texts, its sources as tuples,
# and how its file was laid out (its origin's)
STORED_PARTS = ("body", "notes", "yaml_text", "body_raw", "hash", "sources", "bom", "newline", "closing")

Text = str | bytes  # what a packed field holds: the text, or its packed bytes
T = TypeVar("T")


def pack(text: Text) -> Text:
    """*text* as a packed field keeps it: its bytes in `CODEC` when that halves it, else the text."""
    if type(text) is not str or len(text) < SHORTEST or text.isascii():
        return text  # packed already (or None, where a field may be unset)
    try:
        return text.encode(CODEC)
    except UnicodeEncodeError:
        return text


def unpack(value: Any, part: int = -1) -> str:
    """The text a packed field holds (*part*: its index in `STORED_PARTS`, for texts left in a file)."""
    kind = type(value)
    if kind is bytes:
        return value.decode(CODEC)
    if kind is str or value is None:
        return value
    return unpack(value.part(part))


def packed_fields(*names: str) -> Callable[[type[T]], type[T]]:
    """Decorate a `@dataclass(slots=True)` class (apply it last) so that the fields *names*
    keep their text packed; `kept(obj, name)` gives what the slot holds, to share it."""

    def decorate(cls: type[T]) -> type[T]:
        slots = dict(getattr(cls, "_packed_slots", {}))
        for name in names:
            slot = cls.__dict__[name]  # the slot's own descriptor, which the property replaces
            slots[name] = slot
            part = STORED_PARTS.index(name) if name in STORED_PARTS else -1
            setattr(cls, name, property(
                lambda obj, _slot=slot, _part=part: unpack(_slot.__get__(obj), _part),
                lambda obj, value, _slot=slot: _slot.__set__(obj, pack(value)),
                doc=f"{name} (kept packed: `core.packed_text`)"))
        cls._packed_slots = slots  # type: ignore[attr-defined]
        return cls

    return decorate


def kept(obj: Any, name: str) -> Any:
    """What the packed field *name* of *obj* holds: its packed bytes, its text, or the handle
    of texts left in a file."""
    return type(obj)._packed_slots[name].__get__(obj)


def held(obj: Any, name: str) -> Text:
    """The packed field *name* of *obj* as bytes or text: read from its file if left there."""
    value = kept(obj, name)
    return value if value is None or type(value) in (bytes, str) else value.part(STORED_PARTS.index(name))

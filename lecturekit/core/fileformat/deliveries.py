"""Delivery files: one logged delivery each, under `deliveries/YYYY/MM/`.

A delivery file holds the id of the lecture given and the delivery's own
fields, the same as an entry of a lecture's `deliveries:` list:

```yaml
lecture: ru-recruiters-online
date: 2026-12-01
venue: Instagram live
format: online
attendance: 120
notes: Many questions about messengers
timings:
  ru-tactic-isolation: 95
```

Each delivery is a file of its own so that colleagues who share a library
never edit one file when they log the talks they gave.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import yamledit, yamltext
from ..errors import DeliveryFormatError
from ..fieldreader import FieldReader, decode_text, encode_text, unknown_keys
from ..model import FORMATS, Delivery, LoggedDelivery
from ..safeio import content_hash
from .common import Origin, fresh_yaml, load_mapping, render_value
from .lectures import DELIVERY_KEYS, parse_timings
from .savecheck import checked_render, logged_delivery_view

if TYPE_CHECKING:
    from ..front_matter_memo import FrontMatterMemo

LOGGED_DELIVERY_KEYS = ("lecture", *DELIVERY_KEYS)


def parse_logged_delivery(data: bytes, path: Path | None = None, memo: FrontMatterMemo | None = None) -> LoggedDelivery:
    """Read a delivery file from its bytes; raise DeliveryFormatError.

    *memo*: YAML read before, kept by its text (`core/front_matter_memo.py`)."""
    text, bom, newline = decode_text(data, path, DeliveryFormatError)
    try:
        mapping = load_mapping(text, memo)
    except yamltext.YamlTextError as exc:
        raise DeliveryFormatError(path, exc.line, exc.message, code=exc.code, params=exc.params) from None
    fields = FieldReader(mapping, text, path, DeliveryFormatError, first_line=1, collect=True)
    entry = LoggedDelivery(
        lecture_id=fields.text("lecture", required=True),
        delivery=Delivery(
            date=fields.date("date", required=True),
            venue=fields.text("venue"),
            format=fields.choice("format", FORMATS, default="in-person"),
            attendance=fields.number("attendance", integer=True),
            notes=fields.text("notes"),
            timings=parse_timings(fields),
            extra=unknown_keys(mapping, LOGGED_DELIVERY_KEYS),
        ),
        path=path,
    )
    attendance = entry.delivery.attendance
    if attendance is not None and attendance < 0:
        fields.refuse(fields.fail("attendance", f"`attendance` is {attendance}; expected 0 or more",
                                  code="negative-attendance", params={"value": attendance}))
    fields.finish()  # every field problem of the file at once
    entry.origin = Origin(yaml_text=text, mapping=copy.deepcopy(logged_delivery_to_mapping(entry)),
                          bom=bom, newline=newline, hash=content_hash(data))
    return entry


def logged_delivery_to_mapping(entry: LoggedDelivery) -> dict[str, Any]:
    """A delivery file as plain values, in the canonical order."""
    d = entry.delivery
    mapping: dict[str, Any] = {"lecture": entry.lecture_id, "date": d.date}
    for key, value in (("venue", d.venue), ("format", d.format), ("attendance", d.attendance),
                       ("notes", d.notes), ("timings", dict(d.timings))):
        if value not in (None, "", {}):
            mapping[key] = value
    for key, value in d.extra.items():
        mapping.setdefault(key, value)
    return mapping


def render_logged_delivery(entry: LoggedDelivery, *, path: Path | None = None, check: bool = True) -> bytes:
    """The bytes of a delivery file, changing only what differs from its origin.

    With *check* the bytes are read back and compared with *entry* first:
    UnsavableFieldError names a value that would not read back as it is.
    """
    if not check:
        return _render(entry)
    return checked_render(lambda fresh: _render(entry, fresh), entry.origin is not None,
                          lambda data: logged_delivery_view(parse_logged_delivery(data, path)),
                          logged_delivery_view(entry), lambda field: _value(entry, field),
                          path or entry.path)


def _value(entry: LoggedDelivery, field: str) -> Any:
    if field == "lecture":
        return entry.lecture_id
    return getattr(entry.delivery, field, None) if field in DELIVERY_KEYS else entry.delivery.extra.get(field)


def _render(entry: LoggedDelivery, fresh: bool = False) -> bytes:
    new = logged_delivery_to_mapping(entry)
    origin: Origin | None = entry.origin
    if origin is None:
        return encode_text(fresh_yaml(new), False, "\n")
    text = fresh_yaml(new) if fresh else yamledit.apply_changes(origin.yaml_text, origin.mapping, new,
                                                                  render_value)
    return encode_text(text, origin.bom, origin.newline)

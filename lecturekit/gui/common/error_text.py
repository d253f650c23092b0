"""The user's words for the core's errors and the library's problems, in the interface language.

The core raises errors that carry a `code`, the `field` and the `params` of
their reason (see `core.errors`); here each code becomes a translated
sentence.  A code this module does not know is shown by the core's English
message, so a new error is never hidden, only left untranslated.
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping

from PySide6.QtCore import QCoreApplication

from ...core.errors import LectureKitError
from ...core.problems import printable_path
from .vocabulary import kind_name

if TYPE_CHECKING:
    from ...core.library import Problem

Sentence = Callable[[dict[str, Any]], str]


def _sentences() -> dict[str, Sentence]:
    """The sentence for each error code; each takes the reason's values (`field` and the params)."""
    return {
        # fields of a file
        "missing-field": lambda v: QCoreApplication.translate(
            "ErrorText", "required field `{field}` is missing").format(**v),
        "not-text": lambda v: QCoreApplication.translate(
            "ErrorText", "`{field}` must be a single text value").format(**v),
        "bad-choice": lambda v: QCoreApplication.translate(
            "ErrorText", "`{field}` is “{value}”; expected one of: {allowed}").format(**v),
        "not-word-list": lambda v: QCoreApplication.translate(
            "ErrorText", "`{field}` must be a list of words, e.g. [one, two]").format(**v),
        "bad-date": lambda v: QCoreApplication.translate(
            "ErrorText", "`{field}` is “{value}”; expected a date like 2026-09-30").format(**v),
        "bad-number": lambda v: QCoreApplication.translate(
            "ErrorText", "`{field}` is “{value}”; expected a number").format(**v),
        "bad-whole-number": lambda v: QCoreApplication.translate(
            "ErrorText", "`{field}` is “{value}”; expected a whole number").format(**v),
        # the file as a whole
        "not-utf8": lambda v: QCoreApplication.translate(
            "ErrorText", "not UTF-8 text (save the file as UTF-8)"),
        "no-front-matter": lambda v: QCoreApplication.translate(
            "ErrorText", "no front matter: a talking point starts with a line `---`"),
        "front-matter-open": lambda v: QCoreApplication.translate(
            "ErrorText", "front matter is not closed: add a line `---` after it"),
        "too-large": lambda v: QCoreApplication.translate(
            "ErrorText", "the file is larger than {mib} MiB").format(**v),
        "invalid-yaml": lambda v: QCoreApplication.translate(
            "ErrorText", "invalid YAML: {reason}").format(**{**v, "reason": _parser_reason(v["reason"])}),
        "yaml-alias": lambda v: QCoreApplication.translate(
            "ErrorText", "anchors and aliases (&name, *name) are not allowed"),
        "yaml-too-large": lambda v: QCoreApplication.translate(
            "ErrorText", "the YAML is larger than {kib} KiB").format(**v),
        "yaml-too-deep": lambda v: QCoreApplication.translate(
            "ErrorText", "the YAML is nested too deeply"),
        "yaml-tag": lambda v: QCoreApplication.translate(
            "ErrorText", "the YAML tag {tag} is not supported: write the value without it").format(**v),
        "yaml-not-mapping": lambda v: QCoreApplication.translate(
            "ErrorText", "expected `key: value` lines, found a single value or a list"),
        "yaml-key-not-text": lambda v: QCoreApplication.translate(
            "ErrorText", "keys must be text, found {key}").format(**v),
        # lists inside a file
        "sources-not-list": lambda v: QCoreApplication.translate(
            "ErrorText", "`sources` must be a list of `- title: ...` entries"),
        "source-no-title": lambda v: QCoreApplication.translate(
            "ErrorText", "source {number} needs a `title`").format(**v),
        "source-not-text": lambda v: QCoreApplication.translate(
            "ErrorText", "source {number}: `{key}` must be text").format(**v),
        "sections-not-list": lambda v: QCoreApplication.translate(
            "ErrorText", "`sections` must be a list of `- heading: ...` entries"),
        "section-not-mapping": lambda v: QCoreApplication.translate(
            "ErrorText", "section {number} must have a `heading` and `points`").format(**v),
        "section-heading-not-text": lambda v: QCoreApplication.translate(
            "ErrorText", "section {number}: `heading` must be text").format(**v),
        "section-points-not-list": lambda v: QCoreApplication.translate(
            "ErrorText", "section {number}: `points` must be a list of point ids").format(**v),
        "section-note-not-text": lambda v: QCoreApplication.translate(
            "ErrorText", "section {number}: a point's `note` must be text").format(**v),
        "section-point-bad": lambda v: QCoreApplication.translate(
            "ErrorText", "section {number}: each point is an id or `- id: ...`").format(**v),
        "deliveries-not-list": lambda v: QCoreApplication.translate(
            "ErrorText", "`deliveries` must be a list of `- date: ...` entries"),
        "delivery-not-mapping": lambda v: QCoreApplication.translate(
            "ErrorText", "delivery {number} must have a `date`").format(**v),
        "timings-not-mapping": lambda v: QCoreApplication.translate(
            "ErrorText", "`timings` must map point ids to seconds, e.g. `my-point: 95`"),
        "timing-not-number": lambda v: QCoreApplication.translate(
            "ErrorText", "`timings`: “{id}” needs a number of seconds").format(**v),
        "questions-not-list": lambda v: QCoreApplication.translate(
            "ErrorText", "`questions` must be a list of faq point ids"),
        "wpm-out-of-range": lambda v: QCoreApplication.translate(
            "ErrorText", "`words_per_minute` is {value}; expected {min} to {max}").format(**v),
        "bad-rates": lambda v: QCoreApplication.translate(
            "ErrorText", "`words_per_minute` is one number, or one number per language ({languages})").format(**v),
        "bad-footer": lambda v: QCoreApplication.translate(
            "ErrorText", "`handout_footer` is one text, or one text per language ({languages})").format(**v),
        "bad-help-line": lambda v: QCoreApplication.translate(
            "ErrorText", "`help_line` is one text, or one text per language ({languages})").format(**v),
        # saving, ids, the library folder
        "unsavable-field": lambda v: QCoreApplication.translate(
            "ErrorText", "`{field}` cannot be saved as it is, so nothing was written: {reason}").format(**v) + (
            " " + QCoreApplication.translate("ErrorText", "These cannot be saved either: {others}.").format(**v) if v.get("others") else ""),
        "changed-on-disk": lambda v: QCoreApplication.translate(
            "ErrorText", "changed on disk since it was opened; not overwritten"),
        "library-not-found": lambda v: QCoreApplication.translate("ErrorText", "no such folder"),
        "not-a-folder": lambda v: QCoreApplication.translate("ErrorText", "not a folder"),
        "not-a-library": lambda v: QCoreApplication.translate(
            "ErrorText", "not a library: it has no `{folder}` folder").format(**v),
        "library-gone": lambda v: QCoreApplication.translate(
            "ErrorText", "the library folder is no longer there"),
        "invalid-id": lambda v: QCoreApplication.translate(
            "ErrorText", "the id “{id}” is not valid: use a-z, 0-9 and hyphens, 1-{max} characters").format(**v),
        "reserved-id": lambda v: QCoreApplication.translate(
            "ErrorText", "the id “{id}” is a reserved file name on Windows").format(**v),
        "id-taken": lambda v: QCoreApplication.translate(
            "ErrorText", "the id “{id}” is already used by another point").format(**v),
        "lecture-id-taken": lambda v: QCoreApplication.translate(
            "ErrorText", "the id “{id}” is already used by another lecture").format(**v),
        "id-change": lambda v: QCoreApplication.translate(
            "ErrorText", "a point's id is changed by renaming the point, not by saving it"),
        "unknown-point": lambda v: QCoreApplication.translate(
            "ErrorText", "there is no talking point with the id “{id}”").format(**v),
        # problems found when the library loads
        "conflict-copy": lambda v: QCoreApplication.translate(
            "ErrorText", "a sync tool's conflict copy: compare it with the original, keep what you need, "
            "and delete this file"),
        "merge-markers": lambda v: QCoreApplication.translate(
            "ErrorText", "an unfinished merge: keep one side between the lines <<<<<<<, ======= and >>>>>>>, "
            "and delete those lines"),
        "bad-file-name": lambda v: QCoreApplication.translate(
            "ErrorText", "the name is not valid text (UTF-8): rename it, and the library reads it"),
        "unreadable": lambda v: QCoreApplication.translate(
            "ErrorText", "cannot be read: {reason}").format(**v),
        "duplicate-id": lambda v: QCoreApplication.translate(
            "ErrorText", "the id “{id}” is already used by {other}").format(**v),
        "duplicate-lecture-id": lambda v: QCoreApplication.translate(
            "ErrorText", "the lecture id “{id}” is used twice").format(**v),
        "id-mismatch": lambda v: QCoreApplication.translate(
            "ErrorText", "the id “{id}” differs from the file name “{file}”").format(**v),
        "missing-point": lambda v: (QCoreApplication.translate(
            "ErrorText", "section “{section}” refers to point “{id}”, which does not exist") if v.get("section")
            else QCoreApplication.translate(
                "ErrorText", "a section refers to point “{id}”, which does not exist")).format(**v),
        "missing-question": lambda v: QCoreApplication.translate(
            "ErrorText", "the anticipated question “{id}” does not exist").format(**v),
        "missing-lecture": lambda v: QCoreApplication.translate(
            "ErrorText", "a delivery of the lecture “{id}”, which does not exist").format(**v),
        # editing a lecture
        "lecture-needs-title": lambda v: QCoreApplication.translate("ErrorText", "a lecture needs a title"),
        "bad-language": lambda v: QCoreApplication.translate(
            "ErrorText", "the language “{value}” is not one of {allowed}").format(**v),
        "bad-format": lambda v: QCoreApplication.translate(
            "ErrorText", "the format “{value}” is not one of {allowed}").format(**v),
        "bad-target-minutes": lambda v: QCoreApplication.translate(
            "ErrorText", "the target minutes must be above 0 and at most a day, not {value}").format(**v),
        "not-faq": lambda v: QCoreApplication.translate(
            "ErrorText", "the point “{id}” is not a question and answer but a “{kind}”").format(
                **{**v, "kind": kind_name(str(v.get("kind", "")))}),
        "question-taken": lambda v: QCoreApplication.translate(
            "ErrorText", "“{id}” is already an anticipated question").format(**v),
        "not-a-question": lambda v: QCoreApplication.translate(
            "ErrorText", "“{id}” is not an anticipated question of this lecture").format(**v),
        "negative-attendance": lambda v: QCoreApplication.translate(
            "ErrorText", "the attendance cannot be negative"),
        "bad-position": lambda v: QCoreApplication.translate(
            "ErrorText", "that place does not exist in the lecture's outline"),
    }


def _parser_reason(reason: str) -> str:
    """The YAML parser's reason (PyYAML's English words) in the interface language, where it is a common one."""
    expected = QCoreApplication.translate("ErrorText", "did not find the expected {what}")
    reasons = {
        "mapping values are not allowed in this context": QCoreApplication.translate(
            "ErrorText", "a colon followed by a space is not allowed here: put the value in quotes"),
        "did not find expected key": expected.format(what=QCoreApplication.translate("ErrorText", "key")),
        "could not find expected ':'": expected.format(what="`:`"),
        "did not find expected node content": expected.format(what=QCoreApplication.translate("ErrorText", "value")),
        "did not find expected '-' indicator": expected.format(what="`-`"),
        "did not find expected ',' or ']'": expected.format(what="`,` / `]`"),
        "did not find expected ',' or '}'": expected.format(what="`,` / `}`"),
        "did not find expected comment or line break": expected.format(
            what=QCoreApplication.translate("ErrorText", "end of the line")),
        "found character that cannot start any token": QCoreApplication.translate(
            "ErrorText", "a value starts with a character YAML reserves (such as ` @ % or a tab): put it in quotes"),
        "found unexpected end of stream": QCoreApplication.translate(
            "ErrorText", "the file ends inside a quoted value: a closing quote is missing"),
        "found a tab character that violates indentation": QCoreApplication.translate(
            "ErrorText", "a tab is used for indentation: indent with spaces"),
        "block sequence entries are not allowed in this context": QCoreApplication.translate(
            "ErrorText", "a `- ` list entry is not allowed here: check the indentation"),
        "found unknown escape character": QCoreApplication.translate(
            "ErrorText", "an unknown escape after a backslash inside double quotes"),
    }
    character = re.fullmatch(r"character (U\+[0-9A-F]{4,6}) cannot be written as it is in YAML", reason)
    if character:
        return QCoreApplication.translate("ErrorText", "the character {code} cannot be written as it is in YAML").format(
            code=character.group(1))
    return reasons.get(reason, reason)


def _os_reason(number: int | None) -> str | None:
    """The translated reason for the commonest operating-system errors."""
    reasons = {
        errno.ENOENT: lambda: QCoreApplication.translate("ErrorText", "no such file or folder"),
        errno.EACCES: lambda: QCoreApplication.translate("ErrorText", "permission denied"),
        errno.EPERM: lambda: QCoreApplication.translate("ErrorText", "permission denied"),
        errno.ENOSPC: lambda: QCoreApplication.translate("ErrorText", "the disk is full"),
        errno.EROFS: lambda: QCoreApplication.translate("ErrorText", "the disk is read-only"),
        errno.EEXIST: lambda: QCoreApplication.translate("ErrorText", "the file already exists"),
        errno.EISDIR: lambda: QCoreApplication.translate("ErrorText", "it is a folder, not a file"),
        errno.ENOTDIR: lambda: QCoreApplication.translate("ErrorText", "not a folder"),
    }
    reason = reasons.get(number) if number is not None else None
    return reason() if reason is not None else None


def _values(field: str | None, params: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {"field": field or ""}
    for key, value in params.items():
        values[key] = ", ".join(str(item) for item in value) if isinstance(value, (tuple, list)) else value
    if "errno" in params:
        values["reason"] = _os_reason(params["errno"]) or values.get("reason", "")
    return values


def reason_text(code: str, field: str | None = None, params: Mapping[str, Any] | None = None) -> str | None:
    """The translated reason for *code* with its *field* and *params*; None for an unknown code."""
    params = params or {}
    sentence = _sentences().get(code)
    if sentence is None:
        return None
    try:
        text = sentence(_values(field, params))
    except (KeyError, IndexError, ValueError):  # a parameter the sentence needs is missing
        return None
    entry = params.get("entry")
    if entry is not None:
        if params.get("list") == "deliveries":
            text = QCoreApplication.translate("ErrorText", "delivery {number}: {reason}").format(
                number=entry, reason=text)
        else:
            text = QCoreApplication.translate("ErrorText", "entry {number} of `{list}`: {reason}").format(
                number=entry, list=params.get("list", ""), reason=text)
    return text


def _where(path: Path | str, line: int | None, root: Path | None) -> str:
    """`file` or `file:line`, the file relative to *root* when it lies inside it."""
    path = Path(path)
    if root is not None:
        try:
            path = path.relative_to(root)
        except ValueError:
            pass
    return f"{printable_path(path)}:{line}" if line else printable_path(path)


def _english_reason(error: LectureKitError) -> str:
    """The core's own reason without the file, for an error whose code is not known here."""
    message = getattr(error, "message", None)
    if message:
        return message
    reason = getattr(error, "reason", None)
    if reason and getattr(error, "path", None) is not None:
        return reason
    return str(error)


def describe_error(error: BaseException, root: Path | None = None, *, with_file: bool = True) -> str:
    """What went wrong, for the user, in the interface language: `file:line: reason`.

    The file is relative to *root* when given; *with_file* False leaves it out
    (for a message that names the file already).  An error of the core with a
    code not known here is shown by its English message, an `OSError` by its
    reason and file name, anything else by its `str()`.
    """
    if isinstance(error, LectureKitError):
        return _describe_core_error(error, root, with_file)
    if isinstance(error, OSError):
        reason = _os_reason(error.errno) or error.strerror
        if not reason:
            return str(error) or type(error).__name__
        if with_file and error.filename:
            return f"{_where(os.fsdecode(error.filename), None, root)}: {reason}"
        return reason
    return str(error) or type(error).__name__


def _describe_core_error(error: LectureKitError, root: Path | None, with_file: bool) -> str:
    reason = reason_text(error.code, error.field, error.params)
    path = getattr(error, "path", None)
    line = getattr(error, "line", None)
    if reason is None:
        if not with_file:
            return _english_reason(error)
        if root is None or path is None:
            return str(error)
        reason = _english_reason(error)
    if not with_file:
        return reason
    if path is not None:
        return f"{_where(path, line, root)}: {reason}"
    if line:
        return QCoreApplication.translate("ErrorText", "line {line}: {reason}").format(line=line, reason=reason)
    lecture_id = getattr(error, "lecture_id", None)
    if lecture_id:
        return QCoreApplication.translate("ErrorText", "lecture “{id}”: {reason}").format(
            id=lecture_id, reason=reason)
    return reason


def describe_problem(problem: Problem, root: Path | None = None) -> str:
    """A library problem for the user, in the interface language: `file:line: reason`.

    The file is relative to *root* when given; a problem whose code is not
    known here is shown as the core describes it, in English.
    """
    reason = reason_text(getattr(problem, "code", ""), getattr(problem, "field", None),
                         dict(getattr(problem, "params", ()) or ()))
    if reason is None:
        return problem.describe(root)
    return f"{_where(problem.path, problem.line, root)}: {reason}"

"""`Changes`: the record of what one change to a library did.

Every change (a save in the app, a command-line edit, a sync, a file edited
outside the app) ends as one of these.  The search index is updated from it,
and in the app every view that shows library data refreshes from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass
class Changes:
    """Points and lectures added, changed and removed by one operation, by id."""

    points_added: set[str] = field(default_factory=set)
    points_changed: set[str] = field(default_factory=set)
    points_removed: set[str] = field(default_factory=set)
    lectures_added: set[str] = field(default_factory=set)
    lectures_changed: set[str] = field(default_factory=set)
    lectures_removed: set[str] = field(default_factory=set)
    # old id -> new id of points renamed (also listed as removed and added)
    renamed_points: dict[str, str] = field(default_factory=dict)
    settings_changed: bool = False  # library.yaml: name, words per minute, footer ...
    questions_changed: bool = False  # the listeners' question log (`questions/`)
    words_changed: bool = False  # the library's word list (`words.txt`) for the spelling check
    problems_changed: bool = False  # the list of files that do not read changed
    external: bool = False  # read from disk: made outside this app (sync, editor, other instance)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self) if f.name != "external")

    @property
    def points(self) -> set[str]:
        """Every point id touched: added, changed or removed."""
        return self.points_added | self.points_changed | self.points_removed

    @property
    def lectures(self) -> set[str]:
        """Every lecture id touched: added, changed or removed."""
        return self.lectures_added | self.lectures_changed | self.lectures_removed

    @property
    def has_points(self) -> bool:
        """Whether any point was touched (without building `points`: a library's first read
        touches every point, and each view asks)."""
        return bool(self.points_added or self.points_changed or self.points_removed)

    @property
    def has_lectures(self) -> bool:
        """Whether any lecture was touched."""
        return bool(self.lectures_added or self.lectures_changed or self.lectures_removed)

    def touches_point(self, point_id: str | None) -> bool:
        return point_id is not None and (
            point_id in self.points_added or point_id in self.points_changed or point_id in self.points_removed)

    def touches_lecture(self, lecture_id: str | None) -> bool:
        return lecture_id is not None and (
            lecture_id in self.lectures_added or lecture_id in self.lectures_changed or lecture_id in self.lectures_removed)

    def merged(self, other: "Changes") -> "Changes":
        """One record for this change followed by *other*."""
        result = Changes(external=self.external or other.external)
        for kind in ("points", "lectures"):
            added = getattr(self, f"{kind}_added") | getattr(other, f"{kind}_added")
            removed = getattr(self, f"{kind}_removed") | getattr(other, f"{kind}_removed")
            changed = getattr(self, f"{kind}_changed") | getattr(other, f"{kind}_changed")
            # Added then removed is nothing; removed then added is a change.
            both = getattr(self, f"{kind}_added") & getattr(other, f"{kind}_removed")
            again = getattr(self, f"{kind}_removed") & getattr(other, f"{kind}_added")
            setattr(result, f"{kind}_added", added - both - again)
            setattr(result, f"{kind}_removed", removed - both - again)
            setattr(result, f"{kind}_changed", (changed | again) - both - (removed - again - both))
        result.renamed_points = {**self.renamed_points, **other.renamed_points}
        result.settings_changed = self.settings_changed or other.settings_changed
        result.problems_changed = self.problems_changed or other.problems_changed
        result.questions_changed = self.questions_changed or other.questions_changed
        result.words_changed = self.words_changed or other.words_changed
        return result

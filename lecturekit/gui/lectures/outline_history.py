"""What the outline shows of past deliveries: the time each point really took, and who heard it.

After a delivery that recorded seconds per point, the outline shows them beside
the estimate ("Spoken"), a section the sum of its points' seconds.  A point
that past deliveries gave to the same listeners (`core.told_here`) carries a
mark, with when and where in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from ...core import timing
from ...core.model import Delivery
from ...core.told_here import VENUE, ToldBefore
from ..common.icons import icon

TOLD_SHOWN = 4  # past deliveries named in a tooltip
# A point that took this much longer than its estimate is shown as running long.
LONG_FACTOR, LONG_MARGIN_SECONDS = 1.25, 15



def told_line(told: ToldBefore) -> str:
    """One past delivery of a point, in a line: when, where, and which lecture."""
    if told.reason == VENUE:
        text = QCoreApplication.translate("OutlineHistory", "{date} at {venue} (“{lecture}”)")
    else:
        text = QCoreApplication.translate("OutlineHistory",
                                          "{date}, online to the same audience at {venue} (“{lecture}”)")
    venue = told.venue or QCoreApplication.translate("OutlineHistory", "an unnamed venue")
    return text.format(date=told.date.isoformat(), venue=venue, lecture=told.lecture_title)


class OutlineHistory:
    """The spoken seconds of the last timed delivery and the points told before, for one outline."""

    def __init__(self) -> None:
        self.delivery: Delivery | None = None  # the delivery the seconds come from
        self.seconds: dict[str, int] = {}
        self.told: dict[str, list[ToldBefore]] = {}

    def set(self, delivery: Delivery | None, seconds: dict[str, int], told: dict[str, list[ToldBefore]]) -> None:
        """Show another delivery's seconds and another set of points told before."""
        self.delivery, self.seconds, self.told = delivery, dict(seconds), told

    def section_seconds(self, point_ids: list[str]) -> int | None:
        """The seconds the section's points took last time (None when none was timed)."""
        spoken = [self.seconds[point_id] for point_id in point_ids if point_id in self.seconds]
        return sum(spoken) if spoken else None

    def spoken_data(self, seconds: int | None, estimate: float | None, role):
        """The Spoken cell of a point or section row."""
        if seconds is None or self.delivery is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return timing.format_clock(seconds / 60)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = QCoreApplication.translate(
                "OutlineHistory", "Spoken for {clock} on {date} ({venue}); estimated {minutes} min").format(
                clock=timing.format_clock(seconds / 60), date=self.delivery.date.isoformat(),
                venue=self.delivery.venue or "—", minutes=timing.format_minutes(estimate or 0))
            return text
        if role == Qt.ItemDataRole.ForegroundRole and estimate is not None and self._long(seconds, estimate):
            return QColor("#c62828")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _long(seconds: int, estimate: float) -> bool:
        return seconds > estimate * 60 * LONG_FACTOR + LONG_MARGIN_SECONDS

    def told_decoration(self, point_id: str):
        """The mark of a point told before to these listeners, or None."""
        return icon("told-here") if point_id in self.told else None

    def told_tooltip(self, point_id: str) -> str:
        """Lines to add to a point's tooltip: when and where these listeners heard it ("" if never)."""
        told = self.told.get(point_id)
        if not told:
            return ""
        lines = [told_line(entry) for entry in told[:TOLD_SHOWN]]
        if len(told) > TOLD_SHOWN:
            lines.append(QCoreApplication.translate("OutlineHistory", "… and {count} more").format(
                count=len(told) - TOLD_SHOWN))
        heading = QCoreApplication.translate("OutlineHistory", "Already told to these listeners:")
        return heading + "\n" + "\n".join(lines)

    def latest_told(self) -> ToldBefore | None:
        """The latest past delivery of any point of the outline to these listeners."""
        if not self.told:
            return None
        return max((entries[0] for entries in self.told.values()), key=lambda told: told.date)

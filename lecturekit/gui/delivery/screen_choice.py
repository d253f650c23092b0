"""Which screen the speaker reads and which one the audience sees: a pure function of the screens.

Kept free of Qt so a test can hand it any list of screens.  The rule: with one
screen the speaker has it and the audience window is off (it can be opened on
demand, in a window); with two or more the audience gets the one remembered
for this computer if it is connected, else the first screen that is not the
primary one (a laptop's own panel is its primary screen, the projector the
other), and the speaker gets the primary one, or the first other screen when
the audience was given the primary.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenInfo:
    """What the choice needs to know of a screen: its name and whether it is the primary one."""

    name: str
    primary: bool = False


@dataclass(frozen=True)
class ScreenChoice:
    """The speaker's screen and the audience's (None: no audience screen); indices into the list."""

    presenter: int
    audience: int | None


def choose_screens(screens: list[ScreenInfo], remembered_audience: str = "") -> ScreenChoice:
    """The screens for a talk given the connected *screens* and the audience screen's remembered name."""
    if not screens:
        return ScreenChoice(0, None)
    primary = next((index for index, screen in enumerate(screens) if screen.primary), 0)
    if len(screens) == 1:
        return ScreenChoice(primary, None)
    names = [screen.name for screen in screens]
    if remembered_audience and remembered_audience in names:
        audience = names.index(remembered_audience)
    else:
        audience = next(index for index in range(len(screens)) if index != primary)
    presenter = primary if primary != audience else next(
        index for index in range(len(screens)) if index != audience)
    return ScreenChoice(presenter, audience)


def swapped(screens: list[ScreenInfo], choice: ScreenChoice) -> ScreenChoice:
    """The choice with the speaker's and the audience's screens exchanged (unchanged with one screen)."""
    if choice.audience is None or len(screens) < 2:
        return choice
    return ScreenChoice(choice.audience, choice.presenter)

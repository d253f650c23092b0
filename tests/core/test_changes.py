"""The change record's quick questions agree with the sets they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lecturekit.core.changes import Changes

IDS = st.sets(st.sampled_from(["a", "b", "c", "d"]), max_size=3)


@settings(derandomize=True, database=None, max_examples=200)
@given(IDS, IDS, IDS, IDS, IDS, IDS, st.sampled_from(["a", "b", "c", "d", None]))
def test_has_and_touches_agree_with_the_union(p_added, p_changed, p_removed, l_added, l_changed, l_removed, probe):
    changes = Changes(points_added=p_added, points_changed=p_changed, points_removed=p_removed,
                      lectures_added=l_added, lectures_changed=l_changed, lectures_removed=l_removed)
    assert changes.has_points == bool(changes.points)
    assert changes.has_lectures == bool(changes.lectures)
    assert changes.touches_point(probe) == (probe is not None and probe in changes.points)
    assert changes.touches_lecture(probe) == (probe is not None and probe in changes.lectures)

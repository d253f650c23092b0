"""The search panel with a stand-in engine: typing, keyboard, filters, did-you-mean."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from lecturekit.gui.common.task_runner import TaskRunner
from lecturekit.gui.library.result_table_model import POINT_IDS_MIME
from lecturekit.gui.library.search_panel import SearchPanel


@dataclass
class Hit:
    id: str
    title: str
    kind: str
    language: str
    score: float = 1.0
    snippet: str = ""


@dataclass
class Results:
    hits: list
    total: int
    facets: dict = field(default_factory=dict)
    suggestion: str | None = None
    corrected: str | None = None
    query: str = ""


POINTS = [Hit("en-isolation", "Recruiters isolate their targets", "tactic", "en",
              snippet="recruiters <b>isolate</b> targets"),
          Hit("kk-zan", "Діни бірлестіктер туралы заң", "law", "kk", snippet="<b>заң</b> бойынша")]


class RecordingEngine:
    def __init__(self):
        self.queries = []
        self.filters = []

    def __call__(self, query, *, limit, as_you_type, filters=None, literal=False):
        self.queries.append((query, as_you_type))
        self.literal = literal
        if query == "bpjkzwbz" and not literal:  # "изоляция" typed with the English layout
            return Results([POINTS[0]], 1, {}, corrected="изоляция", query=query)
        self.filters.append(dict(filters or {}))
        words = query.split()
        hits = [h for h in POINTS if all(w.lower() in (h.title + h.snippet).lower() for w in words)]
        if (filters or {}).get("kind"):
            hits = [h for h in hits if h.kind == filters["kind"]]
        suggestion = "isolate" if not hits and words == ["izolate"] else None
        return Results(hits, len(hits), {"kind": {"tactic": 1, "law": 1}, "language": {"en": 1, "kk": 1}},
                       suggestion)


def make_panel(qtbot):
    engine = RecordingEngine()
    panel = SearchPanel(TaskRunner(), engine)
    # Kept with the panel, so it checks every change of the model, not only the first state.
    panel.model_tester = QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.addWidget(panel)
    panel.show()
    return panel, engine


def type_query(qtbot, panel, text):
    panel.query.clear()
    with qtbot.waitSignal(panel.model.modelReset, timeout=5000):
        qtbot.keyClicks(panel.query, text)
    qtbot.waitUntil(lambda: panel._last_results is not None and not panel.query.search_pending())


def test_typing_finds_the_point_and_enter_opens_it(qtbot):
    panel, engine = make_panel(qtbot)
    type_query(qtbot, panel, "isolate")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.point_id(0) == "en-isolation"
    assert engine.queries[-1] == ("isolate", True)
    assert "1 result" in panel.summary.text()
    with qtbot.waitSignal(panel.sig_point_activated) as opened:
        qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert opened.args == ["en-isolation"]
    with qtbot.waitSignal(panel.sig_add_to_lecture_requested) as added:
        qtbot.keyClick(panel.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert added.args == [["en-isolation"]]


def test_filters_go_to_the_search_as_data_and_show_counts(qtbot):
    panel, engine = make_panel(qtbot)
    panel.kind.setCurrentIndex(panel.kind.findData("law"))
    qtbot.waitUntil(lambda: bool(engine.filters) and engine.filters[-1] == {"kind": "law"})
    assert engine.queries[-1][0] == ""
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.model.point_id(0) == "kk-zan")
    assert panel.kind.itemText(panel.kind.findData("law")) == "Law (1)"


def test_arrow_keys_move_through_results_and_drag_carries_ids(qtbot):
    panel, _engine = make_panel(qtbot)
    panel.run_search()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    qtbot.keyClick(panel.query, Qt.Key.Key_Down)
    assert panel.selected_ids() == [panel.model.point_id(1)]
    mime = panel.model.mimeData([panel.model.index(0, 0), panel.model.index(1, 0)])
    assert bytes(mime.data(POINT_IDS_MIME)).decode().split("\n") == [h.id for h in panel.model._hits]


def test_did_you_mean_link_replaces_the_query(qtbot):
    panel, engine = make_panel(qtbot)
    type_query(qtbot, panel, "izolate")
    qtbot.waitUntil(lambda: panel.suggestion.isVisible())
    assert "isolate" in panel.suggestion.text()
    panel.suggestion.linkActivated.emit("suggest")
    assert panel.query.text() == "isolate"
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)


def test_results_of_a_retyped_query_say_so_and_link_back_to_the_query_as_typed(qtbot):
    panel, engine = make_panel(qtbot)
    type_query(qtbot, panel, "bpjkzwbz")
    qtbot.waitUntil(lambda: panel.suggestion.isVisible())
    assert "«изоляция»" in panel.suggestion.text() and "«bpjkzwbz»" in panel.suggestion.text()
    assert panel.model.rowCount() == 1 and not engine.literal
    panel.suggestion.linkActivated.emit("literal")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert engine.literal and panel.query.text() == "bpjkzwbz" and not panel.suggestion.isVisible()


def test_a_tag_with_a_space_is_one_filter_value(qtbot):
    panel, engine = make_panel(qtbot)
    panel.set_tags(["family", "social media"])
    panel.query.setText("isolate")
    panel.tag.setCurrentIndex(panel.tag.findData("social media"))
    qtbot.waitUntil(lambda: bool(engine.filters) and engine.filters[-1] == {"tag": "social media"})
    assert engine.queries[-1][0] == "isolate"
    panel.tag.setCurrentIndex(panel.tag.findData("family"))
    panel.set_tags(["family", "law"])
    assert panel.tag.currentData() == "family"


def _panel_of_many_hits(qtbot, make_snippet):
    """A shown panel whose stand-in engine finds *limit* points; "word" typed and the rows
    painted.  *make_snippet(query, n)* gives the nth hit's snippet when it is asked for."""
    from lecturekit.search.results import SearchHit

    def engine(query, *, limit, as_you_type, filters=None, literal=False):
        hits = [SearchHit(f"p{n}", f"Point {n}", "fact", "en", 1.0,
                          make_snippet=lambda n=n: make_snippet(query, n)) for n in range(limit)]
        return Results(hits, len(hits), {"kind": {"fact": limit}, "language": {"en": limit}})

    panel = SearchPanel(TaskRunner(), engine)
    qtbot.addWidget(panel)
    panel.resize(500, 400)
    panel.show()
    qtbot.waitExposed(panel)
    type_query(qtbot, panel, "word")
    panel.table.viewport().repaint()
    return panel


def test_only_the_snippets_of_rows_shown_are_made(qtbot):
    made = []
    panel = _panel_of_many_hits(qtbot, lambda query, n: made.append(n) or f"the <b>{query}</b> of point {n}")
    shown = len(set(made))
    assert panel.model.rowCount() == 50
    assert 0 < shown < 25  # the rows in view (and a few around them), not all fifty
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: 49 in made, timeout=2000)  # scrolled into view: made then


def test_a_rows_text_is_laid_out_once_for_its_height_and_its_drawing(qtbot, monkeypatch):
    from lecturekit.gui.library.search_panel import HitDelegate

    laid_out = []
    real = HitDelegate._lay_out

    def counted(font, title, snippet, width):
        laid_out.append((title, snippet, width))
        return real(font, title, snippet, width)

    monkeypatch.setattr(HitDelegate, "_lay_out", staticmethod(counted))
    panel = _panel_of_many_hits(qtbot, lambda query, n: f"the <b>{query}</b> of point {n}")
    assert laid_out and len(laid_out) == len(set(laid_out))  # sized and drawn from one layout
    assert {snippet for _, snippet, _ in laid_out} <= {f"the <b>word</b> of point {n}" for n in range(50)}
    widths = {width for _, _, width in laid_out}
    panel.resize(360, 400)  # a narrower column: laid out again at the new width
    qtbot.waitUntil(lambda: {width for _, _, width in laid_out} != widths, timeout=3000)
    panel.table.viewport().repaint()
    assert len(laid_out) == len(set(laid_out))


def test_a_rows_height_is_that_of_its_first_lines_whole(qtbot):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

    from lecturekit.gui.library.result_table_model import SnippetRole
    from lecturekit.gui.library.search_panel import ROW_LINES, HitDelegate, _whole_lines_height

    model = QStandardItemModel(2, 1)
    for row, words in enumerate((4, 400)):
        item = QStandardItem(f"Point {row}")
        item.setData(" ".join(["word"] * words), SnippetRole)
        model.setItem(row, 0, item)
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    delegate = HitDelegate(view)
    option = QStyleOptionViewItem()
    option.rect.setWidth(300)
    heights = []
    for row in range(2):
        index = model.index(row, 0)
        fresh = HitDelegate._lay_out(option.font, f"Point {row}", " ".join(["word"] * (4, 400)[row]), 300)
        expected = _whole_lines_height(fresh, ROW_LINES)  # lays the text out
        lines = sum(fresh.findBlockByNumber(n).layout().lineCount() for n in range(fresh.blockCount()))
        assert delegate.sizeHint(option, index).height() == expected + 4
        assert delegate.sizeHint(option, index).height() == expected + 4  # and again, from the kept layout
        heights.append((lines, expected))
    (short_lines, short), (long_lines, long) = heights
    assert short_lines == 2 and long_lines > ROW_LINES  # the title's line and the snippet's lines
    assert short < long <= short * ROW_LINES

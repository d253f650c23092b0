"""Keeping the index true to the files: sync, saves, deletes, damage, other processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from lecturekit.core.library import Library
from lecturekit.core.model import TalkingPoint
from lecturekit.search import SearchIndex
from lecturekit.search.schema import SCHEMA_VERSION
from lecturekit.search.store import MANIFEST_NAME, IndexLock, index_folder

REPO = Path(__file__).resolve().parents[2]


def hit_ids(results) -> list[str]:
    return [hit.id for hit in results.hits]


def write_raw(root: Path, name: str, text: str) -> Path:
    path = root / "points" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def point_text(point_id: str, title: str, body: str, language: str = "en") -> str:
    return f"---\nid: {point_id}\ntitle: {title}\nkind: fact\nlanguage: {language}\n---\n{body}\n"


def every_index_file(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and p.name != "lock"]


def test_index_lives_in_the_cache_folder_not_the_library(library: Library, cache_dir: Path) -> None:
    index = SearchIndex.open(library.root)
    index.sync()
    assert index.persistent
    assert index.folder == index_folder(library.root, cache_dir)
    assert (index.folder / MANIFEST_NAME).is_file()
    assert not any(p.name.endswith((".toc", ".seg")) for p in library.root.rglob("*"))
    manifest = json.loads((index.folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert manifest["schema"] == SCHEMA_VERSION and manifest["library"] == str(library.root)
    table = (index.folder / manifest["data"] / "files.tsv").read_text(encoding="utf-8").splitlines()
    assert len(table) == 1 + len(library.points)


def test_a_second_open_reuses_the_index(index: SearchIndex, library: Library) -> None:
    again = SearchIndex.open(library.root)
    assert again.rebuild_reason is None
    report = again.sync()
    assert (report.rebuilt, report.indexed, report.removed) == (False, 0, 0)
    assert hit_ids(again.search("вербовщиков")) == ["ru-tactic-recruiters"]


def test_sync_picks_up_new_changed_and_deleted_files(index: SearchIndex, library: Library) -> None:
    write_raw(library.root, "new/kk-new.md", point_text("kk-new", "Жаңа тақырып", "Діни сауаттылық маңызды.", "kk"))
    changed = library.points["en-protect-talk"].path
    changed.write_text(point_text("en-protect-talk", "Talk with your children", "Bedtime stories help."),
                       encoding="utf-8")
    library.points["ru-faq-signs"].path.unlink()
    report = index.sync()
    assert (report.indexed, report.removed) == (2, 1)
    assert hit_ids(index.search("сауаттылығы")) == ["kk-new"]
    assert hit_ids(index.search("bedtime")) == ["en-protect-talk"]
    assert hit_ids(index.search("openly")) == []
    assert hit_ids(index.search("учёбы")) == []


def test_a_touched_but_unchanged_file_is_not_reindexed(index: SearchIndex, library: Library) -> None:
    path = library.points["ru-faq-signs"].path
    later = time.time() + 100
    os.utime(path, (later, later))
    report = index.sync()
    assert (report.indexed, report.removed) == (0, 0)
    assert hit_ids(index.search("учёбы")) == ["ru-faq-signs"]


def test_a_saved_point_is_searchable_at_once(index: SearchIndex, library: Library) -> None:
    point = library.points["en-tactic-isolation"]
    point.body = "Recruiters promise belonging and a new purpose."
    library.save_point(point)
    index.update_point(point)
    assert hit_ids(index.search("belonging")) == ["en-tactic-isolation"]
    assert hit_ids(index.search("friendship")) == []
    created = library.create_point(TalkingPoint(
        id="ru-new", title="Новый пункт", kind="fact", language="ru", body="Мошенники звонят ночью."))
    index.update_point(created)
    assert hit_ids(index.search("мошенник")) == ["ru-new"]
    # and the manifest agrees, so the next sync has nothing to do
    report = index.sync()
    assert (report.indexed, report.removed, report.rebuilt) == (0, 0, False)


def test_a_deleted_point_disappears(index: SearchIndex, library: Library) -> None:
    library.delete_point("ru-faq-signs")
    index.remove_point("ru-faq-signs")
    assert hit_ids(index.search("учёбы")) == []
    assert index.sync().removed == 0


def test_other_process_changes_are_seen_by_an_open_index(index: SearchIndex, library: Library) -> None:
    assert hit_ids(index.search("bedtime")) == []
    library.points["en-protect-talk"].path.write_text(
        point_text("en-protect-talk", "Talk", "Bedtime stories help."), encoding="utf-8")
    other = SearchIndex.open(library.root)
    other.sync()
    other.close()
    assert hit_ids(index.search("bedtime")) == ["en-protect-talk"]


def test_broken_and_duplicate_files_follow_the_library_rules(index: SearchIndex, library: Library) -> None:
    write_raw(library.root, "broken.md", "---\nid: broken\ntitle: [unclosed\n---\nwhatever words\n")
    write_raw(library.root, "zz/en-law-registration.md",
              point_text("en-law-registration", "A duplicate", "Duplicated zebra text."))
    write_raw(library.root, "en-x.sync-conflict-20260101-000000-ABC.md",
              point_text("en-x", "Conflict", "Conflicted zebra text."))
    write_raw(library.root, ".hidden.md", point_text("hidden", "Hidden", "Hidden zebra text."))
    index.sync()
    assert hit_ids(index.search("zebra")) == []
    assert hit_ids(index.search("whatever")) == []
    # When the first file of an id goes, the other one takes its place.
    library.points["en-law-registration"].path.unlink()
    index.sync()
    assert hit_ids(index.search("zebra")) == ["en-law-registration"]


def _damage_every_file(folder: Path, how: str) -> None:
    for path in every_index_file(folder):
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            if how == "truncate":
                handle.truncate(0)
            elif how == "zero":
                handle.write(b"\0" * size)
            else:  # half
                handle.truncate(size // 2)


@pytest.mark.parametrize("how", ["truncate", "zero", "half"])
def test_a_damaged_index_is_rebuilt_and_the_next_search_is_right(
        index: SearchIndex, library: Library, how: str) -> None:
    folder = index.folder
    index.close()
    _damage_every_file(folder, how)
    reopened = SearchIndex.open(library.root)
    assert reopened.rebuild_reason is not None
    seen = []
    report = reopened.sync(progress=lambda done, total: seen.append((done, total)))
    assert report.rebuilt and seen and seen[-1][0] == seen[-1][1]
    assert hit_ids(reopened.search("вербовщиков")) == ["ru-tactic-recruiters"]
    assert reopened.search("kind:law").total == 3


def test_damaged_whoosh_files_alone_are_noticed(index: SearchIndex, library: Library) -> None:
    folder = index.folder
    index.close()
    for path in every_index_file(folder):
        if path.name != MANIFEST_NAME:
            path.write_bytes(b"\0" * path.stat().st_size)
    reopened = SearchIndex.open(library.root)
    assert reopened.rebuild_reason == "its files are damaged or missing"
    # search alone (without an explicit sync) rebuilds first and answers right
    assert hit_ids(reopened.search("экстремизмнің")) == ["kk-law-extremism"]


def test_an_index_of_another_version_or_library_is_rebuilt(index: SearchIndex, library: Library) -> None:
    manifest_path = index.folder / MANIFEST_NAME
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    index.close()
    manifest_path.write_text(json.dumps({**manifest, "schema": SCHEMA_VERSION + 1}), encoding="utf-8")
    assert SearchIndex.open(library.root).rebuild_reason == "it was made by another version of lecturekit"
    manifest_path.write_text(json.dumps({**manifest, "library": "/elsewhere"}), encoding="utf-8")
    assert SearchIndex.open(library.root).rebuild_reason == "it belongs to another library"
    manifest_path.write_text(json.dumps({**manifest, "data": "../../etc"}), encoding="utf-8")
    reopened = SearchIndex.open(library.root)
    assert reopened.rebuild_reason == "its manifest is damaged"
    assert hit_ids(reopened.search("recruiters")) == ["en-tactic-isolation"]


def test_an_index_inside_the_library_folder_is_never_opened(
        library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    inside = library.root / ".cache"
    monkeypatch.setenv("LECTUREKIT_CACHE_DIR", str(inside))
    planted = index_folder(library.root, inside)
    planted.mkdir(parents=True)
    (planted / MANIFEST_NAME).write_text("planted", encoding="utf-8")
    index = SearchIndex.open(library.root)
    assert not index.persistent
    index.sync()
    assert hit_ids(index.search("вербовщиков")) == ["ru-tactic-recruiters"]
    assert sorted(p.name for p in planted.iterdir()) == [MANIFEST_NAME]  # nothing read or written


def test_searches_and_saves_from_many_threads(index: SearchIndex, library: Library) -> None:
    errors: list[BaseException] = []
    stop = threading.Event()

    def searching() -> None:
        try:
            while not stop.is_set():
                assert "ru-tactic-recruiters" in hit_ids(index.search("вербовщик", as_you_type=True))
        except BaseException as error:  # reported below
            errors.append(error)

    readers = [threading.Thread(target=searching) for _ in range(3)]
    for reader in readers:
        reader.start()
    try:
        point = library.points["en-protect-talk"]
        for number in range(15):
            point.body = f"Version {number} of the advice: talk every evening{number}."
            library.save_point(point)
            index.update_point(point)
    finally:
        stop.set()
        for reader in readers:
            reader.join()
    assert not errors
    assert hit_ids(index.search("evening14")) == ["en-protect-talk"]


def _run_cli(*args: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "lecturekit", *args], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_second_process_waits_for_the_writer_instead_of_failing(
        index: SearchIndex, library: Library, cache_dir: Path) -> None:
    env = {**os.environ, "LECTUREKIT_CACHE_DIR": str(cache_dir)}
    library.points["en-protect-talk"].path.write_text(
        point_text("en-protect-talk", "Talk", "Bedtime stories help."), encoding="utf-8")
    writer_lock = IndexLock(index.folder)
    with writer_lock.exclusive():
        searching = _run_cli("search", "--library", str(library.root), "--json", "bedtime", env=env)
        time.sleep(1.0)
        assert searching.poll() is None  # still waiting for the lock
    out, err = searching.communicate(timeout=60)
    assert searching.returncode == 0, err
    assert [hit["id"] for hit in json.loads(out)["hits"]] == ["en-protect-talk"]


def test_two_processes_rebuilding_at_once_both_succeed(library: Library, cache_dir: Path) -> None:
    env = {**os.environ, "LECTUREKIT_CACHE_DIR": str(cache_dir)}
    runs = [_run_cli("index", "--library", str(library.root), "--rebuild", env=env) for _ in range(2)]
    for run in runs:
        _, err = run.communicate(timeout=60)
        assert run.returncode == 0, err
        assert "LockError" not in err and "Traceback" not in err
    index = SearchIndex.open(library.root)
    assert index.rebuild_reason is None
    assert hit_ids(index.search("вербовщиков")) == ["ru-tactic-recruiters"]


def test_a_point_saved_many_times_is_found_once(index: SearchIndex, library: Library) -> None:
    point = library.points["en-protect-talk"]
    for number in range(12):  # enough commits for whoosh to merge segments meanwhile
        point.body = f"Keyword lighthouse, version {number}."
        library.save_point(point)
        index.update_point(point)
        results = index.search("lighthouse")
        assert hit_ids(results) == ["en-protect-talk"] and results.total == 1
    assert index.search("kind:protection").total == 2
    assert index.tidy()  # merges the small segments the saves left
    assert not index.tidy()
    assert hit_ids(index.search("lighthouse")) == ["en-protect-talk"]
    assert index.search("lang:en").total == 3
    assert index.sync().indexed == 0


def test_saves_and_deletes_survive_reopening(index: SearchIndex, library: Library) -> None:
    point = library.points["ru-faq-signs"]
    point.body = "Новые признаки: ночные звонки."
    library.save_point(point)
    index.update_point(point)
    library.delete_point("kk-tactic-online")
    index.remove_point("kk-tactic-online")
    index.close()
    again = SearchIndex.open(library.root)
    assert again.rebuild_reason is None
    report = again.sync()
    assert (report.indexed, report.removed, report.rebuilt) == (0, 0, False)
    assert hit_ids(again.search("звонки")) == ["ru-faq-signs"]
    assert hit_ids(again.search("жалдаушылар")) == []


def test_warm_up_then_save_and_search(index: SearchIndex, library: Library) -> None:
    index.warm_up()
    point = library.points["kk-protect-parents"]
    point.body = "Ата-аналар балаларымен күн сайын сөйлесуі керек."
    library.save_point(point)
    index.update_point(point)
    assert hit_ids(index.search("сөйлесуі")) == ["kk-protect-parents"]
    assert index.search("сөйлес", as_you_type=True).hits[0].id == "kk-protect-parents"


def test_a_sync_without_merging_adds_the_change_and_leaves_the_rest_for_tidy(index: SearchIndex,
                                                                              library: Library) -> None:
    def segment_files() -> set[str]:
        return {path.name for path in every_index_file(index.folder) if path.suffix == ".seg"}

    path = library.points["en-protect-talk"].path
    for number in range(4):  # alternate syncs once rewrote every point of a small index
        before = segment_files()
        path.write_text(point_text("en-protect-talk", "Talk", f"Keyword lighthouse{number}."), encoding="utf-8")
        assert index.sync(merge=False).indexed == 1
        assert before < segment_files()  # one segment more; none rewritten
        assert hit_ids(index.search(f"lighthouse{number}")) == ["en-protect-talk"]
    assert index.tidy()
    assert len(segment_files()) == 1
    assert hit_ids(index.search("lighthouse3")) == ["en-protect-talk"] and index.search("lang:en").total == 3


@pytest.mark.parametrize("collecting", [True, False])
def test_a_rebuild_leaves_automatic_collection_as_it_found_it(index: SearchIndex, collecting: bool) -> None:
    import gc

    was = gc.isenabled()
    during: list[bool] = []
    try:
        gc.enable() if collecting else gc.disable()
        index.rebuild(progress=lambda done, total: during.append(gc.isenabled()))
        assert len(during) >= 2 and not any(during[:-1])  # off while the points are indexed (the last: after)
        assert gc.isenabled() == collecting

        def fail(done: int, total: int) -> None:
            raise RuntimeError("stopped")

        with pytest.raises(RuntimeError):
            index.rebuild(progress=fail)
        assert gc.isenabled() == collecting
    finally:
        gc.enable() if was else gc.disable()


def test_points_indexed_again_add_only_new_words_to_the_word_list_read(index: SearchIndex, library: Library) -> None:
    from lecturekit.search.spelling import WORDS_NAME

    index.warm_up()  # the word list is read, as the app reads it
    words_file = index._data_path() / WORDS_NAME
    before = words_file.read_text(encoding="utf-8").splitlines()
    path = library.points["en-protect-talk"].path
    path.write_text(path.read_text(encoding="utf-8") + "\nZanzibarish parents talk openly.\n", encoding="utf-8")
    assert index.sync().indexed == 1
    added = words_file.read_text(encoding="utf-8").splitlines()[len(before):]
    assert added == ["zanzibarish"]  # not every word of the point again
    assert index.search("zanzibarish").total == 1
    assert "zanzibarish" in index._segments.words

    other = SearchIndex.open(library.root)  # another process, which has not read the list
    try:
        path.write_text(path.read_text(encoding="utf-8") + "\nQuixotically so.\n", encoding="utf-8")
        assert other.sync().indexed == 1
        added = words_file.read_text(encoding="utf-8").splitlines()[len(before) + 1:]
        assert "quixotically" in added and "parents" in added  # all of the point's words: a read drops repeats
    finally:
        other.close()
    assert index.search("quixotically").total == 1


def test_a_word_list_grown_by_appends_is_written_sorted_when_the_user_pauses(
        index: SearchIndex, library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    from lecturekit.search import spelling

    monkeypatch.setattr(spelling, "COMPACT_AFTER", 5)
    index.warm_up()
    words_file = index._data_path() / spelling.WORDS_NAME
    built = words_file.read_text(encoding="utf-8").splitlines()
    assert built == sorted(set(built))
    stale = spelling.WordList()  # another reader, which read the file before it was written anew
    stale.follow(index._data_path())
    assert "family" in stale
    # Appended as an older version (or another process) appends: known words again, and new ones.
    spelling.append_words(index._data_path(), built[:40] + ["zzyzx", "aardvarkish", "zzyzx"])
    assert index.tidy()
    written = words_file.read_text(encoding="utf-8").splitlines()
    assert written == sorted(set(built) | {"zzyzx", "aardvarkish"})
    assert not index.tidy()  # nothing appended since
    assert "aardvarkish" in stale and "zzyzx" in stale and "family" in stale  # the replaced file is read anew
    fresh = spelling.WordList()
    fresh.follow(index._data_path())
    assert fresh.starting_with("aardv") == ["aardvarkish"]
    assert index._segments.words.starting_with("zzy") == ["zzyzx"]


def test_many_changes_are_committed_a_batch_at_a_time_and_each_point_stays_findable(
        index: SearchIndex, library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    from lecturekit.search import writing

    monkeypatch.setattr(writing, "CHANGE_BATCH", 2)
    commits = []
    real = writing.ChangeWriter._commit

    def counted(self, documents, removed, merge_now):
        # Between commits each changed point is found once: in its old version or its new one.
        for point_id in ids[:5]:
            assert hit_ids(index.search(f"id:{point_id}")) == [point_id]
        commits.append((sorted(documents), sorted(removed)))
        return real(self, documents, removed, merge_now)

    ids = sorted(library.points)
    monkeypatch.setattr(writing.ChangeWriter, "_commit", counted)
    for point_id in ids[:5]:
        path = library.points[point_id].path
        path.write_text(path.read_text(encoding="utf-8") + f"\nPulled{point_id.replace('-', '')} again.\n", encoding="utf-8")
    gone = library.points[ids[5]].path
    gone.unlink()
    report = index.sync()
    assert (report.indexed, report.removed) == (5, 1)
    assert len(commits) == 3 and [len(documents) for documents, _ in commits] == [2, 2, 1]
    assert any(len(removed) > len(documents) for documents, removed in commits[:1])  # the deletion goes with the first
    for point_id in ids[:5]:
        assert hit_ids(index.search(f"pulled{point_id.replace('-', '')}")) == [point_id]
        assert hit_ids(index.search(f"id:{point_id}")) == [point_id]  # one version only
    assert hit_ids(index.search(f"id:{ids[5]}")) == []


def test_a_sync_can_go_by_the_files_a_scan_just_listed(library: Library, cache_dir: Path, monkeypatch) -> None:
    from lecturekit.core.scan import scan_point_files
    from lecturekit.search import index as index_module

    index = SearchIndex.open(library.root)
    index.sync()
    write_raw(library.root, "listed.md", point_text("listed", "Listed once", "A point the read listed."))
    scanned = scan_point_files(library.root)

    def no_second_listing(root):
        raise AssertionError("the files were listed again")

    monkeypatch.setattr(index_module, "scan_point_files", no_second_listing)
    report = index.sync(scanned=scanned)
    assert (report.indexed, report.removed) == (1, 0)
    assert hit_ids(index.search("listed")) == ["listed"]
    index.close()


def test_the_library_hands_its_scan_to_the_index_once_and_only_after_points_changed(library: Library) -> None:
    write_raw(library.root, "another.md", point_text("another", "Another", "More text."))
    changes = library.refresh()
    scan = library.take_point_scan(changes)
    assert scan is not None and "another.md" in [f.key for f in scan]
    assert library.take_point_scan(changes) is None  # once
    unchanged = library.refresh()  # nothing changed: nothing kept for the index
    assert library.take_point_scan(unchanged) is None
    write_raw(library.root, "third.md", point_text("third", "Third", "Even more."))
    older = library.refresh()
    write_raw(library.root, "fourth.md", point_text("fourth", "Fourth", "Still more."))
    library.refresh()
    assert library.take_point_scan(older) is None  # not the last read's record: listed anew


def test_a_rebuild_removes_the_folded_order_kept_for_the_old_data(library: Library, cache_dir: Path) -> None:
    from lecturekit.search.folded_order import folded_path

    index = SearchIndex.open(library.root)
    index.sync()
    index.warm_up()
    old = folded_path(index._data_path())
    assert old.is_file()
    index.rebuild()
    index.warm_up()
    assert not old.exists() and folded_path(index._data_path()).is_file()
    index.close()


def test_a_fields_terms_by_prefix_are_read_once_per_searcher_and_anew_after_a_change(
        index: SearchIndex, library: Library, monkeypatch) -> None:
    state = index._current_state()
    reader = state.searcher.reader()
    reads = []
    real = reader.expand_prefix
    monkeypatch.setattr(reader, "expand_prefix", lambda *args: reads.append(args) or real(*args))
    first = list(state.expand("мош", field="body_ru"))
    assert state.expand("мош", field="body_ru") == first and len(reads) == 1
    state.expand("мош", field="body_ru").append("changed by a caller")
    assert state.expand("мош", field="body_ru") == first
    created = library.create_point(TalkingPoint(
        id="ru-new", title="Новый пункт", kind="fact", language="ru", body="Мошенники звонят ночью."))
    index.update_point(created)
    assert index._current_state().expand("мош", field="body_ru") != first  # the new word's stem

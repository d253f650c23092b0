"""The library folder: loading, every kind of problem, create/rename/delete."""

from __future__ import annotations

import pytest

from lecturekit.core.errors import FileChangedError, InvalidIdError, LibraryNotFoundError
from lecturekit.core.library import Library, slugify
from lecturekit.core.model import Lecture, PointRef, Section, TalkingPoint
from tests.conftest import SAMPLE_LIBRARY, write_point


def problems_of(library: Library) -> list[tuple[str, str, int | None]]:
    return [(p.kind, p.path.relative_to(library.root).as_posix(), p.line) for p in library.problems]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(LibraryNotFoundError, match="no such folder"):
        Library.open(tmp_path / "nope")
    (tmp_path / "file").write_text("x")
    with pytest.raises(LibraryNotFoundError, match="not a folder"):
        Library.open(tmp_path / "file")
    with pytest.raises(LibraryNotFoundError, match="no `points` folder"):
        Library.open(tmp_path)


def test_loads_points_in_subfolders_and_lectures(library_dir):
    write_point(library_dir, "a")
    write_point(library_dir, "b", folder="points/ru", language="ru")
    (library_dir / "lectures" / "l.yaml").write_text(
        "id: l\ntitle: L\nsections:\n  - heading: H\n    points: [a, b]\n")
    library = Library.open(library_dir)
    assert sorted(library.points) == ["a", "b"]
    assert library.lectures["l"].point_ids() == ["a", "b"]
    assert library.problems == []


def test_every_problem_kind_is_reported_and_the_rest_loads(library_dir):
    write_point(library_dir, "good")
    broken = write_point(library_dir, "broken")
    broken.write_text("---\nid: broken\ntitle: [oops\nkind: fact\n---\n")
    missing = library_dir / "points" / "missing-title.md"
    missing.write_text("---\nid: missing-title\nkind: fact\nlanguage: en\n---\n")
    write_point(library_dir, "good", folder="points/copy")  # duplicate id
    write_point(library_dir, "mismatch").rename(library_dir / "points" / "other-name.md")
    write_point(library_dir, "good.sync-conflict-20260101-120000-ABCDEF")
    (library_dir / "points" / "good (conflicted copy 2026-01-01).md").write_text("x")
    (library_dir / "lectures" / "lec.yaml").write_text(
        "id: lec\ntitle: L\nsections:\n  - heading: H\n    points: [good, ghost]\nquestions: [gone]\n")
    (library_dir / "library.yaml").write_text("words_per_minute: fast\n")
    before = {p: p.read_bytes() for p in library_dir.rglob("*") if p.is_file()}

    library = Library.open(library_dir)

    assert sorted(library.points) == ["good", "mismatch"]
    kinds = problems_of(library)
    assert ("format", "points/broken.md", 4) in kinds
    assert ("format", "points/missing-title.md", None) in kinds
    assert ("duplicate-id", "points/good.md", 2) in kinds or ("duplicate-id", "points/copy/good.md", 2) in kinds
    assert ("id-mismatch", "points/other-name.md", 2) in kinds
    assert ("conflict-copy", "points/good.sync-conflict-20260101-120000-ABCDEF.md", None) in kinds
    assert ("conflict-copy", "points/good (conflicted copy 2026-01-01).md", None) in kinds
    assert [k for k in kinds if k[0] == "missing-point"] == [
        ("missing-point", "lectures/lec.yaml", None)] * 2
    assert ("settings", "library.yaml", 1) in kinds
    messages = " | ".join(p.describe(library.root) for p in library.problems)
    assert "'ghost', which does not exist" in messages and "'gone' does not exist" in messages
    assert "invalid YAML" in messages and "`title` is missing" in messages
    # Nothing was rewritten.
    assert {p: p.read_bytes() for p in library_dir.rglob("*") if p.is_file()} == before


def test_slugify_transliterates_kazakh_and_russian():
    assert slugify("Экстремизмнің қаупі туралы") == "ekstremizmnin-qaupi-turaly"
    assert slugify("Ата-аналарға кеңес: ұл мен қыз") == "ata-analarga-kenes-ul-men-qyz"
    assert slugify("Әке, өмір, үй, һижра, іс") == "ake-omir-ui-hizhra-is"
    assert slugify("Как действуют вербовщики?") == "kak-deistvuiut-verbovshchiki"
    assert slugify("Café — naïve") == "cafe-naive"
    assert slugify("CON") == "con-point"
    assert slugify("!!!") == "point"
    long = slugify("слово " * 40)
    assert len(long) <= 64 and not long.endswith("-")


def test_create_point_derives_a_free_id(library_dir):
    write_point(library_dir, "zan-turaly")
    library = Library.open(library_dir)
    new_id = library.new_point_id("Заң туралы")
    assert new_id == "zan-turaly-2"
    point = library.create_point(TalkingPoint(id=new_id, title="Заң туралы", kind="law", language="kk",
                                              body="Мәтін."))
    assert (library_dir / "points" / "zan-turaly-2.md").is_file()
    assert Library.open(library_dir).points["zan-turaly-2"].title == "Заң туралы"
    with pytest.raises(InvalidIdError, match="already used"):
        library.create_point(TalkingPoint(id="zan-turaly", title="x", kind="law", language="kk"))
    with pytest.raises(InvalidIdError, match="a-z, 0-9"):
        library.create_point(TalkingPoint(id="Bad Id", title="x", kind="law", language="kk"))
    assert point.origin is not None


def test_save_refuses_over_an_outside_change(library_dir):
    path = write_point(library_dir, "a")
    library = Library.open(library_dir)
    point = library.points["a"]
    path.write_text(path.read_text().replace("Some text.", "Colleague's text."))
    point.body = "My text."
    with pytest.raises(FileChangedError):
        library.save_point(point)
    assert "Colleague's text." in path.read_text()
    library.save_point(point, overwrite=True)
    assert "My text." in path.read_text()
    point.body = "Second edit."
    library.save_point(point)  # the hash was refreshed by the previous save
    assert "Second edit." in path.read_text()


def test_rename_updates_lectures_and_delete_reports_users(library_dir):
    write_point(library_dir, "old-id")
    write_point(library_dir, "faq", kind="faq")
    (library_dir / "lectures" / "l.yaml").write_text(
        "id: l\ntitle: L  # keep me\nsections:\n  - heading: H\n    points:\n      - id: old-id\n"
        "        note: say this\nquestions: [faq]\n")
    library = Library.open(library_dir)
    library.rename_point("old-id", "new-id")
    assert not (library_dir / "points" / "old-id.md").exists()
    assert "id: new-id\n" in (library_dir / "points" / "new-id.md").read_text()
    text = (library_dir / "lectures" / "l.yaml").read_text()
    assert "title: L  # keep me\n" in text
    reopened = Library.open(library_dir)
    assert reopened.lectures["l"].sections[0].points == [PointRef("new-id", note="say this")]
    assert reopened.problems == []
    assert reopened.delete_point("new-id") == ["l"]
    assert not (library_dir / "points" / "new-id.md").exists()


def test_save_new_lecture(library_dir):
    write_point(library_dir, "a")
    library = Library.open(library_dir)
    lecture = Lecture(id="new", title="Новая лекция", language="ru",
                      sections=[Section("Начало", [PointRef("a")])])
    library.save_lecture(lecture)
    assert Library.open(library_dir).lectures["new"].sections[0].points == [PointRef("a")]
    with pytest.raises(InvalidIdError):
        library.save_lecture(Lecture(id="new", title="dup"))


def test_sample_library_is_clean_and_complete():
    library = Library.open(SAMPLE_LIBRARY)
    assert [p.describe(library.root) for p in library.problems] == []
    by_language = {lang: [p for p in library.points.values() if p.language == lang]
                   for lang in ("kk", "ru", "en")}
    assert len(library.points) >= 60
    assert all(len(points) >= 15 for points in by_language.values())
    assert {p.kind for p in library.points.values()} >= {"law", "tactic", "protection", "faq", "story"}
    for point in library.points.values():
        if point.kind == "law":
            assert point.sources, point.id
            assert point.reviewed or point.status == "draft", point.id  # a draft is not yet confirmed
            assert all(s.title and s.locator for s in point.sources), point.id
    formats = {lecture.format: lecture for lecture in library.lectures.values()}
    assert formats["online"].language == "ru" and formats["in-person"].language == "kk"
    assert all(lecture.deliveries for lecture in library.lectures.values())


def test_open_without_loading_then_reload_swaps_in_everything(library_dir):
    write_point(library_dir, "a")
    library = Library.open(library_dir, load=False)
    assert not library.loaded and library.points == {}
    seen = []
    library.reload(progress=lambda done, total: seen.append((done, total)))
    assert library.loaded and list(library.points) == ["a"]
    assert seen[-1] == (1, 1)


def test_reload_of_a_vanished_folder_is_a_clear_error(library_dir):
    library = Library.open(library_dir)
    import shutil

    shutil.rmtree(library_dir)
    with pytest.raises(LibraryNotFoundError, match="no longer there"):
        library.reload()


def test_settings_edit_keeps_comments(library_dir):
    (library_dir / "library.yaml").write_text(
        "# shared by the team\nname: Ортақ кітапхана\nwords_per_minute: 130  # measured in 2026\n"
        "custom: kept\n", encoding="utf-8")
    library = Library.open(library_dir)
    library.settings.words_per_minute = 120
    library.settings.handout_footer = "Сұрақтар: имамға хабарласыңыз"
    library.save_settings(library.settings)
    text = (library_dir / "library.yaml").read_text(encoding="utf-8")
    assert text.startswith("# shared by the team\nname: Ортақ кітапхана\nwords_per_minute: 120  # measured in 2026\n")
    assert "custom: kept\n" in text and "handout_footer: " in text
    assert Library.open(library_dir).settings.words_per_minute == 120


def test_a_librarys_repeated_words_are_kept_once(tmp_path) -> None:
    """Kind, language, status, tags and audiences repeat in every file: each is kept once,
    and points keep no per-object dictionary (100,000 points are read into memory)."""
    root = tmp_path / "Shared"
    (root / "points").mkdir(parents=True)
    for number in range(3):
        (root / "points" / f"p{number}.md").write_text(
            f"---\nid: p{number}\ntitle: Point {number}\nkind: fact\nlanguage: ru\nstatus: reviewed\n"
            f"tags: [family, online]\naudience: [parents]\n---\nText {number}.\n", encoding="utf-8")
    points = sorted(Library.open(root).points.values(), key=lambda point: point.id)
    first = points[0]
    for point in points[1:]:
        assert point.kind is first.kind and point.language is first.language and point.status is first.status
        assert all(a is b for a, b in zip(point.tags, first.tags, strict=True))
        assert point.audience[0] is first.audience[0]
    assert (first.kind, first.tags, first.audience) == ("fact", ["family", "online"], ["parents"])
    assert not hasattr(first, "__dict__") and not hasattr(first.origin, "__dict__")

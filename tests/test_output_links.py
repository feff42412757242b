"""Writes never follow links (issue 21, item 7): the static site and every export refuse a
symbolic link anywhere under their output folder, in one line with exit 64, and write nothing
through it; a link made while the build runs is not followed either (``O_NOFOLLOW``, files
created ``O_EXCL`` under a new name, then renamed)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from catalog.cli import cli
from catalog.publish.site_output import OutputFolder, UnsafeOutput


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def one_line(result, command: str, words: str) -> None:
    assert result.exit_code == 64, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"catalog {command}: "), lines
    assert words in lines[0] and "Traceback" not in result.output


@pytest.fixture
def built_site(fresh_copy, tmp_path) -> Path:
    out = tmp_path / "_site"
    assert run("site", "--db", str(fresh_copy), "--out", str(out)).exit_code == 0
    return out


def test_a_link_at_a_temporary_name_in_the_site_is_refused(fresh_copy, built_site, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (built_site / "prices.html.tmp").symlink_to(victim)
    before = (built_site / "prices.html").read_bytes()
    result = run("site", "--db", str(fresh_copy), "--out", str(built_site))
    one_line(result, "site", "prices.html.tmp is a symbolic link")
    assert victim.read_text() == "keep me"
    assert (built_site / "prices.html").read_bytes() == before


def test_a_linked_folder_in_the_site_receives_nothing(fresh_copy, built_site, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    acme = built_site / "models" / "openai"
    shutil.rmtree(acme)  # its models' pages and texts files
    acme.symlink_to(elsewhere, target_is_directory=True)
    result = run("site", "--db", str(fresh_copy), "--out", str(built_site))
    one_line(result, "site", "models/openai is a symbolic link")
    assert list(elsewhere.iterdir()) == []


def test_a_models_dev_providers_link_receives_nothing(fresh_copy, tmp_path):
    out = tmp_path / "models.dev"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out.mkdir()
    (out / "providers").symlink_to(elsewhere, target_is_directory=True)
    result = run("export", "--db", str(fresh_copy), "--format", "models.dev", "--out", str(out))
    one_line(result, "export", "providers is a symbolic link")
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("fmt", ["json", "litellm", "csv"])
def test_an_export_file_that_is_a_link_is_refused(fresh_copy, tmp_path, fmt):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / f"export.{fmt}"
    out.symlink_to(victim)
    result = run("export", "--db", str(fresh_copy), "--format", fmt, "--out", str(out))
    one_line(result, "export", "is a symbolic link")
    assert victim.read_text() == "keep me" and out.is_symlink()


def test_a_link_made_after_the_check_is_not_followed(tmp_path):
    """Between ``refuse_links`` and a write, a folder or file replaced by a link: the write
    refuses it rather than write through it."""
    folder = OutputFolder(tmp_path / "out")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    folder.refuse_links()
    assert folder.write("models/a/x.html", b"one")
    (tmp_path / "out" / "models" / "b").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(UnsafeOutput, match="models/b is not a folder"):
        folder.write("models/b/y.html", b"two")
    (elsewhere / "target").write_bytes(b"keep")
    (tmp_path / "out" / "z.html").symlink_to(elsewhere / "target")
    with pytest.raises(UnsafeOutput, match=r"z\.html is a symbolic link"):
        folder.write("z.html", b"three")
    assert sorted(p.name for p in elsewhere.iterdir()) == ["target"]
    assert (elsewhere / "target").read_bytes() == b"keep"


def test_a_fifo_at_a_target_is_refused_without_waiting(tmp_path):
    folder = OutputFolder(tmp_path)
    os.mkfifo(tmp_path / "pipe.html")
    with pytest.raises(UnsafeOutput, match="not a regular file"):
        folder.write("pipe.html", b"x")


def test_files_are_written_whole_and_only_when_changed(tmp_path):
    folder = OutputFolder(tmp_path / "out")
    assert folder.write("a/b.html", b"one") is True
    mtime = (tmp_path / "out" / "a" / "b.html").stat().st_mtime_ns
    assert folder.write("a/b.html", b"one") is False
    assert (tmp_path / "out" / "a" / "b.html").stat().st_mtime_ns == mtime
    assert folder.write("a/b.html", b"two") is True
    assert [p.name for p in (tmp_path / "out" / "a").iterdir()] == ["b.html"]  # no temp left
    assert (tmp_path / "out" / "a" / "b.html").read_bytes() == b"two"


def test_a_batch_keeps_a_folder_open_and_never_writes_through_a_link_put_in_its_place(
        tmp_path):
    """``batch()`` keeps the last folder open between writes (the static site's 100,000
    pages): a link put where that folder was receives nothing, and a link at another folder
    is still refused."""
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    elsewhere.mkdir()
    folder = OutputFolder(out)
    folder.refuse_links()
    with folder.batch():
        assert folder.write("models/a/x.html", b"one")
        (out / "models" / "a").rename(tmp_path / "moved")
        (out / "models" / "a").symlink_to(elsewhere, target_is_directory=True)
        assert folder.write("models/a/y.html", b"two")  # into the folder it opened
        (out / "models" / "b").symlink_to(elsewhere, target_is_directory=True)
        with pytest.raises(UnsafeOutput, match="models/b is not a folder"):
            folder.write("models/b/z.html", b"three")
    assert list(elsewhere.iterdir()) == []
    assert sorted(p.name for p in (tmp_path / "moved").iterdir()) == ["x.html", "y.html"]

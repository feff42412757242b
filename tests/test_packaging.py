"""`catalog serve` and `catalog site` from an installed wheel, not only from a checkout.

site/ is not a Python package (``site`` is a standard-library module), so pyproject.toml ships
it as data files under ``<prefix>/share/comet-catalog/site``; these tests check that every
file of site/ is declared, and that ``site_dir()`` finds the installed copy when there is no
checkout. (Built and run by hand too: ``pip wheel``, a fresh venv,
``catalog serve --get /catalog/models.json``.)
"""

from __future__ import annotations

import glob
import tomllib
from pathlib import Path

from catalog.publish import serve

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_every_file_of_site_ships_in_the_wheel():
    declared: dict[str, str] = {}
    for target, patterns in PYPROJECT["tool"]["setuptools"]["data-files"].items():
        for pattern in patterns:
            for path in glob.glob(pattern, root_dir=ROOT):
                declared[path] = target
    # node_modules/ is fetched from the npm registry by make install (git-ignored), not shipped
    on_disk = {p.relative_to(ROOT).as_posix() for p in (ROOT / "site").rglob("*")
               if p.is_file() and "__pycache__" not in p.parts
               and "node_modules" not in p.parts}
    assert on_disk - set(declared) == set(), "files of site/ the wheel would not carry"
    for path, target in declared.items():  # each lands where site_dir() looks for it
        relative = Path(path).relative_to("site").parent.as_posix()
        assert target == (serve.INSTALLED_SITE / relative).as_posix().rstrip("/.")


def test_site_dir_finds_the_installed_copy_without_a_checkout(tmp_path, monkeypatch):
    installed = tmp_path / "prefix" / serve.INSTALLED_SITE
    installed.mkdir(parents=True)
    (installed / "metadata.yml").write_text("title: installed\n")
    monkeypatch.delenv("CATALOG_SITE_DIR", raising=False)
    monkeypatch.setattr(serve, "REPO_ROOT", tmp_path / "no-checkout")
    monkeypatch.setattr(serve.sys, "prefix", str(tmp_path / "prefix"))
    assert serve.site_dir() == installed


def test_the_checkout_comes_before_an_installed_copy(monkeypatch):
    monkeypatch.delenv("CATALOG_SITE_DIR", raising=False)
    assert serve.site_dir() == ROOT / "site"
    monkeypatch.setenv("CATALOG_SITE_DIR", "/somewhere/else")
    assert serve.site_dir() == Path("/somewhere/else")

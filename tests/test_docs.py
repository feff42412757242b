"""The documentation names only what exists, and the command reference is what `--help` says.

README.md and docs/*.md are read as a newcomer would follow them: every file or folder they
name in backquotes (`catalog/publish/site.py`, `scrapers/reading/`), every dotted module or
object (`catalog.publish.spreadsheet.safe_cell`), every function named after its module
(`catalog/meaning/prose.py: whose`), every test (`test_http.py::test_reset_mid_body`), every
`catalog <command>` and every relative link must resolve. A path renamed in the code without
its documentation fails here, naming the page and the path.

docs/cli.md is generated from `catalog … --help` by cog (as sqlite-utils generates its
docs/cli-reference.rst); `cog --check` fails when a help text changed and `make docs` was not
run.
"""

from __future__ import annotations

import importlib
import re
import subprocess
import unicodedata
from functools import cache
from pathlib import Path

import pytest
from cogapp import Cog

from catalog.cli import cli

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
CLI_REFERENCE = ROOT / "docs" / "cli.md"

#: the folders a path in the docs may start from
ROOTS = ("catalog", "scrapers", "site", "tests", "bench", "docs", "data", ".ci")
#: paths the docs name that running the project makes (never committed): the catalogs,
#: the static site, the npm packages, the test artifacts, the job's exports
MADE_BY_RUNNING = ("data/catalog.db", "data/catalog.json", "data/catalog.csv", "data/demo/",
                   "data/state/", "data/models.dev/", "data/cometapi_litellm.json", "_site/",
                   "_site", "tests/artifacts/", "site/vendor/node_modules/", "catalog.db",
                   "catalog-lite.db")
#: suffixes that make `catalog.db` a file, not a module
FILE_SUFFIXES = {"db", "json", "csv", "lock", "toml", "md", "yml", "html", "gz", "atom"}
SKIP_DIRS = {".venv", "node_modules", ".git", "__pycache__"}


def page_id(page: Path) -> str:
    return page.relative_to(ROOT).as_posix()


@cache
def text_of(page: Path) -> str:
    return page.read_text(encoding="utf-8")


@cache
def spans(page: Path) -> list[str]:
    """What the page writes in backquotes, fenced blocks left out (read by ``code_lines``)."""
    prose = re.sub(r"```.*?```", "", text_of(page), flags=re.S)
    return re.findall(r"`([^`\n]+)`", prose)


@cache
def code_lines(page: Path) -> list[str]:
    return [line for block in re.findall(r"```[a-z]*\n(.*?)```", text_of(page), re.S)
            for line in block.splitlines()]


@cache
def files_named(name: str) -> list[Path]:
    found = []
    for path in ROOT.rglob(name):
        if not SKIP_DIRS & set(path.relative_to(ROOT).parts):
            found.append(path)
    return found


def named_paths(page: Path) -> set[str]:
    """Repository paths in backquotes: a span that starts with a top folder, or a file name
    (`http.py`, `en.json`); a placeholder (`<language>.json`) is checked up to its folder."""
    found = set()
    for span in spans(page):
        token = span.split()[0] if span.split() else ""
        token = token.rstrip(",.;:")
        if re.match(rf"^(?:{'|'.join(re.escape(r) for r in ROOTS)}|_site)/", token):
            if "?" in token or "=" in token:
                continue
            found.add(token.split("<", 1)[0])
        elif re.fullmatch(r"[\w.-]+\.(?:py|md|toml|json|yml|sql|html|sh|db)", token):
            found.add(token)
    return found


def exists(path: str) -> bool:
    if path.startswith(MADE_BY_RUNNING):
        return True
    if "/" not in path:  # a file name alone: somewhere in the repository
        return bool(files_named(path))
    if any(ch in path for ch in "*?["):
        return bool(list(ROOT.glob(path)))
    return (ROOT / path).exists()


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_every_path_the_docs_name_exists(page):
    missing = sorted(p for p in named_paths(page) if not exists(p))
    assert not missing, f"{page_id(page)} names paths that do not exist: {missing}"


def dotted_names(page: Path) -> set[str]:
    names = set()
    for span in spans(page):
        for name in re.findall(r"(?<![\w./-])((?:catalog|scrapers|tests|bench)(?:\.\w+)+)",
                               span):
            if name.split(".")[1] not in FILE_SUFFIXES:
                names.add(name)
    return names


def resolves(dotted: str) -> bool:
    """The longest importable module of ``dotted``, then attributes for the rest."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            target = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            if not hasattr(target, attribute):
                return False
            target = getattr(target, attribute)
        return True
    return False


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_every_dotted_module_the_docs_name_exists(page):
    missing = sorted(name for name in dotted_names(page) if not resolves(name))
    assert not missing, f"{page_id(page)} names modules or objects that do not exist: {missing}"


def defines(path: Path, name: str) -> bool:
    text = path.read_text(encoding="utf-8")
    return bool(re.search(rf"^\s*(?:async def|def|class)\s+{re.escape(name)}\b"
                          rf"|^\s*{re.escape(name)}\s*[:=]", text, re.M))


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_every_name_given_with_its_module_is_defined_there(page):
    """`catalog/meaning/prose.py: whose` names a function of that file."""
    wrong = []
    for path, name in re.findall(r"`((?:catalog|scrapers|site|bench)/[\w/]+\.py): (\w+)`",
                                 text_of(page)):
        if not (ROOT / path).is_file() or not defines(ROOT / path, name):
            wrong.append(f"{path}: {name}")
    assert not wrong, f"{page_id(page)} names what its module does not define: {wrong}"


@cache
def _tests_by_file() -> dict[str, set[str]]:
    found = {}
    for path in (ROOT / "tests").glob("test_*.py"):
        found[path.name] = set(re.findall(r"^\s*(?:async )?def (test_\w+)",
                                          path.read_text(encoding="utf-8"), re.M))
    return found


def named_tests(page: Path) -> list[tuple[str | None, str]]:
    """(file, test) pairs: `test_x.py::test_y[...]` and a bare `test_y` (any file); a name
    cut with … is a prefix."""
    named = []
    for span in spans(page):
        if m := re.fullmatch(r"(?:tests/)?(test_\w+\.py)::([^\s\[`]*)(?:\[.*\])?", span):
            named.append((m.group(1), m.group(2)))
        elif m := re.fullmatch(r"(test_\w+)(?:\[.*\])?", span):
            named.append((None, m.group(1)))
    return named


def cited_test_exists(file: str | None, name: str) -> bool:
    functions = _tests_by_file()
    if file is not None and file not in functions:
        return False
    prefix = name.split("…", 1)[0]
    if not prefix:
        return True
    pool = functions[file] if file else set().union(*functions.values())
    return any(f == name or ("…" in name and f.startswith(prefix)) for f in pool)


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_every_test_the_docs_cite_exists(page):
    missing = sorted(f"{f}::{n}" if f else n for f, n in named_tests(page)
                     if not cited_test_exists(f, n))
    assert not missing, f"{page_id(page)} cites tests that do not exist: {missing}"


def named_commands(page: Path) -> set[str]:
    """`catalog scrape`, `catalog import-history …` in backquotes, and a code block's lines
    that run `catalog` (`catalog scrape …`, `.venv/bin/catalog site …`, `Usage: catalog …`)."""
    found = set()
    for span in spans(page):
        found.update(re.findall(r"(?:^|(?<=[\s(/]))catalog ([a-z][a-z-]*)(?![\w.-])", span))
    for line in code_lines(page):
        found.update(re.findall(r"^(?:\$ |Usage: )?(?:\S*/)?catalog ([a-z][a-z-]*)(?![\w.-])",
                                line))
    return found


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_every_catalog_command_the_docs_name_exists(page):
    unknown = sorted(named_commands(page) - set(cli.commands))
    assert not unknown, f"{page_id(page)} names commands `catalog` does not have: {unknown}"


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to -."""
    text = unicodedata.normalize("NFC", heading.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(page: Path) -> set[str]:
    prose = re.sub(r"```.*?```", "", text_of(page), flags=re.S)
    return {github_anchor(h) for h in re.findall(r"^#+ (.+)$", prose, re.M)}


def links(page: Path) -> list[str]:
    prose = re.sub(r"```.*?```", "", text_of(page), flags=re.S)
    return re.findall(r"\]\(([^)\s]+)\)", prose)


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_every_relative_link_resolves(page):
    broken = []
    for link in links(page):
        if re.match(r"^[a-z]+:", link):
            continue
        target_part, _, anchor = link.partition("#")
        target = (page.parent / target_part).resolve() if target_part else page
        stale_anchor = anchor and target.suffix == ".md" and anchor not in anchors(target)
        if not target.exists() or stale_anchor:
            broken.append(link)
    assert not broken, f"{page_id(page)} has links that lead nowhere: {broken}"


def test_the_parsers_see_what_the_docs_name():
    """The checks above mean something only if they find names in the pages."""
    readme = ROOT / "README.md"
    assert {"scrape", "parse", "crosscheck", "export", "serve", "site"} <= named_commands(readme)
    assert "docs/index.md" in {p.relative_to(ROOT).as_posix() for p in PAGES}
    everything = set().union(*(named_paths(p) for p in PAGES))
    assert {"catalog/publish/site_output.py", "scrapers/reading/vocabulary/",
            "tests/faultserver.py"} <= everything
    assert "catalog.publish.query_params" in set().union(*(dotted_names(p) for p in PAGES))
    cited = [t for p in PAGES for t in named_tests(p)]
    assert (None, "test_reset_mid_body") in cited and len(cited) > 50
    assert sum(len(links(p)) for p in PAGES) > 20


def test_a_stale_name_is_caught(tmp_path):
    """The same checks on a page naming what is gone: each is reported."""
    page = tmp_path / "stale.md"
    page.write_text("`scrapers/vocabulary/en.json` `catalog.query_params` "
                    "`catalog.spreadsheet.safe_cell` `catalog frobnicate` "
                    "`test_http.py::test_gone` [x](nowhere.md) [y](#no-such-heading)\n",
                    encoding="utf-8")
    assert not exists(next(iter(named_paths(page))))
    assert not any(resolves(n) for n in dotted_names(page))
    assert named_commands(page) == {"frobnicate"}
    assert not cited_test_exists("test_http.py", "test_gone")
    assert links(page) == ["nowhere.md", "#no-such-heading"]
    assert "no-such-heading" not in anchors(page)


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_and_is_in_the_reference(command):
    assert cli.commands[command].help, f"catalog {command} has no help text"
    assert f"\n## catalog {command}\n" in text_of(CLI_REFERENCE)


def test_the_command_reference_is_what_cog_generates():
    """`cog --check docs/cli.md`: the page is the current `--help` of every command."""
    status = Cog().main(["cog", "--check", "--diff",
                         "--check-fail-msg", "run `make docs` to regenerate it",
                         str(CLI_REFERENCE)])
    assert status == 0, "docs/cli.md is out of date: run `make docs`"


def test_cog_check_fails_on_a_stale_reference(tmp_path):
    """The check above can fail: a reference with an outdated help text is caught."""
    stale = tmp_path / "cli.md"
    stale.write_text(text_of(CLI_REFERENCE).replace("Scrape model pages into the catalog.",
                                                    "Scrape something else."),
                     encoding="utf-8")
    assert text_of(CLI_REFERENCE) != stale.read_text(encoding="utf-8")
    assert Cog().main(["cog", "--check", "--verbosity", "0", str(stale)]) != 0


def test_make_docs_regenerates_the_reference_with_cog():
    plan = subprocess.run(["make", "-n", "docs"], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout
    assert re.search(r"cog -r docs/cli\.md$", plan, re.M), plan

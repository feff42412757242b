"""The `catalog` command line: click commands (commands.py, publish.py) over library functions.

`catalog.cli:cli` is the console entry point (pyproject.toml), so the group is exported here.
"""

from catalog.cli.commands import cli

__all__ = ["cli"]

"""`python -m catalog.cli` runs the same command line as the `catalog` script."""

from catalog.cli.commands import cli

cli(prog_name="catalog")

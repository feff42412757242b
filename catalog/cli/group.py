"""The ``catalog`` command group: how any error ends a command.

Why: a scheduler reads the exit status, a person reads one line. An unexpected exception left
to Python prints a traceback and exits 1, which every scheduled example takes for "partial,
what was read is committed"; click's usage errors exit 2, "failed". Here every error becomes
one line on stderr and a status of its own (catalog.exit_codes): 64 for a wrong command line,
70 for an internal error, 130 for an interrupt. ``catalog --debug …`` adds the traceback.
"""

from __future__ import annotations

import sys
import traceback
from typing import Any

import click

from catalog import exit_codes

DEBUG_KEY = "catalog.debug"


class InternalError(click.ClickException):
    """An exception no command expected: reported in one line, exit 70."""

    exit_code = exit_codes.INTERNAL

    def __init__(self, command: str, error: BaseException) -> None:
        detail = str(error).strip().splitlines()[0] if str(error).strip() else ""
        super().__init__(f"{command}: internal error: {type(error).__name__}"
                         + (f": {detail}" if detail else "")
                         + f" (exit {exit_codes.INTERNAL}; `catalog --debug "
                         f"{command.removeprefix('catalog ')} …` shows the traceback)")

    def show(self, file: Any = None) -> None:
        click.echo(self.message, err=True)


class CatalogGroup(click.Group):
    """A click group whose commands never end in a traceback (unless ``--debug``) and whose
    usage errors exit 64, not click's 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit,
                KeyboardInterrupt, EOFError):
            raise
        except Exception as error:
            sub = ctx.invoked_subcommand
            command = f"{ctx.command_path} {sub}" if sub else ctx.command_path
            if ctx.meta.get(DEBUG_KEY):
                traceback.print_exc(file=sys.stderr)
            raise InternalError(command, error) from error

    def main(self, args: Any = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            result = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as error:
            click.echo(_one_line(error), err=True)
            sys.exit(exit_codes.USAGE)
        except click.ClickException as error:
            error.show()
            sys.exit(error.exit_code)
        except click.Abort:
            click.echo("catalog: interrupted", err=True)
            sys.exit(exit_codes.INTERRUPTED)
        sys.exit(result if isinstance(result, int) else exit_codes.COMPLETE)


def _one_line(error: click.UsageError) -> str:
    """``catalog scrape: Invalid value for '--rate': '-1' must be a number above 0 (see
    `catalog scrape --help`)``: click's four lines of usage, hint and error, in one."""
    path = error.ctx.command_path if error.ctx is not None else "catalog"
    message = " ".join(error.format_message().split())
    return f"{path}: {message} (see `{path} --help`)"

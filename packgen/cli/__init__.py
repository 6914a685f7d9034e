"""Command-line interface: argv in, exit code out (0 ok, 1 a check found problems, 2 bad input).

Each command lives in its own module and is imported only when invoked, so
`packgen parse` never pays for WeasyPrint.
"""

from __future__ import annotations

import contextlib
import importlib
import signal
import sys
from pathlib import Path

import click

from packgen import __version__
from packgen.errors import CheckFailed, InputError, Terminated

# command name -> "module:attribute"
COMMANDS = {
    "parse": "packgen.cli.parse:parse",
    "topics": "packgen.cli.history:topics",
    "history": "packgen.cli.history:history",
    "followups": "packgen.cli.history:followups",
    "build": "packgen.cli.build:build",
    "check": "packgen.cli.build:check",
    "schema": "packgen.cli.build:schema",
    "presidency": "packgen.cli.presidency:presidency",
    "distribute": "packgen.cli.distribute:distribute",
    "init": "packgen.cli.init:init",
    "serve": "packgen.cli.serve:serve",
    "unpack": "packgen.cli.unpack:unpack",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        # a listed command whose module or function is missing is a broken install: it fails
        # loudly (ImportError, AttributeError) instead of vanishing from the list of commands
        return getattr(importlib.import_module(module_name), attr)


def _select_workspace(ctx: click.Context, param: click.Parameter, value: Path | None) -> None:
    if value is None and "packgen.workspace" not in sys.modules:
        return  # nothing to select or forget: `packgen parse` need not import it
    from packgen import workspace

    workspace.select(value)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="packgen")
@click.option(
    "--workspace",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="PACKGEN_WORKSPACE",
    expose_value=False,
    is_eager=True,
    callback=_select_workspace,
    help="The workspace folder (holding packgen.yaml). Default: $PACKGEN_WORKSPACE, else the "
    "nearest packgen.yaml at or above the current folder, else packgen's bundled defaults.",
)
def cli() -> None:
    """packgen: Council of the EU briefing packs from past outcomes of proceedings.

    \b
    Typical use:
      packgen parse OUTCOME.pdf --json     what packgen reads from an outcome
      packgen history visa-reciprocity     the history of one topic in the corpus
      packgen build brief.yaml             a brief as DOCX and PDF in output/
      packgen init my-briefs               a workspace of your own (see --workspace)

    Shell completion: eval "$(_PACKGEN_COMPLETE=bash_source packgen)" (zsh_source,
    fish_source for the other shells).

    Exit codes: 0 success, 1 a check found problems, 2 bad input or usage
    (with a one-line message naming the file and line).
    """


def _terminate_cleanly():
    """SIGTERM at any moment (reading, rendering, writing) ends with one line and exit 143.

    Returns the handler it replaced (None when it could not install one)."""

    def _raise(signum, frame):  # noqa: ARG001
        raise Terminated()

    try:
        return signal.signal(signal.SIGTERM, _raise)
    except ValueError:  # not the main thread (a test harness): no handler
        return None


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and turn project errors into one-line messages and exit codes."""
    previous = _terminate_cleanly()
    try:
        rv = cli.main(args=argv, prog_name="packgen", standalone_mode=False)
    except InputError as exc:
        click.echo(f"packgen: {exc}", err=True)
        sys.exit(2)
    except CheckFailed as exc:
        if str(exc):
            click.echo(f"packgen: {exc}", err=True)
        sys.exit(1)
    except click.exceptions.Abort:
        click.echo("packgen: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("packgen: interrupted", err=True)
        sys.exit(130)
    except Terminated:
        click.echo(
            "packgen: terminated; files written so far are complete, the rest untouched", err=True
        )
        sys.exit(143)
    except BrokenPipeError:
        sys.exit(0)
    finally:  # main() called in process (tests, serve) leaves the handler as it found it
        if previous is not None:
            with contextlib.suppress(ValueError):
                signal.signal(signal.SIGTERM, previous)
    sys.exit(rv if isinstance(rv, int) else 0)

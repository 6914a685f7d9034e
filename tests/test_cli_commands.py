"""Tests for the lazy command table of packgen.cli: every listed command loads, a broken one fails."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from packgen import cli


def test_every_listed_command_loads_as_a_click_command() -> None:
    group = cli.cli
    with click.Context(group) as ctx:
        names = group.list_commands(ctx)
        assert names == sorted(cli.COMMANDS)
        for name in names:
            assert isinstance(group.get_command(ctx, name), click.Command), name


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli.cli, ["--help"])
    assert result.exit_code == 0
    for name in cli.COMMANDS:
        assert f"  {name} " in result.output, name


@pytest.mark.parametrize(
    ("target", "error"),
    [
        ("packgen.cli.no_such_module:gone", ModuleNotFoundError),
        ("packgen.no_such_package.module:gone", ModuleNotFoundError),
        ("packgen.cli.parse:no_such_function", AttributeError),
    ],
)
def test_a_command_whose_code_is_missing_is_an_error_not_hidden(
    monkeypatch: pytest.MonkeyPatch, target: str, error: type[Exception]
) -> None:
    monkeypatch.setitem(cli.COMMANDS, "broken", target)
    group = cli.cli
    with click.Context(group) as ctx:
        assert "broken" in group.list_commands(ctx)
        with pytest.raises(error):
            group.get_command(ctx, "broken")
    with pytest.raises(error):
        CliRunner().invoke(cli.cli, ["broken"], catch_exceptions=False)

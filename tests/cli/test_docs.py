"""The documentation keeps step with the commands: every command is in README.md,
and each command's short help is its docstring's first line."""

from __future__ import annotations

import importlib

from arabtext.cli import COMMANDS, main


def test_every_command_is_in_the_readme(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    for name in main.list_commands(None):
        assert f"`{name}`" in readme, name
        assert f"arabtext {name}" in readme, name


def test_short_help_is_the_docstring_first_line():
    for name in main.list_commands(None):
        command = importlib.import_module(f"arabtext.cli.{name}").command
        first_line = command.callback.__doc__.strip().splitlines()[0]
        assert COMMANDS[name] == first_line, name
        assert command.get_short_help_str(limit=200) == first_line, name


def test_every_command_module_has_a_listing():
    assert set(main.list_commands(None)) == set(COMMANDS)

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


def test_every_help_ends_with_real_examples(root):
    from click.testing import CliRunner

    from arabtext.cli._examples import EXAMPLES

    for name in main.list_commands(None):
        assert 2 <= len(EXAMPLES[name]) <= 3, name
        text = CliRunner().invoke(main, [name, "--help"]).stdout
        tail = text[text.rindex("Examples:"):]
        for command, what in EXAMPLES[name]:
            assert f"arabtext {name}" in command and command in tail and what in tail, name
            for word in command.split():
                if word.startswith("samples/"):
                    assert (root / word).exists(), word


def test_unknown_command_gets_a_suggestion():
    from click.testing import CliRunner

    result = CliRunner().invoke(main, ["tokenise", "x.txt"])
    assert result.exit_code == 2
    assert "No such command 'tokenise'. Did you mean 'tokenize'?" in result.stderr
    assert "Did you mean" not in CliRunner().invoke(main, ["frobnicate"]).stderr


def test_help_and_dir_of_the_package_list_the_verbs():
    import pydoc

    import arabtext

    for verb in COMMANDS:
        assert verb in dir(arabtext), verb
        assert f"``{verb}``" in arabtext.__doc__, verb
    assert "report" in pydoc.render_doc(arabtext)


def _readme_block(root, command: str) -> list[str]:
    """The lines of README's example output after ``$ COMMAND`` (up to the fence)."""
    lines = (root / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("$ " + command) + 1
    return lines[start:lines.index("```", start)]


def test_readme_keyword_table_is_what_the_command_prints(root):
    from click.testing import CliRunner

    rows = [[cell.strip() for cell in line.split("│")[1:-1]]
            for line in _readme_block(root, "arabtext keywords --format table samples/baghuz.txt")
            if line.startswith("│")]
    result = CliRunner().invoke(main, ["keywords", "--format", "tsv", str(root / "samples" / "baghuz.txt")])
    assert result.exit_code == 0, result.output
    printed = [line.split("\t")[1:] for line in result.output.splitlines()[1:]]
    assert rows and rows == printed


def test_readme_entity_lines_are_what_the_command_prints(root):
    from click.testing import CliRunner

    shown = _readme_block(root, "arabtext entities samples/baghuz.txt | head -8")
    result = CliRunner().invoke(main, ["entities", str(root / "samples" / "baghuz.txt")])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:8] == shown

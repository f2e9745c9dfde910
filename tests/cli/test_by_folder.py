"""`--combined --by-folder`: one list per sub-folder, to one stream or one file each."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

import arabtext
from arabtext.cli import main

ARCHIVE = Path(__file__).resolve().parents[1] / "overview" / "archive"


def invoke(*args: str):
    result = CliRunner().invoke(main, [*args, "-q"])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_keywords_by_folder_equal_each_folder_combined():
    text = invoke("keywords", "--combined", "--by-folder", "-n", "3", "-f", "text", str(ARCHIVE))
    expected = []
    for folder in ("culture", "economy", "sport"):
        texts = [p.read_text(encoding="utf-8") for p in sorted((ARCHIVE / folder).glob("*.txt"))]
        expected.append(f"==> {folder} <==\n" + "".join(k.keyword + "\n" for k in arabtext.keywords_combined(texts, top=3)) + "\n")
    assert text == "".join(expected)


def test_by_folder_output_dir_and_csv(tmp_path):
    invoke("keywords", "--combined", "--by-folder", "-n", "2", "--output-dir", str(tmp_path / "out"), str(ARCHIVE))
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["culture.txt", "economy.txt", "sport.txt"]
    rows = invoke("counts", "--combined", "--by-folder", "-n", "1", "-f", "tsv", str(ARCHIVE)).splitlines()
    assert rows[0] == "path\trank\tterm\tcount" and [r.split("\t")[0] for r in rows[1:]] == ["culture", "economy", "sport"]


def test_by_folder_needs_combined():
    result = CliRunner().invoke(main, ["keywords", "--by-folder", str(ARCHIVE)])
    assert result.exit_code == 2 and "--combined" in result.stderr

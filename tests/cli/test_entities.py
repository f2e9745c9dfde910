"""``arabtext entities``: formats, offsets into real text, stdin line by line, --types."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from arabtext.cli import main


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(main, ["entities", "-j", "1", "-q", *args], input=input)


def test_jsonl_offsets_point_into_each_original_line(baghuz):
    lines = baghuz.read_text(encoding="utf-8").split("\n")
    result = invoke("-f", "jsonl", str(baghuz))
    assert result.exit_code == 0, result.stderr
    found = []
    for record in map(json.loads, result.stdout.splitlines()):
        line = lines[record["line"] - 1]
        for e in record["entities"]:
            assert line[e["start"]:e["end"]] == e["text"]
            assert e["type"] in {"PER", "LOC", "ORG", "MISC"}
            found.append((e["type"], e["text"]))
    assert ("LOC", "سوريا") in found and ("PER", "دونالد ترامب") in found
    assert ("ORG", "الأمم المتحدة") in found  # hamza kept as written


def test_unambiguous_names_in_running_text():
    text = "قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن الأمم المتحدة ستجتمع في نيويورك.\n"
    out = invoke(input=text).stdout.splitlines()
    assert "PER\tإيمانويل ماكرون" in out and "LOC\tباريس" in out and "LOC\tنيويورك" in out
    assert "ORG\tالأمم المتحدة" in out


def test_types_filter_and_unknown_type(baghuz):
    result = invoke("--types", "per", str(baghuz))
    assert result.exit_code == 0 and result.stdout
    assert all(line.startswith("PER\t") for line in result.stdout.splitlines())
    bad = invoke("--types", "PER,FOO", str(baghuz))
    assert bad.exit_code == 2 and "FOO" in bad.stderr


def test_conll_is_one_token_a_line_with_bio_tags(baghuz):
    text = baghuz.read_text(encoding="utf-8")
    out = invoke("-f", "conll", input=text).stdout
    assert out.splitlines().count("") == text.count("\n")  # one empty line after each input line
    tags = [line.split("\t")[1] for line in out.splitlines() if line]
    assert "B-LOC" in tags and "B-PER" in tags
    for previous, tag in zip(["O", *tags], tags):
        if tag.startswith("I-"):
            assert previous[2:] == tag[2:]


def test_table_counts_each_documents_entities(samples):
    out = invoke("-f", "table", str(samples / "baghuz.txt")).stdout
    assert "entity" in out and "count" in out and "سوريا" in out


def test_stdin_is_read_one_line_at_a_time(root):
    """ner_eval.py drives the command through a pipe, a line at a time."""
    proc = subprocess.Popen([sys.executable, "-m", "arabtext", "entities", "-f", "jsonl"], cwd=root,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write("زار دونالد ترامب واشنطن\n".encode())
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())  # answered before the input ends
        assert first["line"] == 1 and {"text": "واشنطن", "type": "LOC"}.items() <= first["entities"][-1].items()
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
    assert proc.returncode == 0

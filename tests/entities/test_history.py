"""The tagger's memory of a document's names: what it keeps, and that every way of reading
a document (the library, a line at a time, the command, workers) gives the same names."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

import arabtext
from arabtext.cli.main import main
from arabtext.entities import EntityTagger, default_tagger
from arabtext.entities.history import NameHistory, name_stems

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"


def test_stems_drop_proclitic_article_and_spelling():
    assert name_stems("والأهلي") == name_stems("الأهلي") == ["اهلي"]
    assert name_stems("أنجيلا ميركل") == ["انجيلا", "ميركل"]
    assert name_stems("( بي بي سي )") == ["بي", "بي", "سي"]


def test_history_keeps_the_last_lines_only():
    h = NameHistory(2)
    assert not h and h.types("ميركل") == []
    h.add([("أنجيلا ميركل", "PER"), ("القاهرة", "LOC")])
    h.add([])  # a line without names still counts
    assert h.types("ميركل") == ["PER"] and h.types("قاهرة") == ["LOC"]
    h.add([("ميركل", "ORG")])  # the first line leaves
    assert h.types("ميركل") == ["ORG"] and h.types("قاهرة") == []
    h.add([("بميركل", "PER")])
    assert h.types("ميركل") == ["ORG", "PER"]
    h.add([])
    h.add([])
    assert not h


def test_shipped_model_looks_back():
    history = default_tagger().new_history()
    assert isinstance(history, NameHistory) and history.lines > 0


def _by_line(text: str, found: list) -> dict[int, list[tuple[int, int, str, str]]]:
    """Entities of a whole text as (line number, offsets into that line)."""
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    out: dict[int, list] = {}
    for e in found:
        k = max(i for i, s in enumerate(starts) if s <= e.start)
        out.setdefault(k + 1, []).append((e.start - starts[k], e.end - starts[k], e.type, e.text))
    return out


def test_a_document_read_whole_or_a_line_at_a_time_gives_the_same_names():
    text = (SAMPLES / "baghuz.txt").read_text(encoding="utf-8")
    tagger = EntityTagger()
    history = tagger.new_history()
    pieces = []
    offset = 0
    for line in text.splitlines(keepends=True):
        pieces += [e._replace(start=e.start + offset, end=e.end + offset)
                   for e in tagger.entities(line, history=history)]
        offset += len(line)
    assert pieces == tagger.entities(text) == arabtext.entities(text)


def test_the_command_reads_each_file_as_one_document(tmp_path):
    """jsonl per line = the library on the whole file; the same with workers."""
    paths = [SAMPLES / f"{name}.txt" for name in ("ant-culture", "ant-economy", "ant-politic", "baghuz")]
    outs = []
    for jobs in ("1", "2"):
        result = CliRunner().invoke(main, ["entities", "-f", "jsonl", "-q", "--jobs", jobs, *map(str, paths)])
        assert result.exit_code == 0, result.output
        outs.append(result.stdout)
    assert outs[0] == outs[1]
    records = [json.loads(line) for line in outs[0].splitlines()]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        expected = _by_line(text, arabtext.entities(text))
        got = {r["line"]: [(e["start"], e["end"], e["type"], e["text"]) for e in r["entities"]]
               for r in records if r["path"] == str(path) and r["entities"]}
        assert got == expected, path.name


def test_separate_lines_reads_each_line_alone():
    """--separate-lines / separate_lines=True: no line informs the next, in the library,
    the command and its table; on the Baghuz sample the memory finds تنظيم داعش more often."""
    text = (SAMPLES / "baghuz.txt").read_text(encoding="utf-8")
    alone = arabtext.entities(text, separate_lines=True)
    offset, expected = 0, []
    for line in text.splitlines(keepends=True):
        expected += [e._replace(start=e.start + offset, end=e.end + offset) for e in arabtext.entities(line)]
        offset += len(line)
    assert alone == expected
    together = arabtext.entities(text)
    assert sum("داعش" in e.text for e in together) > sum("داعش" in e.text for e in alone)
    runner = CliRunner()
    out = runner.invoke(main, ["entities", "--separate-lines", "-q", str(SAMPLES / "baghuz.txt")]).stdout
    assert out == "".join(f"{e.type}\t{e.text}\n" for e in alone)
    table = runner.invoke(main, ["entities", "--separate-lines", "-f", "tsv", "-q", str(SAMPLES / "baghuz.txt")])
    assert table.exit_code == 0 and len(table.stdout.splitlines()) == len(alone) + 1

"""The engine's output side (#17): formats' quoting, -o targets, the plan's output paths."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from arabtext.batch import FORMATS, PlanError, Reporter, RunOptions
from arabtext.batch.formats import Formatter
from arabtext.batch.plan import make_plan
from arabtext.batch.sinks import AtomicFile, InPlaceFile, OutputError, combined_path, open_output

FIELDS = ['"', 'a"b', "tab\there", "comma, here", "line\nbreak", "cr\rhere", "", "plain", "back\\slash"]


@pytest.mark.parametrize("fmt", ["tsv", "csv"])
def test_rows_read_back_as_written(fmt):
    formatter = Formatter(fmt, ("n", "field"))
    text = formatter.begin() + formatter.rows((i, f) for i, f in enumerate(FIELDS))
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t" if fmt == "tsv" else ","))
    assert rows == [["n", "field"], *([str(i), f] for i, f in enumerate(FIELDS))]


def test_tsv_quotes_only_fields_that_need_it():
    assert Formatter("tsv", ()).rows([("plain", "comma,", 'q"', "t\tt")]) == 'plain\tcomma,\t"q"""\t"t\tt"\n'
    assert Formatter("csv", ()).rows([("plain", "comma,", "t\tt")]) == 'plain,"comma,",t\tt\n'


def test_conll_rows():
    formatter = Formatter("conll", ("token",))
    assert formatter.begin() == "" and FORMATS["conll"].extension == ".conll" and not FORMATS["conll"].header
    assert formatter.conll([("a", "b", ""), (), ("c\td", "e", "X")]) == "a\tb\t_\n\nc d\te\tX\n\n"
    assert formatter.conll([]) == "\n"


def test_open_output_by_kind_of_target(tmp_path):
    new = open_output(tmp_path / "new.txt")
    assert isinstance(new, AtomicFile) and not new.existed
    new.discard()
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so opening for writing does not block
    try:
        target = open_output(fifo)
        assert isinstance(target, InPlaceFile)
        target.stream.write("x")
        target.commit()
        assert os.read(fd, 10) == b"x"
    finally:
        os.close(fd)
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "real.txt")
    target = open_output(link)
    assert isinstance(target, InPlaceFile)
    target.commit()
    assert link.is_symlink() and (tmp_path / "real.txt").exists()
    with pytest.raises(OutputError, match="no such folder"):
        open_output(tmp_path / "missing" / "out.txt")
    assert not (tmp_path / "missing").exists()


def test_combined_path():
    assert combined_path(Path("d"), "json") == Path("d/combined.json")
    assert combined_path(Path("d"), "table") == Path("d/combined.txt")


def test_plan_refuses_two_inputs_for_one_output(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text("a\n", encoding="utf-8")
    options = RunOptions(output_dir=tmp_path / "out")
    with pytest.raises(PlanError, match="x/a.txt and .*y/a.txt would both be written to .*out/a.txt"):
        make_plan([str(tmp_path / "x"), str(tmp_path / "y")], options, Reporter(quiet=True))
    plan, _ = make_plan([str(tmp_path / "x"), str(tmp_path / "y")], options, Reporter(quiet=True), per_file=False)
    assert len(plan) == 2 and all(item.target is None for item in plan)  # --combined: one output


def test_plan_skips_the_output_folder_below_a_folder_argument(tmp_path):
    (tmp_path / "out" / "deep").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("a\n", encoding="utf-8")
    (tmp_path / "out" / "deep" / "b.txt").write_text("b\n", encoding="utf-8")
    plan, _ = make_plan([str(tmp_path)], RunOptions(output_dir=tmp_path / "out"), Reporter(quiet=True))
    assert [item.source.relpath.as_posix() for item in plan] == ["a.txt"]
    plan, _ = make_plan([str(tmp_path)], RunOptions(output_dir=tmp_path / "elsewhere"), Reporter(quiet=True))
    assert len(plan) == 2


@pytest.mark.parametrize("step", ["commit", "discard"])
def test_a_worker_terminated_while_it_renames_or_deletes_its_file_leaves_no_temporary(tmp_path, monkeypatch, step):
    # A terminated worker's SIGTERM handler deletes the file the sink is writing
    # (WorkerFiles.remove_current, arabtext.batch.pool): the sink must still name that
    # file while it renames or deletes it, or a .tmp is left behind (seen once in a
    # suite run: SIGTERM between the close of the file and its rename).
    from types import SimpleNamespace

    from arabtext.batch.sinks import FolderSink
    from arabtext.batch.tasks import WORKER_FILES

    sink = FolderSink(lambda: Formatter("text", ("path", "line", "text")), "text")
    item = SimpleNamespace(target=tmp_path / "out" / "03.txt")
    sink.open(item)
    sink.new_task()
    sink.write("نص\n")
    original = getattr(AtomicFile, step)

    def terminated_half_way(self):
        self.stream.close()
        WORKER_FILES.remove_current()  # the SIGTERM handler, then os._exit: nothing more runs

    monkeypatch.setattr(AtomicFile, step, terminated_half_way)
    monkeypatch.setattr(WORKER_FILES, "sink", sink)
    sink.close(item) if step == "commit" else sink.discard(item)
    monkeypatch.setattr(AtomicFile, step, original)
    assert not list((tmp_path / "out").glob("*.tmp"))
    assert not (tmp_path / "out" / "03.txt").exists()

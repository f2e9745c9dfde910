"""The tables the entity tagger ships are what their scripts in tools/ build from the
data beside the repository and the inputs their docstrings name (the gazetteer's script
needs CLDR and GeoNames packages the test environment lacks, and the model's takes ten
minutes: neither is rebuilt here)."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "arabtext" / "data"


def _build(script: str, *args: str) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "tools" / script), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]


def _same(built: Path, shipped: str) -> None:
    # the content, not the gzip header (which names the file)
    with gzip.open(built, "rb") as a, gzip.open(DATA / shipped, "rb") as b:
        assert a.read() == b.read(), f"arabtext/data/{shipped} is not what its script builds"


@pytest.fixture
def ant(shared_file):
    return shared_file("ant-news")


def test_word_clusters(ant, tmp_path):
    _build("build_entity_clusters.py", "--ant", str(ant), "--out", str(tmp_path / "c.tsv.gz"))
    _same(tmp_path / "c.tsv.gz", "entity_clusters.tsv.gz")


def test_word_statistics_and_neighbours(ant, tmp_path):
    _build("build_entity_wordstats.py", "--ant", str(ant), "--out", str(tmp_path / "w.tsv.gz"),
           "--neighbours", str(tmp_path / "n.tsv.gz"))
    _same(tmp_path / "w.tsv.gz", "entity_wordstats.tsv.gz")
    _same(tmp_path / "n.tsv.gz", "entity_neighbours.tsv.gz")


def test_section_weights(ant, tmp_path):
    _build("build_entity_topics.py", "--ant", str(ant), "--out", str(tmp_path / "t.tsv.gz"))
    _same(tmp_path / "t.tsv.gz", "entity_topics.tsv.gz")


def test_name_likeness_from_the_lemma_table_it_names(tmp_path, tool):
    commit = tool("build_entity_namelike").SHIPPED_FROM
    lemmas = tmp_path / "lemmas.tsv.gz"
    with lemmas.open("wb") as out:
        shown = subprocess.run(["git", "show", f"{commit}:arabtext/data/lemmas.tsv.gz"], stdout=out,
                               stderr=subprocess.PIPE, cwd=ROOT)
    if shown.returncode != 0:
        pytest.skip(f"no git history with {commit} (a clone of the repository has it)")
    _build("build_entity_namelike.py", "--lemmas", str(lemmas), "--out", str(tmp_path / "l.tsv.gz"))
    _same(tmp_path / "l.tsv.gz", "entity_namelike.tsv.gz")

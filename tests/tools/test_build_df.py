"""tools/build_df.py: the command that builds background document-frequency tables."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from arabtext.keyphrases import DocumentFrequencies

ROOT = Path(__file__).resolve().parents[2]


def _build_df():
    spec = importlib.util.spec_from_file_location("build_df", ROOT / "tools" / "build_df.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_df_module(tmp_path):
    main = _build_df().main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "1.txt").write_text("مهرجان قرطاج\n\nمهرجان قرطاج الدولي", encoding="utf-8")
    (tmp_path / "in" / "2.txt").write_text("مهرجان الحمامات", encoding="utf-8")
    out = tmp_path / "df.tsv.gz"
    assert main([str(tmp_path / "in"), str(out)]) == 0
    assert DocumentFrequencies.load(out).get("مهرجان") == 2
    assert main([str(tmp_path / "empty-does-not-exist"), str(tmp_path / "x.gz")]) == 1


def test_the_shipped_table_is_what_the_script_builds(tmp_path, shared_file):
    # The shipped background table must follow the code: a change to the stopwords, the
    # word keys or the reading of a text (a BOM, a Persian ی) calls for a rebuild.
    ant = shared_file("ant-news")
    out = tmp_path / "ant_df.tsv.gz"
    assert _build_df().main([str(ant), str(out)]) == 0
    assert out.read_bytes() == (ROOT / "arabtext" / "data" / "ant_df.tsv.gz").read_bytes(), \
        "rebuild with: PYTHONPATH=. python tools/build_df.py ../shared/data/ant-news arabtext/data/ant_df.tsv.gz"

"""``arabtext lemmatize``: output formats and backend errors."""

from __future__ import annotations

import json


def _cli(*args, input=None):
    from click.testing import CliRunner

    from arabtext.cli import main

    return CliRunner().invoke(main, list(args), input=input)


def test_cli_lemmatize_formats():
    line = "وقالت الوزارة، في بيانها: إن 1,000 شخص زاروا Google."
    out = _cli("lemmatize", input=line + "\n")
    assert out.exit_code == 0, out.output
    assert out.output == "قال وزارة، في بيان: إن 1,000 شخص زار Google.\n"
    conll = _cli("lemmatize", "-f", "conll", input=line + "\nكتب\n").output
    blocks = conll.split("\n\n")
    assert blocks[0].splitlines()[0] == "وقالت\tقال\tVERB"
    assert blocks[1].strip() == "كتب\tكتب\tVERB"
    rec = json.loads(_cli("lemmatize", "-f", "jsonl", input=line).output.splitlines()[0])
    toks = rec["tokens"]
    assert toks[1] == {"token": "الوزارة", "lemma": "وزارة", "pos": "NOUN", "start": 6, "end": 13}
    for t in toks:
        assert line[t["start"] : t["end"]] == t["token"]
    csv_out = _cli("lemmatize", "-f", "csv", input=line).output.splitlines()
    assert csv_out[0] == "path,line,start,end,token,lemma,pos"
    diac = _cli("lemmatize", "--diacritized", input="الكتاب").output.strip()
    assert diac != "كتاب" and diac.replace("\u0650", "").replace("\u064e", "").startswith("ك")


def test_cli_lemmatize_camel_errors(tmp_path, monkeypatch, tiny_db_text):
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path / "none"))
    out = _cli("lemmatize", "--backend", "camel", input="كتاب")
    assert out.exit_code != 0
    assert "camel_data -i light" in out.output and "--db PATH" in out.output
    db = tmp_path / "tiny.db"
    db.write_text(tiny_db_text, encoding="utf-8")
    out = _cli("lemmatize", "--backend", "camel", "--db", str(db), "-f", "conll", input="وبكتابه")
    assert out.exit_code == 0, out.output
    assert out.output.splitlines()[0] == "وبكتابه\tكتاب\tNOUN"

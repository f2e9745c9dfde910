"""The command line, through Click's runner and through real subprocess pipes."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time

from click.testing import CliRunner

from arabtext.cli import main


def invoke(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_version_and_help():
    result = invoke("--version")
    assert result.exit_code == 0 and "arabtext" in result.output
    result = invoke("normalize", "--help")
    assert result.exit_code == 0 and "--no-teh-marbuta" in result.output and "ة" in result.output


def test_tokenize_text_and_structured_formats():
    line = "قال: 1,000 شخص، في «الباغوز»."
    assert invoke("tokenize", input=line).output == "قال : 1,000 شخص ، في « الباغوز » .\n"[:-1]
    records = [json.loads(x) for x in invoke("tokenize", "-f", "jsonl", input=line + "\nثان\n").output.splitlines()]
    assert records[0]["path"] == "<stdin>" and records[0]["line"] == 1 and records[1]["line"] == 2
    for tok in records[0]["tokens"]:
        assert line[tok["start"] : tok["end"]] == tok["token"]
    whole = json.loads(invoke("tokenize", "-f", "json", input=line).output)
    assert whole[0]["tokens"] == records[0]["tokens"]
    rows = list(csv.reader(io.StringIO(invoke("tokenize", "-f", "csv", input=line).output)))
    assert rows[0] == ["path", "line", "start", "end", "token"] and ["<stdin>", "1", "5", "10", "1,000"] in rows
    tsv = invoke("tokenize", "-f", "tsv", input=line).output.splitlines()
    assert tsv[0] == "path\tline\tstart\tend\ttoken" and len(tsv) == 1 + len(records[0]["tokens"])


def test_tokenize_sentences():
    out = invoke("tokenize", "--sentences", input="قتل 14 شخصا. وقالت المصادر: انتهى!\n").output
    assert out == "قتل 14 شخصا .\nوقالت المصادر : انتهى !\n"


def test_dediac_keeps_bytes_and_options():
    text = "مُحَمَّدٌ ـــ Latin 😀\r\nسطر\n\nآخر"
    assert invoke("dediac", input=text.encode()).stdout_bytes == "محمد  Latin 😀\r\nسطر\n\nآخر".encode()
    assert invoke("dediac", "--keep-shadda", "--keep-tatweel", input="مُحَمَّدٌ ـ").output == "محمّد ـ"


def test_normalize_flags():
    assert invoke("normalize", input="أحمد مدرسة ٣").output == "احمد مدرسه 3"
    assert invoke("normalize", "--no-teh-marbuta", "--no-digits", input="أحمد مدرسة ٣").output == "احمد مدرسة ٣"


def test_transliterate_both_ways():
    assert invoke("transliterate", input="محمد").output == "mHmd"
    assert invoke("transliterate", "--from", "bw", "--to", "ar", input="mHmd").output == "محمد"
    assert invoke("transliterate", "--to", "bogus", input="x").exit_code == 2


def test_files_folders_and_output_dir(tmp_path, baghuz, samples):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("مُحَمَّدٌ\n", encoding="utf-8")
    (corpus / "sub" / "b.txt").write_bytes((samples / "baghuz-cp1256.txt").read_bytes())
    out = tmp_path / "out"
    result = invoke("dediac", str(corpus), "--output-dir", str(out))
    assert result.exit_code == 0, result.output
    assert (out / "a.txt").read_text(encoding="utf-8") == "محمد\n"
    assert (out / "sub" / "b.txt").read_text(encoding="utf-8") == baghuz.read_text(encoding="utf-8").replace("يُمنعون", "يمنعون")
    invoke("tokenize", str(corpus), "--output-dir", str(out), "-f", "jsonl")
    assert json.loads((out / "sub" / "b.jsonl").read_text(encoding="utf-8").splitlines()[0])["path"].endswith("b.txt")
    assert not list(out.rglob("*.tmp"))


def test_output_file_and_never_overwrite_input(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("مُحَمَّدٌ\n", encoding="utf-8")
    result = invoke("dediac", str(src), "-o", str(tmp_path / "o.txt"))
    assert result.exit_code == 0 and (tmp_path / "o.txt").read_text(encoding="utf-8") == "محمد\n"
    result = invoke("dediac", str(src), "-o", str(src))
    assert result.exit_code == 1 and "refusing to overwrite" in result.output
    assert src.read_text(encoding="utf-8") == "مُحَمَّدٌ\n"
    result = invoke("dediac", str(tmp_path), "--output-dir", str(tmp_path))
    assert result.exit_code == 1 and src.read_text(encoding="utf-8") == "مُحَمَّدٌ\n"


def test_bad_inputs_are_reported_and_others_processed(tmp_path, run_cli):
    good = tmp_path / "good.txt"
    good.write_text("مُحَمَّدٌ\n", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out"
    proc = run_cli("dediac", str(binary), str(tmp_path / "missing.txt"), str(good), "--output-dir", str(out))
    assert proc.returncode == 1
    errors = proc.stderr.decode().splitlines()
    assert errors[0] == f"arabtext: error: {tmp_path / 'missing.txt'}: no such file or folder"
    assert errors[1].startswith(f"arabtext: error: {binary}: contains NUL bytes")
    assert "Traceback" not in proc.stderr.decode()
    assert (out / "good.txt").read_text(encoding="utf-8") == "محمد\n" and not (out / "binary.txt").exists()


def test_usage_errors_exit_2(run_cli):
    proc = run_cli("dediac", "--no-such-flag")
    assert proc.returncode == 2
    proc = run_cli("nonsense")
    assert proc.returncode == 2


def test_pipeline_through_real_processes(baghuz, root):
    text = baghuz.read_bytes()
    first = subprocess.run([sys.executable, "-m", "arabtext", "dediac"], input=text, capture_output=True, check=True)
    second = subprocess.run([sys.executable, "-m", "arabtext", "normalize"], input=first.stdout, capture_output=True, check=True)
    out = second.stdout.decode("utf-8")
    assert out.splitlines()[0] == "قوات التحالف الدولي تخلي بلده الباغوز ممن تبقي من عناصر تنظيم داعش بعد استسلامهم"
    assert out.count("\n") == text.decode().count("\n")
    shell = subprocess.run(
        f"cat {baghuz} | {sys.executable} -m arabtext dediac - | {sys.executable} -m arabtext tokenize | wc -l",
        shell=True, capture_output=True, check=True, cwd=root,
    )
    assert int(shell.stdout) == text.decode().count("\n")


def test_closed_pipe_exits_quietly(tmp_path, root):
    big = tmp_path / "big.txt"
    big.write_text("مُحَمَّدٌ قال\n" * 200000, encoding="utf-8")
    proc = subprocess.run(f"{sys.executable} -m arabtext dediac {big} | head -1", shell=True, capture_output=True, cwd=root,
                          timeout=120)
    assert proc.stdout.decode() == "محمد قال\n"
    assert proc.stderr == b""


def test_stdin_on_a_terminal_gives_a_hint(root):
    import pty

    leader, follower = pty.openpty()
    try:
        proc = subprocess.run([sys.executable, "-m", "arabtext", "dediac"], stdin=follower, capture_output=True, timeout=60, cwd=root)
    finally:
        os.close(leader)
        os.close(follower)
    assert proc.returncode == 2 and b"pipe text in" in proc.stderr


def test_ctrl_c_leaves_no_partial_output(tmp_path, root):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"{i}.txt").write_text("مُحَمَّدٌ قال\n" * 400000, encoding="utf-8")
    out = tmp_path / "out"
    jobs = ["--jobs", "1"] if _has_jobs() else []
    proc = subprocess.Popen([sys.executable, "-m", "arabtext", "tokenize", *jobs, str(corpus), "--output-dir", str(out)],
                            stderr=subprocess.PIPE, cwd=root, preexec_fn=default_sigint)
    deadline = time.time() + 30
    while not any(out.rglob("*.tmp")) and time.time() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=30)
    assert proc.returncode == 130
    assert not list(out.rglob("*.tmp"))
    for done in out.glob("*.txt"):
        assert done.read_text(encoding="utf-8").count("\n") == 400000


def default_sigint() -> None:
    """In the child: Ctrl-C's default disposition (a shell starting the test run in the
    background leaves SIGINT ignored, and Python would then never see it)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _has_jobs() -> bool:
    return "--jobs" in invoke("tokenize", "--help").output


def test_tokenize_split_clitics():
    assert invoke("tokenize", "--split-clitics", input="وبكتابه قال: وسيكتبون").output == "و+ ب+ كتاب +ه قال : و+ س+ يكتبون"
    record = json.loads(invoke("tokenize", "--split-clitics", "-f", "jsonl", input="وبكتابه").output)
    assert [t["token"] for t in record["tokens"]] == ["و+", "ب+", "كتاب", "+ه"]
    assert {(t["start"], t["end"]) for t in record["tokens"]} == {(0, 7)}


def test_keywords_text_output_names_documents_when_several(baghuz, samples):
    one = invoke("keywords", "-n", "3", str(baghuz)).output
    assert "==>" not in one and len(one.splitlines()) == 3
    two = invoke("keywords", "-n", "3", str(baghuz), str(samples / "ant-politic.txt")).output
    assert two.splitlines()[0] == f"==> {baghuz} <==" and f"==> {samples / 'ant-politic.txt'} <==" in two
    assert "الباغوز" in two.split("\n\n")[0]

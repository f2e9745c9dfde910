"""Inputs: argument expansion, decoding, compression, streaming."""

from __future__ import annotations

import bz2
import codecs
import gzip
import lzma

import pytest

from arabtext.batch.inputs import Decoding, InputError, Source, expand, read_lines, read_text
from arabtext.lang.charsets import LEGACY_ENCODING, LEGACY_ENCODING_LABEL, mostly_arabic

ARABIC = Decoding(None, LEGACY_ENCODING, mostly_arabic, LEGACY_ENCODING_LABEL)  # what the command line uses


def _source(path):
    return Source(str(path), path, path.name)


def test_expand_folder_recursive_sorted_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for rel in ("a.txt", "b/c.txt", "b/d.md", ".e.txt", ".hidden/f.txt", "g.txt.gz"):
        (tmp_path / rel).write_bytes(b"x")
    found = [s.relpath.as_posix() for s in expand([str(tmp_path)])]
    assert found == ["a.txt", "g.txt.gz", "b/c.txt"] or found == ["a.txt", "b/c.txt", "g.txt.gz"]
    assert sorted(found) == ["a.txt", "b/c.txt", "g.txt.gz"]
    assert [s.relpath.as_posix() for s in expand([str(tmp_path)], glob="*.md")] == ["b/d.md"]


def test_expand_reports_missing_and_empty(tmp_path):
    items = list(expand([str(tmp_path / "nope.txt"), str(tmp_path)]))
    assert all(isinstance(i, InputError) for i in items)
    assert "no such file" in items[0].cause and "no files matching" in items[1].cause


def test_expand_no_args_is_stdin():
    (item,) = expand([])
    assert item.is_stdin and item.name == "<stdin>"


def test_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [s.relpath.as_posix() for s in expand([str(tmp_path)])] == ["a.txt"]


def test_windows_1256_is_detected(baghuz, samples):
    cp = read_text(_source(samples / "baghuz-cp1256.txt"), ARABIC)
    assert cp == baghuz.read_text(encoding="utf-8")


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")])
def test_bom_wins(tmp_path, bom, codec):
    text = "تنظيم داعش\r\nسطر ثان\n"
    path = tmp_path / "a.txt"
    path.write_bytes(bom + text.encode(codec))
    assert read_text(_source(path), ARABIC) == text


@pytest.mark.parametrize("opener, suffix", [(gzip.open, ".gz"), (bz2.open, ".bz2"), (lzma.open, ".xz")])
def test_compressed_inputs(tmp_path, opener, suffix, baghuz):
    text = baghuz.read_text(encoding="utf-8")
    path = tmp_path / f"a.txt{suffix}"
    with opener(path, "wb") as f:
        f.write(text.encode("utf-8"))
    assert read_text(_source(path), ARABIC) == text


def test_corrupt_compressed_input_is_an_error(tmp_path):
    path = tmp_path / "a.txt.gz"
    path.write_bytes(b"not gzip at all")
    with pytest.raises(InputError) as err:
        read_text(_source(path), ARABIC)
    assert err.value.name == str(path)


@pytest.mark.parametrize(
    "data, cause",
    [
        (b"abc\x00def", "NUL"),
        ("نص عربي".encode("utf-16-le"), "UTF-16"),
        ("abc".encode("utf-16-le"), "NUL"),
        (b"caf\xe9 cr\xe8me br\xfbl\xe9e, latin-1 text", "not UTF-8"),
    ],
)
def test_undecodable_inputs_are_errors(tmp_path, data, cause):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_text(_source(path), ARABIC)
    assert cause in err.value.cause


def test_invalid_utf8_after_the_first_chunk_is_an_error(tmp_path):
    path = tmp_path / "late.txt"
    path.write_bytes(("سطر\n" * 40000).encode("utf-8") + b"\xff\xfe\n")
    with pytest.raises(InputError) as err:
        list(read_lines(_source(path), ARABIC))
    assert "invalid utf-8" in err.value.cause


def test_forced_encoding(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("تونس".encode("utf-16-le"))
    assert read_text(_source(path), Decoding("utf-16-le")) == "تونس"
    with pytest.raises(InputError):
        read_text(_source(path), Decoding("no-such-codec"))


def test_lines_keep_their_endings_and_stream(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("أ\r\nب\n\nج".encode())
    assert list(read_lines(_source(path), ARABIC)) == ["أ\r\n", "ب\n", "\n", "ج"]
    big = tmp_path / "big.txt"
    big.write_bytes(("كلمة " * 30000 + "\n").encode("utf-8") * 3)
    lines = read_lines(_source(big), ARABIC)
    assert next(lines).endswith("\n") and len(next(lines)) == 150001


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert list(read_lines(_source(path), ARABIC)) == []

"""Inputs: argument expansion, decoding, compression, streaming."""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import lzma
import os

import pytest

from arabtext.batch.inputs import Decoding, InputError, Source, expand, read_lines, read_text
from arabtext.lang.charsets import LEGACY_ENCODING, LEGACY_ENCODING_LABEL, mostly_arabic

ARABIC = Decoding(None, LEGACY_ENCODING, mostly_arabic, LEGACY_ENCODING_LABEL)  # what the command line uses
STRICT = Decoding(None, LEGACY_ENCODING, mostly_arabic, LEGACY_ENCODING_LABEL, strict=True)  # --strict


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


def test_invalid_utf8_after_the_first_chunk_is_replaced_and_reported(tmp_path):
    # issue 16: was an error; now U+FFFD and one warning (--strict: an error naming the byte offset)
    path = tmp_path / "late.txt"
    path.write_bytes(("سطر\n" * 40000).encode("utf-8") + b"\xff\xfe\n")
    notes: list[str] = []
    lines = list(read_lines(_source(path), ARABIC, notes.append))
    assert lines[-1] == "\ufffd\ufffd\n" and len(lines) == 40001
    assert notes == ["2 invalid UTF-8 bytes replaced by U+FFFD, the first on line 40001 (byte offset 280000)"]
    with pytest.raises(InputError) as err:
        list(read_lines(_source(path), STRICT))
    assert err.value.cause == "invalid UTF-8 byte 0xff at byte offset 280000 (line 40001); use --encoding"


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


# ---------------------------------------------------------------- issue 16: decoding that never lies

BISMILLAH = "بسم الله\n".encode()


def _read(path, decoding=ARABIC):
    notes: list[str] = []
    return read_text(_source(path), decoding, notes.append), notes


@pytest.mark.parametrize("bad, replaced", [
    (b"\xff", 1),  # a stray byte
    (b"\xed\xa0\x80", 3),  # an encoded lone surrogate
    (b"\xc0\xaf", 2),  # an overlong "/"
    (b"\xe2\x82", 2),  # a truncated sequence (at the end, as in the middle)
])
def test_a_few_invalid_bytes_keep_utf8(tmp_path, bad, replaced):
    for tail in (b"\n", b""):
        path = tmp_path / "a.txt"
        path.write_bytes(BISMILLAH + bad + tail)
        text, notes = _read(path)
        assert text == "بسم الله\n" + "\ufffd" * replaced + tail.decode()
        plural = "s" if replaced > 1 else ""
        assert notes == [f"{replaced} invalid UTF-8 byte{plural} replaced by U+FFFD, the first on line 2 (byte offset 16)"]
        with pytest.raises(InputError) as err:
            _read(path, STRICT)
        assert f"invalid UTF-8 byte 0x{bad[0]:02x} at byte offset 16 (line 2)" in err.value.cause


def test_a_sequence_split_between_chunks_is_not_invalid(tmp_path):
    from arabtext.batch.inputs import CHUNK_SIZE

    path = tmp_path / "a.txt"
    data = b"x" * (CHUNK_SIZE - 1) + "م\n".encode() * 10
    path.write_bytes(data)
    assert _read(path) == (data.decode(), [])


def test_legacy_encoding_is_named(samples, baghuz):
    text, notes = _read(samples / "baghuz-cp1256.txt")
    assert text == baghuz.read_text(encoding="utf-8")
    assert len(notes) == 1 and notes[0].startswith("not UTF-8 (") and "read as cp1256 (Windows-1256 Arabic)" in notes[0]
    with pytest.raises(InputError) as err:  # --strict guesses nothing
        _read(samples / "baghuz-cp1256.txt", STRICT)
    assert "at byte offset 0 (line 1)" in err.value.cause
    forced = Decoding("cp1256", strict=True)
    assert _read(samples / "baghuz-cp1256.txt", forced) == (baghuz.read_text(encoding="utf-8"), [])


def test_a_forced_encoding_replaces_and_reports_too(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc\xff\n")
    text, notes = _read(path, Decoding("ascii"))
    assert text == "abc\ufffd\n" and notes == ["1 invalid ascii byte replaced by U+FFFD, the first on line 1 (byte offset 3)"]


def _stdin(monkeypatch, data: bytes, decoding=ARABIC):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    notes: list[str] = []
    (source,) = expand([])
    return read_text(source, decoding, notes.append), notes


def test_mixed_stdin_is_decoded_line_by_line(monkeypatch, samples, baghuz):
    utf8, cp1256 = baghuz.read_bytes(), (samples / "baghuz-cp1256.txt").read_bytes()
    expected = baghuz.read_text(encoding="utf-8")
    lines = expected.count("\n")
    text, notes = _stdin(monkeypatch, utf8 + cp1256 + utf8)
    assert text == expected * 3
    assert notes == [f"14 lines are not UTF-8 and read as cp1256 (Windows-1256 Arabic), the first is line {lines + 1}"]
    text, notes = _stdin(monkeypatch, cp1256 + BISMILLAH + b"\xff\n")  # a stray byte after UTF-8 stays a stray byte
    assert text == expected + "بسم الله\n\ufffd\n"
    assert len(notes) == 2 and notes[1].startswith("1 invalid UTF-8 byte replaced by U+FFFD")


def test_mixed_stdin_streams_a_long_line(monkeypatch):
    from arabtext.batch.inputs import CHUNK_SIZE

    line = "كلمة ".encode() * (3 * CHUNK_SIZE // 9)
    data = line + b"\n" + "كلمة".encode("cp1256") * 4 + b"\n" + line
    text, notes = _stdin(monkeypatch, data)
    assert text == line.decode() + "\n" + "كلمة" * 4 + "\n" + line.decode()
    assert notes == ["1 line is not UTF-8 and read as cp1256 (Windows-1256 Arabic), the first is line 2"]


# ---------------------------------------------------------------- issue 16: folders with odd entries


def test_folder_takes_regular_files_only(tmp_path):
    import socket

    from arabtext.batch.inputs import Skipped

    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    os.mkfifo(tmp_path / "fifo.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "sock.txt"))
    try:
        items = list(expand([str(tmp_path)]))
    finally:
        sock.close()
    assert [type(i).__name__ for i in items] == ["Source", "Skipped", "Skipped"]
    assert [i.cause for i in items if isinstance(i, Skipped)] == [
        "skipped: a FIFO (named pipe), not a regular file", "skipped: a socket, not a regular file"]
    (given,) = expand([str(tmp_path / "fifo.txt")])  # named explicitly: read
    assert isinstance(given, Source)


def test_empty_argument_and_several_globs(tmp_path):
    (item,) = expand([""])
    assert isinstance(item, InputError) and "empty argument" in item.cause
    for name in ("a.txt", "b.md", "c.rst"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [s.relpath.name for s in expand([str(tmp_path)], ("*.txt", "*.md"))] == ["a.txt", "b.md"]
    (missing,) = expand([str(tmp_path)], ("*.xml", "*.json"))
    assert missing.cause == "no files matching '*.xml' or '*.json' in this folder"

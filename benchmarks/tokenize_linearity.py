"""Check that tokenization runs in time linear in the line length.

For each pathological line shape (a long run of ``ب-``, ``.``, ``ب.``, ``1,``,
``-``, ``#``, ``@``, ``a.`` or ``www.`` followed by a hashtag, an @mention, a
URL or an e-mail address; random Unicode; random mixes of the characters the
tokenizer's patterns look at) this prints the best-of-N time of
``tokenize_spans`` (CPU time, garbage collector off as in timeit; ``--wall``
and ``--gc`` change that) on a line of 10,000 and of 100,000 characters and
their ratio, and the same for camel-tools' ``simple_word_tokenize`` on the
same lines as a peer. A few rows time ``split_sentences`` on runs of sentence
marks and closing brackets. Linear code gives a ratio near 10; the script
exits with status 1 if any arabtext ratio exceeds ``--max-ratio`` (12).

Usage: python benchmarks/tokenize_linearity.py [--repeats 5] [--max-ratio 12] [--no-camel] [--wall] [--gc] [--only TEXT]
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arabtext.tokenization import split_sentences, tokenize_spans

SHORT, LONG = 10_000, 100_000
# CPU time of this process: on a shared machine, wall time also counts the
# time other processes hold the CPU, which hits a long run more than a short one.
# Like timeit, the cyclic garbage collector is off while a call is timed: a
# full collection walks every object of the process (camel-tools' included),
# a cost that a 100,000-token result triggers and a 10,000-token one does not.


class Timing:
    """How calls are timed (``--wall``, ``--gc`` change it)."""

    clock: Callable[[], float] = time.process_time
    keep_gc = False


TIMING = Timing()

RUNS = ["ب-", ".", "ب.", "1,", "-", "#", "@", "a.", "www."]
TAILS = {
    "hashtag": " #عاجل",
    "mention": " @user_name",
    "URL": " https://example.com/a?b=1",
    "e-mail": " name.surname@example.com",
}
# Characters and pieces the tokenizer's patterns react to.
MIX_PIECES = list("0123456789.,\u066b\u066c@#/:_-+abwب ") + ["www.", "http://", "ftp://", "ب-", "1.5"]


def run_line(unit: str, tail: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        body = unit * ((n - len(tail)) // len(unit) + 1)
        return body[: n - len(tail)] + tail

    return make


def random_line(alphabet: Callable[[random.Random], str], seed: int) -> Callable[[int], str]:
    def make(n: int) -> str:
        rng = random.Random(seed)
        parts, size = [], 0
        while size < n:
            piece = alphabet(rng)
            parts.append(piece)
            size += len(piece)
        return "".join(parts)[:n]

    return make


def any_code_point(rng: random.Random) -> str:
    cp = rng.randrange(0x110000)
    return chr(cp) if not 0xD800 <= cp <= 0xDFFF else "x"


def bmp_code_point(rng: random.Random) -> str:
    cp = rng.randrange(0x10000)
    return chr(cp) if not 0xD800 <= cp <= 0xDFFF else "x"


def mix_piece(rng: random.Random) -> str:
    return rng.choice(MIX_PIECES)


def mix_piece_no_space(rng: random.Random) -> str:
    piece = rng.choice(MIX_PIECES)
    return piece if piece != " " else "-"


def mix_piece_no_url(rng: random.Random) -> str:
    # Without "www." and "://" no URL swallows the rest of a space-free line.
    piece = rng.choice(MIX_PIECES)
    return piece if piece not in (" ", "www.", "http://", "ftp://") else "."


def best_time(func: Callable[[str], object], line: str, repeats: int) -> float:
    best = float("inf")
    spent = 0.0
    for _ in range(repeats):
        gc.collect()
        if not TIMING.keep_gc:
            gc.disable()
        start = TIMING.clock()
        func(line)
        took = TIMING.clock() - start
        gc.enable()
        best = min(best, took)
        spent += took
        if spent > 5:  # a pathological case: one or two runs say enough
            break
    return best


def cases() -> list[tuple[str, Callable[[str], object], Callable[[int], str]]]:
    rows = []
    for unit in RUNS:
        for name, tail in TAILS.items():
            rows.append((f"{unit!r} run + {name}", tokenize_spans, run_line(unit, tail)))
    rows.append(("random Unicode (all planes)", tokenize_spans, random_line(any_code_point, 1)))
    rows.append(("random Unicode (BMP)", tokenize_spans, random_line(bmp_code_point, 2)))
    rows.append(("random pattern characters", tokenize_spans, random_line(mix_piece, 3)))
    rows.append(("random pattern chars, no space", tokenize_spans, random_line(mix_piece_no_space, 4)))
    rows.append(("random pattern chars, no space/URL", tokenize_spans, random_line(mix_piece_no_url, 5)))
    rows.append(("split_sentences: '.' run", split_sentences, run_line(".", " نهاية")))
    rows.append(("split_sentences: '.' then ')' run", split_sentences, lambda n: "." + ")" * (n - 1)))
    rows.append(("split_sentences: '.)' run", split_sentences, run_line(".)", " نهاية")))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per line (best is kept)")
    parser.add_argument("--max-ratio", type=float, default=12.0, help="fail above this 100k/10k time ratio")
    parser.add_argument("--no-camel", action="store_true", help="skip the camel-tools column")
    parser.add_argument("--wall", action="store_true", help="measure wall time instead of CPU time")
    parser.add_argument("--gc", action="store_true", help="keep the garbage collector on while timing")
    parser.add_argument("--only", default="", help="run only the lines whose label contains this text")
    args = parser.parse_args()
    if args.wall:
        TIMING.clock = time.perf_counter
    TIMING.keep_gc = args.gc

    camel = None
    if not args.no_camel:
        try:
            from camel_tools.tokenizers.word import simple_word_tokenize as camel
        except ImportError:
            print("camel-tools not installed: no peer column", file=sys.stderr)

    header = f"{'line':38} {'10k ms':>9} {'100k ms':>9} {'ratio':>6}"
    if camel is not None:
        header += f" | {'camel 10k':>9} {'camel 100k':>10} {'ratio':>6} {'ours/camel':>10}"
    print(header)
    worst = 0.0
    for label, func, make in cases():
        if args.only not in label:
            continue
        short, long = make(SHORT), make(LONG)
        assert len(short) == SHORT and len(long) == LONG, label
        t_short = best_time(func, short, args.repeats)
        t_long = best_time(func, long, args.repeats)
        ratio = t_long / t_short
        worst = max(worst, ratio)
        flag = "  <-- too slow" if ratio > args.max_ratio else ""
        row = f"{label:38} {t_short * 1e3:9.2f} {t_long * 1e3:9.2f} {ratio:6.1f}"
        if camel is not None and func is tokenize_spans:
            c_short = best_time(camel, short, args.repeats)
            c_long = best_time(camel, long, args.repeats)
            row += f" | {c_short * 1e3:9.2f} {c_long * 1e3:10.2f} {c_long / c_short:6.1f} {t_long / c_long:10.2f}"
        print(row + flag, flush=True)
    print(f"worst ratio {worst:.1f} (limit {args.max_ratio:g})")
    return 1 if worst > args.max_ratio else 0


if __name__ == "__main__":
    sys.exit(main())

"""``python -m arabtext``."""

from arabtext.cli import run_main

run_main()

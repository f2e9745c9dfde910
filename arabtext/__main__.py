"""``python -m arabtext``."""

from arabtext.cli.main import run_main

run_main()

"""The ``arabtext`` command line: a thin Click layer over the library.

``main`` is the Click group, ``run_main`` the console entry point; one module
per subcommand (``arabtext.cli.tokenize`` …), each a few options, one library
call and the adapter that hands it to the ``arabtext.batch`` engine; shared
options and the hand-off live in ``arabtext.cli._util``.
"""

from arabtext.cli.main import COMMANDS, main, run_main

__all__ = ["COMMANDS", "main", "run_main"]

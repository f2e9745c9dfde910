"""One module per ``arabtext`` subcommand, each exposing a Click ``command``.

A module holds the command's options and a small ``LineCommand`` or
``DocumentCommand`` (see ``arabtext.runner``) that renders its results; the
text processing itself lives in the library modules.
"""

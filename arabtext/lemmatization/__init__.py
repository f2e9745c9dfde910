"""Lemmatization and ATB-style clitic segmentation.

>>> from arabtext.lemmatization import get_lemmatizer
>>> lem = get_lemmatizer()
>>> lem.analyze("وبكتابه").segments
('و+', 'ب+', 'كتاب', '+ه')

Lemmas follow the conventions of the UD Arabic treebanks (PADT, PUD): bare
(no diacritics) unless asked for, masculine singular for adjectives,
singular for broken plurals, past 3rd person masculine for verbs, the stem's
lemma for a word with clitics (وبكتابه → كتاب), the clitic's for a clitic +
pronoun word (به → ب, وهو → و).  Words the backend does not know (names,
foreign words) are their own lemma, less a leading article.

Backends: ``builtin`` (a shipped lookup table, works offline after pip
install), ``camel`` (CAMeL Tools' analyzer + MLE disambiguator when its data is
installed, or a morphology DB file given as ``db``), ``auto`` (camel when its
data is installed, else builtin).
"""

from __future__ import annotations

from functools import lru_cache

from arabtext.lemmatization.base import Analysis, LemmaError

__all__ = ["Analysis", "LemmaError", "get_lemmatizer", "BACKENDS"]

BACKENDS = ("auto", "builtin", "camel")


@lru_cache(maxsize=8)
def _get(backend: str, db: str | None):
    if backend == "builtin":
        from arabtext.lemmatization.builtin import BuiltinLemmatizer

        return BuiltinLemmatizer()
    from arabtext.lemmatization.camel_backend import CamelLemmatizer

    return CamelLemmatizer(db)


def get_lemmatizer(backend: str = "auto", db: str | None = None):
    """The lemmatizer for ``backend`` (cached per (backend, db)).

    ``auto`` picks ``camel`` when ``db`` is given or CAMeL Tools' data is
    installed, else ``builtin``.  Raises :class:`LemmaError` for an unknown
    backend or missing camel data.
    """
    if backend not in BACKENDS:
        raise LemmaError(f"unknown lemmatizer backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    db = str(db) if db is not None else None
    if backend == "auto":
        if db is not None:
            backend = "camel"
        else:
            from arabtext.lemmatization.camel_backend import installed_data

            backend = "camel" if installed_data() is not None else "builtin"
    if backend == "builtin" and db is not None:
        raise LemmaError("--db is only used by the camel backend")
    return _get(backend, db)

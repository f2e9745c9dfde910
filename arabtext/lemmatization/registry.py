"""Which lemmatizer serves a (backend, db) request, and the loaded ones kept for reuse."""

from __future__ import annotations

from os import PathLike

from arabtext.lemmatization.base import LemmaError, Lemmatizer

BACKENDS = ("auto", "builtin", "camel")


class Lemmatizers:
    """Loaded lemmatizers by (backend, db): the same object for repeated requests.

    Keeps the ``maxsize`` most recently requested ones (loading a backend reads its
    whole lexicon or model).
    """

    def __init__(self, maxsize: int = 8) -> None:
        self.maxsize = maxsize
        self._loaded: dict[tuple[str, str | None], Lemmatizer] = {}

    def get(self, backend: str = "auto", db: str | PathLike[str] | None = None) -> Lemmatizer:
        """The lemmatizer for ``backend`` and ``db``, loaded on first request.

        ``auto`` picks ``camel`` when ``db`` is given or CAMeL Tools' data is
        installed, else ``builtin``.  Raises :class:`LemmaError` for an unknown
        backend, a ``db`` with the builtin backend, or missing camel data.
        """
        key = resolve_backend(backend, db)
        lem = self._loaded.pop(key, None)
        if lem is None:
            lem = _load(*key)
            if len(self._loaded) >= self.maxsize:
                del self._loaded[next(iter(self._loaded))]  # the least recently requested
        self._loaded[key] = lem
        return lem

    def clear(self) -> None:
        """Forget every loaded lemmatizer."""
        self._loaded.clear()


def resolve_backend(backend: str = "auto", db: str | PathLike[str] | None = None) -> tuple[str, str | None]:
    """(``builtin`` or ``camel``, ``db`` as a string or None) for a request; raises
    :class:`LemmaError` as :meth:`Lemmatizers.get` does (except for missing camel data)."""
    if backend not in BACKENDS:
        raise LemmaError(f"unknown lemmatizer backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    path = str(db) if db is not None else None
    if backend == "auto":
        if path is not None:
            backend = "camel"
        else:
            from arabtext.lemmatization.camel_backend import installed_data

            backend = "camel" if installed_data() is not None else "builtin"
    if backend == "builtin" and path is not None:
        raise LemmaError("--db is only used by the camel backend")
    return backend, path


def _load(backend: str, db: str | None) -> Lemmatizer:
    if backend == "builtin":
        from arabtext.lemmatization.builtin import BuiltinLemmatizer

        return BuiltinLemmatizer()
    from arabtext.lemmatization.camel_backend import CamelLemmatizer

    return CamelLemmatizer(db)


#: The lemmatizers loaded by :func:`get_lemmatizer` (and the text functions).
LEMMATIZERS = Lemmatizers()


def get_lemmatizer(backend: str = "auto", db: str | PathLike[str] | None = None) -> Lemmatizer:
    """The lemmatizer for ``backend`` (the same object per (backend, db), from
    :data:`LEMMATIZERS`).

    ``auto`` picks ``camel`` when ``db`` is given or CAMeL Tools' data is
    installed, else ``builtin``.  Raises :class:`LemmaError` for an unknown
    backend or missing camel data.
    """
    return LEMMATIZERS.get(backend, db)

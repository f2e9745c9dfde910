"""Named entities in running Arabic text: people, places, organisations, other names.

``entities(text)`` returns :class:`Entity` records whose ``start``/``end`` are character
offsets into ``text`` exactly as given (hamza, ى and diacritics intact), so
``text[e.start:e.end] == e.text``.  ``type`` is one of ``PER LOC ORG MISC``;
``fine`` is the most likely NewsFANE class (``Politician``, ``Nation``, ...) when the
shipped table knows the name, else ``None``.

Text is split into lines, each line into tokens by
``arabtext.tokenization.tokenize_spans`` (clitics stay on their words), and a
linear-chain CRF (trained with python-crfsuite, stored in the package's compact
format, read on first use; decoding is ``arabtext.entities._crf``; where a network file
``entities.net`` is present, its scores over the same features are added to the CRF's:
``arabtext.entities._net``) labels each token ``O``,
``B-T`` (entity of type T starts here), ``P-T`` (it starts after the token's first
letter, a proclitic: و ف ب ل ك, so ``والصين`` gives ``الصين``) or ``I-T`` (continues);
:mod:`arabtext.entities.decoding` turns the labels into character spans.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from arabtext.entities.coordination import PERSON_INSIDE, split_people
from arabtext.entities.decoding import decode
from arabtext.entities.features import EntityFeatures, FeatureConfig
from arabtext.entities.history import NameHistory
from arabtext.entities.names import NameCounts
from arabtext.entities.tables import (
    Gazetteer,
    Topics,
    if_present,
    load_clusters,
    load_namelike,
    load_neighbours,
    load_wordstats,
)
from arabtext.entities.words import fold_token
from arabtext.lang.punctuation import SENTENCE_END_MARKS
from arabtext.lang.resources import data_path
from arabtext.tokenization import tokenize_spans

if TYPE_CHECKING:
    from arabtext.entities._crf import ChainScorer

TYPES = ("PER", "LOC", "ORG", "MISC")
MODEL_FILE = data_path("entities.crf")
CLUSTERS_FILE = data_path("entity_clusters.tsv.gz")
FINE_FILE = data_path("entity_fine.json")
NAMES_FILE = data_path("entity_names.tsv.gz")
WORDSTATS_FILE = data_path("entity_wordstats.tsv.gz")
GAZETTEER_FILE = data_path("entity_gazetteer.tsv.gz")
NEIGHBOURS_FILE = data_path("entity_neighbours.tsv.gz")
NAMELIKE_FILE = data_path("entity_namelike.tsv.gz")
TOPICS_FILE = data_path("entity_topics.tsv.gz")
NET_FILE = data_path("entities.net")


#: A model trained on the finer scheme (``tools/train_entities.py --scheme bilou``)
#: also labels the last token of a name ``L``, a one-token name ``U`` and a one-token
#: name after a proclitic ``Q``; :meth:`EntityTagger.tag` reports them as ``I``, ``B``
#: and ``P``.
_TO_BIO = {"L": "I", "U": "B", "Q": "P"}


def to_bilou(labels: list[str]) -> list[str]:
    """The finer labels of a line labelled ``O``/``B-T``/``P-T``/``I-T`` (see ``_TO_BIO``)."""
    out = list(labels)
    for i, lab in enumerate(labels):
        kind, _, typ = lab.partition("-")
        if kind == "O":
            continue
        last = i + 1 == len(labels) or labels[i + 1] != "I-" + typ
        if last:
            out[i] = {"B": "U-", "P": "Q-", "I": "L-"}[kind] + typ
    return out


class Entity(NamedTuple):
    """A named entity: ``text == original[start:end]``; ``type`` in PER/LOC/ORG/MISC."""

    start: int
    end: int
    type: str
    text: str
    fine: str | None


#: A line longer than this many characters is tagged in pieces of at most this size, cut
#: after the last sentence end in the second half of a piece (else after a space), so
#: that memory stays bounded on text without line breaks.  News lines are far shorter
#: (the longest of 10,000 ANT articles: 17,500).
MAX_PIECE = 20_000


def line_pieces(line: str, limit: int = MAX_PIECE) -> list[tuple[int, str]]:
    """``(offset, piece)`` for the pieces of ``line`` (the line itself if it is short)."""
    out: list[tuple[int, str]] = []
    start, n = 0, len(line)
    while n - start > limit:
        lo, hi = start + limit // 2, start + limit
        cut = max(line.rfind(mark + " ", lo, hi) for mark in SENTENCE_END_MARKS)
        if cut >= 0:
            cut += 1  # after the mark and its space
        else:
            cut = max(line.rfind(" ", lo, hi), line.rfind("\t", lo, hi))
        end = cut + 1 if cut >= 0 else hi
        out.append((start, line[start:end]))
        start = end
    out.append((start, line[start:]))
    return out


def _line_spans(text: str) -> list[tuple[int, str]]:
    """``(offset, line)`` for every line of ``text`` (line breaks as ``str.splitlines``),
    a very long line in pieces (see :data:`MAX_PIECE`)."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        out.extend((pos + k, piece) for k, piece in line_pieces(line))
        pos += len(line)
    return out


class EntityTagger:
    """A CRF entity tagger; the model, word clusters and name counts load on first use.

    ``model``, ``clusters``, ``fine``, ``names``, ``wordstats``, ``gazetteer``,
    ``neighbours``, ``namelike`` and ``topics`` default to the shipped files; all but ``model`` may be paths that do
    not exist (then those features or the fine classes are absent).  The feature
    function must match the one the model was trained with (``config``).
    ``split_people``: cut two people the model runs together across و
    (:mod:`arabtext.entities.coordination`; needs the word statistics).  ``net``: the
    network whose scores are added to the CRF's (:mod:`arabtext.entities._net`; a path
    that does not exist: the CRF alone).
    """

    def __init__(self, model: str | Path | None = None, clusters: str | Path | None = None,
                 fine: str | Path | None = None, config: FeatureConfig | None = None,
                 names: str | Path | None = None, wordstats: str | Path | None = None,
                 gazetteer: str | Path | None = None, neighbours: str | Path | None = None,
                 namelike: str | Path | None = None, topics: str | Path | None = None,
                 split_people: bool = True, net: str | Path | None = None) -> None:
        self._model_path = Path(model) if model is not None else MODEL_FILE
        self._clusters_path = Path(clusters) if clusters is not None else CLUSTERS_FILE
        self._fine_path = Path(fine) if fine is not None else FINE_FILE
        self._names_path = Path(names) if names is not None else NAMES_FILE
        self._wordstats_path = Path(wordstats) if wordstats is not None else WORDSTATS_FILE
        self._gazetteer_path = Path(gazetteer) if gazetteer is not None else GAZETTEER_FILE
        self._neighbours_path = Path(neighbours) if neighbours is not None else NEIGHBOURS_FILE
        self._namelike_path = Path(namelike) if namelike is not None else NAMELIKE_FILE
        self._topics_path = Path(topics) if topics is not None else TOPICS_FILE
        self._net_path = Path(net) if net is not None else NET_FILE
        self._config = config or FeatureConfig()
        self._scorer: ChainScorer | None = None
        self._fine: dict[str, str] | None = None
        self._wordstats: dict[str, str] | None = None
        self._split_people = split_people

    def _load(self) -> ChainScorer:
        if self._scorer is None:
            from arabtext.entities._crf import ChainScorer, read_model  # numpy, deferred
            from arabtext.entities._net import read_net

            if not self._model_path.exists():
                raise FileNotFoundError(f"entity model not found: {self._model_path}")
            model = read_model(self._model_path)
            self._wordstats = if_present(load_wordstats, self._wordstats_path)
            features = EntityFeatures(if_present(load_clusters, self._clusters_path), self._config,
                                      if_present(NameCounts.read, self._names_path),
                                      self._wordstats,
                                      if_present(Gazetteer.read, self._gazetteer_path),
                                      if_present(load_neighbours, self._neighbours_path),
                                      if_present(load_namelike, self._namelike_path),
                                      if_present(Topics.read, self._topics_path))
            if self._fine_path.exists():
                self._fine = json.loads(self._fine_path.read_text(encoding="utf-8"))
            self._scorer = ChainScorer(model, features, net=if_present(read_net, self._net_path))
            # a model of the finer scheme reports its labels as B/P/I (see _TO_BIO)
            self._scorer.labels = [_TO_BIO[lab[0]] + lab[1:] if lab[0] in _TO_BIO else lab
                                   for lab in self._scorer.labels]
        return self._scorer

    def set_entity_bias(self, bias: float) -> None:
        """Decode with this bias towards names instead of the model's own (see
        :class:`~arabtext.entities._crf.CrfModel`); for cross-validation."""
        self._load().entity_bias = bias

    def set_net_weight(self, weight: float) -> None:
        """Decode with this weight of the network's scores instead of the shipped one
        (0: the CRF alone; see :mod:`arabtext.entities._net`); for cross-validation."""
        self._load().net_weight = weight

    def tag(self, tokens: list[str], entity_bias: float | None = None,
            history: NameHistory | None = None) -> list[str]:
        """One label per token of one line (``O``, ``B-T``, ``P-T``, ``I-T``);
        ``entity_bias``: instead of the model's (0: the CRF's own best labels);
        ``history``: the names of the document's previous lines (see :meth:`new_history`)."""
        if not tokens:
            return []
        labels = self._load().decode(tokens, entity_bias, history)
        if self._split_people and PERSON_INSIDE in labels and self._wordstats is not None:
            labels = split_people(tokens, labels, self._wordstats.__contains__)
        return labels

    def new_history(self) -> NameHistory | None:
        """An empty history of names for a new document, as long as the model looks
        back (:mod:`arabtext.entities.history`); None for a model without history features."""
        lines = self._load().history_lines
        return NameHistory(lines) if lines else None

    def fine_type(self, text: str, type_: str) -> str | None:
        """The NewsFANE class most often given to this name of this type in training."""
        self._load()
        if not self._fine:
            return None
        key = " ".join(fold_token(t.text) for t in tokenize_spans(text))
        return self._fine.get(type_ + "\t" + key) or self._fine.get(type_ + "\t" + key.rsplit(" ", 1)[-1])

    def entities(self, text: str, types: Iterable[str] | None = None,
                 history: NameHistory | None = None, separate_lines: bool = False) -> list[Entity]:
        """The entities of ``text`` in order of their start offsets.

        ``text`` is one document: the names found in its earlier lines inform the later
        ones (a surname alone after the full name).  To read a document a line at a time,
        pass each line with the same ``history`` (from :meth:`new_history`, which the
        call updates); without one, ``text`` starts a document of its own.  With
        ``separate_lines`` each line is read on its own (unrelated sentences, posts).

        ``types`` keeps only those coarse types (``PER LOC ORG MISC``, any case); an
        unknown type raises ``ValueError``.
        """
        wanted = None
        if types is not None:
            wanted = {t.upper() for t in types}
            unknown = wanted - set(TYPES)
            if unknown:
                raise ValueError(f"unknown entity type(s): {', '.join(sorted(unknown))}")
        if separate_lines:
            history = None
        fresh = history is None and not separate_lines  # a history of its own, made at the first words
        out: list[Entity] = []
        for offset, line in _line_spans(text):
            tokens = tokenize_spans(line)
            if not tokens:
                continue
            if fresh:
                history, fresh = self.new_history(), False
            labels = self.tag([t.text for t in tokens], history=history)
            found = [(a, b, typ, line[a:b]) for a, b, typ in decode(tokens, labels)]
            if history is not None:
                history.add((surface, typ) for _, _, typ, surface in found)
            for a, b, typ, surface in found:
                if wanted is None or typ in wanted:
                    out.append(Entity(offset + a, offset + b, typ, surface, self.fine_type(surface, typ)))
        return out


def entities(text: str, types: Iterable[str] | None = None,
             tagger: EntityTagger | None = None, separate_lines: bool = False) -> list[Entity]:
    """The named entities of ``text``, one document (with ``separate_lines``, each line
    one; see :meth:`EntityTagger.entities`).

    Uses ``tagger`` when given, else one shared tagger on the shipped model.
    """
    return (tagger or default_tagger()).entities(text, types, separate_lines=separate_lines)


def default_tagger() -> EntityTagger:
    """The shared tagger on the shipped model (created once, loaded on first use)."""
    return _DEFAULT.get()


class _Holder:
    """Holds the default tagger so no module global is rebound."""

    def __init__(self) -> None:
        self._tagger: EntityTagger | None = None

    def get(self) -> EntityTagger:
        if self._tagger is None:
            self._tagger = EntityTagger()
        return self._tagger


_DEFAULT = _Holder()

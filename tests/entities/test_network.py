"""The entity network added to the CRF: numpy inference equals torch's, its file round-trips,
and a tagger reads it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from arabtext.entities import EntityTagger
from arabtext.entities._crf import read_model
from arabtext.entities._net import read_net, write_net
from arabtext.entities.tagger import MODEL_FILE, to_bilou
from arabtext.tokenization import tokenize_spans

ROOT = Path(__file__).resolve().parents[2]
BAGHUZ = ROOT / "samples" / "baghuz.txt"


@pytest.fixture(scope="module")
def tiny(tool):
    """A network trained for one pass on the Baghuz article's lines, over the shipped
    tagger's features and labels (the CRF's label set and order)."""
    pytest.importorskip("torch")
    net_mod = tool("entity_network")
    tagger = EntityTagger(net=ROOT / "absent")
    scorer = tagger._load()
    order = list(read_model(MODEL_FILE).labels)
    seqs, labels = [], []
    for line in BAGHUZ.read_text(encoding="utf-8").splitlines():
        words = [t.text for t in tokenize_spans(line)]
        if words:
            seqs.append(scorer._features.sequence(words))
            labels.append(to_bilou(tagger.tag(words)))
    params = net_mod.NetParams(dim=8, channels=12, epochs=1, min_count=1, lexical=True)
    module, vocab = net_mod.fit(seqs, labels, order, params)
    return net_mod, module, vocab, order, seqs, labels


def summed(model, index: dict[str, int], seq: list[list[str]]) -> np.ndarray:
    """The network's input for one sentence: each token's feature embeddings summed."""
    x = np.zeros((len(seq), model.dim), dtype=np.float32)
    for i, attrs in enumerate(seq):
        for f in attrs:
            x[i] += model.embed[index[f]]
    return x


def test_numpy_scores_equal_torch(tiny):
    import torch

    net_mod, module, vocab, order, seqs, _ = tiny
    model = net_mod.export([module], vocab, order, 1.0)
    index = {f: i for i, f in enumerate(vocab)}
    seq = max(seqs, key=len)
    ids, offs = net_mod.encode(seq, index)
    with torch.no_grad():
        want = module.emissions(ids, offs).numpy()
    x = summed(model, index, seq)
    got = model.scores(x)
    assert got.shape == (len(seq), len(order))
    assert np.allclose(got, want, atol=1e-4)
    assert np.abs(want).max() > 1e-3  # a real network, not zeros


def test_ensemble_scores_are_the_members_mean(tiny, tmp_path):
    """Members trained from other seeds: the exported ensemble scores (and transitions)
    are the mean of the members' own, and its file round-trips."""
    import torch

    net_mod, module, vocab, order, seqs, labels = tiny
    params = net_mod.NetParams(dim=8, channels=12, epochs=1, min_count=1, lexical=True, seed=1)
    other, vocab2 = net_mod.fit(seqs, labels, order, params)
    assert vocab2 == vocab
    model = net_mod.export([module, other], vocab, order, 0.5)
    assert model.dim == 16 and model.conv.shape[0] == 2
    index = {f: i for i, f in enumerate(vocab)}
    seq = max(seqs, key=len)
    ids, offs = net_mod.encode(seq, index)
    with torch.no_grad():
        want = (module.emissions(ids, offs) + other.emissions(ids, offs)).numpy() / 2
        trans = (module.trans + other.trans).numpy() / 2
    assert not np.allclose(module.trans.detach().numpy(), other.trans.detach().numpy())
    x = summed(model, index, seq)
    assert np.allclose(model.scores(x), want, atol=1e-4)
    assert np.allclose(model.trans, trans)
    path = tmp_path / "e.net"
    write_net(model, path)
    back = read_net(path)
    assert back.conv.shape == model.conv.shape and np.array_equal(back.out, model.out)
    assert np.allclose(back.scores(x), want, atol=2e-3)  # embeddings stored as float16


def test_network_file_round_trip(tiny, tmp_path):
    net_mod, module, vocab, order, _, _ = tiny
    model = net_mod.export([module], vocab, order, 0.5)
    path = tmp_path / "m.net"
    write_net(model, path)
    back = read_net(path)
    assert back.labels == order and back.attributes == vocab and back.weight == 0.5
    assert np.allclose(back.embed, model.embed, atol=1e-3)  # stored as float16
    for name in ("conv", "conv_bias", "out", "out_bias", "trans"):
        assert np.array_equal(getattr(back, name), getattr(model, name))
    again = tmp_path / "again.net"
    write_net(back, again)
    assert again.read_bytes() == path.read_bytes()
    path.write_bytes(path.read_bytes()[:-4])
    with pytest.raises(ValueError):
        read_net(path)


def test_tagger_with_a_network(tiny, tmp_path):
    """A tagger reads a network file: at weight 0 its labels are the CRF's own; at a
    large weight the network decides, and the entities still index the text."""
    net_mod, module, vocab, order, _, _ = tiny
    path = tmp_path / "m.net"
    write_net(net_mod.export([module], vocab, order, 0.0), path)
    text = BAGHUZ.read_text(encoding="utf-8")
    alone = EntityTagger(net=tmp_path / "absent").entities(text)
    assert EntityTagger(net=path).entities(text) == alone
    strong = EntityTagger(net=path)
    strong.set_net_weight(50.0)
    found = strong.entities(text)
    assert found != alone
    assert all(text[e.start:e.end] == e.text for e in found)


def test_net_params_from_pairs(tool):
    net_mod = tool("entity_network")
    p = net_mod.net_params(["lexical=1", "dim=16", "lr=0.01"])
    assert (p.lexical, p.dim, p.lr) == (True, 16, 0.01)
    assert net_mod.net_params([]) == net_mod.NetParams()
    with pytest.raises(AttributeError):
        net_mod.net_params(["no_such_field=1"])


def test_delexicalised_network_sees_no_words(tiny):
    """``lexical=False``: no feature naming a word, its stem or a word pair is in the
    vocabulary, while the features that generalise (shape, clusters, lists) stay."""
    net_mod, _, vocab, order, seqs, _ = tiny
    labels = [["O"] * len(seq) for seq in seqs]
    params = net_mod.NetParams(dim=4, channels=4, epochs=1, min_count=1, lexical=False)
    _, delex = net_mod.fit(seqs, labels, order, params)
    lexical = [f for f in vocab if net_mod.LEXICAL.match(f)]
    assert lexical and "w=داعش" in vocab
    assert not any(net_mod.LEXICAL.match(f) for f in delex)
    assert set(delex) == set(vocab) - set(lexical)


def _blas_threads() -> list[int]:
    from threadpoolctl import threadpool_info

    return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]


def test_the_network_runs_on_one_blas_thread_and_leaves_the_setting(monkeypatch):
    # a notebook or a Dask worker keeps numpy's threads: the tagger's small products run
    # on one (more only spin), and the caller's setting is back afterwards
    from threadpoolctl import threadpool_limits

    from arabtext.entities._net import NetModel

    seen: list[list[int]] = []
    scores = NetModel.scores

    def spy(self, x):
        seen.append(_blas_threads())
        return scores(self, x)

    monkeypatch.setattr(NetModel, "scores", spy)
    with threadpool_limits(limits=2, user_api="blas"):
        before = _blas_threads()
        found = EntityTagger().entities("استقبل الرئيس الفرنسي إيمانويل ماكرون وزير الخارجية الألماني في باريس.")
        assert _blas_threads() == before
    assert found and seen and all(threads == [1] * len(before) for threads in seen), seen

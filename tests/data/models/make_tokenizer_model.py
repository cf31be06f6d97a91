#!/usr/bin/env python3
"""Writes `tok_intent.onnx`, its sidecar `tok_intent.json` and `tok_intent.tokenizer.json`: a small
intent model with the input side of an exported transformer (a Hugging Face `tokenizer.json`,
graph inputs `input_ids`, `attention_mask` and `token_type_ids`, int64 [N, T], output `logits`
[N, 7]), so that the `hf_tokenizer` featurizer is tested on a real tokenizer and a real graph
without a model hub. The tokenizer is a BERT-style WordPiece (lowercasing, [CLS] ... [SEP]) of the Hugging
Face `tokenizers` library, its vocabulary taken from privsql's hand-written training phrasings; the graph is
a token-embedding bag (token and token-type embeddings, masked mean over the sequence, a bias):
a logistic regression on the mean of the tokens' one-hot vectors, fitted by scikit-learn.
Deterministic; rerun with `python3 tests/data/models/make_tokenizer_model.py` (needs tokenizers,
scikit-learn and onnx from PyPI)."""
import json
import random
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import onnx  # noqa: E402
from onnx import TensorProto, helper, numpy_helper  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors  # noqa: E402

from train_intent_model import INTENTS, SEED, neutral_letters, phrase_families, variants  # noqa: E402

VOCAB = 4000
NAME = "tok_intent"


def training_texts():
    rng = random.Random(SEED)
    x, y = [], []
    for _, lang, intent, phrase in phrase_families():
        for t in variants(rng, lang, phrase, 3):
            x.append(t)
            y.append(intent)
    for _, t in neutral_letters(rng, 600):
        x.append(t)
        y.append("none")
    return x, y


def tokenizer(texts):
    """A BERT-style WordPiece tokenizer whose vocabulary is built here, deterministically (the
    library's trainer breaks ties between equally frequent pieces differently from run to run):
    the special tokens, every character seen (alone and as a `##` continuation), then the most
    frequent words (ties by the word)."""
    normalizer = normalizers.BertNormalizer(lowercase=True)
    pre = pre_tokenizers.BertPreTokenizer()
    counts = {}
    for t in texts:
        for w, _ in pre.pre_tokenize_str(normalizer.normalize_str(t)):
            counts[w] = counts.get(w, 0) + 1
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]
    chars = sorted({c for w in counts for c in w})
    vocab += chars + ["##" + c for c in chars]
    taken = set(vocab)
    for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if len(vocab) >= VOCAB:
            break
        if w not in taken:
            vocab.append(w)
            taken.add(w)
    tok = Tokenizer(models.WordPiece({w: i for i, w in enumerate(vocab)}, unk_token="[UNK]"))
    tok.normalizer = normalizer
    tok.pre_tokenizer = pre
    tok.post_processor = processors.TemplateProcessing(single="[CLS] $A [SEP]", special_tokens=[("[CLS]", 2), ("[SEP]", 3)])
    return tok


def graph(W, b):
    V, C = W.shape
    nodes = [
        helper.make_node("Gather", ["W", "input_ids"], ["tok"], axis=0),                  # [N, T, C]
        helper.make_node("Gather", ["W_type", "token_type_ids"], ["typ"], axis=0),        # [N, T, C]
        helper.make_node("Add", ["tok", "typ"], ["emb"]),
        helper.make_node("Cast", ["attention_mask"], ["mask"], to=TensorProto.FLOAT),     # [N, T]
        helper.make_node("Unsqueeze", ["mask", "axis2"], ["mask3"]),                      # [N, T, 1]
        helper.make_node("Mul", ["emb", "mask3"], ["masked"]),
        helper.make_node("ReduceSum", ["masked", "axis1"], ["total"], keepdims=0),        # [N, C]
        helper.make_node("ReduceSum", ["mask", "axis1"], ["count0"], keepdims=1),         # [N, 1]
        helper.make_node("Max", ["count0", "one"], ["count"]),
        helper.make_node("Div", ["total", "count"], ["mean"]),
        helper.make_node("Add", ["mean", "b"], ["logits"]),
    ]
    ids = lambda n: helper.make_tensor_value_info(n, TensorProto.INT64, ["N", "T"])
    g = helper.make_graph(
        nodes, "privsql_test_tokenizer_intent",
        [ids("input_ids"), ids("attention_mask"), ids("token_type_ids")],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["N", C])],
        initializer=[numpy_helper.from_array(W.astype(np.float32), "W"),
                     numpy_helper.from_array(np.zeros((2, C), np.float32), "W_type"),
                     numpy_helper.from_array(b.astype(np.float32), "b"),
                     numpy_helper.from_array(np.array([1], np.int64), "axis1"),
                     numpy_helper.from_array(np.array([2], np.int64), "axis2"),
                     numpy_helper.from_array(np.array([1.0], np.float32), "one")],
    )
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)], producer_name="privsql make_tokenizer_model.py")
    m.ir_version = 8
    onnx.checker.check_model(m)
    return m


def main():
    x, y = training_texts()
    tok = tokenizer(x)
    V = tok.get_vocab_size()
    rows, cols = [], []
    for i, e in enumerate(tok.encode_batch(x)):
        rows += [i] * len(e.ids)
        cols += e.ids
    X = sp.csr_matrix((np.ones(len(cols), np.float32), (rows, cols)), shape=(len(x), V))
    X = sp.diags(1.0 / np.asarray(X.sum(axis=1)).ravel()) @ X  # the mean over the sequence, as the graph
    clf = LogisticRegression(C=20, max_iter=3000, class_weight="balanced", random_state=SEED).fit(X, y)
    order = [list(clf.classes_).index(c) for c in INTENTS]
    W, b = clf.coef_.T[:, order], clf.intercept_[order]
    print(f"{len(x)} texts, vocabulary {V}, training accuracy {clf.score(X, y):.3f}")
    onnx.save(graph(W, b), HERE / f"{NAME}.onnx")
    tok.save(str(HERE / f"{NAME}.tokenizer.json"))
    sidecar = {
        "model": "privsql-test-tokenizer-intent",
        "featurizer": {"kind": "hf_tokenizer", "tokenizer": f"{NAME}.tokenizer.json", "max_length": 128,
                       "input_ids": "input_ids", "attention_mask": "attention_mask", "token_type_ids": "token_type_ids"},
        "output": "logits",
        "output_kind": "logits",
        "labels": INTENTS,
        "metrics": {"note": "test fixture: trained on the hand-written phrasings, not evaluated"},
    }
    (HERE / f"{NAME}.json").write_text(json.dumps(sidecar, indent=2) + "\n")
    # Broken variants, with a tiny graph (eight token ids) and the same tokenizer: a sidecar
    # naming a tokenizer file that is not there; one naming an input the graph does not have;
    # one that leaves out the graph's token_type_ids; one with hashed-model input names.
    tiny = graph(np.zeros((8, len(INTENTS))), np.zeros(len(INTENTS)))
    feat = sidecar["featurizer"]
    broken = {
        "tok_no_tokenizer": {"featurizer": {**feat, "tokenizer": "missing.tokenizer.json"}},
        "tok_wrong_input": {"featurizer": {**feat, "input_ids": "ids"}},
        "tok_missing_input": {"featurizer": {k: v for k, v in feat.items() if k != "token_type_ids"}},
        "tok_hashed_inputs": {"indices_input": "indices", "values_input": "values"},
    }
    for name, change in broken.items():
        onnx.save(tiny, HERE / f"{name}.onnx")
        (HERE / f"{name}.json").write_text(json.dumps({**sidecar, **change}, indent=2) + "\n")
    print("wrote", HERE / f"{NAME}.onnx", "and its sidecar and tokenizer, and", ", ".join(broken))


if __name__ == "__main__":
    main()

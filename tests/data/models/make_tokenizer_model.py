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


def transformer_model(name, nodes, C, initializer):
    """An ONNX model of `nodes` with a transformer's inputs (input_ids, attention_mask,
    token_type_ids: int64 [N, T]) and output (logits: float [N, C])."""
    ids = lambda n: helper.make_tensor_value_info(n, TensorProto.INT64, ["N", "T"])
    g = helper.make_graph(nodes, name, [ids("input_ids"), ids("attention_mask"), ids("token_type_ids")],
                          [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["N", C])], initializer=initializer)
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)], producer_name="privsql make_tokenizer_model.py")
    m.ir_version = 8
    onnx.checker.check_model(m)
    return m


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
    return transformer_model("privsql_test_tokenizer_intent", nodes, C, [
        numpy_helper.from_array(W.astype(np.float32), "W"),
        numpy_helper.from_array(np.zeros((2, C), np.float32), "W_type"),
        numpy_helper.from_array(b.astype(np.float32), "b"),
        numpy_helper.from_array(np.array([1], np.int64), "axis1"),
        numpy_helper.from_array(np.array([2], np.int64), "axis2"),
        numpy_helper.from_array(np.array([1.0], np.float32), "one")])


def bert_graph(V, C, H=32, heads=2, max_pos=512, seed=SEED):
    """A one-layer BERT encoder with random weights, written with the operators a Hugging Face
    export uses (Shape/Range position ids, decomposed LayerNorm, multi-head attention with the
    padding masked by -10000 before the softmax, GELU through Erf, the [CLS] row pooled through
    Tanh, a linear classifier): inputs input_ids, attention_mask, token_type_ids int64 [N, T],
    output logits [N, C]. It classifies nothing useful; it shows that an exported transformer's
    graph runs and that padding and masking give every row what it gets alone."""
    rng = np.random.default_rng(seed)
    dh = H // heads
    w = {}

    def param(name, *shape, std=0.2):
        w[name] = rng.normal(0, std, shape).astype(np.float32)
        return name

    def const(name, value, dtype=np.float32):
        w[name] = np.asarray(value, dtype)
        return name

    nodes = []

    def node(op, ins, out, **attrs):
        nodes.append(helper.make_node(op, ins, [out], **attrs))
        return out

    def layer_norm(x, tag):
        mean = node("ReduceMean", [x], f"{tag}_mean", axes=[-1])
        d = node("Sub", [x, mean], f"{tag}_d")
        var = node("ReduceMean", [node("Mul", [d, d], f"{tag}_d2")], f"{tag}_var", axes=[-1])
        std = node("Sqrt", [node("Add", [var, const(f"{tag}_eps", 1e-12)], f"{tag}_ve")], f"{tag}_std")
        y = node("Div", [d, std], f"{tag}_norm")
        g = const(f"{tag}_g", 1 + rng.normal(0, 0.05, H))
        return node("Add", [node("Mul", [y, g], f"{tag}_scaled"), const(f"{tag}_b", rng.normal(0, 0.05, H))], f"{tag}_out")

    def dense(x, fan_in, fan_out, tag, std=0.2):
        return node("Add", [node("MatMul", [x, param(f"{tag}_w", fan_in, fan_out, std=std)], f"{tag}_mm"),
                            param(f"{tag}_bias", fan_out, std=0.02)], tag)

    word = node("Gather", [param("word", V, H), "input_ids"], "word_emb", axis=0)
    t = node("Gather", [node("Shape", ["input_ids"], "ids_shape"), const("one_idx", 1, np.int64)], "seq_len", axis=0)
    pos_ids = node("Range", [const("zero_i", 0, np.int64), t, const("one_i", 1, np.int64)], "pos_ids")
    pos = node("Gather", [param("pos", max_pos, H), pos_ids], "pos_emb", axis=0)
    typ = node("Gather", [param("type", 2, H), "token_type_ids"], "type_emb", axis=0)
    x = layer_norm(node("Add", [node("Add", [word, pos], "wp"), typ], "emb"), "ln0")

    def heads_of(x, tag, perm):
        r = node("Reshape", [x, const(f"{tag}_shape", [0, 0, heads, dh], np.int64)], f"{tag}_r")
        return node("Transpose", [r], f"{tag}_t", perm=perm)

    q = heads_of(dense(x, H, H, "q"), "qh", [0, 2, 1, 3])
    k = heads_of(dense(x, H, H, "k"), "kh", [0, 2, 3, 1])
    v = heads_of(dense(x, H, H, "v"), "vh", [0, 2, 1, 3])
    scores = node("Div", [node("MatMul", [q, k], "qk"), const("sqrt_dh", np.sqrt(dh))], "scores")
    mask = node("Cast", ["attention_mask"], "mask_f", to=TensorProto.FLOAT)
    mask4 = node("Unsqueeze", [mask, const("axes12", [1, 2], np.int64)], "mask4")
    bias = node("Mul", [node("Sub", [const("one_f", 1.0), mask4], "inv_mask"), const("neg", -10000.0)], "mask_bias")
    probs = node("Softmax", [node("Add", [scores, bias], "masked_scores")], "attn", axis=-1)
    ctx = node("Transpose", [node("MatMul", [probs, v], "ctx_h")], "ctx_t", perm=[0, 2, 1, 3])
    ctx = node("Reshape", [ctx, const("merge_shape", [0, 0, H], np.int64)], "ctx")
    x = layer_norm(node("Add", [x, dense(ctx, H, H, "attn_out")], "res1"), "ln1")
    h = dense(x, H, 4 * H, "ffn1")
    erf = node("Erf", [node("Div", [h, const("sqrt2", np.sqrt(2.0))], "h_s")], "h_erf")
    gelu = node("Mul", [node("Mul", [h, const("half", 0.5)], "h_half"), node("Add", [erf, "one_f"], "erf1")], "gelu")
    x = layer_norm(node("Add", [x, dense(gelu, 4 * H, H, "ffn2")], "res2"), "ln2")
    cls = node("Gather", [x, const("zero_idx", 0, np.int64)], "cls", axis=1)
    pooled = node("Tanh", [dense(cls, H, H, "pool")], "pooled")
    node("Identity", [dense(pooled, H, C, "classifier", std=1.0)], "logits")
    return transformer_model("privsql_test_bert_intent", nodes, C, [numpy_helper.from_array(v, k) for k, v in w.items()])


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
    # The same tokenizer in front of a one-layer BERT encoder (random weights).
    onnx.save(bert_graph(V, len(INTENTS), H=16, max_pos=128), HERE / "tok_bert.onnx")
    (HERE / "tok_bert.json").write_text(json.dumps({**sidecar, "model": "privsql-test-bert-random",
                                                    "metrics": {"note": "test fixture: random weights"}}, indent=2) + "\n")
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

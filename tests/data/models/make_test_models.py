#!/usr/bin/env python3
"""Writes the small, deliberately broken or odd intent models tests/sql/classify/*.slt load.
Deterministic; rerun with `python3 tests/data/models/make_test_models.py`."""
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent.parent / "scripts"))
import onnx  # noqa: E402
from train_intent_model import INTENTS, onnx_model  # noqa: E402
sys.path.insert(0, str(HERE.parent.parent.parent / "scripts" / "intent_training"))
import labels_head  # noqa: E402

FEAT = {"kind": "hashed_ngrams", "buckets": 64, "word_ngrams": [1, 1], "char_ngrams": [0, 0], "sublinear_tf": True, "max_chars": 1000}


def sidecar(labels, **kw):
    s = {"model": "test", "featurizer": FEAT, "indices_input": "indices", "values_input": "values",
         "output": "probabilities", "labels": labels, "metrics": {"macro_f1_real": 0.5}}
    s.update(kw)
    return json.dumps(s, indent=2) + "\n"


def write(name, W, b, labels, side):
    onnx.save(onnx_model(W, b, labels), HERE / f"{name}.onnx")
    (HERE / f"{name}.json").write_text(side)


rng = np.random.default_rng(7)
# A tiny three-label model: every text scores `deletion` highest (the bias dominates).
three = ["deletion", "opt_out_marketing", "none"]
write("three_labels", rng.normal(0, 0.01, (64, 3)), np.array([2.0, 0.0, 0.0]), three, sidecar(three))
# Sidecar lists seven labels, graph has three outputs.
write("label_count_mismatch", rng.normal(0, 0.01, (64, 3)), np.zeros(3), three, sidecar(INTENTS[:6] + ["none"]))
# A label outside the taxonomy.
write("unknown_label", rng.normal(0, 0.01, (64, 3)), np.zeros(3), three, sidecar(["deletion", "spam", "none"]))
# Sidecar names an input the graph does not have.
write("wrong_input", rng.normal(0, 0.01, (64, 3)), np.zeros(3), three, sidecar(three, indices_input="token_ids"))
# Not an ONNX file at all, with a valid sidecar.
(HERE / "corrupt.onnx").write_bytes(b"this is not a protobuf model\x00\x01\x02" * 10)
(HERE / "corrupt.json").write_text(sidecar(three))
# A valid graph whose sidecar is not JSON.
onnx.save(onnx_model(rng.normal(0, 0.01, (64, 3)), np.zeros(3), three), HERE / "bad_sidecar.onnx")
(HERE / "bad_sidecar.json").write_text("{ labels: [deletion")
# classify_intents: every text scores deletion 0.79, opt_out_marketing and none 0.11 each; the
# sidecar's threshold 0.1 lists opt_out_marketing beside deletion.
write("two_intents", np.zeros((64, 3)), np.array([2.0, 0.0, 0.0]), three, sidecar(three, thresholds={"opt_out_marketing": 0.1}))
# A threshold for a label the model does not have.
write("bad_threshold", np.zeros((64, 3)), np.zeros(3), three, sidecar(three, thresholds={"access": 0.2}))
# A labels head: the softmax scores deletion 0.79 and opt_out_marketing 0.11 (under the default
# 0.5, so the model alone lists deletion only); the head's sigmoid gives opt_out_marketing 0.731,
# which its threshold 0.6 lists beside deletion.
head = {"graph": "labels_head-labels.onnx", "output": labels_head.OUTPUT, "thresholds": {"opt_out_marketing": 0.6}}
write("labels_head", np.zeros((64, 3)), np.array([2.0, 0.0, 0.0]), three, sidecar(three, labels_head=head))
onnx.save(labels_head.onnx_model(np.zeros((64, 3)), np.array([0.0, 1.0, 0.0]), three), HERE / "labels_head-labels.onnx")
# A sidecar naming a head file that is not there.
write("missing_head", np.zeros((64, 3)), np.array([2.0, 0.0, 0.0]), three,
      sidecar(three, labels_head=dict(head, graph="no_such_head.onnx")))
print("wrote test models to", HERE)

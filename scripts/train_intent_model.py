#!/usr/bin/env python3
"""Train privsql's default intent model from scratch, deterministically.

    scripts/install-python-classify.sh
    cargo build --bin privsql
    python3 scripts/train_intent_model.py --privsql target/debug/privsql --C 4 \
        --cv-record scripts/intent_training/cv_record.json    # the shipped model
        # writes udfs/models/intent-hashed-v1.{onnx,json}, metrics.json and README.md (the card)

1. Training texts: privsql's own generator, `synthetic_intents(200000, SEED, SYNTHETIC_OPTIONS)`
   (phrasing families per intent and language: chats, e-mails, letters, web forms, phone
   transcripts, hard negatives), minus whole held-out families; plus the hand-written phrasings
   in scripts/intent_training/ (7 languages) wrapped in neutral material, minus a held-out 20%;
   plus real text that requests nothing, as `none` (scripts/intent_training/real_text.py:
   Debian fortunes, Django's messages and translations; downloaded on first use).
2. Features: computed by privsql itself (`intent_features(text, '<featurizer json>')`), so
   Python never re-implements the Rust featurizer.
3. A multinomial logistic regression (scikit-learn, fixed seed) on the sparse matrix, its C chosen
   by 3-fold cross-validation grouped by family on the training rows only (--cv-grid, or --C).
4. The ONNX graph (Gather -> MatMul -> Add -> Softmax, built with onnx.helper), the
   JSON sidecar with the measured metrics, and the model card.
5. Evaluation on the held-out synthetic families, the held-out hand-written phrasings and
   tests/data/intents_eval_*.csv (hand-written real-style messages; never trained on), and the
   share of real ordinary text (the ChatterBot corpus's dialogue lines, never trained on) read
   as `none`.
"""
import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_recall_fscore_support, confusion_matrix, accuracy_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts" / "intent_training"))
import phrases_en_de, phrases_fr_es_it, phrases_nl_pt, real_text, wrappers  # noqa: E402
import phrases_consent_access_near_misses, phrases_consent_registers, phrases_consent_vocabulary  # noqa: E402

# The hand-written phrasings, in the order their wrapped variants draw from the seeded generator
# (reordering changes the training texts, not the held-out split).
PHRASE_MODULES = (phrases_en_de, phrases_fr_es_it, phrases_nl_pt, phrases_consent_access_near_misses,
                  phrases_consent_registers, phrases_consent_vocabulary)

INTENTS = ["access", "deletion", "rectification", "opt_out_sale", "opt_out_marketing", "consent_withdrawal", "none"]
FEATURIZER = {"kind": "hashed_ngrams", "buckets": 1 << 17, "word_ngrams": [1, 2], "char_ngrams": [3, 5],
              "sublinear_tf": True, "max_chars": 4000}
SEED = 20261126
SYNTHETIC_ROWS = 200_000
C_DEFAULT = 4.0  # what grouped cross-validation chose for the shipped model (metrics.json has the table)
CV_GRID = "1,4,16"
DEFAULT_VARIANTS = 24


def phrase_families():
    out = []
    for mod in PHRASE_MODULES:
        # Each module's FAMILY_PREFIX is frozen: the held-out 20% hashes the family id it starts.
        prefix = mod.FAMILY_PREFIX
        for lang, by_intent in mod.PHRASES.items():
            for intent, phrases in by_intent.items():
                assert intent in INTENTS, intent
                for i, p in enumerate(phrases):
                    out.append((f"{prefix}{lang}:{intent}:{i}", lang, intent, p))
    return out


def held_out(family):
    # A stable 20% of the phrasing families never reach training.
    return int(hashlib.sha256(family.encode()).hexdigest(), 16) % 5 == 0


def variants(rng, lang, phrase, n):
    w = wrappers.W[lang]
    fill = lambda s: s.format(num=rng.randint(100000, 999999), email=f"user{rng.randint(1, 9999)}@example.com")
    out = [phrase, phrase.lower().rstrip(".!?")]
    for _ in range(n):
        kind = rng.random()
        name = rng.choice(wrappers.NAMES)
        if kind < 0.35:  # chat line
            parts = [rng.choice(w["open"] + ["", ""]), phrase, rng.choice(["", "", "thx", ":)", "!!"] if lang == "en" else ["", ""])]
            text = " ".join(p for p in parts if p)
            if rng.random() < 0.4:
                text = text.lower()
        elif kind < 0.7:  # short email
            parts = [rng.choice(w["open"]), fill(rng.choice(w["context"])) if rng.random() < 0.6 else "", phrase,
                     rng.choice(w["close"]), name]
            text = "\n".join(p for p in parts if p)
        else:  # formal letter with address blocks
            ctx = rng.sample(w["context"], k=min(2, len(w["context"])))
            parts = [name, rng.choice(wrappers.STREETS), rng.choice(wrappers.CITIES), "",
                     rng.choice(["ACME GmbH", "Shop Ltd", "DataCorp S.A.", "Example B.V."]), rng.choice(wrappers.STREETS),
                     rng.choice(wrappers.CITIES), "", f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.2026", "",
                     rng.choice(w["subject"]), "", rng.choice(w["open"]), " ".join(fill(c) for c in ctx), phrase,
                     rng.choice(w["deadline"]), "", rng.choice(w["close"]), name]
            text = "\n".join(parts)
        out.append(text)
    return out


def neutral_letters(rng, n):
    """Letters and chats made only of neutral material: `none`."""
    out = []
    for _ in range(n):
        lang = rng.choice(list(wrappers.W))
        w = wrappers.W[lang]
        fill = lambda s: s.format(num=rng.randint(100000, 999999), email=f"user{rng.randint(1, 9999)}@example.com")
        parts = [rng.choice(w["open"]), fill(rng.choice(w["context"])), rng.choice(w["close"]), rng.choice(wrappers.NAMES)]
        out.append((lang, "\n".join(parts)))
    return out


def run_sql(privsql, *sql):
    args = [a for q in sql for a in ("-c", q)]
    res = subprocess.run(privsql + args, cwd=ROOT, capture_output=True, text=True)
    if res.returncode != 0:
        raise SystemExit(f"privsql failed:\n{res.stderr[-4000:]}")
    return res.stdout


SYNTHETIC_OPTIONS = "privacy_share=0.55, non_english=0.6, defect_rate=0"


def family_of(template):
    """`deletion.en.formal_letter.3` -> `deletion.en.formal_letter` (intent, language, family)."""
    return template.rsplit(".", 1)[0]


def synthetic_held_out(families):
    """The synthetic families held out of training: a stable 20% by hash of the family id, but
    never every family of one (intent, language), so each is still taught by some phrasing."""
    by_group = {}
    for f in sorted(families):
        intent, lang, _ = f.split(".", 2)
        by_group.setdefault((intent, lang), []).append(f)
    held = set()
    for group in by_group.values():
        h = [f for f in group if int(hashlib.sha256(f.encode()).hexdigest(), 16) % 5 == 0]
        if len(h) == len(group):
            h = h[1:]
        held.update(h)
    return held


def synthetic(privsql, tmp, rows, seed, features=True):
    """`rows` messages of privsql's `synthetic_intents`: texts, intents, families and (unless
    `features` is false) their features from the Rust featurizer as a CSR matrix."""
    dst = Path(tmp) / f"synthetic_{seed}.parquet"
    fj = json.dumps(FEATURIZER).replace("'", "''")
    f = f", intent_features(text, '{fj}') AS f" if features else ""
    run_sql(privsql, f"COPY (SELECT id, text, intent, template{f} "
                     f"FROM synthetic_intents({rows}, {seed}, '{SYNTHETIC_OPTIONS}') ORDER BY id) TO '{dst}'")
    t = pq.read_table(dst)
    return t.column("text").to_pylist(), t.column("intent").to_pylist(), \
        [family_of(x) for x in t.column("template").to_pylist()], \
        csr(t.column("f").combine_chunks(), t.num_rows) if features else None


def hand_written(n_variants):
    """The hand-written phrasings wrapped in neutral material: (train texts, labels, held-out
    texts, labels); a stable 20% of the phrasings is held out."""
    return hand_written_grouped(n_variants)[:4]


def hand_written_grouped(n_variants):
    """As `hand_written`, plus the group of each training text (its phrasing family; the neutral
    letters form one group), for cross-validation grouped by family."""
    rng = random.Random(SEED)
    hand_x, hand_y, hheld_x, hheld_y, groups = [], [], [], [], []
    for family, lang, intent, phrase in phrase_families():
        texts = variants(rng, lang, phrase, n_variants)
        if held_out(family):
            hheld_x += texts
            hheld_y += [intent] * len(texts)
        else:
            hand_x += texts
            hand_y += [intent] * len(texts)
            groups += [f"hand:{family}"] * len(texts)
    for lang, text in neutral_letters(rng, 1500):
        hand_x.append(text)
        hand_y.append("none")
        groups.append("hand:neutral")
    # Real text that requests nothing (scripts/intent_training/real_text.py: Debian fortunes,
    # Django's messages and their translations), one cross-validation group per source and language.
    for source, lang, text in real_text.training_none(SEED):
        hand_x.append(text)
        hand_y.append("none")
        groups.append(f"real:{source}:{lang}")
    return hand_x, hand_y, hheld_x, hheld_y, groups


def csr(f, n):
    idx = f.field("indices")
    val = f.field("values")
    indptr = idx.offsets.to_numpy()
    return sp.csr_matrix((val.values.to_numpy(zero_copy_only=False).astype(np.float32),
                          idx.values.to_numpy(zero_copy_only=False), indptr), shape=(n, FEATURIZER["buckets"]))


def features(privsql, texts, tmp, tag):
    """Featurize `texts` with privsql's Rust featurizer; returns a CSR matrix."""
    src = Path(tmp) / f"{tag}_text.parquet"
    dst = Path(tmp) / f"{tag}_feat.parquet"
    pq.write_table(pa.table({"id": pa.array(range(len(texts)), pa.int64()), "text": pa.array(texts, pa.string())}), src)
    fj = json.dumps(FEATURIZER).replace("'", "''")
    run_sql(privsql, f"CREATE EXTERNAL TABLE texts STORED AS PARQUET LOCATION '{src}'",
            f"COPY (SELECT id, intent_features(text, '{fj}') AS f FROM texts ORDER BY id) TO '{dst}'")
    t = pq.read_table(dst)
    ids = t.column("id").to_numpy()
    assert (ids == np.arange(len(texts))).all()
    return csr(t.column("f").combine_chunks(), len(texts))


def read_eval(path):
    t = pacsv.read_csv(path, parse_options=pacsv.ParseOptions(newlines_in_values=True))
    return t.column("text").to_pylist(), t.column("label").to_pylist(), t.column("lang").to_pylist()


def metrics(y_true, y_pred):
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=INTENTS, zero_division=0)
    return {
        "accuracy": round(float(accuracy_score(y_true, y_pred)), 4),
        "macro_f1": round(float(f1_score(y_true, y_pred, labels=INTENTS, average="macro", zero_division=0)), 4),
        "per_class": {c: {"precision": round(float(p[i]), 4), "recall": round(float(r[i]), 4), "f1": round(float(f[i]), 4),
                          "support": int(s[i])} for i, c in enumerate(INTENTS)},
        "confusion": confusion_matrix(y_true, y_pred, labels=INTENTS).tolist(),
        "rows": len(y_true),
    }


def real_none_metrics(langs, pred, confident):
    """Figures on real text that requests nothing (every true label is `none`): the share read as
    `none` by argmax and with the default threshold 0.5 (below it `classify_intent` says `none`),
    per language, and what the rest was read as."""
    pred = np.asarray(pred)
    kept = np.where(confident, pred, "none")
    by_lang = {}
    for lang in sorted(set(langs)):
        m = np.asarray(langs) == lang
        by_lang[lang] = {"rows": int(m.sum()), "none_rate": round(float((pred[m] == "none").mean()), 4),
                         "none_rate_threshold_0_5": round(float((kept[m] == "none").mean()), 4)}
    return {
        "rows": len(pred),
        "none_rate": round(float((pred == "none").mean()), 4),
        "none_rate_threshold_0_5": round(float((kept == "none").mean()), 4),
        "read_as": {c: int((pred == c).sum()) for c in INTENTS if c != "none"},
        "read_as_threshold_0_5": {c: int((kept == c).sum()) for c in INTENTS if c != "none"},
        "by_language": by_lang,
    }


def class_weights(y, boost=None):
    """scikit-learn's 'balanced' class weights (n / (classes * count)) computed on `y`, with the
    classes of `boost` ({label: factor}) multiplied by their factor; 'balanced' itself when there
    is no boost."""
    if not boost:
        return "balanced"
    labels, counts = np.unique(np.asarray(y), return_counts=True)
    w = {c: len(y) / (len(labels) * n) for c, n in zip(labels, counts)}
    for c, f in boost.items():
        w[c] *= f
    return w


def sample_weights(groups, real_weight):
    """Per-text weights: `real_weight` for the real `none` texts (groups `real:...`), 1 elsewhere;
    None when every weight is 1."""
    if real_weight == 1.0:
        return None
    return np.where(np.char.startswith(np.asarray(groups, dtype=str), "real:"), real_weight, 1.0)


def choose_C(X, y, groups, grid, folds=3, boost=None, sw=None):
    """Pick C by cross-validation grouped by phrasing family, on the TRAINING rows only: each
    fold holds out whole families, as the final evaluation does, and the held-out families of
    the final evaluation are never seen here. Returns (best C, {C: mean macro-F1})."""
    from sklearn.model_selection import GroupKFold
    y = np.asarray(y)
    splits = list(GroupKFold(n_splits=folds).split(X, y, groups))
    grid = sorted(grid)
    f1s = {C: [] for C in grid}
    for k, (tr, te) in enumerate(splits):
        for C in grid:
            # A cold start for every C: with a warm start lbfgs stops at once (the gradient
            # change is below tol) and every C would score the same.
            clf = LogisticRegression(C=C, max_iter=3000, class_weight=class_weights(y[tr], boost), random_state=SEED, tol=1e-4)
            clf.fit(X[tr], y[tr], sample_weight=None if sw is None else sw[tr])
            pred = clf.predict(X[te])
            f1s[C].append(f1_score(y[te], pred, labels=INTENTS, average="macro", zero_division=0))
            _, rec, _, _ = precision_recall_fscore_support(y[te], pred, labels=INTENTS, zero_division=0)
            print(f"  grouped CV fold {k + 1}/{folds}, C = {C}, boost {boost or {}}: macro-F1 {f1s[C][-1]:.4f}; recall "
                  + ", ".join(f"{c} {r:.3f}" for c, r in zip(INTENTS, rec)), flush=True)
    scores = {C: round(float(np.mean(f1s[C])), 4) for C in grid}
    print("  mean macro-F1 by C:", scores, flush=True)
    best = max(grid, key=lambda c: (scores[c], -c))
    return best, scores


def onnx_model(W, b, labels):
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    C = W.shape[1]
    nodes = [
        # The sparse product as a batched MatMul, [N, 1, L] x [N, L, C]: tract and ONNX Runtime
        # both run it in their matrix kernels (multiply and sum fused), about twice as fast as
        # Mul -> ReduceSum over the gathered [N, L, C] tensor.
        helper.make_node("Gather", ["W", "indices"], ["rows"], axis=0),                 # [N, L, C]
        helper.make_node("Unsqueeze", ["values", "axis1"], ["weights"]),                # [N, 1, L]
        helper.make_node("MatMul", ["weights", "rows"], ["logits3"]),                   # [N, 1, C]
        helper.make_node("Squeeze", ["logits3", "axis1"], ["logits0"]),                 # [N, C]
        helper.make_node("Add", ["logits0", "b"], ["logits"]),
        helper.make_node("Softmax", ["logits"], ["probabilities"], axis=-1),
    ]
    graph = helper.make_graph(
        nodes, "privsql_intent_hashed",
        [helper.make_tensor_value_info("indices", TensorProto.INT64, ["N", "L"]),
         helper.make_tensor_value_info("values", TensorProto.FLOAT, ["N", "L"])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", C])],
        initializer=[numpy_helper.from_array(W.astype(np.float32), "W"), numpy_helper.from_array(b.astype(np.float32), "b"),
                     numpy_helper.from_array(np.array([1], np.int64), "axis1")],
    )
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="privsql train_intent_model.py")
    m.ir_version = 8
    m.metadata_props.add(key="labels", value=",".join(labels))
    onnx.checker.check_model(m)
    return m


def card(out, m_held, m_hand, m_eval, m_real, n_train, n_syn, n_hand, n_real, n_hheld, size, args, cv_scores=None):
    def table(m):
        rows = ["| intent | precision | recall | F1 | support |", "|---|---|---|---|---|"]
        for c in INTENTS:
            pc = m["per_class"][c]
            rows.append(f"| `{c}` | {pc['precision']:.3f} | {pc['recall']:.3f} | {pc['f1']:.3f} | {pc['support']} |")
        return "\n".join(rows)

    def confusion(m):
        rows = ["| true \\ predicted | " + " | ".join(INTENTS) + " |", "|---" * (len(INTENTS) + 1) + "|"]
        for c, r in zip(INTENTS, m["confusion"]):
            rows.append(f"| `{c}` | " + " | ".join(str(v) for v in r) + " |")
        return "\n".join(rows)

    families = ", ".join(f"`{f}`" for f in m_held["families"])
    boost = getattr(args, "boost_map", None)
    weights = "class_weight = balanced" + "".join(f", times {f:g} for `{c}`" for c, f in (boost or {}).items())
    if args.real_weight != 1.0:
        weights += f", each real `none` text weighted {args.real_weight:g}"
    record = getattr(args, "cv_record_data", None)
    if record:
        tried_c = ", ".join(f"C = {float(c):g}: {f:.4f}" for c, f in record["C"].items())
        tried_b = ", ".join(f"times {float(b):g}: {f:.4f}" for b, f in record["boost"].items())
        cv_text = (f"C and the weight of `{record['label']}` were chosen by 3-fold cross-validation grouped by "
                   f"phrasing family on the training rows only (each fold holds out whole families; the "
                   f"held-out families below are never seen): mean macro-F1 with "
                   f"{record.get('C_weights', 'balanced weights')} {tried_c}; "
                   f"at C = {args.C:g}, with the balanced weight of `{record['label']}` multiplied {tried_b} "
                   f"(`{record['command']}`). {record.get('note', '')}")
        for key, what in (("real_weight", "the weight of each real `none` text"),
                          ("word_ngrams", "word n-grams")):
            if key in record:
                tried = ", ".join(f"{v}: {f:.4f}" for v, f in record[key].items())
                cv_text += (f" In the same grouped cross-validation, {what}: {tried} "
                            f"(`{record[key + '_command']}`).")
    elif cv_scores:
        tried = ", ".join(f"C = {c:g}: {f:.4f}" for c, f in cv_scores.items())
        cv_text = (f"C was chosen by 3-fold cross-validation grouped by phrasing family on the training "
                   f"rows only (each fold holds out whole families; the held-out families below are never "
                   f"seen): mean macro-F1 {tried}.")
    else:
        cv_text = "C was given on the command line (`--C`), not chosen by cross-validation."
    target = "meets" if m_held["macro_f1"] >= 0.93 else "is **below**"
    text = f"""# Model card: privsql-intent-hashed-v1 (the default intent model)

Files: `intent-hashed-v1.onnx` ({size / 1e6:.1f} MB, float32), `intent-hashed-v1.json` (sidecar),
`metrics.json` (every figure below, with the held-out family list). Embedded in the privsql
binary with `include_bytes!`.

## What it does
Classifies a message into `access`, `deletion`, `rectification`, `opt_out_sale`,
`opt_out_marketing`, `consent_withdrawal` or `none` (privsql's taxonomy, GDPR art. 7(3), 15-17,
20, 21 and the CCPA rights to know, delete, correct and opt out of sale or sharing), in English,
German, French, Spanish, Italian, Dutch and Portuguese, from one-line chats to page-long letters.

## Featurizer
`hashed_ngrams` (Rust, `udfs/src/classify/featurize.rs`): Unicode lowercasing; words are maximal
runs of alphanumeric characters; word unigrams and bigrams and character {FEATURIZER['char_ngrams'][0]}- to {FEATURIZER['char_ngrams'][1]}-grams of each
word padded as `<word>`, hashed (FNV-1a 64 + murmur3 finaliser, fixed and platform independent)
into {FEATURIZER['buckets']} buckets; sublinear term frequency `1 + ln tf`; L2 normalisation; the
first {FEATURIZER['max_chars']} characters of a text. The training script gets every feature from
privsql itself (`intent_features`), so training and inference cannot drift apart.

Character 3- to 5-grams rather than 2- to 5-grams: about a quarter fewer features per text
(faster featurizing and inference) and a higher score in the grouped cross-validation on the
training families (docs/benchmarks.md has the comparison).

## Model
Multinomial logistic regression (scikit-learn `LogisticRegression`, C = {args.C},
{weights}, lbfgs, seed {SEED}) on those features. {cv_text}

Exported as an ONNX graph built with `onnx.helper`: `Gather(W[{FEATURIZER['buckets']}, 7], indices)`
-> `MatMul(values[N, 1, L], ·)` -> `+ b` -> `Softmax` (the batched MatMul fuses the multiply and the
sum in tract's and ONNX Runtime's matrix kernels). Inputs `indices` int64 [N, L] and `values`
float [N, L]; output `probabilities` [N, 7].

## Training data ({n_train} texts)
- {n_syn} messages of privsql's own generator, `synthetic_intents({args.synthetic_rows}, {SEED},
  '{SYNTHETIC_OPTIONS}')` (`src/sources/synthetic/phrases/`: {m_held['all_families']} phrasing families, i.e. intent x
  language x kind of message such as `deletion.it.frustrated` or `access.de.web_form`, in seven
  languages, with ordinary support traffic and hard negatives), minus the held-out families below.
- {n_hand} texts from the hand-written phrasings of `scripts/intent_training/` (every intent and
  `none` in seven languages), each wrapped {args.variants} times in neutral material (greetings,
  customer numbers, legal deadlines, signatures, address blocks), plus 1,500 neutral letters;
  a stable 20% of those phrasings is held out too ({n_hheld} texts). Licence: Apache-2.0, as
  privsql (written for privsql by its engineers).
- {n_real} real texts that request nothing, all labelled `none`, from the package registries
  (`scripts/intent_training/real_text.py` downloads them): Debian `fortunes` and `fortunes-min`
  (English, BSD), `fortunes-de` (German, GPL-2+), `fortunes-es` (Spanish, quotes presumed public
  domain, package GPL-2+; its offensive `off/` files left out), `fortunes-it` (Italian, public
  domain), `fortunes-br` (Brazilian Portuguese, GPL-2+): up to 6,000 quotations, sayings, jokes
  and anecdotes per language, drawn with the seed; and Django 5.2's messages (PyPI `django`,
  BSD-3-Clause) in English and their German, French, Spanish, Italian, Dutch and Portuguese
  translations (form errors, account and admin messages). The model's weights are fitted on these
  texts; none of them is shipped. Real privacy requests are not among them: no openly licensed
  set of real requests is distributed through the package registries reachable here (see
  docs/classify.md, "Real text").

## Evaluation
### Held-out synthetic families ({m_held['rows']} texts, {len(m_held['families'])} families)
Whole phrasing families never reach training: a stable 20% of the `intent.language.family` ids
(by SHA-256), never every family of one intent and language. The held-out families:
{families}.

Accuracy {m_held['accuracy']:.3f}, **macro-F1 {m_held['macro_f1']:.3f}** (argmax, no threshold).

{table(m_held)}

Confusion matrix:

{confusion(m_held)}

### Held-out hand-written phrasings ({m_hand['rows']} texts)
A separate source from the generator (the files `scripts/intent_training/phrases_*.py`; each
file's held-out 20% is in this set, so its figure is comparable only between models trained on the
same files): accuracy {m_hand['accuracy']:.3f}, macro-F1 {m_hand['macro_f1']:.3f}.

### Real text: the ChatterBot corpus ({m_real['rows']} lines, none of them a request)
Human-written dialogue lines of PyPI `chatterbot-corpus` 1.3.3 (BSD-3-Clause), in English,
German, French, Spanish, Italian, Dutch and Portuguese: small talk, questions, answers, jokes;
never trained on ({m_real['left_out_also_in_training']} short lines that are also training texts, such as a
one-word answer, are left out). Every line's true label is `none`, so this
measures what matters most on real inbound text, which is mostly ordinary: how much of it the
model correctly leaves alone. **{m_real['none_rate_threshold_0_5'] * 100:.1f}%** of the lines are
read as `none` with the default threshold 0.5 ({m_real['none_rate'] * 100:.1f}% by argmax); the
others were read as {", ".join(f"`{c}` {n}" for c, n in m_real['read_as_threshold_0_5'].items())}. Per language
(threshold 0.5): {", ".join(f"{l} {v['none_rate_threshold_0_5'] * 100:.1f}% of {v['rows']}" for l, v in m_real['by_language'].items())}.

### Real-style evaluation set ({m_eval['rows'] if m_eval else 0} messages)
`tests/data/intents_eval_*.csv`: messages written by hand for evaluation only (never trained on,
checked by the training script), in the style of real customer mail: 38 English chats and
emails, 54 short messages in German, French, Spanish, Italian, Dutch and Portuguese, 18 formal
letters of up to a page in all seven languages; about 40% are ordinary customer messages, several
of them near misses. They were written by the same engineers (AI assistants) who wrote the
training phrasings, so they are **not** text written by real customers: treat the figure as an
estimate of behaviour on real text, not a measurement of it.
Accuracy {m_eval['accuracy'] if m_eval else 0:.3f}, **macro-F1 {m_eval['macro_f1'] if m_eval else 0:.3f}**.

{table(m_eval) if m_eval else ''}

`sql/evaluate_intents.sql` recomputes these figures in SQL through `classify_intent` (with the
default threshold 0.5 applied, so its figures can differ slightly from the argmax figures above).

### Against the issue's targets
- Held-out synthetic families: macro-F1 {m_held['macro_f1']:.3f}, which {target} the 0.93 target.
  The figure moves by several points with the choice of held-out families (a family held out in a
  language with only two or three families of its intent is hard). It is measured after C and the
  class weights were chosen by cross-validation on the training families alone (above), never to
  choose between settings (docs/benchmarks.md lists each time it was looked at).
- Real text: macro-F1 is not measurable here, because no real privacy requests are obtainable
  (so `macro_f1_real` in the sidecar is null); on real text that requests nothing the model
  leaves {m_real['none_rate_threshold_0_5'] * 100:.1f}% alone (above). The hand-written set above
  stands in for real requests (`macro_f1_handwritten_eval` in the sidecar).

## Reproduce
```sh
scripts/install-python-classify.sh
cargo build --bin privsql
python3 scripts/train_intent_model.py --privsql target/debug/privsql --C 4 \
    --cv-record scripts/intent_training/cv_record.json   # deterministic; the shipped model
# the cross-validation that chose them (training families only), one factor F at a time:
python3 scripts/train_intent_model.py --privsql target/debug/privsql --cv-grid 2,4,8 --boost consent_withdrawal=2 --cv-only
python3 scripts/train_intent_model.py --privsql target/debug/privsql --cv-grid 4 --boost consent_withdrawal=F --cv-only
cargo run --bin privsql -- -f sql/evaluate_intents.sql
```

## Limits
- Linear bag of n-grams: negation and long-range structure are invisible ("do NOT delete my
  account" reads like a deletion request).
- Languages other than the seven above fall back to shared character n-grams and mostly get `none`.
- A message with several requests gets one label; read the others from `intent_scores`.
"""
    (out / "README.md").write_text(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "udfs" / "models"), help="directory for the model, sidecar and card")
    ap.add_argument("--variants", type=int, default=DEFAULT_VARIANTS, help="wrapped variants per hand-written phrasing")
    ap.add_argument("--synthetic-rows", type=int, default=SYNTHETIC_ROWS, help="synthetic_intents rows exported")
    ap.add_argument("--C", type=float, default=None,
                    help="inverse regularisation of the logistic regression (default: chosen by --cv-grid)")
    ap.add_argument("--cv-grid", default=CV_GRID,
                    help="C values tried by 3-fold cross-validation grouped by family, on the training families only")
    ap.add_argument("--char-ngrams", default=None,
                    help="character n-gram lengths LO,HI (default %s)" % ",".join(map(str, FEATURIZER["char_ngrams"])))
    ap.add_argument("--privsql", default=None,
                    help="command that runs privsql (default: cargo run -q --bin privsql --); SQL is passed with -c")
    ap.add_argument("--boost", default=None,
                    help="LABEL=FACTOR[,LABEL=FACTOR]: multiply these classes' balanced weights (e.g. consent_withdrawal=2)")
    ap.add_argument("--real-weight", type=float, default=1.0,
                    help="weight of each real `none` text (Debian fortunes, Django messages) relative to the rest")
    ap.add_argument("--word-ngrams", default=None,
                    help="word n-gram lengths LO,HI (default %s)" % ",".join(map(str, FEATURIZER["word_ngrams"])))
    ap.add_argument("--cv-record", default=None,
                    help="JSON file of an earlier grouped cross-validation that chose --C and --boost "
                         '({"C": {C: mean macro-F1}, "boost": {factor: mean macro-F1}, "command": ...}), for the card')
    ap.add_argument("--cv-only", action="store_true", help="run the grouped cross-validation, print it and stop")
    ap.add_argument("--dry-run", action="store_true", help="train and print the figures, write nothing")
    args = ap.parse_args()
    if args.char_ngrams:
        FEATURIZER["char_ngrams"] = [int(v) for v in args.char_ngrams.split(",")]
    if args.word_ngrams:
        FEATURIZER["word_ngrams"] = [int(v) for v in args.word_ngrams.split(",")]
    boost = {k: float(v) for k, v in (kv.split("=") for kv in args.boost.split(","))} if args.boost else None
    if boost:
        assert set(boost) <= set(INTENTS), boost
    args.boost_map = boost
    args.cv_record_data = json.loads(Path(args.cv_record).read_text()) if args.cv_record else None
    privsql = (args.privsql.split() if args.privsql else ["cargo", "run", "-q", "--bin", "privsql", "--"]) + ["-q"]

    hand_x, hand_y, hheld_x, hheld_y, hand_groups = hand_written_grouped(args.variants)

    eval_files = sorted((ROOT / "tests" / "data").glob("intents_eval_*.csv"))
    eval_x, eval_y, eval_lang = [], [], []
    for f in eval_files:
        x, y, l = read_eval(f)
        eval_x += x
        eval_y += y
        eval_lang += l
    real_lines = real_text.chatterbot_lines()
    real_x, real_lang = [t for _, _, t in real_lines], [l for l, _, _ in real_lines]

    with tempfile.TemporaryDirectory() as tmp:
        syn_x, syn_y, syn_fam, Xsyn = synthetic(privsql, tmp, args.synthetic_rows, SEED)
        Xhand = features(privsql, hand_x, tmp, "hand")
        Xhheld = features(privsql, hheld_x, tmp, "hheld")
        Xev = features(privsql, eval_x, tmp, "eval") if eval_x else None
        Xreal = features(privsql, real_x, tmp, "real")
    held = synthetic_held_out(set(syn_fam))
    in_held = np.array([f in held for f in syn_fam])
    syn_y = np.array(syn_y)
    train_x = [t for t, h in zip(syn_x, in_held) if not h] + hand_x
    assert not set(eval_x) & set(train_x), "an evaluation text is in the training set"
    # A short line such as "Yes" can also be a training text (a Django message, a synthetic chat):
    # such lines are left out of the real-text evaluation, so it holds only lines never trained on.
    train_set = set(train_x)
    keep = np.array([t not in train_set for t in real_x], dtype=bool)
    real_dropped = [t for t, k in zip(real_x, keep) if not k]
    real_lang = [l for l, k in zip(real_lang, keep) if k]
    Xreal = Xreal[np.flatnonzero(keep)]
    print(f"ChatterBot lines also in the training texts, left out of its evaluation: {len(real_dropped)}", flush=True)
    n_real = sum(1 for g in hand_groups if g.startswith("real:"))
    Xtr = sp.vstack([Xsyn[~in_held], Xhand]).tocsr()
    ytr = np.concatenate([syn_y[~in_held], np.array(hand_y)])
    Xho, yho = Xsyn[in_held], list(syn_y[in_held])
    print(f"training texts: {Xtr.shape[0]} ({(~in_held).sum()} synthetic, {len(hand_x)} hand-written "
          f"and real `none`); "
          f"held-out synthetic families: {len(held)} of {len(set(syn_fam))} ({in_held.sum()} texts); "
          f"held-out hand-written phrasings: {len(hheld_x)} texts", flush=True)

    cv_scores = None
    groups = np.array([f for f, h in zip(syn_fam, in_held) if not h] + hand_groups)
    sw = sample_weights(groups, args.real_weight)
    if args.C is None:
        grid = [float(c) for c in args.cv_grid.split(",")]
        args.C, cv_scores = choose_C(Xtr, ytr, groups, grid, boost=boost, sw=sw)
        print(f"C = {args.C} (grouped cross-validation on the training families)", flush=True)
        if args.cv_only:
            return
    clf = LogisticRegression(C=args.C, max_iter=3000, class_weight=class_weights(ytr, boost), random_state=SEED, tol=1e-4)
    clf.fit(Xtr, ytr, sample_weight=sw)
    order = [list(clf.classes_).index(c) for c in INTENTS]
    W = clf.coef_.T[:, order]          # [D, C]
    b = clf.intercept_[order]

    def predict(X):
        z = X @ W + b
        return [INTENTS[i] for i in np.asarray(z).argmax(axis=1)]

    def confident(X, threshold=0.5):
        z = np.asarray(X @ W + b)
        p = np.exp(z - z.max(axis=1, keepdims=True))
        return (p / p.sum(axis=1, keepdims=True)).max(axis=1) >= threshold

    m_held = metrics(yho, predict(Xho))
    m_held["families"] = sorted(held)
    m_held["all_families"] = len(set(syn_fam))
    m_hand = metrics(hheld_y, predict(Xhheld))
    m_eval = metrics(eval_y, predict(Xev)) if Xev is not None else None
    m_real = real_none_metrics(real_lang, predict(Xreal), confident(Xreal))
    m_real["left_out_also_in_training"] = len(real_dropped)
    print("held-out synthetic families:", json.dumps({k: m_held[k] for k in ("accuracy", "macro_f1")}))
    for c in INTENTS:
        print(f"  {c:20s} {m_held['per_class'][c]}")
    print("held-out hand-written phrasings:", json.dumps({k: m_hand[k] for k in ("accuracy", "macro_f1")}))
    if m_eval:
        print("real-style evaluation set:  ", json.dumps({k: m_eval[k] for k in ("accuracy", "macro_f1")}))
        for c in INTENTS:
            print(f"  {c:20s} {m_eval['per_class'][c]}")
    print("real text, ChatterBot corpus (all none):", json.dumps({k: m_real[k] for k in
          ("rows", "none_rate", "none_rate_threshold_0_5", "read_as")}))
    if args.dry_run:
        return

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    model = onnx_model(W, b, INTENTS)
    import onnx
    onnx.save(model, out / "intent-hashed-v1.onnx")
    sidecar = {
        "model": "privsql-intent-hashed-v1",
        "featurizer": FEATURIZER,
        "indices_input": "indices",
        "values_input": "values",
        "output": "probabilities",
        "labels": INTENTS,
        "metrics": {
            "macro_f1_synthetic_heldout": m_held["macro_f1"],
            "accuracy_synthetic_heldout": m_held["accuracy"],
            "macro_f1_handwritten_heldout": m_hand["macro_f1"],
            # No real privacy requests are obtainable here, so macro-F1 on real text is not
            # measured; what is measured on real text is how much of it is correctly left alone.
            "macro_f1_real": None,
            "none_rate_real": m_real["none_rate_threshold_0_5"],
            "real_none_rows": m_real["rows"],
            "macro_f1_handwritten_eval": m_eval["macro_f1"] if m_eval else None,
            "accuracy_handwritten_eval": m_eval["accuracy"] if m_eval else None,
            "handwritten_eval_rows": m_eval["rows"] if m_eval else 0,
            "train_rows": int(Xtr.shape[0]),
            "card": "udfs/models/README.md",
        },
    }
    (out / "intent-hashed-v1.json").write_text(json.dumps(sidecar, indent=2, ensure_ascii=False) + "\n")
    (out / "metrics.json").write_text(json.dumps({"synthetic_heldout": m_held, "handwritten_heldout": m_hand, "handwritten_eval": m_eval,
                                                  "real_chatterbot_none": m_real, "real_none_training_rows": n_real,
                                                  "C": args.C, "cv_macro_f1_by_C": cv_scores or (args.cv_record_data or {}).get("C"),
                                                  "class_weight_boost": boost, "real_none_weight": args.real_weight, "cv_record": args.cv_record_data, "variants": args.variants, "synthetic_rows": args.synthetic_rows,
                                                  "synthetic_options": SYNTHETIC_OPTIONS, "seed": SEED}, indent=1) + "\n")
    card(out, m_held, m_hand, m_eval, m_real, int(Xtr.shape[0]), int((~in_held).sum()), len(hand_x) - n_real, n_real,
         len(hheld_x),
         (out / "intent-hashed-v1.onnx").stat().st_size, args, cv_scores)
    print(f"wrote {out / 'intent-hashed-v1.onnx'} ({(out / 'intent-hashed-v1.onnx').stat().st_size} bytes) and its sidecar")


if __name__ == "__main__":
    main()

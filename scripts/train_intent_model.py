#!/usr/bin/env python3
"""Train privsql's default intent model from scratch, deterministically.

    scripts/install-python-classify.sh
    cargo build --bin privsql
    python3 scripts/train_intent_model.py --privsql target/debug/privsql --C 4 --max-iter 300 \
        --synthetic-rows 480000 --threshold-rows 30000   # the shipped model
        # writes udfs/models/intent-hashed-v2.{onnx,json}, metrics.json and README.md (the card)

1. Training texts: privsql's own generator, `synthetic_intents(260000, SEED, SYNTHETIC_OPTIONS)`
   (every registered language, every intent equally often; chats, e-mails, formal letters, web
   forms, combined requests with their `intents`, hard negatives), minus whole held-out families;
   plus the hand-written phrasings in scripts/intent_training/ (7 languages) wrapped in neutral
   material, minus a held-out 20%; plus real text that requests nothing, as `none`
   (scripts/intent_training/real_text.py: Debian fortunes, Django's messages and translations).
2. Features: computed by privsql itself (`intent_features(text, '<featurizer json>')`), so
   Python never re-implements the Rust featurizer (--features-privsql may name a faster build).
3. A multinomial logistic regression (scikit-learn, fixed seed) over the eleven labels on the
   sparse matrix, each combined request also counted, with a smaller weight, for each of its
   other intents; C given (--C) or chosen by 3-fold cross-validation grouped by family on the
   training rows only (--cv-grid). Per label, the threshold at which `classify_intents` lists it
   beside the primary intent, chosen on out-of-fold probabilities of a grouped cross-validation
   on the training rows; on the same folds, the precedence rules of combined requests (their
   ratio, and the labels-head probability at which they also apply, from a head fitted per fold).
3b. The labels head (intent_training/labels_head.py): one logistic regression per label on every
   intent of each message, exported as a second graph (`<model>-labels.onnx`, Sigmoid) that
   `classify_intents` reads for the intents beside the primary one, with per-label thresholds
   chosen out of fold the same way. `--main-onnx` keeps an existing multinomial graph (and its
   sidecar's thresholds and rules) and trains only the head.
4. The ONNX graph (Gather -> MatMul -> Add -> Softmax, built with onnx.helper), the JSON sidecar
   with the thresholds and the measured metrics, and the model card (intent_training/card.py).
5. Evaluation on the held-out synthetic families (per label and per language), the held-out
   hand-written phrasings, tests/data/intents_eval_*.csv, the independent held-out letters of
   tests/data/heldout/ (26 languages; evaluation only, never trained or tuned on), and the share
   of real ordinary text (the ChatterBot corpus's dialogue lines, never trained on) read as `none`.
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
import graph, labels_head  # noqa: E402

# The hand-written phrasings, in the order their wrapped variants draw from the seeded generator
# (reordering changes the training texts, not the held-out split).
PHRASE_MODULES = (phrases_en_de, phrases_fr_es_it, phrases_nl_pt, phrases_consent_access_near_misses,
                  phrases_consent_registers, phrases_consent_vocabulary)

# privsql's taxonomy (udfs/src/classify/taxonomy.rs), in the model's label order, `none` last.
INTENTS = ["access", "deletion", "rectification", "opt_out_sale", "opt_out_marketing", "consent_withdrawal",
           "portability", "restriction", "objection", "automated_decision", "none"]
PRIVACY = INTENTS[:-1]
# The model's name and files (udfs/models/<MODEL_FILE>.{onnx,json}).
MODEL_NAME = "privsql-intent-hashed-v2"
MODEL_FILE = "intent-hashed-v2"
# Each label's law, for the model card: GDPR article, CCPA/CPRA, LGPD (Brazil).
LAW = {
    "access": ("art. 15", "right to know, 1798.100 and 1798.110", "art. 18 II"),
    "deletion": ("art. 17", "right to delete, 1798.105", "art. 18 VI"),
    "rectification": ("art. 16", "right to correct, 1798.106", "art. 18 III"),
    "opt_out_sale": ("(none)", "opt-out of sale or sharing, 1798.120 and 1798.135", ""),
    "opt_out_marketing": ("art. 21(2) and (3), objection to direct marketing", "", ""),
    "consent_withdrawal": ("art. 7(3), withdrawal of consent (not only for marketing)", "", "art. 18 IX"),
    "portability": ("art. 20", "portable copy, 1798.130", "art. 18 V"),
    "restriction": ("art. 18, e.g. while the accuracy is contested", "limit the use of sensitive data, 1798.121",
                    "art. 18 IV (bloqueio)"),
    "objection": ("art. 21(1), processing on legitimate interests or a public task (not marketing)", "",
                  "art. 18 par. 2 (oposição)"),
    "automated_decision": ("art. 22, solely automated decisions and profiling; human review", "", "art. 20"),
    "none": ("no request: ordinary support, questions, messages that mention data or privacy", "", ""),
}
FEATURIZER = {"kind": "hashed_ngrams", "buckets": 1 << 17, "word_ngrams": [1, 2], "char_ngrams": [3, 5],
              "sublinear_tf": True, "max_chars": 4000}
SEED = 20261126
SYNTHETIC_ROWS = 260_000
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


# Every registered language (26), English a tenth; every privacy intent equally often, so the
# rare rights (articles 18, 20, 21(1), 22) have a few hundred rows per language.
# hedged=0, chatter=0: the generator before its clarity levels (the shipped model's training data).
SYNTHETIC_OPTIONS = ("privacy_share=0.55, languages=all, non_english=0.9, defect_rate=0, hedged=0, chatter=0, intent_weights="
                     + ",".join(f"{c}:10" for c in PRIVACY))


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


def synthetic(privsql, tmp, rows, seed, options=None):
    """`rows` messages of privsql's `synthetic_intents`: texts, primary intents, families, every
    intent of each (the primary first) and languages."""
    dst = Path(tmp) / f"synthetic_{seed}.parquet"
    run_sql(privsql, f"COPY (SELECT id, text, intent, intents, template, language "
                     f"FROM synthetic_intents({rows}, {seed}, '{options or SYNTHETIC_OPTIONS}') ORDER BY id) TO '{dst}'")
    t = pq.read_table(dst)
    return t.column("text").to_pylist(), t.column("intent").to_pylist(), \
        [family_of(x) for x in t.column("template").to_pylist()], \
        [list(x) for x in t.column("intents").to_pylist()], t.column("language").to_pylist()


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


def read_heldout_letters():
    """tests/data/heldout/*.csv, the independent held-out letters (evaluation only: never trained
    or tuned on): texts, primary labels, every label of each (`labels`, `|`-separated), languages."""
    x, y, ys, lang = [], [], [], []
    for f in sorted((ROOT / "tests" / "data" / "heldout").glob("*.csv")):
        t = pacsv.read_csv(f, parse_options=pacsv.ParseOptions(newlines_in_values=True))
        x += t.column("text").to_pylist()
        y += t.column("label").to_pylist()
        ys += [l.split("|") for l in t.column("labels").to_pylist()]
        lang += t.column("lang").to_pylist()
    return x, y, ys, lang


def per_language(y_true, y_pred, langs):
    """Accuracy and macro-F1 per language."""
    y_true, y_pred, langs = np.asarray(y_true), np.asarray(y_pred), np.asarray(langs)
    out = {}
    for l in sorted(set(langs.tolist())):
        m = langs == l
        present = sorted(set(y_true[m].tolist()))
        out[l] = {"rows": int(m.sum()), "accuracy": round(float((y_true[m] == y_pred[m]).mean()), 4),
                  "macro_f1": round(float(f1_score(y_true[m], y_pred[m], labels=present, average="macro", zero_division=0)), 4)}
    return out


def multi_metrics(true_sets, pred_sets):
    """Figures of the lists classify_intents returns against every label of each message: the
    share of messages whose set is exact, and per privacy label precision and recall of its
    membership."""
    exact = np.mean([set(t) == set(p) for t, p in zip(true_sets, pred_sets)])
    per = {}
    for c in PRIVACY:
        t = np.array([c in s for s in true_sets])
        p = np.array([c in s for s in pred_sets])
        tp = int((t & p).sum())
        per[c] = {"precision": round(tp / max(int(p.sum()), 1), 4), "recall": round(tp / max(int(t.sum()), 1), 4),
                  "support": int(t.sum())}
    multi = [i for i, t in enumerate(true_sets) if len(t) > 1]
    both = np.mean([set(true_sets[i]) <= set(pred_sets[i]) for i in multi]) if multi else float("nan")
    return {"exact_set": round(float(exact), 4), "per_label": per, "combined_rows": len(multi),
            "combined_all_found": round(float(both), 4)}


def metrics(y_true, y_pred, langs=None):
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=INTENTS, zero_division=0)
    return {
        "accuracy": round(float(accuracy_score(y_true, y_pred)), 4),
        "macro_f1": round(float(f1_score(y_true, y_pred, labels=INTENTS, average="macro", zero_division=0)), 4),
        "per_class": {c: {"precision": round(float(p[i]), 4), "recall": round(float(r[i]), 4), "f1": round(float(f[i]), 4),
                          "support": int(s[i])} for i, c in enumerate(INTENTS)},
        "confusion": confusion_matrix(y_true, y_pred, labels=INTENTS).tolist(),
        "rows": len(y_true),
        **({"by_language": per_language(y_true, y_pred, langs)} if langs is not None else {}),
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


def cv_secondary(X, y, sets, groups, C, weights, max_iter, folds=3):
    """The weight of a combined request's other intents (expand_secondary) by cross-validation
    grouped by family on the training rows: macro-F1 of the primary intent (argmax) per fold."""
    from sklearn.model_selection import GroupKFold
    y = np.asarray(y)
    f1s = {w: [] for w in weights}
    for k, (tr, te) in enumerate(GroupKFold(n_splits=folds).split(X, y, groups)):
        for w in weights:
            Xe, ye, we = expand_secondary(w)(X[tr], y[tr], [sets[i] for i in tr], None)
            W, b = fit(Xe, ye, C, None, we, max_iter)
            f1s[w].append(round(primary_f1(y[te], probabilities(X[te], W, b)), 4))
            print(f"  grouped CV fold {k + 1}/{folds}, secondary weight {w}: macro-F1 {f1s[w][-1]:.4f}", flush=True)
    print("  mean macro-F1 by secondary weight:", {w: round(float(np.mean(v)), 4) for w, v in f1s.items()},
          "folds:", f1s, flush=True)


def onnx_model(W, b, labels):
    """The default model's graph: Gather -> MatMul -> Add -> Softmax, output `probabilities`."""
    return graph.linear_graph(W, b, labels, "Softmax", "probabilities", "privsql_intent_hashed")


def fit(X, y, C, boost=None, sw=None, max_iter=3000):
    """The multinomial logistic regression on rows X with labels y; returns (W [D, C], b) in
    INTENTS order."""
    clf = LogisticRegression(C=C, max_iter=max_iter, class_weight=class_weights(y, boost), random_state=SEED, tol=1e-4)
    clf.fit(X, y, sample_weight=sw)
    W = np.zeros((X.shape[1], len(INTENTS)))
    b = np.full(len(INTENTS), -30.0)  # a label absent from y: never predicted
    for k, c in enumerate(clf.classes_):
        W[:, INTENTS.index(c)] = clf.coef_[k]
        b[INTENTS.index(c)] = clf.intercept_[k]
    return W, b


def probabilities(X, W, b):
    z = np.asarray(X @ W + b)
    p = np.exp(z - z.max(axis=1, keepdims=True))
    return p / p.sum(axis=1, keepdims=True)


def decide(P, threshold=0.5, precedence=(), H=None):
    """What classify_intent returns (udfs/src/classify/scoring.rs, decide), as label indices:
    the top label, `none` below the threshold, and the precedence rules ({"label", "over",
    "ratio"[, "head"]}) applied to a combined request: when the top label is a rule's `over` and
    its `label` has at least `ratio` times its probability, or at least `head` in the labels
    head's probabilities `H`, that label (the most probable such)."""
    top = P.argmax(axis=1)
    p_top = P[np.arange(len(top)), top]
    out = np.where(p_top >= threshold, top, INTENTS.index("none"))
    best = np.full(len(top), -1.0)
    chosen = out.copy()
    for r in precedence:
        over, label = INTENTS.index(r["over"]), INTENTS.index(r["label"])
        applies = P[:, label] >= r["ratio"] * p_top
        if r.get("head") is not None and H is not None:
            applies = applies | (H[:, label] >= r["head"])
        m = (out == over) & applies & (P[:, label] > best)
        chosen[m] = label
        best[m] = P[m, label]
    return chosen


def primary(P, threshold=0.5, precedence=(), H=None):
    """What classify_intent returns: the top label, `none` below the threshold, the precedence
    rules applied (those with `head` read the labels head's probabilities `H`)."""
    return [INTENTS[k] for k in decide(P, threshold, precedence, H)]


def primary_f1(y, P, precedence=(), H=None):
    """Macro-F1 over INTENTS of the primary intent (`primary` with no threshold) against `y`:
    what the grouped cross-validations and the out-of-fold choices score."""
    return float(f1_score(y, primary(P, 0.0, precedence, H), labels=INTENTS, average="macro", zero_division=0))


HEAD_RULE_GRID = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]


def choose_head_rule(P, S, y, rules):
    """Whether the precedence rules also read the labels head, and from which probability:
    the `head` of HEAD_RULE_GRID (or none) with the best macro-F1 of the primary intent on
    out-of-fold probabilities of the softmax (`P`) and of the head (`S`); ties go to none, then
    to the higher probability (fewer changes). Returns (rules, {head: macro-F1})."""
    f = lambda rs: round(primary_f1(y, P, rs, S), 4)
    scores = {0: f(rules)}
    if rules:
        for t in HEAD_RULE_GRID:
            scores[t] = f([{**r, "head": t} for r in rules])
    best = max(scores, key=lambda t: (scores[t], t == 0, t))
    print(f"  precedence rules reading the labels head: out-of-fold macro-F1 by head probability {scores} (0: not read)",
          flush=True)
    return ([{**r, "head": best} for r in rules] if best else rules), scores


PRIOR_STEPS = [-0.6, -0.3, -0.15, 0.15, 0.3, 0.6]
PRIOR_SWEEPS = 2


def shift(P, offsets):
    """Probabilities `P` with `offsets` added to their logits (what adding them to the graph's
    bias gives): P * exp(offsets), renormalised per row."""
    Q = P * np.exp(offsets)
    return Q / Q.sum(axis=1, keepdims=True)


def choose_priors(P, S, y, rules):
    """Per privacy label, an offset added to its logit (the exported graph's bias): the
    balanced class weights give each label the same total weight whatever its share of the
    unseen families, and a label whose training phrasings are more varied than another's takes
    the other's unseen phrasings. Coordinate ascent over the privacy labels, PRIOR_SWEEPS
    sweeps of PRIOR_STEPS each, keeping a step that raises the out-of-fold macro-F1 of the
    primary intent (with the precedence `rules`, whose `head` reads `S`) by more than 1e-4.
    `none` is not moved: how readily ordinary text is read as a request is set against real
    text (the ChatterBot floor and the letters), which the folds do not hold. Returns
    (offsets in INTENTS order, [macro-F1 at the start and after each sweep])."""
    f = lambda off: primary_f1(y, shift(P, off), rules, S)
    off = np.zeros(len(INTENTS))
    best = f(off)
    path = [round(best, 4)]
    for _ in range(PRIOR_SWEEPS):
        for k, c in enumerate(INTENTS):
            if c == "none":
                continue
            for step in PRIOR_STEPS:
                trial = off.copy()
                trial[k] += step
                score = f(trial)
                if score > best + 1e-4:
                    best, off = score, trial
        path.append(round(best, 4))
    print(f"  label priors (logit offsets, out-of-fold): {dict(zip(INTENTS, off.round(3).tolist()))}; macro-F1 by sweep {path}",
          flush=True)
    return off, path


PRECEDENCE_GRID = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0]


def precedence_pairs(sets):
    """The (first, second) pairs of the combined requests of the training rows: in each the
    primary intent comes first. A pair seen both ways has no order and is left out, and so is
    `none` (a sidecar's rules name privacy labels only)."""
    pairs = {(s[0], c) for s in sets if len(s) > 1 for c in s[1:] if "none" not in (s[0], c)}
    return sorted((a, b) for a, b in pairs if (b, a) not in pairs)


def choose_precedence(P, y, sets):
    """The precedence rules of a combined request's primary intent: one rule per ordered pair
    of the training rows' combined requests, sharing one ratio, the ratio of PRECEDENCE_GRID
    with the best macro-F1 of the primary intent on out-of-fold probabilities (ties go to the
    higher ratio, fewer changes). Returns (rules, {ratio: macro-F1})."""
    pairs = precedence_pairs(sets)
    scores = {0: round(primary_f1(y, P), 4)}
    for r in PRECEDENCE_GRID:
        rules = [{"label": a, "over": b, "ratio": r} for a, b in pairs]
        scores[r] = round(primary_f1(y, P, rules), 4)
    best = max(scores, key=lambda r: (scores[r], r))
    print(f"  precedence of combined requests {pairs}: out-of-fold macro-F1 by ratio {scores} (0: no rules)", flush=True)
    return ([{"label": a, "over": b, "ratio": best} for a, b in pairs] if best else []), scores


def intent_sets(P, thresholds, threshold=0.5, precedence=()):
    """What classify_intents returns for a model without a labels head (udfs/src/classify/scoring.rs,
    intents_into): the primary intent, then every other privacy intent at or above its threshold,
    most probable first; `none` alone when the primary intent is `none`."""
    out = []
    for i, first in enumerate(primary(P, threshold, precedence)):
        if first == "none":
            out.append(["none"])
            continue
        rest = [(P[i, k], c) for k, c in enumerate(PRIVACY) if c != first and P[i, k] >= thresholds.get(c, 0.5)]
        out.append([first] + [c for _, c in sorted(rest, reverse=True)])
    return out


THRESHOLD_GRID = [round(t, 3) for t in np.arange(0.05, 0.501, 0.025)]


def calibrate_thresholds(X, y, sets, groups, C, boost, sw, folds, rows, expand, max_iter, head_C):
    """Per privacy label, the threshold at which classify_intents lists it beside the primary
    intent: out-of-fold probabilities of a cross-validation grouped by family on (a seeded
    sample of `rows` of) the training rows, and for each label the threshold of THRESHOLD_GRID
    with the best F1 of `label in classify_intents(text)` against the message's `intents`."""
    from sklearn.model_selection import GroupKFold
    rng = np.random.default_rng(SEED)
    pick = np.sort(rng.choice(X.shape[0], size=min(rows, X.shape[0]), replace=False))
    Xs, ys, gs = X[pick], np.asarray(y)[pick], np.asarray(groups)[pick]
    sets_s = [sets[i] for i in pick]
    sws = None if sw is None else sw[pick]
    P = np.zeros((len(pick), len(INTENTS)))
    S = np.zeros((len(pick), len(INTENTS)))
    for k, (tr, te) in enumerate(GroupKFold(n_splits=folds).split(Xs, ys, gs)):
        Xe, ye, we = expand(Xs[tr], ys[tr], [sets_s[i] for i in tr], None if sws is None else sws[tr])
        W, b = fit(Xe, ye, C, boost, we, max_iter)
        P[te] = probabilities(Xs[te], W, b)
        Wh, bh = labels_head.fit(Xs[tr], [sets_s[i] for i in tr], INTENTS, head_C, SEED)
        S[te] = labels_head.probabilities(Xs[te], Wh, bh)
        print(f"  threshold calibration fold {k + 1}/{folds} fitted", flush=True)
    precedence, precedence_scores = choose_precedence(P, ys, sets_s)
    precedence, head_scores = choose_head_rule(P, S, ys, precedence)
    priors, prior_path = choose_priors(P, S, ys, precedence)
    # The exported graph's bias carries the priors: the listing thresholds are for its probabilities.
    P = shift(P, priors)
    first = primary(P, precedence=precedence)
    chosen, table = {}, {}
    for j, c in enumerate(PRIVACY):
        truth = np.array([c in s for s in sets_s])
        is_first = np.array([f == c for f in first])
        listed_ok = np.array([f != "none" for f in first])
        best = (-1.0, 0.5)
        for t in THRESHOLD_GRID:
            pred = is_first | (listed_ok & (P[:, j] >= t))
            tp = (pred & truth).sum()
            f = 2 * tp / max(pred.sum() + truth.sum(), 1)
            if f >= best[0] - 1e-9:  # ties go to the higher threshold (fewer intents listed)
                best = (max(float(f), best[0]), t)
        chosen[c] = best[1]
        table[c] = {"threshold": best[1], "f1": round(best[0], 4), "support": int(truth.sum())}
    print("  per-label thresholds (out-of-fold):", json.dumps(table), flush=True)
    return chosen, table, {"rules": precedence, "macro_f1_by_ratio": precedence_scores, "macro_f1_by_head": head_scores,
                           "priors": dict(zip(INTENTS, priors.round(4).tolist())), "macro_f1_by_prior_sweep": prior_path}


def expand_secondary(weight):
    """A function that adds, for each combined request, one copy per secondary intent labelled
    with it and weighted `weight` (the primary row keeps weight 1): the softmax then learns to
    give a combined request's other intents a share of the probability, which the per-label
    thresholds read."""
    def expand(X, y, sets, sw):
        extra_rows, extra_y = [], []
        for i, s in enumerate(sets):
            for c in s[1:]:
                extra_rows.append(i)
                extra_y.append(c)
        base = np.ones(X.shape[0]) if sw is None else np.asarray(sw, dtype=float)
        if not extra_rows or weight == 0:
            return X, np.asarray(y), sw
        Xe = sp.vstack([X, X[extra_rows]]).tocsr()
        ye = np.concatenate([np.asarray(y), np.array(extra_y)])
        we = np.concatenate([base, base[extra_rows] * weight])
        return Xe, ye, we
    return expand


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "udfs" / "models"), help="directory for the model, sidecar and card")
    ap.add_argument("--variants", type=int, default=DEFAULT_VARIANTS, help="wrapped variants per hand-written phrasing")
    ap.add_argument("--synthetic-rows", type=int, default=SYNTHETIC_ROWS, help="synthetic_intents rows exported")
    ap.add_argument("--C", type=float, default=None,
                    help="inverse regularisation of the logistic regression (default: chosen by --cv-grid)")
    ap.add_argument("--cv-grid", default=CV_GRID,
                    help="C values tried by 3-fold cross-validation grouped by family, on the training families only")
    ap.add_argument("--privsql", default=None,
                    help="command that runs privsql (default: cargo run -q --bin privsql --); SQL is passed with -c; "
                         "its synthetic_intents writes the training messages")
    ap.add_argument("--features-privsql", default=None,
                    help="command that runs privsql for intent_features only (default: --privsql), e.g. a release "
                         "build with the same featurizer")
    ap.add_argument("--boost", default=None,
                    help="LABEL=FACTOR[,LABEL=FACTOR]: multiply these classes' balanced weights (e.g. consent_withdrawal=2)")
    ap.add_argument("--real-weight", type=float, default=1.0,
                    help="weight of each real `none` text (Debian fortunes, Django messages) relative to the rest")
    ap.add_argument("--secondary-weight", type=float, default=0.4,
                    help="weight of the copy of a combined request labelled with each of its secondary intents")
    ap.add_argument("--threshold-folds", type=int, default=2, help="grouped folds of the threshold calibration")
    ap.add_argument("--threshold-rows", type=int, default=90_000,
                    help="training rows sampled (seeded) for the threshold calibration")
    ap.add_argument("--max-iter", type=int, default=3000, help="lbfgs iterations at most")
    ap.add_argument("--cv-record", default=None,
                    help="JSON file of an earlier grouped cross-validation that chose --C and --boost, for the card")
    ap.add_argument("--labels-head-C", type=float, default=1.0,
                    help="inverse regularisation of the labels head's per-label logistic regressions")
    ap.add_argument("--labels-head-pairs", type=int, default=20_000,
                    help="two-request messages composed from training rows for the labels head (0: none)")
    ap.add_argument("--labels-head-rows", type=int, default=90_000,
                    help="training rows sampled (seeded) for the labels head's threshold calibration")
    ap.add_argument("--main-onnx", default=None,
                    help="reuse this multinomial graph (and the thresholds of its sidecar) instead of fitting it; "
                         "only the labels head is trained")
    ap.add_argument("--cv-only", action="store_true", help="run the grouped cross-validation, print it and stop")
    ap.add_argument("--cv-secondary", default=None,
                    help="comma-separated secondary weights: run a 3-fold cross-validation grouped by family on the "
                         "training rows at --C for each, print it and stop")
    ap.add_argument("--dry-run", action="store_true", help="train and print the figures, write nothing")
    args = ap.parse_args()
    boost = {k: float(v) for k, v in (kv.split("=") for kv in args.boost.split(","))} if args.boost else None
    if boost:
        assert set(boost) <= set(INTENTS), boost
    args.boost_map = boost
    args.cv_record_data = json.loads(Path(args.cv_record).read_text()) if args.cv_record else None
    privsql = (args.privsql.split() if args.privsql else ["cargo", "run", "-q", "--bin", "privsql", "--"]) + ["-q"]
    fprivsql = (args.features_privsql.split() + ["-q"]) if args.features_privsql else privsql

    hand_x, hand_y, hheld_x, hheld_y, hand_groups = hand_written_grouped(args.variants)

    eval_files = sorted((ROOT / "tests" / "data").glob("intents_eval_*.csv"))
    eval_x, eval_y, eval_lang = [], [], []
    for f in eval_files:
        x, y, l = read_eval(f)
        eval_x += x
        eval_y += y
        eval_lang += l
    letters_x, letters_y, letters_sets, letters_lang = read_heldout_letters()
    real_lines = real_text.chatterbot_lines()
    real_x, real_lang = [t for _, _, t in real_lines], [l for l, _, _ in real_lines]

    with tempfile.TemporaryDirectory() as tmp:
        syn_x, syn_y, syn_fam, syn_sets, syn_lang = synthetic(privsql, tmp, args.synthetic_rows, SEED)
        Xsyn = features(fprivsql, syn_x, tmp, "syn")
        held_fams = synthetic_held_out(set(syn_fam))
        pair_x, pair_sets, pair_groups = labels_head.compose_pairs(
            syn_x, syn_sets, syn_lang, syn_fam, np.array([f not in held_fams for f in syn_fam]), args.labels_head_pairs, SEED)
        Xpair = features(fprivsql, pair_x, tmp, "pairs") if pair_x else None
        Xhand = features(fprivsql, hand_x, tmp, "hand")
        Xhheld = features(fprivsql, hheld_x, tmp, "hheld")
        Xev = features(fprivsql, eval_x, tmp, "eval") if eval_x else None
        Xlet = features(fprivsql, letters_x, tmp, "letters")
        Xreal = features(fprivsql, real_x, tmp, "real")
    held = synthetic_held_out(set(syn_fam))
    in_held = np.array([f in held for f in syn_fam])
    syn_y = np.array(syn_y)
    train_x = [t for t, h in zip(syn_x, in_held) if not h] + hand_x
    assert not set(eval_x) & set(train_x), "an evaluation text is in the training set"
    assert not set(letters_x) & set(train_x), "a held-out letter is in the training set"
    train_set = set(train_x)
    keep = np.array([t not in train_set for t in real_x], dtype=bool)
    real_dropped = [t for t, k in zip(real_x, keep) if not k]
    real_lang = [l for l, k in zip(real_lang, keep) if k]
    Xreal = Xreal[np.flatnonzero(keep)]
    print(f"ChatterBot lines also in the training texts, left out of its evaluation: {len(real_dropped)}", flush=True)
    n_real = sum(1 for g in hand_groups if g.startswith("real:"))
    Xtr = sp.vstack([Xsyn[~in_held], Xhand]).tocsr()
    ytr = np.concatenate([syn_y[~in_held], np.array(hand_y)])
    sets_tr = [s for s, h in zip(syn_sets, in_held) if not h] + [[l] for l in hand_y]
    Xho, yho = Xsyn[in_held], list(syn_y[in_held])
    sets_ho = [s for s, h in zip(syn_sets, in_held) if h]
    lang_ho = [l for l, h in zip(syn_lang, in_held) if h]
    print(f"training texts: {Xtr.shape[0]} ({(~in_held).sum()} synthetic in {len(set(syn_lang))} languages, "
          f"{len(hand_x)} hand-written and real `none`); held-out synthetic families: {len(held)} of "
          f"{len(set(syn_fam))} ({in_held.sum()} texts); held-out hand-written phrasings: {len(hheld_x)} texts", flush=True)

    cv_scores = None
    groups = np.array([f for f, h in zip(syn_fam, in_held) if not h] + hand_groups)
    sw = sample_weights(groups, args.real_weight)
    if args.main_onnx:
        args.C = args.C or C_DEFAULT
    if args.cv_secondary:
        cv_secondary(Xtr, ytr, sets_tr, groups, args.C or C_DEFAULT, [float(w) for w in args.cv_secondary.split(",")],
                     args.max_iter)
        return
    if args.C is None:
        grid = [float(c) for c in args.cv_grid.split(",")]
        args.C, cv_scores = choose_C(Xtr, ytr, groups, grid, boost=boost, sw=sw)
        print(f"C = {args.C} (grouped cross-validation on the training families)", flush=True)
        if args.cv_only:
            return
    if args.main_onnx:
        W, b = labels_head.load_graph(args.main_onnx)
        kept = json.loads(Path(args.main_onnx).with_suffix(".json").read_text())
        thresholds = kept["thresholds"]
        kept_metrics = json.loads((Path(args.main_onnx).parent / "metrics.json").read_text())
        threshold_table = kept_metrics["thresholds"]
        # The rules privsql applies are the sidecar's; the card's table of ratios is metrics.json's.
        precedence_table = {**kept_metrics.get("precedence", {}), "rules": kept.get("precedence", [])}
        print(f"kept the multinomial model of {args.main_onnx}", flush=True)
    else:
        expand = expand_secondary(args.secondary_weight)
        thresholds, threshold_table, precedence_table = calibrate_thresholds(Xtr, ytr, sets_tr, groups, args.C, boost, sw, args.threshold_folds,
                                                           args.threshold_rows, expand, args.max_iter, args.labels_head_C)
        Xe, ye, we = expand(Xtr, ytr, sets_tr, sw)
        W, b = fit(Xe, ye, args.C, boost, we, args.max_iter)
        b = b + np.array([precedence_table["priors"][c] for c in INTENTS])
        print("fitted the model (its bias with the label priors)", flush=True)
    precedence = precedence_table["rules"]
    # The labels head learns from the training rows and the composed two-request messages.
    Xh = sp.vstack([Xtr, Xpair]).tocsr() if Xpair is not None else Xtr
    sets_h, groups_h = sets_tr + pair_sets, np.concatenate([groups, np.array(pair_groups)])
    first_h = primary(probabilities(Xh, W, b), precedence=precedence)
    head_thresholds, head_table = labels_head.calibrate(Xh, sets_h, groups_h, first_h, INTENTS, PRIVACY, args.labels_head_C,
                                                        SEED, args.threshold_folds, args.labels_head_rows)
    print("  labels head thresholds (out-of-fold):", json.dumps(head_table), flush=True)
    Wh, bh = labels_head.fit(Xh, sets_h, INTENTS, args.labels_head_C, SEED)
    print("fitted the labels head", flush=True)

    # "From the softmax alone": what a model without the labels head would list (its rules cannot read one).
    softmax_rules = [{k: v for k, v in r.items() if k != "head"} for r in precedence]

    def both(X):
        """The softmax's and the labels head's probabilities of X."""
        return probabilities(X, W, b), labels_head.probabilities(X, Wh, bh)

    def first(P, H, threshold=0.5):
        return primary(P, threshold, precedence, H)

    def listed(P, H):
        return labels_head.intent_sets(first(P, H), H, INTENTS, PRIVACY, head_thresholds)

    def predict(X):
        return first(*both(X), 0.0)

    (P_ho, H_ho), (P_let, H_let), (P_real, H_real) = both(Xho), both(Xlet), both(Xreal)
    m_held = metrics(yho, first(P_ho, H_ho, 0.0), lang_ho)
    m_held["families"] = sorted(held)
    m_held["all_families"] = len(set(syn_fam))
    m_held["intents"] = multi_metrics(sets_ho, listed(P_ho, H_ho))
    m_held["intents_softmax"] = multi_metrics(sets_ho, intent_sets(P_ho, thresholds, precedence=softmax_rules))
    m_hand = metrics(hheld_y, predict(Xhheld))
    m_eval = metrics(eval_y, first(*both(Xev))) if Xev is not None else None
    m_letters = metrics(letters_y, first(P_let, H_let), letters_lang)
    m_letters["intents"] = multi_metrics(letters_sets, listed(P_let, H_let))
    m_letters["intents_softmax"] = multi_metrics(letters_sets, intent_sets(P_let, thresholds, precedence=softmax_rules))
    m_real = real_none_metrics(real_lang, first(P_real, H_real, 0.0), P_real.max(axis=1) >= 0.5)
    m_real["left_out_also_in_training"] = len(real_dropped)
    print("held-out synthetic families:", json.dumps({k: m_held[k] for k in ("accuracy", "macro_f1")}))
    for c in INTENTS:
        print(f"  {c:20s} {m_held['per_class'][c]}")
    print("  by language:", json.dumps({l: v["accuracy"] for l, v in m_held["by_language"].items()}))
    print("  classify_intents:", json.dumps(m_held["intents"]))
    print("  classify_intents from the softmax alone:", json.dumps({k: v for k, v in m_held["intents_softmax"].items() if k != "per_label"}))
    print("held-out hand-written phrasings:", json.dumps({k: m_hand[k] for k in ("accuracy", "macro_f1")}))
    if m_eval:
        print("real-style evaluation set:  ", json.dumps({k: m_eval[k] for k in ("accuracy", "macro_f1")}))
    print("independent held-out letters:", json.dumps({k: m_letters[k] for k in ("accuracy", "macro_f1")}))
    print("  by language:", json.dumps({l: v["accuracy"] for l, v in m_letters["by_language"].items()}))
    print("  classify_intents:", json.dumps(m_letters["intents"]))
    print("  classify_intents from the softmax alone:", json.dumps({k: v for k, v in m_letters["intents_softmax"].items() if k != "per_label"}))
    print("real text, ChatterBot corpus (all none):", json.dumps({k: m_real[k] for k in
          ("rows", "none_rate", "none_rate_threshold_0_5", "read_as")}))
    if args.dry_run:
        return

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    model = onnx_model(W, b, INTENTS)
    import onnx
    onnx_path = out / f"{MODEL_FILE}.onnx"
    onnx.save(model, onnx_path)
    head_path = out / f"{MODEL_FILE}-labels.onnx"
    onnx.save(labels_head.onnx_model(Wh, bh, INTENTS), head_path)
    sidecar = {
        "model": MODEL_NAME,
        "featurizer": FEATURIZER,
        "indices_input": "indices",
        "values_input": "values",
        "output": "probabilities",
        "labels": INTENTS,
        "thresholds": thresholds,
        "labels_head": {"graph": head_path.name, "output": labels_head.OUTPUT, "thresholds": head_thresholds},
        "precedence": precedence,
        "metrics": {
            "macro_f1_synthetic_heldout": m_held["macro_f1"],
            "accuracy_synthetic_heldout": m_held["accuracy"],
            "macro_f1_handwritten_heldout": m_hand["macro_f1"],
            # No real privacy requests are obtainable here, so macro-F1 on real text is not
            # measured; what is measured on real text is how much of it is correctly left alone.
            "macro_f1_real": None,
            "none_rate_real": m_real["none_rate_threshold_0_5"],
            "real_none_rows": m_real["rows"],
            "accuracy_heldout_letters": m_letters["accuracy"],
            "macro_f1_heldout_letters": m_letters["macro_f1"],
            "heldout_letters_rows": m_letters["rows"],
            "macro_f1_handwritten_eval": m_eval["macro_f1"] if m_eval else None,
            "accuracy_handwritten_eval": m_eval["accuracy"] if m_eval else None,
            "handwritten_eval_rows": m_eval["rows"] if m_eval else 0,
            "train_rows": int(Xtr.shape[0]),
            "card": "udfs/models/README.md",
        },
    }
    (out / f"{MODEL_FILE}.json").write_text(json.dumps(sidecar, indent=2, ensure_ascii=False) + "\n")
    (out / "metrics.json").write_text(json.dumps({
        "synthetic_heldout": m_held, "handwritten_heldout": m_hand, "handwritten_eval": m_eval,
        "heldout_letters": m_letters, "real_chatterbot_none": m_real, "real_none_training_rows": n_real,
        "thresholds": threshold_table, "precedence": precedence_table, "labels_head_thresholds": head_table, "labels_head_C": args.labels_head_C,
        "labels_head_pairs": len(pair_x),
        "C": args.C, "cv_macro_f1_by_C": cv_scores or (args.cv_record_data or {}).get("C"),
        "class_weight_boost": boost, "real_none_weight": args.real_weight, "secondary_weight": args.secondary_weight,
        "cv_record": args.cv_record_data, "variants": args.variants, "synthetic_rows": args.synthetic_rows,
        "synthetic_options": SYNTHETIC_OPTIONS, "seed": SEED}, indent=1) + "\n")
    import card
    card.write(out, dict(m_held=m_held, m_hand=m_hand, m_eval=m_eval, m_letters=m_letters, m_real=m_real,
                         thresholds=threshold_table, head_thresholds=head_table, precedence=precedence_table, n_train=int(Xtr.shape[0]), n_syn=int((~in_held).sum()),
                         n_hand=len(hand_x) - n_real, n_real=n_real, n_hheld=len(hheld_x),
                         size=onnx_path.stat().st_size, args=args, cv_scores=cv_scores,
                         languages=sorted(set(syn_lang))))
    print(f"wrote {onnx_path} ({onnx_path.stat().st_size} bytes), {head_path} and the sidecar")


if __name__ == "__main__":
    main()

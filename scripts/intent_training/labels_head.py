"""The labels head of the default intent model: one logistic regression per label (one-vs-rest,
sigmoid), trained on every intent of each message, which `classify_intents` reads for the intents
a message makes beside its primary one.

The multinomial model's softmax shares one unit of probability among the labels, so the second
request of a combined letter gets whatever the first leaves: on the independent held-out letters
the softmax listed every intent of 17 of 62 combined letters. An independent probability per
label does not compete with the primary intent; the primary intent stays the softmax's (what
`classify_intent` returns, at the same speed), and the head runs only in `classify_intents`.
"""
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

# The graph output the sidecar names (`labels_head.output`).
OUTPUT = "label_probabilities"
THRESHOLD_GRID = [round(t, 3) for t in np.arange(0.05, 0.901, 0.025)]
# A label seen second in fewer calibration rows than this takes the pooled threshold.
MIN_SUPPORT = 50


def compose_pairs(texts, sets, langs, families, eligible, n, seed):
    """`n` two-request messages composed from the training rows: two single-request messages of
    one language with different privacy intents, one after the other (an e-mail that makes a
    second request after the first). The generator's own combined families pair only some rights
    (erasure and withdrawal, access and portability, objection and withdrawal, rectification and
    restriction); real letters combine any two, and the head needs to see every label second.
    Returns (texts, sets, groups): the group is the first message's family, so a composed message
    never crosses a grouped fold from its parts' families more than its first part does."""
    rng = np.random.default_rng(seed)
    by_lang = {}
    for i in np.flatnonzero(eligible):
        if len(sets[i]) == 1 and sets[i][0] != "none":
            by_lang.setdefault(langs[i], []).append(i)
    langs_k = sorted(by_lang)
    out_x, out_sets, out_groups = [], [], []
    while len(out_x) < n and langs_k:
        rows = by_lang[langs_k[rng.integers(len(langs_k))]]
        a, b = rows[rng.integers(len(rows))], rows[rng.integers(len(rows))]
        if sets[a][0] == sets[b][0]:
            continue
        out_x.append(texts[a] + "\n\n" + texts[b])
        out_sets.append([sets[a][0], sets[b][0]])
        out_groups.append(f"pair:{families[a]}")
    return out_x, out_sets, out_groups


def targets(sets, label):
    """Whether each message makes `label` (for `none`: makes no request)."""
    if label == "none":
        return np.array([list(s) == ["none"] for s in sets])
    return np.array([label in s for s in sets])


def fit(X, sets, labels, C, seed):
    """One binary logistic regression per label (liblinear, deterministic); returns (W [D, L], b)."""
    W = np.zeros((X.shape[1], len(labels)), dtype=np.float32)
    b = np.full(len(labels), -30.0, dtype=np.float32)  # a label no message makes: never listed
    for k, c in enumerate(labels):
        y = targets(sets, c)
        if y.all() or not y.any():
            continue
        clf = LogisticRegression(C=C, solver="liblinear", max_iter=200, random_state=seed)
        clf.fit(X, y)
        W[:, k] = clf.coef_[0]
        b[k] = clf.intercept_[0]
        print(f"  labels head: {c} fitted ({int(y.sum())} positive rows)", flush=True)
    return W, b


def probabilities(X, W, b):
    """Each label's independent probability (the sigmoid), [N, L]."""
    z = np.asarray(X @ W) + b
    return 1.0 / (1.0 + np.exp(-z))


def intent_sets(first, S, labels, privacy, thresholds):
    """What classify_intents returns with a labels head (udfs/src/classify/scoring.rs,
    intents_into): the primary intent `first[i]` (classify_intent's answer), then every other
    privacy intent whose head probability reaches its threshold, most probable first; `none`
    alone when the primary intent is `none`."""
    cols = [labels.index(c) for c in privacy]
    out = []
    for i, f in enumerate(first):
        if f == "none":
            out.append(["none"])
            continue
        rest = [(S[i, k], c) for k, c in zip(cols, privacy) if c != f and S[i, k] >= thresholds.get(c, 0.5)]
        out.append([f] + [c for _, c in sorted(rest, reverse=True)])
    return out


def calibrate(X, sets, groups, first, labels, privacy, C, seed, folds, rows):
    """Per privacy label, the head threshold with the best F1 of "listed beside the primary
    intent" against the message's other intents: head probabilities out of fold (grouped by
    family, on a seeded sample of `rows` training rows); the primary intent `first` is the final
    multinomial model's. Only the secondary decision is scored (the threshold decides nothing
    else): counting the primary intent too would make every threshold look alike for a label that
    is seldom second, and the tie rule would then pick the highest. A label seen second in fewer
    than MIN_SUPPORT rows (the generator combines only some pairs) takes the support-weighted mean
    of the others' thresholds, on the grid: real letters combine any two rights."""
    rng = np.random.default_rng(seed)
    pick = np.sort(rng.choice(X.shape[0], size=min(rows, X.shape[0]), replace=False))
    Xs, gs = X[pick], np.asarray(groups)[pick]
    sets_s = [sets[i] for i in pick]
    first_s = [first[i] for i in pick]
    S = np.zeros((len(pick), len(labels)))
    for k, (tr, te) in enumerate(GroupKFold(n_splits=folds).split(Xs, None, gs)):
        W, b = fit(Xs[tr], [sets_s[i] for i in tr], labels, C, seed)
        S[te] = probabilities(Xs[te], W, b)
        print(f"  labels head calibration fold {k + 1}/{folds} fitted", flush=True)
    chosen, table = {}, {}
    listed_ok = np.array([f != "none" for f in first_s])
    for c in privacy:
        j = labels.index(c)
        can = listed_ok & np.array([f != c for f in first_s])  # rows where c could be listed second
        truth = can & targets(sets_s, c)
        best = (-1.0, None)
        if truth.sum() >= MIN_SUPPORT:
            for t in THRESHOLD_GRID:
                pred = can & (S[:, j] >= t)
                tp = (pred & truth).sum()
                f1 = 2 * tp / max(pred.sum() + truth.sum(), 1)
                if f1 >= best[0] - 1e-9:  # ties go to the higher threshold (fewer intents listed)
                    best = (max(float(f1), best[0]), t)
        chosen[c] = best[1]
        table[c] = {"threshold": best[1], "f1": round(max(best[0], 0.0), 4), "support": int(truth.sum())}
    fitted = [(table[c]["threshold"], table[c]["support"]) for c in privacy if chosen[c] is not None]
    pooled = 0.5
    if fitted:
        mean = sum(t * n for t, n in fitted) / sum(n for _, n in fitted)
        pooled = min(THRESHOLD_GRID, key=lambda t: abs(t - mean))
    for c in privacy:
        if chosen[c] is None:
            chosen[c] = pooled
            table[c] = {"threshold": pooled, "f1": None, "support": table[c]["support"], "pooled": True}
    return chosen, table


def onnx_model(W, b, labels):
    """The head as a graph with the default model's inputs: Gather -> MatMul -> Add -> Sigmoid,
    output `label_probabilities` [N, L] in the sidecar's label order."""
    import graph
    return graph.linear_graph(W, b, labels, "Sigmoid", OUTPUT, "privsql_intent_labels_head")


def load_graph(path):
    """(W, b) of a graph written by `onnx_model` or train_intent_model.onnx_model."""
    import onnx
    from onnx import numpy_helper
    inits = {i.name: numpy_helper.to_array(i) for i in onnx.load(path).graph.initializer}
    return inits["W"].astype(np.float64), inits["b"].astype(np.float64)

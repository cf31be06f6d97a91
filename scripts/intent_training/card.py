"""The model card (udfs/models/README.md) of a model trained by scripts/train_intent_model.py:
labels with their law, languages, featurizer, model, per-label thresholds, training data and
every evaluation, per label and per language."""
from pathlib import Path

import train_intent_model as T


def _table(m):
    rows = ["| intent | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for c in T.INTENTS:
        pc = m["per_class"][c]
        rows.append(f"| `{c}` | {pc['precision']:.3f} | {pc['recall']:.3f} | {pc['f1']:.3f} | {pc['support']} |")
    return "\n".join(rows)


def _by_language(m):
    rows = ["| language | rows | accuracy | macro-F1 |", "|---|---|---|---|"]
    for l, v in m["by_language"].items():
        rows.append(f"| {l} | {v['rows']} | {v['accuracy']:.3f} | {v['macro_f1']:.3f} |")
    return "\n".join(rows)


def _intents(mi):
    soft = mi.get("softmax")
    rows = ["| intent | precision | recall | support |", "|---|---|---|---|"]
    for c, v in mi["per_label"].items():
        rows.append(f"| `{c}` | {v['precision']:.3f} | {v['recall']:.3f} | {v['support']} |")
    return (f"Exact set of intents {mi['exact_set']:.3f}; combined requests with every intent listed "
            f"{mi['combined_all_found']:.3f} of {mi['combined_rows']}"
            + (f" (from the softmax alone, without the labels head: {soft['exact_set']:.3f} and "
               f"{soft['combined_all_found']:.3f})" if soft else "") + ".\n\n" + "\n".join(rows))


def _labels():
    rows = ["| label | GDPR | CCPA/CPRA | LGPD | `intent_v1` |", "|---|---|---|---|---|"]
    v1 = {"portability": "access", "automated_decision": "access", "restriction": "consent_withdrawal",
          "objection": "consent_withdrawal"}
    for c in T.INTENTS:
        g, ccpa, lgpd = T.LAW[c]
        rows.append(f"| `{c}` | {g} | {ccpa} | {lgpd} | `{v1.get(c, c)}` |")
    return "\n".join(rows)


def write(out, d):
    m_held, m_hand, m_eval, m_letters, m_real = d["m_held"], d["m_hand"], d["m_eval"], d["m_letters"], d["m_real"]
    args = d["args"]
    thresholds = ", ".join(f"`{c}` {v['threshold']:g} (F1 {v['f1']:.3f})" for c, v in d["thresholds"].items())
    head_thresholds = ", ".join(f"`{c}` {v['threshold']:g} (pooled: {v['support']} rows second)" if v.get("pooled")
                                else f"`{c}` {v['threshold']:g} (F1 {v['f1']:.3f} on {v['support']} rows second)"
                                for c, v in d["head_thresholds"].items())
    prec = d["precedence"]
    rules = prec["rules"]
    precedence_pairs = ", ".join(f"`{r['label']}` before `{r['over']}`" for r in rules) or "none"
    precedence_ratio = f"{rules[0]['ratio']:g}" if rules else "(no rules: none improved the figure)"
    precedence_grid = ", ".join(f"{r:g}" for r in T.PRECEDENCE_GRID)
    precedence_scores = ", ".join(f"{k}: {v:.4f}" for k, v in prec.get("macro_f1_by_ratio", {}).items())
    head_scores = ", ".join(f"{k}: {v:.4f}" for k, v in prec.get("macro_f1_by_head", {}).items())
    head_rule = rules[0].get("head") if rules else None
    if head_rule:
        head_rule_text = f"""

The rules read the labels head too (`"head": {head_rule:g}`): the first of the pair is taken as well
when the head gives it at least {head_rule:g}, since the head's sigmoid is not starved by the second
request as the softmax's share is. The probability is the one of {", ".join(f"{t:g}" for t in T.HEAD_RULE_GRID)} (or none)
with the best macro-F1 of the primary intent on the same out-of-fold probabilities, a head fitted
on each fold's training rows beside the softmax ({head_scores}; 0: not read): a small margin
on folds of this size, where few texts are combined requests. `classify_intent` runs the head only
on the texts whose top label is a rule's `over`."""
    elif head_scores:
        head_rule_text = f"""

The rules do not read the labels head: no head probability improved the out-of-fold macro-F1
of the primary intent ({head_scores}; 0: not read)."""
    else:
        head_rule_text = ""
    priors = prec.get("priors")
    if priors and any(priors.values()):
        path = prec.get("macro_f1_by_prior_sweep", [])
        moved = ", ".join(f"`{c}` {v:+g}" for c, v in priors.items() if v)
        priors_text = f"""

Label priors (in the graph's bias): balanced class weights give every label the same weight
whatever its share of unseen phrasings, so the bias of each privacy label carries an offset, chosen
on the same out-of-fold probabilities by coordinate ascent (steps {", ".join(f"{t:+g}" for t in T.PRIOR_STEPS)},
{T.PRIOR_SWEEPS} sweeps over the labels, a step kept when it raises the macro-F1 of the primary intent,
rules applied, by more than 0.0001; {" -> ".join(f"{v:.4f}" for v in path)}): {moved}. `none` is not moved:
how readily ordinary text is read as a request is measured on real text (below), which the folds do
not hold."""
    else:
        priors_text = ""
    for m in (m_held, m_letters):
        m["intents"]["softmax"] = m["intents_softmax"]
    families = ", ".join(f"`{f}`" for f in m_held["families"])
    worst = min(m_letters["by_language"].items(), key=lambda kv: kv[1]["accuracy"])
    text = f"""# Model card: {T.MODEL_NAME} (the default intent model)

Files: `{T.MODEL_FILE}.onnx` ({d['size'] / 1e6:.1f} MB, float32), `{T.MODEL_FILE}-labels.onnx` (the labels
head, the same size), `{T.MODEL_FILE}.json` (sidecar, with the per-label thresholds), `metrics.json` (every figure below, with the held-out family
list). Embedded in the privsql binary with `include_bytes!`.

## What it does
Classifies a message into one of eleven labels (`classify_intent`, the primary request) and lists
every request it makes (`classify_intents`), in {len(d['languages'])} languages ({", ".join(d['languages'])};
pt covers Brazilian Portuguese under the LGPD, es and en the CCPA), from one-line chats to formal
letters citing the law.

{_labels()}

Direct-marketing objections (art. 21(2)) are `opt_out_marketing`, whatever else the letter asks.
`intent_v1(label)` maps the labels onto the seven of the first model (the last column).

## Featurizer
`hashed_ngrams` (Rust, `udfs/src/classify/featurize.rs`): Unicode lowercasing; words are maximal
runs of alphanumeric characters (any script: Greek and Cyrillic as they are); word unigrams and
bigrams and character {T.FEATURIZER['char_ngrams'][0]}- to {T.FEATURIZER['char_ngrams'][1]}-grams of each word padded as `<word>`,
hashed into {T.FEATURIZER['buckets']} buckets; sublinear term frequency; L2 normalisation; the first
{T.FEATURIZER['max_chars']} characters. Training gets every feature from privsql (`intent_features`).

## Model
Multinomial logistic regression (scikit-learn, C = {args.C:g}, balanced class weights, lbfgs, seed
{T.SEED}), exported as `Gather -> MatMul -> Add -> Softmax` with output `probabilities` [N, 11].
Combined requests: each is trained on its primary intent (weight 1) and once more on each other
intent it makes (weight {args.secondary_weight:g}), so the softmax gives those a share of the
probability. `classify_intents` lists an intent beside the primary one from its threshold in the
sidecar, chosen per label on out-of-fold probabilities of a {args.threshold_folds}-fold cross-validation
grouped by family on {args.threshold_rows} sampled training rows (best F1 of "the label is listed"
against the message's `intents`): {thresholds}. Those thresholds are what a model without a labels
head uses; this one has a head, and `classify_intents` reads it instead.

Primary intent of a combined request (sidecar `precedence`): the generator's combined requests
name their primary intent, {precedence_pairs}. A linear model reads the second request's more
distinctive words as strongly as the first's, so when the top label is the second of such a pair
and the first has at least {precedence_ratio} times its probability, `classify_intent` returns the first.
The ratio is the one of {precedence_grid} with the best macro-F1 of the primary intent on the same
out-of-fold probabilities ({precedence_scores}; 0: no rules).{head_rule_text}{priors_text}

Labels head (`{T.MODEL_FILE}-labels.onnx`, `scripts/intent_training/labels_head.py`): one logistic
regression per label (one-vs-rest, liblinear, C = {args.labels_head_C:g}) on every intent of each
training message and on {args.labels_head_pairs} two-request messages composed from them (two single
requests of one language with different intents, one after the other: the generator's own
combined families pair only some rights, real letters any two), exported as `Gather -> MatMul -> Add -> Sigmoid` with output `label_probabilities` [N, 11]
over the same features. A softmax shares one unit of probability among the labels, so a combined
letter's second request gets what the first leaves; the head gives each label its own probability.
`classify_intent` runs it only for the precedence rules (above); `classify_intents` takes the primary
intent from the softmax and the rules, and lists every other privacy intent whose head probability reaches its threshold, chosen
out of fold ({args.threshold_folds} grouped folds on {args.labels_head_rows} sampled training rows), by the F1 of the secondary decision alone ("listed beside the
primary intent" against the message's other intents; the primary intent from the final model;
a label seldom second in the generator's combined requests takes the others' support-weighted mean
threshold, "pooled"): {head_thresholds}.

## Training data ({d['n_train']} texts)
- {d['n_syn']} messages of privsql's generator, `synthetic_intents({args.synthetic_rows}, {T.SEED},
  '{T.SYNTHETIC_OPTIONS}')` ({m_held['all_families']} phrasing families: chats, e-mails and formal letters
  per intent and language, combined requests labelled with every intent), minus the held-out
  families below.
- {d['n_hand']} texts from the hand-written phrasings of `scripts/intent_training/` (seven
  languages), wrapped {args.variants} times in neutral material, and 1,500 neutral letters; a stable
  20% of the phrasings is held out ({d['n_hheld']} texts).
- {d['n_real']} real texts that request nothing (`none`): Debian fortunes and Django's messages and
  translations (`scripts/intent_training/real_text.py`).

## Evaluation
### Held-out synthetic families ({m_held['rows']} texts, {len(m_held['families'])} families)
A stable 20% of the `intent.language.family` ids (SHA-256), never every family of one intent and
language: {families}.

Accuracy {m_held['accuracy']:.3f}, **macro-F1 {m_held['macro_f1']:.3f}** (the top label with the precedence rules, no threshold).

{_table(m_held)}

Per language:

{_by_language(m_held)}

`classify_intents` against every intent of each message: {_intents(m_held['intents'])}

### Independent held-out letters ({m_letters['rows']} messages)
`tests/data/heldout/letters_*.csv`: letters, e-mails, forms and chats written in a separate author
pass without the generator or the training phrasings, in every language (see its README). Never
trained or tuned on. `classify_intent` (threshold 0.5): **accuracy {m_letters['accuracy']:.3f}**, macro-F1
{m_letters['macro_f1']:.3f}; the lowest language is {worst[0]} ({worst[1]['accuracy']:.3f}).

{_table(m_letters)}

Per language:

{_by_language(m_letters)}

`classify_intents` against the `labels` column: {_intents(m_letters['intents'])}

### Held-out hand-written phrasings ({m_hand['rows']} texts)
Accuracy {m_hand['accuracy']:.3f}, macro-F1 {m_hand['macro_f1']:.3f}.

### Real-style evaluation set ({m_eval['rows'] if m_eval else 0} messages, `tests/data/intents_eval_*.csv`)
Accuracy {m_eval['accuracy'] if m_eval else 0:.3f}, macro-F1 {m_eval['macro_f1'] if m_eval else 0:.3f} (labels of the first seven).

### Real text that requests nothing: the ChatterBot corpus ({m_real['rows']} lines)
Human-written dialogue lines (PyPI `chatterbot-corpus`, seven languages), never trained on:
**{m_real['none_rate_threshold_0_5'] * 100:.1f}%** read as `none` with the threshold 0.5, so
{(1 - m_real['none_rate_threshold_0_5']) * 100:.1f}% false alarms (read as {", ".join(f"`{c}` {n}" for c, n in m_real['read_as_threshold_0_5'].items() if n)}).

`sql/evaluate_intents.sql` recomputes the held-out letters' figures in SQL.

## Reproduce
```sh
scripts/install-python-classify.sh
cargo build --bin privsql
python3 scripts/train_intent_model.py --privsql target/debug/privsql --C {args.C:g} --max-iter {args.max_iter} \\
    --synthetic-rows {args.synthetic_rows} --threshold-rows {args.threshold_rows}
    # add --main-onnx udfs/models/{T.MODEL_FILE}.onnx to keep the multinomial graph and train only the labels head
cargo run --bin privsql -- -f sql/evaluate_intents.sql
```

## Limits
- Linear bag of n-grams: negation and long-range structure are invisible ("do NOT delete my
  account" reads like a deletion request).
- Trained on text privsql writes itself; the held-out letters are the closest to real requests
  measured here, and they were written by the same kind of author (AI assistants), not by the
  public.
"""
    (Path(out) / "README.md").write_text(text)

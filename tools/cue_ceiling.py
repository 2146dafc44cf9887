#!/usr/bin/env python3
"""How far a classifier learned from the gold itself gets past the
attribution-cue detector.

usage: tools/cue_ceiling.py GOLD.jsonl FEATURES.jsonl [--folds N] [--seed S]

GOLD.jsonl is an attribution corpus ({"id", "text", "cues": [{"start",
"end", "type"}]}, byte offsets); FEATURES.jsonl is `credence features
GOLD.jsonl` on it. Every word token gets the detector's verdict (inside an
attribution_cue span or not) and its context: the word and its stem, two
words either side, a source span ending just before it or starting just
after it, a quotation around or near it, its capital and its place in the
sentence. A logistic regression on those features is trained by stochastic
gradient descent on all folds but one and scores the tokens of the last
one, documents kept whole. Runs of tokens above a threshold are the
predicted cue spans, scored as `credence eval-spans` scores them (a span
is right when it overlaps a gold span). The report gives the detector's
own figures and the best cross-validated combination: keep a detector
token above one threshold, add any other token above a second. The two
thresholds are picked on the cross-validated scores themselves, so the
figure errs high: it is a ceiling, not an estimate.

Python 3 standard library only; about two minutes on PolNeAR's dev part.
"""
import argparse
import bisect
import collections
import json
import math
import random
import re
import sys

TOKEN = re.compile(rb"[A-Za-z][A-Za-z'\-]*|\d[\d,.]*|[\x80-\xff]+|[^\sA-Za-z\d\x80-\xff]")
SOURCES = ("named_source", "anonymous_source", "vague_attribution")


def stem(w):
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def token_range(starts, toks, s, e):
    """Indexes of the tokens that start inside [s, e)."""
    i = bisect.bisect_left(starts, s)
    while i < len(toks) and toks[i][0] < e:
        yield i
        i += 1


def records(path):
    """The JSON objects of a JSONL file; a bad line stops with its file and
    line number."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
                r["id"]
            except (ValueError, KeyError, TypeError) as e:
                sys.exit(f"{path}:{n}: not a JSON object with an id ({e})")
            yield r


def load(gold_path, features_path):
    evidence = {r["id"]: r for r in records(features_path)}
    docs = []
    for g in records(gold_path):
        r = evidence.get(g["id"])
        if r is None:
            sys.exit(f"{features_path}: no record for id {g['id']!r}")
        text = g["text"].encode("utf-8")
        ev = r.get("evidence", [])
        toks = [(m.start(), m.end(), m.group().decode("utf-8", "replace").lower())
                for m in TOKEN.finditer(text)]
        docs.append({
            "gold": [(c["start"], c["end"]) for c in g["cues"] if c["type"] == "cue"],
            "pred": [(e["start"], e["end"]) for e in ev if e["feature"] == "attribution_cue"],
            "sources": [(e["start"], e["end"]) for e in ev if e["feature"] in SOURCES],
            "quotes": [(e["start"], e["end"]) for e in ev if e["feature"] == "direct_quote"],
            "sentences": [tuple(s) for s in r.get("sentences", [])],
            "caps": [text[s:s + 1].isupper() for s, _, _ in toks],
            "toks": toks,
        })
    return docs


def featurize(d):
    toks = d["toks"]
    n = len(toks)
    starts = [t[0] for t in toks]
    words = [t[2] for t in toks]
    detector = [0] * n
    for s, e in d["pred"]:
        for i in token_range(starts, toks, s, e):
            detector[i] = 1
    source_before, source_after = set(), set()
    for s, e in d["sources"]:
        source_before.add(bisect.bisect_left(starts, e))
        source_after.add(bisect.bisect_left(starts, s))
    quoted = [0] * n
    quote_edges = set()
    for s, e in d["quotes"]:
        for i in token_range(starts, toks, s, e):
            quoted[i] = 1
        quote_edges.add(bisect.bisect_left(starts, e))
        quote_edges.add(bisect.bisect_left(starts, s) - 1)
    opening = {bisect.bisect_left(starts, s) for s, _ in d["sentences"]}
    label = [0] * n
    for s, e in d["gold"]:
        for i in token_range(starts, toks, s, e):
            label[i] = 1

    def word(k):
        return words[k] if 0 <= k < n else "<>"

    rows = []
    for i in range(n):
        w = stem(words[i])
        f = ["bias", "w=" + words[i], "l=" + w, "p1=" + word(i - 1), "n1=" + word(i + 1),
             "p2=" + word(i - 2), "n2=" + word(i + 2), "p1w=" + word(i - 1) + "_" + w,
             "wn1=" + w + "_" + word(i + 1)]
        before = any(k in source_before for k in range(i, max(-1, i - 4), -1))
        if detector[i]:
            f += ["det", "det_l=" + w]
        if before:
            f += ["sb", "sb_l=" + w]
        if i + 1 in source_after:
            f += ["sa", "sa_l=" + w]
        if quoted[i]:
            f.append("inq")
        if any(k in quote_edges for k in range(i - 3, i + 4)):
            f += ["qnear", "qnear_l=" + w]
        if i in opening:
            f.append("sst")
        if d["caps"][i]:
            f.append("cap")
        if word(i + 1) in ("that", "to", ":"):
            f.append("n1x_l=" + w)
        if detector[i] and before:
            f.append("det_sb")
        rows.append(f)
    d["X"], d["y"], d["det"] = rows, label, detector


def train(docs, rng, epochs=4, rate=0.1, l2=1e-6):
    weights = collections.defaultdict(float)
    order = [(di, i) for di, d in enumerate(docs) for i in range(len(d["y"]))]
    for _ in range(epochs):
        rng.shuffle(order)
        for di, i in order:
            f = docs[di]["X"][i]
            z = max(-30.0, min(30.0, sum(weights[k] for k in f)))
            g = (1 / (1 + math.exp(-z)) - docs[di]["y"][i]) * rate
            for k in f:
                weights[k] -= g + l2 * weights[k]
        rate *= 0.6
    return weights


def spans(d, chosen):
    out = []
    for i, (s, e, _) in enumerate(d["toks"]):
        if not chosen[i]:
            continue
        if out and out[-1][2] == i - 1:
            out[-1][1], out[-1][2] = e, i
        else:
            out.append([s, e, i])
    return [(s, e) for s, e, _ in out]


def evaluate(docs, choose):
    predicted = correct = gold = found = 0
    for d in docs:
        sp = spans(d, choose(d))
        predicted += len(sp)
        gold += len(d["gold"])
        correct += sum(1 for a, b in sp if any(a < e and s < b for s, e in d["gold"]))
        found += sum(1 for s, e in d["gold"] if any(a < e and s < b for a, b in sp))
    p, r = correct / max(predicted, 1), found / max(gold, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9), predicted


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("features")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    docs = load(a.gold, a.features)
    for d in docs:
        featurize(d)
    rng = random.Random(a.seed)
    order = list(range(len(docs)))
    rng.shuffle(order)
    for k in range(a.folds):
        held = set(order[k::a.folds])
        weights = train([docs[j] for j in order if j not in held], rng)
        for j in held:
            docs[j]["score"] = [sum(weights.get(f, 0.0) for f in row) for row in docs[j]["X"]]
    fmt = "P {:.3f}  R {:.3f}  F1 {:.3f}  ({} spans)"
    print("detector             ", fmt.format(*evaluate(docs, lambda d: d["det"])))
    best = None
    for keep in (-2, -1.5, -1, -0.5, 0):
        for add in (0, 0.5, 1, 1.5, 2):
            def choose(d, keep=keep, add=add):
                return [s > (keep if det else add) for s, det in zip(d["score"], d["det"])]
            res = evaluate(docs, choose)
            if best is None or res[2] > best[0][2]:
                best = (res, keep, add)
    (p, r, f1, n), keep, add = best
    print(f"learned, {a.folds}-fold CV   ", fmt.format(p, r, f1, n),
          f" keep > {keep}, add > {add}")


if __name__ == "__main__":
    main()

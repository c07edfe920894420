#!/usr/bin/env python3
"""The dedup baselines users would otherwise reach for, on feedmerge's labelled set.

Runs datasketch's MinHashLSH (word 3-gram and character 5-gram shingles, several thresholds) and
the `simhash` package's SimhashIndex (k = 3, as its README suggests, and looser) over
Tests/DedupTests/Evaluation/articles.jsonl, groups what they pair (union-find, as a reader that
merges pairs would), and scores the groups with the same pairwise metrics as feedmerge's
evaluation test (EvaluationSet.swift): pairs of two independent reports of one event are left
out; every other pair with different `story` labels is a non-duplicate.

    python3 -m venv /tmp/dedupvenv && /tmp/dedupvenv/bin/pip install datasketch simhash
    /tmp/dedupvenv/bin/python Benchmarks/dedup/baselines.py [Tests/DedupTests/Evaluation/articles.jsonl]

feedmerge's own figures come from `swift test --filter EvaluationTests` (printed by the test).
"""
import html
import json
import os
import re
import sys
import time

from datasketch import MinHash, MinHashLSH
from simhash import Simhash, SimhashIndex


def load(path):
    items = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    for item in items:
        body = item.get("text") or re.sub(r"<[^>]+>", " ", html.unescape(item.get("html") or ""))
        item["plain"] = item["title"] + "\n" + body
    return items


def score(items, group):
    events = {}
    for item in items:
        if item.get("event"):
            events[item["story"]] = item["event"]
    tp = fp = fn = 0
    kinds = {}
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            dup = a["story"] == b["story"]
            if not dup and events.get(a["story"]) and events.get(a["story"]) == events.get(b["story"]):
                continue
            merged = group[a["id"]] == group[b["id"]]
            if dup and merged:
                tp += 1
            elif merged:
                fp += 1
            elif dup:
                fn += 1
            if dup:
                for item in (a, b):
                    if item["kind"] != "original":
                        found, total = kinds.get(item["kind"], (0, 0))
                        kinds[item["kind"]] = (found + merged, total + 1)
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return precision, recall, f1, kinds


def union_find(items, pairs):
    parent = {item["id"]: item["id"] for item in items}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    return {item["id"]: find(item["id"]) for item in items}


def words(text):
    return re.findall(r"\w+", text.lower())


def word_shingles(text, n=3):
    tokens = words(text)
    return {" ".join(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))}


def char_shingles(text, n=5):
    flat = " ".join(words(text))
    return {flat[i:i + n] for i in range(max(1, len(flat) - n + 1))}


def minhash_run(items, shingler, threshold, num_perm=128):
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    hashes = {}
    for item in items:
        m = MinHash(num_perm=num_perm)
        for shingle in shingler(item["plain"]):
            m.update(shingle.encode("utf-8"))
        hashes[item["id"]] = m
    pairs = []
    for item in items:
        for other in lsh.query(hashes[item["id"]]):
            pairs.append((item["id"], other))
        lsh.insert(item["id"], hashes[item["id"]])
    return union_find(items, pairs)


def simhash_features(text, width=3):
    # The package's README feature function: character n-grams of the lower-cased letters.
    flat = re.sub(r"[^\w]+", "", text.lower())
    return [flat[i:i + width] for i in range(max(len(flat) - width + 1, 1))]


def simhash_run(items, k):
    objects = [(item["id"], Simhash(simhash_features(item["plain"]))) for item in items]
    index = SimhashIndex([], k=k)
    pairs = []
    for key, value in objects:
        for other in index.get_near_dups(value):
            pairs.append((key, other))
        index.add(key, value)
    return union_find(items, pairs)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "..", "Tests", "DedupTests", "Evaluation", "articles.jsonl")
    items = load(path)
    print(f"{len(items)} articles")
    runs = []
    for threshold in (0.3, 0.5, 0.7):
        runs.append((f"datasketch MinHashLSH, word 3-grams, threshold {threshold}",
                     lambda t=threshold: minhash_run(items, word_shingles, t)))
    for threshold in (0.3, 0.5, 0.7):
        runs.append((f"datasketch MinHashLSH, char 5-grams, threshold {threshold}",
                     lambda t=threshold: minhash_run(items, char_shingles, t)))
    for k in (3, 6, 10):
        runs.append((f"simhash SimhashIndex, k={k}", lambda k=k: simhash_run(items, k)))
    kinds_order = ["truncated", "retitled", "re-translated", "boilerplate", "html", "re-edited", "corrected"]
    print("| method | precision | recall | F1 | " + " | ".join(kinds_order) + " |")
    print("|---|---|---|---|" + "---|" * len(kinds_order))
    for name, run in runs:
        start = time.perf_counter()
        group = run()
        elapsed = time.perf_counter() - start
        precision, recall, f1, kinds = score(items, group)
        cells = [f"{kinds[k][0] / kinds[k][1]:.2f}" if k in kinds else "-" for k in kinds_order]
        print(f"| {name} | {precision:.3f} | {recall:.3f} | {f1:.3f} | " + " | ".join(cells) + f" |  ({elapsed:.2f} s)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds data/entities/common-words.tsv: words written in lower case at least 5 times in the openly licensed NER
training data (GUM all-genre train, wikigold, re3d) and tagged as (part of) a name less than a tenth as often.
Run from the repository root: python3 data/entities/make-common-words.py ../shared/datasets/ner"""
import collections, sys
root = sys.argv[1]
lower, named = collections.Counter(), collections.Counter()
for f in ["gum-all/train.bio", "wikigold/wikigold.bio", "re3d/re3d.bio"]:
    for line in open(f"{root}/{f}", encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if len(p) < 2 or p[0] == "-DOCSTART-" or not p[0].isalpha():
            continue
        w, tag = p[0], p[1]
        if tag != "O":
            named[w.lower()] += 1
        elif w.islower():
            lower[w] += 1
words = sorted(w for w, c in lower.items() if c >= 5 and named[w] * 10 < c and len(w) > 1)
with open("data/entities/common-words.tsv", "w", encoding="utf-8") as out:
    out.write("# Common English words (lower case >= 5 times, rarely in a name) in GUM train, wikigold and re3d\n")
    out.write("# (see data/models/ner.ATTRIBUTION.md). Built by data/entities/make-common-words.py. Columns: id, word.\n")
    for i, w in enumerate(words, 1):
        out.write(f"c{i:05d}\t{w}\n")
print(len(words))

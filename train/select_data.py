"""Chooses the training sentences from ClaimBuster's crowdsourced.tsv (README: 'Data selection').

1. Sentences that also occur in an evaluation set (ground truth, news, debates: normalised text)
   are removed, so no figure is measured on a training sentence.
2. Uninformative sentences are dropped: those with fewer than MIN_CONTENT_WORDS words outside a
   list of function and filler words ("Thank you very, very much.", "And that's exactly what I
   did.", "He did not do so."). They are 4 % of the rows; the few labelled check-worthy are so
   only through their context, which a sentence model never sees, so they teach noise.
3. Near-duplicates are folded: sentences whose word-bigram sets overlap by Jaccard >= NEAR_DUP
   (debaters repeat their lines from one debate to the next) keep one copy; the copy keeps the
   majority label of the group, and a group whose labels tie is dropped as contradictory.
4. Rebalancing: every check-worthy sentence is kept, the others are sampled (fixed seed) down to
   NEGATIVES_PER_POSITIVE times as many, preferring none: a plain random sample.

Writes one TSV (id, label, sentence) and prints what each step removed.
usage: select_data.py [--plain N] crowdsourced.tsv OUT.tsv EXCLUDE.tsv...
--plain N skips steps 2-4 and takes N rows at random instead: the control experiment, a training
set of the same size without the selection."""

import random
import re
import sys
from collections import defaultdict

MIN_CONTENT_WORDS = 2
FUNCTION_WORDS = frozenset('''a an the and or but if so of to in on at by for with from as is are was
were be been being am do does did have has had i you he she it we they me him her us them my your
his its our their this that these those there here what which who whom whose when where why how not
no yes all any some more most very just than too also can could will would shall should may might
must let s t ll re ve d m o well now then oh thank thanks please sir mr ms mrs think know say said
go going get got want like make way thing things lot really yeah okay ok'''.split())
NEAR_DUP = 0.8
NEGATIVES_PER_POSITIVE = 1.5
SEED = 15


def normalise(s):
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def content_words(s):
    return sum(1 for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in FUNCTION_WORDS)


def read(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t", 2)
            if len(cols) == 3:
                rows.append((cols[0], int(cols[1]), cols[2]))
    return rows


def bigrams(s):
    w = normalise(s).split()
    return frozenset(zip(w, w[1:])) if len(w) > 1 else frozenset(w)


def fold_near_duplicates(rows):
    """Groups rows by Jaccard similarity of word bigrams; candidate pairs come from shared
    rare bigrams, so the work stays near-linear on 22k sentences."""
    grams = [bigrams(s) for _, _, s in rows]
    index = defaultdict(list)
    for i, g in enumerate(grams):
        for b in g:
            index[b].append(i)
    parent = list(range(len(rows)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, g in enumerate(grams):
        if not g:
            continue
        rare = sorted(g, key=lambda b: len(index[b]))[:3]
        seen = set()
        for b in rare:
            if len(index[b]) > 200:
                continue
            for j in index[b]:
                if j <= i or j in seen:
                    continue
                seen.add(j)
                h = grams[j]
                if len(g & h) / len(g | h) >= NEAR_DUP:
                    parent[find(j)] = find(i)
    groups = defaultdict(list)
    for i in range(len(rows)):
        groups[find(i)].append(i)
    kept, dropped_ties = [], 0
    for members in groups.values():
        positives = sum(rows[i][1] for i in members)
        if 2 * positives == len(members) and len(members) > 1:
            dropped_ties += 1
            continue
        label = 1 if 2 * positives > len(members) else 0
        first = rows[members[0]]
        kept.append((first[0], label, first[2]))
    return kept, dropped_ties


def main(argv):
    plain = None
    if argv[1] == "--plain":
        plain, argv = int(argv[2]), argv[:1] + argv[3:]
    source, out, excludes = argv[1], argv[2], argv[3:]
    rows = read(source)
    print(f"crowdsourced: {len(rows)} rows, {sum(r[1] for r in rows)} check-worthy")
    held = {normalise(s) for path in excludes for _, _, s in read(path)}
    rows = [r for r in rows if normalise(r[2]) not in held]
    print(f"after removing sentences of the evaluation sets: {len(rows)}")
    if plain is not None:
        rng = random.Random(SEED)
        rows = rng.sample(rows, plain)
        print(f"plain random sample: {len(rows)} rows, {sum(r[1] for r in rows)} check-worthy")
        write(out, rows)
        return
    rows = [r for r in rows if content_words(r[2]) >= MIN_CONTENT_WORDS]
    print(f"after dropping sentences under {MIN_CONTENT_WORDS} content words: {len(rows)}, "
          f"{sum(r[1] for r in rows)} check-worthy")
    rows, ties = fold_near_duplicates(rows)
    print(f"after folding near-duplicates (Jaccard >= {NEAR_DUP}): {len(rows)} "
          f"({ties} groups with tied labels dropped)")
    positives = [r for r in rows if r[1] == 1]
    negatives = [r for r in rows if r[1] == 0]
    rng = random.Random(SEED)
    rng.shuffle(negatives)
    negatives = negatives[: int(len(positives) * NEGATIVES_PER_POSITIVE)]
    chosen = positives + negatives
    rng.shuffle(chosen)
    print(f"after rebalancing: {len(chosen)} rows, {len(positives)} check-worthy "
          f"({100 * len(positives) / len(chosen):.1f} %)")
    write(out, chosen)


def write(out, rows):
    with open(out, "w", encoding="utf-8") as f:
        f.write("id\tlabel\tsentence\n")
        for r in rows:
            f.write(f"{r[0]}\t{r[1]}\t{r[2]}\n")


if __name__ == "__main__":
    main(sys.argv)

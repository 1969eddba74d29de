"""Token-id files, length-bucketed batches, scoring and F1: shared by training and evaluation."""

import torch


def read_ids(path, max_len):
    """Rows of an ids TSV (id, label, space-separated ids with [CLS] ... [SEP]) as
    (ids, label, id); sequences longer than max_len keep their start and the final [SEP]."""
    rows = []
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            row_id, label, ids = line.rstrip("\n").split("\t")
            ids = [int(x) for x in ids.split()]
            if len(ids) > max_len:
                ids = ids[: max_len - 1] + ids[-1:]
            rows.append((ids, int(label), row_id))
    return rows


def collate(rows):
    width = max(len(r[0]) for r in rows)
    ids = torch.zeros(len(rows), width, dtype=torch.long)
    mask = torch.zeros(len(rows), width, dtype=torch.long)
    for i, r in enumerate(rows):
        ids[i, : len(r[0])] = torch.tensor(r[0])
        mask[i, : len(r[0])] = 1
    labels = torch.tensor([float(r[1]) for r in rows])
    return ids, mask, labels


def batches_by_length(rows, size, rng):
    """Shuffled batches of sentences of similar length: padding to the longest in a batch of
    similar lengths costs far less than padding every batch to the maximum (2-3x faster here)."""
    order = list(range(len(rows)))
    rng.shuffle(order)
    pool = size * 50
    batches = []
    for start in range(0, len(order), pool):
        chunk = sorted(order[start:start + pool], key=lambda i: len(rows[i][0]))
        batches += [chunk[i:i + size] for i in range(0, len(chunk), size)]
    rng.shuffle(batches)
    return [collate([rows[i] for i in b]) for b in batches]


@torch.no_grad()
def score(model, rows, size=64):
    """Probabilities of 'check-worthy', in the rows' order."""
    model.eval()
    order = sorted(range(len(rows)), key=lambda i: len(rows[i][0]))
    probs = [0.0] * len(rows)
    for start in range(0, len(order), size):
        part = order[start:start + size]
        ids, mask, _ = collate([rows[i] for i in part])
        for i, p in zip(part, torch.sigmoid(model(ids, mask)).tolist()):
            probs[i] = p
    return probs


def f1_at(probs, labels, threshold):
    tp = sum(1 for p, y in zip(probs, labels) if p >= threshold and y == 1)
    fp = sum(1 for p, y in zip(probs, labels) if p >= threshold and y == 0)
    fn = sum(1 for p, y in zip(probs, labels) if p < threshold and y == 1)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def best_f1(probs, labels):
    """(F1, threshold, precision, recall) at the threshold that maximises F1; the threshold is
    the midpoint between two neighbouring scores, so it does not sit on one sentence's score."""
    values = sorted(set(probs))
    candidates = [(a + b) / 2 for a, b in zip(values, values[1:])] or values
    best = (-1.0, 0.5, 0.0, 0.0)
    for t in candidates:
        f1, p, r = f1_at(probs, labels, t)
        if f1 > best[0]:
            best = (f1, t, p, r)
    return best

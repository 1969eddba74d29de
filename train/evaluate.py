"""Compares fine-tuned checkpoints on the labelled sets, in torch (fp32), before exporting one.

usage: evaluate.py --onnx PRETRAINED.onnx --data runs/data CHECKPOINT.pt...

Needs, in --data, for each set NAME of SETS: NAME.minilm.ids.tsv (Tokenize.java) and
NAME.features.tsv (the feature model's `score<TAB>flag<TAB>reasons` per row, from
`detect --sentences --features-only`; its reasons mark datelines, bylines, credits and
fragments, which every model scores 0). The encoder's and the ensemble's thresholds are chosen on
ClaimBuster's ground truth and applied unchanged to the other sets, as in the app. The shipped,
quantised model is measured by `detect --evaluate` in Java: these figures are for choosing."""

import argparse
import os

import torch

import encoder
from data import best_f1, f1_at, read_ids, score

SETS = ["groundtruth", "news-sample", "news-written", "debates-written", "debates-spoken"]
NOT_TEXT = {"dateline", "byline", "photo credit", "fragment"}
FEATURE_THRESHOLD = 0.34
ENCODER_WEIGHT = 0.5


def features(path):
    probs, not_text = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            probs.append(float(cols[0]))
            not_text.append(cols[2] in NOT_TEXT)
    return probs, not_text


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--onnx", required=True)
    p.add_argument("--data", required=True)
    p.add_argument("checkpoints", nargs="+")
    a = p.parse_args()
    torch.set_num_threads(2)
    sets = {}
    for name in SETS:
        rows = read_ids(os.path.join(a.data, name + ".minilm.ids.tsv"), 64)
        feats, not_text = features(os.path.join(a.data, name + ".features.tsv"))
        sets[name] = (rows, feats, not_text)
    header = f"{'model':<28}" + "".join(f"{n:>18}" for n in SETS)
    print(header)
    line = f"{'feature model @0.34':<28}"
    for name in SETS:
        rows, feats, _ = sets[name]
        line += f"{f1_at(feats, [r[1] for r in rows], FEATURE_THRESHOLD)[0]:>18.3f}"
    print(line)
    for path in a.checkpoints:
        saved = torch.load(path)
        layers = saved.get("args", {}).get("layers")
        model, _ = encoder.load_pretrained(a.onnx, dropout=0.0, layers=layers)
        model.load_state_dict(saved["model"])
        enc, ens = {}, {}
        for name in SETS:
            rows, feats, not_text = sets[name]
            probs = [0.0 if n else q for q, n in zip(score(model, rows), not_text)]
            enc[name] = probs
            ens[name] = [ENCODER_WEIGHT * q + (1 - ENCODER_WEIGHT) * f for q, f in zip(probs, feats)]
        for label, scores in (("encoder", enc), ("ensemble", ens)):
            labels = [r[1] for r in sets["groundtruth"][0]]
            _, threshold, _, _ = best_f1(scores["groundtruth"], labels)
            line = f"{label + ' ' + os.path.basename(os.path.dirname(path)):<22}@{threshold:.2f} "
            for name in SETS:
                line += f"{f1_at(scores[name], [r[1] for r in sets[name][0]], threshold)[0]:>18.3f}"
            print(line, flush=True)


if __name__ == "__main__":
    main()

"""Activation ranges for static int8 quantisation (quantize.py --ranges), measured in torch on
training sentences, and the fp32 model's probabilities on held-out sentences to compare a
quantised file with (no labels are used by either).

usage: calibrate.py --onnx PRETRAINED.onnx --checkpoint best.pt --calib CALIB.ids.tsv
       --heldout HELDOUT.ids.tsv --out DIR

Writes DIR/ranges-{max,p9999,mse}.json ({bias name of the linear layer: [low, high]} for the input
of every linear layer of the encoder) and DIR/heldout.fp32.txt (one probability per row).

- max: the lowest and highest value seen;
- p9999: the 0.005th and 99.995th percentiles (a few outliers clipped);
- mse: the clipping range that minimises the mean squared error of uint8 quantisation over the
  values seen (searched on a 4096-bin histogram)."""

import argparse
import json
import os

import numpy as np
import torch

import encoder
from data import collate, read_ids, score

BINS = 4096


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--onnx", required=True)
    p.add_argument("--checkpoint", required=True)
    p.add_argument("--calib", required=True)
    p.add_argument("--heldout", required=True)
    p.add_argument("--out", required=True)
    a = p.parse_args()
    torch.set_num_threads(2)
    saved = torch.load(a.checkpoint)
    model, _ = encoder.load_pretrained(a.onnx, dropout=0.0, layers=saved.get("args", {}).get("layers"))
    model.load_state_dict(saved["model"])
    model.eval()
    calib = read_ids(a.calib, 64)
    linears = {name: m for name, m in model.encoder.named_modules() if isinstance(m, torch.nn.Linear)}
    current_mask = {}
    values = {}

    def hook(name):
        def record(module, inputs):
            x = inputs[0]
            real = current_mask["m"].reshape(-1).bool()
            values[name] = x.reshape(-1, x.shape[-1])[real].reshape(-1)
        return record

    handles = [m.register_forward_pre_hook(hook(n)) for n, m in linears.items()]

    def passes(visit):
        order = sorted(range(len(calib)), key=lambda i: len(calib[i][0]))
        with torch.no_grad():
            for start in range(0, len(order), 64):
                ids, mask, _ = collate([calib[i] for i in order[start:start + 64]])
                current_mask["m"] = mask
                model(ids, mask)
                for name, v in values.items():
                    visit(name, v)

    low = {n: float("inf") for n in linears}
    high = {n: float("-inf") for n in linears}

    def extremes(name, v):
        low[name] = min(low[name], v.min().item())
        high[name] = max(high[name], v.max().item())

    passes(extremes)
    hist = {n: np.zeros(BINS, np.int64) for n in linears}

    def histogram(name, v):
        h, _ = np.histogram(v.numpy(), bins=BINS, range=(low[name], high[name]))
        hist[name] += h

    passes(histogram)
    for h in handles:
        h.remove()
    ranges = {"max": {}, "p9999": {}, "mse": {}}
    for name in linears:
        key = "encoder." + name + ".bias"
        lo, hi, h = low[name], high[name], hist[name]
        edges = np.linspace(lo, hi, BINS + 1)
        centres = (edges[:-1] + edges[1:]) / 2
        ranges["max"][key] = [lo, hi]
        cdf = np.cumsum(h) / h.sum()
        ranges["p9999"][key] = [float(edges[np.searchsorted(cdf, 0.00005)]),
                                float(edges[np.searchsorted(cdf, 0.99995) + 1])]
        best = None
        for cut_lo in np.linspace(0, 0.5, 26):
            for cut_hi in np.linspace(0, 0.5, 26):
                a_, b_ = lo + cut_lo * (0 - lo if lo < 0 else 0), hi - cut_hi * (hi if hi > 0 else 0)
                if b_ <= a_:
                    continue
                s = (b_ - a_) / 255
                q = np.clip(np.round((centres - a_) / s), 0, 255) * s + a_
                err = float((h * (q - centres) ** 2).sum())
                if best is None or err < best[0]:
                    best = (err, float(a_), float(b_))
        ranges["mse"][key] = [best[1], best[2]]
    os.makedirs(a.out, exist_ok=True)
    for method, r in ranges.items():
        with open(os.path.join(a.out, f"ranges-{method}.json"), "w") as f:
            json.dump(r, f, indent=1, sort_keys=True)
    heldout = read_ids(a.heldout, 64)
    with open(os.path.join(a.out, "heldout.fp32.txt"), "w") as f:
        for q in score(model, heldout):
            f.write(f"{q:.6f}\n")
    for name in list(linears)[:6]:
        key = "encoder." + name + ".bias"
        print(name, {m: [round(x, 3) for x in ranges[m][key]] for m in ranges})


if __name__ == "__main__":
    main()

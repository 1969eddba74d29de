"""Exports a fine-tuned check-worthiness model to ONNX (fp32), then to the shipped int8 file.

usage: export.py --onnx PRETRAINED.onnx --checkpoint DIR/best.pt --out MODEL.onnx
       [--fp32 MODEL-fp32.onnx]

The graph takes input_ids and attention_mask (int64, [batch, tokens]) and returns `logits`
([batch]): the log-odds of 'check-worthy'. The Java side applies the sigmoid. The quantised file
is written by quantize.py (see there for how and why)."""

import argparse
import os
import tempfile

import torch

import encoder
import quantize


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--onnx", required=True, help="the pre-trained ONNX the model was built from")
    p.add_argument("--checkpoint", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--fp32", help="also keep the fp32 export here")
    a = p.parse_args()
    torch.set_num_threads(2)
    saved = torch.load(a.checkpoint)
    layers = saved.get("args", {}).get("layers")
    model, _ = encoder.load_pretrained(a.onnx, dropout=0.0, layers=layers)
    state = saved["model"]
    model.load_state_dict(state)
    model.eval()
    ids = torch.tensor([[101, 2023, 2003, 1037, 3231, 1012, 102], [101, 2748, 1012, 102, 0, 0, 0]])
    mask = (ids != 0).long()
    fp32 = a.fp32 or os.path.join(tempfile.mkdtemp(), "model-fp32.onnx")
    torch.onnx.export(model, (ids, mask), fp32, input_names=["input_ids", "attention_mask"],
                      output_names=["logits"], opset_version=14, do_constant_folding=True,
                      dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                                    "attention_mask": {0: "batch", 1: "tokens"},
                                    "logits": {0: "batch"}})
    quantize.quantize(fp32, a.out)
    print(f"fp32 {os.path.getsize(fp32) / 1e6:.1f} MB -> int8 {os.path.getsize(a.out) / 1e6:.1f} MB: {a.out}")


if __name__ == "__main__":
    main()

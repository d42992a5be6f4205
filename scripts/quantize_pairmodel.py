"""Measure what int8 weights would cost the pair model: quantise its ONNX graph with
onnxruntime's dynamic quantisation and compare speed and figures with the float graph on the
same validation pairs (scripts/make_pairs.py's validation split; never the test split).

    python scripts/quantize_pairmodel.py --n 1000                 # every MatMul, per channel
    python scripts/quantize_pairmodel.py --n 1000 --lower-only    # only the frozen layers 1-6

Prints pairs/s of the pair model alone, ROC AUC, the mean change of the pair logit and the share
of pairs whose label (logit above 0) and token tags (probability above 0.5) stay the same. The
quantised graph is written to a temporary folder and removed; nothing shipped changes.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np

from drift.metrics import roc_auc
from drift.pairmodel import PairModel, onnx_graph


def quantise(src: Path, out_dir: Path, lower_only: bool) -> Path:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    dst = out_dir / (("int8-lower-" if lower_only else "int8-") + src.name)
    graph = onnx.load(str(src), load_external_data=False)
    exclude = [n.name for n in graph.graph.node if n.op_type == "MatMul" and lower_only
               and not any(f"/layer.{i}/" in n.name for i in range(6))]
    quantize_dynamic(str(src), str(dst), weight_type=QuantType.QInt8, per_channel=True,
                     op_types_to_quantize=["MatMul"], nodes_to_exclude=exclude)
    return dst


def timed(model: PairModel, pairs: list) -> tuple[list, float]:
    t = time.perf_counter()
    out = model.predict(pairs)
    return out, len(pairs) / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=Path, default=Path("build/pairs/val.jsonl"))
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--lower-only", action="store_true", help="quantise layers 1-6 only")
    args = ap.parse_args()
    if not args.pairs.is_file():
        ap.error(f"{args.pairs} not found: make it with scripts/make_pairs.py --out {args.pairs.parent}")
    rows = [json.loads(x) for x in open(args.pairs, encoding="utf-8")][:args.n]
    pairs, y = [(r["a"], r["b"]) for r in rows], np.array([r["label"] for r in rows])
    model = PairModel(backend="onnx")
    model.predict(pairs[:1])  # exports the float graph into the cache once
    src = onnx_graph(model.version)
    with tempfile.TemporaryDirectory() as tmp:
        dst = quantise(src, Path(tmp), args.lower_only)
        size = dst.stat().st_size // 2**20
        compare(model, dst, pairs, y, f"{len(pairs)} pairs of {args.pairs}; int8 graph {size} MB")


def compare(model: PairModel, dst: Path, pairs: list, y: np.ndarray, head: str) -> None:
    import onnxruntime as ort
    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    session = ort.InferenceSession(str(dst), opts, providers=["CPUExecutionProvider"])
    float_out, float_rate = timed(model, pairs)
    int8 = PairModel(backend="onnx")
    int8._run = lambda ids, mask: tuple(session.run(None, {"ids": ids, "mask": mask}))  # the int8 graph
    int8_out, int8_rate = timed(int8, pairs)
    lf, lq = (np.array([p.logit for p in o]) for o in (float_out, int8_out))
    tf, tq = (np.concatenate([[t[2] for t in p.tokens_a + p.tokens_b] for p in o])
              for o in (float_out, int8_out))
    print(head)
    print(f"float: {float_rate:.1f} pairs/s, ROC AUC {roc_auc(y, lf):.4f}")
    print(f"int8:  {int8_rate:.1f} pairs/s, ROC AUC {roc_auc(y, lq):.4f}; mean |logit change| "
          f"{np.abs(lf - lq).mean():.3f}, same label {100 * ((lf > 0) == (lq > 0)).mean():.1f} %, "
          f"same token tags {100 * ((tf > 0.5) == (tq > 0.5)).mean():.2f} %")


if __name__ == "__main__":
    main()

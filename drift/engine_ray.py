"""`--engine ray`: score pairs on a Ray cluster with the same results as one process.

The distributed step is only the scoring of pairs: `RayEngine.score_each` takes the same pairs
and languages as `Scorer.score_each` and gives the same `PairResult` / `RowError` per pair, in
order. Reading, checks of placeholders, caching and reports stay in the driver, so `drift batch`
and `drift check` write byte-identical output with either engine.

Ray Data carries the pairs (`from_items`, or `read_parquet` for a Parquet file of pairs) to a
pool of actors (`map_batches` with a callable class), each of which loads the scorer once.
An actor that dies is restarted by Ray and its batch retried; a pair that fails is a
`RowError` in its place, never a lost row.

    pip install 'drift[ray]'
    drift batch pairs.jsonl --engine ray                       # a local Ray on this machine
    drift batch pairs.jsonl --engine ray --ray-address auto    # join a running cluster
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence

import numpy as np

from drift.errors import DriftError
from drift.score import PairResult, RowError


class EngineError(DriftError):
    """Ray is missing, cannot start or cannot be reached."""


class _PairScorer:
    """The Ray actor's work: one scorer per actor, loaded once, scoring batches of pairs."""

    def __init__(self, model: str | None, mode: str, threshold: float) -> None:
        from drift.embed import Encoder
        from drift.score import Scorer

        self.scorer = Scorer(Encoder(model), threshold=threshold, mode=mode)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        pairs = list(zip(batch["a"].tolist(), batch["b"].tolist()))
        langs = [(la or None, lb or None) for la, lb in zip(batch["la"].tolist(), batch["lb"].tolist())]
        results = self.scorer.score_each(pairs, langs=langs)
        out = [json.dumps(r.to_dict(features=True) if isinstance(r, PairResult) else
                          {"error": r.error}, ensure_ascii=False) for r in results]
        return {"id": batch["id"], "result": np.array(out, dtype=object),
                "signature": np.array([self.scorer.signature] * len(out), dtype=object)}


class RayEngine:
    """Scores pairs with a pool of Ray actors; `score_each` is `Scorer.score_each`'s twin.

    `address`: None starts a local Ray on this machine; "auto" joins a running cluster; or
    "ray://host:10001". `concurrency`: actors (default: one per CPU of the cluster);
    `batch_size`: pairs per actor call; `num_cpus`: CPUs each actor reserves (inference uses
    that many threads); `num_gpus`: GPUs per actor (a CUDA machine).
    """

    def __init__(self, signature: str, model: str | None = None, mode: str = "rules",
                 threshold: float = 0.5, address: str | None = None,
                 concurrency: int | None = None, batch_size: int = 64, num_cpus: float = 1,
                 num_gpus: float = 0) -> None:
        self.signature = signature
        self.spec = {"model": model, "mode": mode, "threshold": threshold}
        self.address = address
        self.concurrency = concurrency
        self.batch_size = batch_size
        self.num_cpus = num_cpus
        self.num_gpus = num_gpus

    def _ray(self):
        try:
            import ray
        except ImportError:
            raise EngineError("--engine ray needs Ray: pip install 'drift[ray]'") from None
        if not ray.is_initialized():
            try:
                if self.address:
                    ray.init(address=self.address, include_dashboard=False, log_to_driver=False)
                else:
                    ray.init(num_cpus=os.cpu_count(), include_dashboard=False, log_to_driver=False)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise EngineError(f"cannot start or join Ray ({self.address or 'local'}): "
                                  f"{str(exc)[:300]}") from None
        ray.data.DataContext.get_current().enable_progress_bars = True
        return ray

    def score_each(self, pairs: Sequence[tuple[str, str]], show_progress: bool = False,
                   langs: Sequence[tuple[str | None, str | None]] | None = None,
                   ) -> list[PairResult | RowError]:
        """Each pair's result or RowError, in order; one per pair whatever happens on the way."""
        if not pairs:
            return []
        ray = self._ray()
        langs = langs or [(None, None)] * len(pairs)
        items = [{"id": k, "a": a, "b": b, "la": la or "", "lb": lb or ""}
                 for k, ((a, b), (la, lb)) in enumerate(zip(pairs, langs))]
        actors = self.concurrency or max(1, int(ray.cluster_resources().get("CPU", 1) // self.num_cpus))
        ds = ray.data.from_items(items).map_batches(
            _PairScorer, fn_constructor_kwargs=self.spec, batch_format="numpy",
            batch_size=self.batch_size, compute=ray.data.ActorPoolStrategy(size=actors),
            num_cpus=self.num_cpus,
            num_gpus=self.num_gpus or None)  # Ray Data restarts a dead actor, retries its batch
        out: list[PairResult | RowError | None] = [None] * len(pairs)
        for row in ds.iter_rows():
            if row["signature"] != self.signature:
                raise EngineError(f"a Ray worker scores with another setup ({row['signature']}) "
                                  f"than this process ({self.signature}); install the same drift "
                                  f"version and model on every node")
            d = json.loads(row["result"])
            out[int(row["id"])] = RowError(d["error"]) if set(d) == {"error"} else PairResult.from_dict(d)
        return [r if r is not None else RowError("lost on the Ray cluster; run again")
                for r in out]

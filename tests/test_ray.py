"""`--engine ray` on a local 2-CPU Ray: the same output as the local engine, row for row, with a
failing row in place and an actor killed mid-run."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from drift.cli import app

ray = pytest.importorskip("ray", reason="the Ray engine is the optional extra drift[ray]")
ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def pairs_file(tmp_path_factory) -> Path:
    """200 rows: 198 pairs from tests/data, a broken JSON line and a text over the budget."""
    rows = []
    for f in sorted((ROOT / "tests/data").glob("*.tsv")):
        with open(f, encoding="utf-8") as fh:
            rows += [{"a": r["a"], "b": r["b"], "src": f.stem}
                     for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                     if r.get("a") and r.get("b")]
    path = tmp_path_factory.mktemp("ray") / "pairs.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in rows[:198]]
    lines[57:57] = ['{"a": "broken', json.dumps({"a": "x" * 6000, "b": "y"})]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.fixture(scope="module")
def local_output(pairs_file) -> str:
    out = pairs_file.parent / "local.jsonl"
    res = runner.invoke(app, ["batch", str(pairs_file), "-o", str(out)])
    assert res.exit_code == 2 and "200 rows: 198 scored, 2 failed" in res.output
    return out.read_text("utf-8")


def test_batch_on_ray_gives_exactly_the_local_output(local_ray, pairs_file, local_output):
    out = pairs_file.parent / "ray.jsonl"
    res = runner.invoke(app, ["batch", str(pairs_file), "-o", str(out), "--engine", "ray",
                              "--ray-actors", "2", "--ray-batch-size", "16"])
    assert res.exit_code == 2 and "200 rows: 198 scored, 2 failed" in res.output
    assert out.read_text("utf-8") == local_output
    rows = [json.loads(x) for x in local_output.splitlines()]
    assert len(rows) == 200 and "invalid JSON" in rows[57]["error"] and "5,000" in rows[58]["error"]


def test_an_actor_killed_mid_run_loses_no_row(local_ray, pairs_file):
    # texts of their own, so that no embedding is cached and the run lasts long enough
    fresh = pairs_file.parent / "fresh.jsonl"
    fresh.write_text("".join(line.replace('", "b": "', ' (kill test)", "b": "') + "\n"
                             for line in pairs_file.read_text("utf-8").splitlines()), "utf-8")
    killed: list[int] = []

    def actors() -> list[int]:
        found = subprocess.run(["pgrep", "-f", "MapWorker"], capture_output=True, text=True)
        return [int(p) for p in found.stdout.split()]
    before = set(actors())  # the previous test's actors may still be on their way out

    def kill_one_actor():
        deadline = time.time() + 120
        while time.time() < deadline and not killed:
            pids = [p for p in actors() if p not in before]
            if pids:
                time.sleep(2)  # let it load the model and take a batch
                try:
                    os.kill(pids[0], signal.SIGKILL)
                    killed.append(pids[0])
                except ProcessLookupError:
                    before.add(pids[0])  # gone already: wait for another
            time.sleep(0.1)
    killer = threading.Thread(target=kill_one_actor)
    killer.start()
    out = pairs_file.parent / "ray-killed.jsonl"
    res = runner.invoke(app, ["batch", str(fresh), "-o", str(out), "--engine", "ray",
                              "--ray-actors", "2", "--ray-batch-size", "8"])
    killer.join()
    assert killed, "no Ray actor process was found to kill"
    assert res.exit_code == 2, res.output
    local = pairs_file.parent / "fresh-local.jsonl"
    assert runner.invoke(app, ["batch", str(fresh), "-o", str(local)]).exit_code == 2
    assert out.read_text("utf-8") == local.read_text("utf-8")  # restarted, retried, no row lost
    assert len(out.read_text("utf-8").splitlines()) == 200


def test_check_on_ray_gives_the_local_report(local_ray):
    local = runner.invoke(app, ["check", str(ROOT / "corpora/l10n"), "--format", "json", "--no-cache"])
    dist = runner.invoke(app, ["check", str(ROOT / "corpora/l10n"), "--format", "json", "--no-cache",
                               "--engine", "ray"])
    assert local.exit_code == dist.exit_code == 1
    assert json.loads(dist.stdout) == json.loads(local.stdout)


def test_parquet_in_and_out_hold_the_same_records(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"a": "The bridge opens in March.", "b": "Die Brücke öffnet im Juni.", "n": 1},
            {"a": "He left.", "b": "", "n": 2}, {"a": "He is here.", "b": "Er ist hier.", "n": 3}]
    src = tmp_path / "pairs.parquet"
    pq.write_table(pa.Table.from_pylist(rows), src)
    jsonl = tmp_path / "pairs.jsonl"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    from_parquet = runner.invoke(app, ["batch", str(src)])
    from_jsonl = runner.invoke(app, ["batch", str(jsonl)])
    assert from_parquet.exit_code == from_jsonl.exit_code == 2
    assert from_parquet.stdout == from_jsonl.stdout
    out = tmp_path / "out.parquet"
    assert runner.invoke(app, ["batch", str(src), "-o", str(out)]).exit_code == 2
    table = pq.read_table(out).to_pylist()
    assert [r["n"] for r in table] == [1, 2, 3] and "empty" in table[1]["error"]
    assert json.loads(table[0]["findings"])[0]["kind"] == "date"

"""Load test of `drift serve`: concurrent clients posting pair requests on loopback.

    .venv/bin/python scripts/bench_service.py                 # 8 clients x 200 requests
    .venv/bin/python scripts/bench_service.py --clients 1,4,8 --requests 50   # one row each

The server runs as `drift serve` in its own process with empty embedding caches (the built model
is reused). Every request carries a distinct pair (a reference number is appended to the
project's own parallel sentences), so nothing is answered from a cache. Prints throughput,
p50/p95/max latency and the error count; timings only, nothing is asserted.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import socket
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def pairs() -> list[tuple[str, str]]:
    rows = list(csv.DictReader(open(ROOT / "drift/data/parallel.tsv", encoding="utf-8"),
                               delimiter="\t"))
    out = []
    for r in rows:
        en = r["en"].replace("[[", "").replace("]]", "")
        out += [(en, r[k]) for k in ("es", "de", "fr", "ru", "en_para")]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", default="8",
                    help="concurrent clients; a comma list runs each level in turn on one server "
                         "and prints one row per level with its throughput against the first's")
    ap.add_argument("--requests", type=int, default=200, help="per client")
    ap.add_argument("--bad-client", action="store_true",
                    help="one more client sends pairs that crashed drift before (superscript and "
                         "circled digits, lone surrogates, a 400-digit number, texts over the "
                         "length budget, NaN); the others must see no error")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="drift-bench-serve-"))
    built = Path(os.environ.get("DRIFT_CACHE_DIR", Path.home() / ".cache/drift"))
    for part in ("models", "lexicon"):  # the built model and the contrast words' vectors
        if (built / part).exists():
            shutil.copytree(built / part, tmp / part)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, DRIFT_CACHE_DIR=str(tmp), DRIFT_TOKEN="bench")
    server = subprocess.Popen([str(ROOT / ".venv/bin/drift"), "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": "Bearer bench"}
    t0 = time.perf_counter()
    while True:
        try:
            if httpx.get(base + "/healthz", headers=headers, timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if server.poll() is not None or time.perf_counter() - t0 > 120:
            raise SystemExit("server did not start: " + server.stderr.read().decode()[-2000:])
        time.sleep(0.2)
    startup = time.perf_counter() - t0
    base_pairs = pairs()
    rows = []
    for level, n_clients in enumerate(int(x) for x in args.clients.split(",")):
        rows.append(load(base, headers, base_pairs, n_clients, args.requests, level,
                         args.bad_client))
    server.terminate()
    server.wait(timeout=30)
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"cores: {os.cpu_count()}  server start-up (model load): {startup:.1f} s  "
          f"requests per client: {args.requests}")
    first = rows[0]["rate"]
    for r in rows:
        print(f"clients {r['clients']:2d}: {r['rate']:6.1f} req/s (x{r['rate'] / first:.2f})  "
              f"p50 {r['p50']:5.0f} ms  p95 {r['p95']:5.0f} ms  max {r['max']:5.0f} ms  "
              f"errors {len(r['errors'])}" + (f" (first: {r['errors'][0]})" if r["errors"] else ""))
        if r["bad"] is not None:
            print(f"  bad client: {sum(r['bad'].values())} requests, status codes {r['bad']}")


def load(base: str, headers: dict, base_pairs, clients: int, requests: int, level: int,
         with_bad_client: bool) -> dict:
    """`clients` threads posting `requests` distinct pairs each; throughput and latencies."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def client(c: int) -> None:
        with httpx.Client(base_url=base, headers=headers, timeout=120) as http:
            for k in range(requests):
                a, b = base_pairs[(c * requests + k) % len(base_pairs)]
                tag = f" (ref {level}-{c}-{k})"
                t = time.perf_counter()
                try:
                    r = http.post("/v1/pair", json={"a": a + tag, "b": b + tag})
                    ok = r.status_code == 200 and "drift" in r.json()
                    err = None if ok else f"HTTP {r.status_code}"
                except httpx.HTTPError as exc:
                    err = repr(exc)
                with lock:
                    latencies.append(time.perf_counter() - t)
                    if err:
                        errors.append(err)

    bad_codes: list[int] = []

    def bad_client() -> None:
        bodies = [b'{"a": "It grew 10\\u2076 times (\\ud800).", "b": "Step \\u2460 of \\u2462."}',
                  ('{"a": "The number %s is large.", "b": "See footnote \u00b9."}' % ("9" * 400)).encode(),
                  b'{"a": NaN, "b": "x"}', ('{"a": "%s", "b": "y"}' % ("word " * 1200)).encode(),
                  b'{"a": "250 cm \\u00b3", "b": "250 cm3"}']
        with httpx.Client(base_url=base, headers={**headers, "content-type": "application/json"},
                          timeout=120) as http:
            for k in range(requests):
                try:
                    code = http.post("/v1/pair", content=bodies[k % len(bodies)]).status_code
                except httpx.HTTPError:
                    code = -1
                with lock:
                    bad_codes.append(code)

    threads = [threading.Thread(target=client, args=(c,)) for c in range(clients)]
    if with_bad_client:
        threads.append(threading.Thread(target=bad_client))
    t1 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t1
    lat = sorted(latencies)
    n = len(lat)
    from collections import Counter
    return {"clients": clients, "rate": n / wall, "p50": statistics.median(lat) * 1000,
            "p95": lat[int(0.95 * (n - 1))] * 1000, "max": lat[-1] * 1000, "errors": errors,
            "bad": dict(sorted(Counter(bad_codes).items())) if with_bad_client else None}


if __name__ == "__main__":
    main()

"""Run every drift command the README shows and fail on any that does not run as shown.

    .venv/bin/python scripts/readme_commands.py        # in a scratch copy of the repository

Commands are the lines of the README's ```bash and ```console blocks that start with `drift`
(or `$ drift`, with continuation lines joined). `drift serve` is started and must answer
/healthz. Exit codes 0 and 1 (drift found) count as running; 2 or a crash does not.
"""

from __future__ import annotations

import re
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DRIFT = ROOT / ".venv/bin/drift"


def commands(readme: str) -> list[str]:
    out = []
    for block in re.findall(r"```(?:bash|console)\n(.*?)```", readme, re.S):
        joined = re.sub(r"\\\n\s*", " ", block)
        for line in joined.splitlines():
            line = line.removeprefix("$ ").strip()
            if line.startswith("drift "):
                out.append(line.split("  #")[0].strip())
    return out


def serve(args: list[str], cwd: Path) -> int:
    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    args = [a if a != "8000" else str(port) for a in args]
    proc = subprocess.Popen([str(DRIFT), *args], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    return 0
            except httpx.HTTPError:
                time.sleep(0.2)
        return 2
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> None:
    cmds = commands((ROOT / "README.md").read_text("utf-8"))
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "repo"
        subprocess.run(["git", "clone", "-q", str(ROOT), str(work)], check=True)
        shutil.copytree(ROOT / "corpora", work / "corpora", dirs_exist_ok=True)  # uncommitted too
        for cmd in cmds:
            args = shlex.split(cmd)[1:]
            t0 = time.perf_counter()
            if args[0] == "serve":
                rc = serve(args, work)
            else:
                rc = subprocess.run([str(DRIFT), *args], cwd=work, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE).returncode
            ok = rc in (0, 1)
            failed += not ok
            print(f"{'ok ' if ok else 'FAIL'} exit {rc}  {time.perf_counter() - t0:5.1f} s  {cmd}")
    print(f"{len(cmds)} commands, {failed} failed")
    sys.exit(1 if failed or not cmds else 0)


if __name__ == "__main__":
    main()

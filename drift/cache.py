"""Content-addressed embedding cache on disk (SQLite, safe for concurrent processes)."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

DEFAULT_MAX_BYTES = 2 * 1024**3

_SCHEMA = """
CREATE TABLE IF NOT EXISTS emb (
    key BLOB PRIMARY KEY,
    sent BLOB NOT NULL,
    tok BLOB,
    spans BLOB,
    windows INTEGER NOT NULL,
    nbytes INTEGER NOT NULL,
    used REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS emb_used ON emb(used);
"""


@dataclass(frozen=True)
class CacheInfo:
    """What `drift cache info` prints."""

    path: str
    entries: int
    bytes: int
    max_bytes: int
    error: str = ""  # why the cache cannot be read, if it cannot


@dataclass(frozen=True)
class CachedEntry:
    """One cached text: float16 sentence vector, optional token vectors and their spans."""

    sentence: np.ndarray
    tokens: np.ndarray | None
    spans: np.ndarray | None
    windows: int


def cache_key(signature: str, text: str) -> bytes:
    """sha256 over the model signature and the exact text."""
    return hashlib.sha256(signature.encode() + b"\x00" + text.encode("utf-8", "surrogatepass")).digest()


class _Degrading:
    """A cache that cannot be opened, read or written (read-only, full, corrupt) is switched
    off with one warning on stderr: the run goes on uncached, nothing is lost but speed."""

    path: Path
    off: str = ""

    def _safe(self, fn, default):
        if self.off:
            return default
        try:
            return fn()
        except (sqlite3.Error, OSError) as exc:
            self.off = str(exc) or type(exc).__name__
            print(f"warning: cache {self.path} is unusable ({self.off}); going on without it "
                  f"(set DRIFT_CACHE_DIR to a writable folder with free space)", file=sys.stderr)
            return default


class EmbeddingCache(_Degrading):
    """SQLite-backed store of float16 vectors, bounded by `max_bytes` (least recently used go)."""

    def __init__(self, path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.path = Path(path)
        self.max_bytes = max_bytes
        self._conn: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), timeout=60, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
            self._conn = conn
        return self._conn

    def get_many(self, keys: list[bytes], need_tokens: bool) -> dict[bytes, CachedEntry]:
        """Entries found for `keys` (those lacking token vectors are skipped if `need_tokens`)."""
        return self._safe(lambda: self._get_many(keys, need_tokens), {})

    def _get_many(self, keys: list[bytes], need_tokens: bool) -> dict[bytes, CachedEntry]:
        found: dict[bytes, CachedEntry] = {}
        db = self._db()
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = db.execute(
                f"SELECT key, sent, tok, spans, windows FROM emb WHERE key IN ({marks})", chunk
            ).fetchall()
            for key, sent, tok, spans, windows in rows:
                if need_tokens and tok is None:
                    continue
                found[bytes(key)] = _decode(sent, tok, spans, windows)
        return found

    def put_many(self, items: dict[bytes, CachedEntry]) -> None:
        """Store entries; evict least recently used ones past the size bound."""
        if items:
            self._safe(lambda: self._put_many(items), None)

    def _put_many(self, items: dict[bytes, CachedEntry]) -> None:
        now = time.time()
        rows = [_encode(k, e, now) for k, e in items.items()]
        db = self._db()
        with db:
            db.executemany(
                "INSERT OR REPLACE INTO emb (key, sent, tok, spans, windows, nbytes, used) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        self._evict()

    def _evict(self) -> None:
        db = self._db()
        total = db.execute("SELECT COALESCE(SUM(nbytes), 0) FROM emb").fetchone()[0]
        if total <= self.max_bytes:
            return
        excess = total - int(self.max_bytes * 0.9)
        with db:
            keys, freed = [], 0
            for key, nbytes in db.execute("SELECT key, nbytes FROM emb ORDER BY used"):
                keys.append(key)
                freed += nbytes
                if freed >= excess:
                    break
            db.executemany("DELETE FROM emb WHERE key = ?", [(k,) for k in keys])

    def info(self) -> CacheInfo:
        """Entry count and size on disk."""
        if self.off:
            return CacheInfo(str(self.path), 0, 0, self.max_bytes, self.off)
        if not self.path.exists():
            return CacheInfo(str(self.path), 0, 0, self.max_bytes)
        try:
            n, size = self._db().execute("SELECT COUNT(*), COALESCE(SUM(nbytes), 0) FROM emb").fetchone()
        except (sqlite3.Error, OSError) as exc:
            return CacheInfo(str(self.path), 0, 0, self.max_bytes, str(exc) or type(exc).__name__)
        return CacheInfo(str(self.path), n, size, self.max_bytes)

    def clear(self) -> int:
        """Delete every entry; return how many there were."""
        if not self.path.exists():
            return 0
        db = self._db()
        with db:
            n = db.execute("SELECT COUNT(*) FROM emb").fetchone()[0]
            db.execute("DELETE FROM emb")
        db.execute("VACUUM")
        return n


def _encode(key: bytes, e: CachedEntry, now: float) -> tuple:
    sent = e.sentence.astype(np.float16).tobytes()
    tok = None if e.tokens is None else e.tokens.astype(np.float16).tobytes()
    spans = None if e.spans is None else e.spans.astype(np.int32).tobytes()
    nbytes = len(sent) + len(tok or b"") + len(spans or b"") + 64
    return key, sent, tok, spans, e.windows, nbytes, now


def _decode(sent: bytes, tok: bytes | None, spans: bytes | None, windows: int) -> CachedEntry:
    s = np.frombuffer(sent, dtype=np.float16).astype(np.float32)
    t = sp = None
    if tok is not None:
        t = np.frombuffer(tok, dtype=np.float16).astype(np.float32).reshape(-1, s.size)
        sp = np.frombuffer(spans, dtype=np.int32).reshape(-1, 2)
    return CachedEntry(s, t, sp, windows)


class ResultCache(_Degrading):
    """Scored results by key (scorer signature + languages + both texts), as JSON text.

    Lets `drift check` skip the model, the alignment and the checks for units it has seen.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), timeout=60, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("CREATE TABLE IF NOT EXISTS res (key BLOB PRIMARY KEY, value TEXT NOT NULL)")
            self._conn = conn
        return self._conn

    @staticmethod
    def key(*parts: str) -> bytes:
        return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).digest()

    def get_many(self, keys: list[bytes]) -> dict[bytes, str]:
        return self._safe(lambda: self._get_many(keys), {})

    def _get_many(self, keys: list[bytes]) -> dict[bytes, str]:
        found: dict[bytes, str] = {}
        db = self._db()
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for key, value in db.execute(f"SELECT key, value FROM res WHERE key IN ({marks})", chunk):
                found[bytes(key)] = value
        return found

    def put_many(self, items: dict[bytes, str]) -> None:
        if items:
            self._safe(lambda: self._put_many(items), None)

    def _put_many(self, items: dict[bytes, str]) -> None:
        with self._db() as db:
            db.executemany("INSERT OR REPLACE INTO res (key, value) VALUES (?, ?)", items.items())

    def clear(self) -> int:
        if not self.path.exists():
            return 0
        db = self._db()
        with db:
            n = db.execute("SELECT COUNT(*) FROM res").fetchone()[0]
            db.execute("DELETE FROM res")
        return n

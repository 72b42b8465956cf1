"""A small pool for CPU- and memory-heavy rendering (the idea paper's DOCX), bounded and tidy.

``asyncio.to_thread`` lets a burst of 200 papers run on every default worker thread at once; each
thread gets its own malloc arena, and the freed memory stays in the process (~430 MiB after such a
burst). Here at most ``workers`` renders run at a time (the rest wait their turn in order) on threads
of their own, and when the last render of a burst finishes the C allocator is asked to give the free
memory back to the system (glibc ``malloc_trim``; a no-op elsewhere).

Use: ``await services.extras["render"].run(render_paper, draft, lang=..., ...)``.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import functools
import gc
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


def _libc_trim() -> Callable[[], None]:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return lambda: None
    trim.argtypes = [ctypes.c_size_t]

    def run() -> None:
        gc.collect()
        trim(0)

    return run


_trim = _libc_trim()


class RenderService:
    """Runs render functions on ``workers`` threads; memory is handed back after each burst."""

    def __init__(self, workers: int = 2) -> None:
        self.workers = workers
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="render")
        self._active = 0

    async def run(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        self._active += 1
        try:
            return await loop.run_in_executor(self._executor, functools.partial(fn, *args, **kwargs))
        finally:
            self._active -= 1
            if self._active == 0:
                await loop.run_in_executor(self._executor, _trim)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

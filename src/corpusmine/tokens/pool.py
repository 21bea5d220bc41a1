"""The one process-pool set-up of the project, and its progress bar.

:func:`map_in_processes` runs a picklable function over a list in worker
processes: fork on Linux (spawn elsewhere), an initializer that builds each
worker's own state, the largest items first in small chunks so that no worker
is left with a long item at the end, results in input order.

Examples
--------
>>> map_in_processes(len, ["乡村振兴", "创文", "城乡环境综合整治"], n_jobs=2)
[4, 2, 8]
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["interactive_stderr", "map_in_processes", "mp_context", "progress_bar", "resolve_n_jobs"]

_BAR_CLASS: Any = None


def resolve_n_jobs(n_jobs: Any) -> int:
    """*n_jobs* as a positive number of processes: -1 means one per CPU.

    Raises
    ------
    ValueError
        If *n_jobs* is neither a positive int nor -1.

    Examples
    --------
    >>> resolve_n_jobs(2), resolve_n_jobs(-1) == (os.cpu_count() or 1)     # 两个进程分词
    (2, True)
    """
    if n_jobs == -1:
        return os.cpu_count() or 1
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or n_jobs < 1:
        raise ValueError(f"n_jobs must be a positive int or -1, got {n_jobs!r}")
    return n_jobs


def mp_context():
    """Start method of the worker processes: fork on Linux, spawn elsewhere.

    Either way the initializer builds the worker's own state; with spawn,
    scripts must guard their entry point with ``if __name__ == "__main__":``.

    Examples
    --------
    >>> mp_context().get_start_method() in ("fork", "spawn")     # 工作进程的启动方式
    True
    """
    import multiprocessing

    method = "fork" if sys.platform.startswith("linux") else "spawn"
    return multiprocessing.get_context(method)


def map_in_processes(
    func: Callable[[Any], Any],
    items: Sequence[Any],
    n_jobs: int,
    *,
    initializer: Callable[..., None] | None = None,
    initargs: tuple = (),
    sizes: Sequence[int] | None = None,
    on_done: Callable[[int], None] | None = None,
) -> list:
    """``[func(x) for x in items]`` computed in worker processes, in input order.

    Parameters
    ----------
    func : callable
        A picklable (module-level) function of one item.
    items : sequence
    n_jobs : int
        Worker processes, -1 for one per CPU; never more than there are items.
        With one worker (or one item) ``func`` runs in this process and the
        initializer is not called.
    initializer, initargs
        Run once in each worker process before any item (e.g. to build the
        worker's own tokenizer from plain parameters).
    sizes : sequence of int, optional
        Work per item (e.g. characters); the largest items are sent first.
        Default ``len(item)`` when items have a length, else input order.
    on_done : callable, optional
        Called with the index of each finished item (for progress bars).

    Returns
    -------
    list
        One result per item, in the order of *items*.

    Examples
    --------
    >>> map_in_processes(len, ["要久久为功", "抓落实"], n_jobs=1, on_done=print)
    0
    1
    [5, 3]
    """
    items = list(items)
    workers = min(resolve_n_jobs(n_jobs), len(items))
    if workers <= 1:
        out = []
        for i, item in enumerate(items):
            out.append(func(item))
            if on_done is not None:
                on_done(i)
        return out

    from concurrent.futures import ProcessPoolExecutor

    if sizes is None:
        try:
            sizes = [len(x) for x in items]
        except TypeError:
            sizes = [0] * len(items)
    # Largest first (then input order), in small chunks.
    order = sorted(range(len(items)), key=lambda i: -sizes[i])
    chunksize = max(1, len(items) // (workers * 16))
    results: list = [None] * len(items)
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp_context(), initializer=initializer,
                             initargs=initargs) as pool:
        for i, value in zip(order, pool.map(func, [items[i] for i in order], chunksize=chunksize)):
            results[i] = value
            if on_done is not None:
                on_done(i)
    return results


def progress_bar(total: int, desc: str, unit: str = "char"):
    """A tqdm bar on stderr, without tqdm's monitor thread (workers may be forked while it is alive).

    Examples
    --------
    >>> import io, contextlib
    >>> with contextlib.redirect_stderr(io.StringIO()) as err:
    ...     bar = progress_bar(6, "分词"); bar.update(6); bar.close()
    >>> "100%" in err.getvalue()
    True
    """
    global _BAR_CLASS
    if _BAR_CLASS is None:
        from tqdm import tqdm

        class _Bar(tqdm):
            monitor_interval = 0

        _BAR_CLASS = _Bar
    return _BAR_CLASS(total=total, desc=desc, unit=unit, unit_scale=True, file=sys.stderr, mininterval=0.5)


def interactive_stderr() -> bool:
    """True if stderr is a terminal or the process is a Jupyter kernel.

    Examples
    --------
    >>> import io, contextlib
    >>> with contextlib.redirect_stderr(io.StringIO()):       # 不是终端
    ...     interactive_stderr() == ("ipykernel" in sys.modules)
    True
    """
    stream = sys.stderr
    try:
        if stream is not None and stream.isatty():
            return True
    except (AttributeError, ValueError):  # replaced or closed stream: not a terminal
        return False
    return "ipykernel" in sys.modules

"""Execute the notebook suite headless, papermill-style, and export HTML copies.

Committed notebooks in ``notebooks/`` carry no outputs.  :func:`run_notebook`
executes one with nbclient: the cell tagged ``parameters`` keeps its defaults,
and overrides are injected in a new cell right after it (tagged
``injected-parameters``, as papermill does).  The executed copy and an HTML
export go to the build folder (``build/notebooks`` by default); the notebook in
``notebooks/`` is never touched.

Kernels run with matplotlib's inline backend, so every figure a notebook draws
is shown in the executed copy and its HTML (the PNG files written by
:func:`corpusmine.viz.plots.save_figure` do not depend on the backend), and
talk to the runner over local IPC sockets where the platform has them (no
unencrypted TCP).  :func:`run_all` runs independent notebooks in parallel
kernels, longest first (as timed by the previous run), and reports each one as
it finishes.

Examples
--------
>>> [p.stem for p in notebook_paths()][:2]
['00_tutorial', '00_tutorial_solutions']
>>> describe_run(NotebookRun("03_keyness", Path("03_keyness.ipynb"), None, 12.34, ["03_词云.png"], ["03_keyness_long.csv"], 1))
'03_keyness        12.3 s  1 figure (1 shown), 1 table'
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from corpusmine import config
from corpusmine.storage import atomic_write_text
from corpusmine.extras import require

BUILD_DIR: Path = config.ROOT / "build" / "notebooks"
KERNEL_NAME = "python3"   # the virtual environment's own ipykernel; `make lab` also registers "corpusmine"
#: The kernel's environment on top of the runner's: reproducible hashing, figures inline.
KERNEL_ENV: dict[str, str] = {
    "PYTHONHASHSEED": "0",
    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
}
TIMINGS_FILE = ".timings.json"   # in the build folder: seconds per notebook of the last run
FIGURE_SUFFIXES = (".png", ".svg", ".pdf")


class NoNotebooksError(FileNotFoundError):
    """No numbered notebook (``NN_*.ipynb``) was found where the runner looked.

    Examples
    --------
    >>> str(NoNotebooksError("笔记本/: no notebook named NN_*.ipynb"))
    '笔记本/: no notebook named NN_*.ipynb'
    """


@dataclass
class NotebookRun:
    """What running one notebook produced.

    Parameters
    ----------
    name : str
        The notebook's stem (``05_rhetoric``).
    executed : Path
        The executed copy, with outputs.
    html : Path or None
        The HTML export, or None when none was made.
    seconds : float
        Execution time.
    figures : list of str
        Figure files (PNG, SVG, PDF) the notebook wrote, relative to its figures folder.
    tables : list of str
        CSV tables the notebook wrote, relative to its figures folder.
    images_shown : int
        Image outputs (``image/png``, ``image/svg+xml``) in the executed copy.

    Examples
    --------
    >>> run = NotebookRun("05_rhetoric", Path("05_rhetoric.ipynb"), None, 4.2)   # 修辞分析
    >>> run.name, run.executed.suffix, run.html, run.figures
    ('05_rhetoric', '.ipynb', None, [])
    """

    name: str
    executed: Path
    html: Path | None
    seconds: float
    figures: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)
    images_shown: int = 0


def notebook_paths(folder: Path | str | None = None) -> list[Path]:
    """The numbered notebooks (``NN_*.ipynb``) in order.

    Parameters
    ----------
    folder : path-like, optional
        Default ``notebooks/``.

    Returns
    -------
    list of Path
        Files named ``NN_*.ipynb``, sorted by name; other notebooks are left out.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     for name in ("02_乡村振兴.ipynb", "01_创文.ipynb", "草稿.ipynb"):
    ...         _ = Path(d, name).write_text("{}", encoding="utf-8")
    ...     [p.name for p in notebook_paths(d)]
    ['01_创文.ipynb', '02_乡村振兴.ipynb']
    """
    folder = Path(folder or config.NOTEBOOKS_DIR)
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb") if not p.name.startswith("."))


def inject_parameters(nb, parameters: dict) -> None:
    """Insert a cell assigning ``parameters`` right after the cell tagged ``parameters``.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The notebook, modified in place.
    parameters : dict
        Names and values; each value is written with ``repr``.  Nothing is
        inserted when it is empty.

    Raises
    ------
    ValueError
        If ``parameters`` is not empty and no cell is tagged ``parameters``.

    Examples
    --------
    >>> import nbformat
    >>> cell = nbformat.v4.new_code_cell("campaign = 'rural'", metadata={"tags": ["parameters"]})
    >>> nb = nbformat.v4.new_notebook(cells=[cell])
    >>> inject_parameters(nb, {"campaign": "创文"})
    >>> nb.cells[1].source.splitlines()[-1], nb.cells[1].metadata["tags"]
    ("campaign = '创文'", ['injected-parameters'])
    """
    nbformat = require("nbformat", "lab")

    if not parameters:
        return
    idx = next(
        (i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", [])), None
    )
    if idx is None:
        raise ValueError("the notebook has no cell tagged 'parameters'")
    lines = ["# Parameters injected by corpusmine.notebooks"]
    lines += [f"{k} = {v!r}" for k, v in parameters.items()]
    cell = nbformat.v4.new_code_cell("\n".join(lines))
    cell.metadata["tags"] = ["injected-parameters"]
    nb.cells.insert(idx + 1, cell)


def kernel_environment(extra: dict | None = None) -> dict[str, str]:
    """The environment a notebook kernel starts with: the runner's, plus :data:`KERNEL_ENV`.

    ``MPLBACKEND`` is always the inline backend, even when the runner itself
    runs with ``MPLBACKEND=Agg`` (as under ``make``), so that figures are shown.

    Parameters
    ----------
    extra : dict, optional
        More variables, applied last.

    Returns
    -------
    dict

    Examples
    --------
    >>> env = kernel_environment({"CORPUSMINE_语料": "乡村振兴"})
    >>> env["MPLBACKEND"], env["PYTHONHASHSEED"], env["CORPUSMINE_语料"]
    ('module://matplotlib_inline.backend_inline', '0', '乡村振兴')
    """
    env = dict(os.environ)
    env.update(KERNEL_ENV)
    env.update(extra or {})
    return env


def count_images(nb) -> int:
    """The number of image outputs (PNG or SVG) in an executed notebook.

    Parameters
    ----------
    nb : dict or nbformat.NotebookNode
        The notebook.

    Returns
    -------
    int

    Examples
    --------
    >>> out = {"output_type": "display_data", "data": {"image/png": "iVBOR", "text/plain": "<Figure 创文>"}}
    >>> count_images({"cells": [{"cell_type": "code", "source": "", "outputs": [out, out]}]})
    2
    """
    return sum(
        1
        for c in nb.get("cells", [])
        for o in c.get("outputs", []) or []
        if {"image/png", "image/svg+xml"} & set(o.get("data", {}) or {})
    )


def _files_since(folder: Path, prefix: str, since: float) -> list[str]:
    if not folder.is_dir():
        return []
    return sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob(f"{prefix}*")
        if p.is_file() and not p.name.startswith(".") and p.stat().st_mtime >= since
    )


def _kernel_manager_class():
    """An AsyncKernelManager over IPC sockets in a private temporary folder (POSIX), else TCP.

    IPC means no "running over TCP without encryption" warning and nothing listening on a
    network port; the socket path is absolute because the kernel runs in the notebooks folder.
    """
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    if os.name != "posix":
        return AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        @default("transport")
        def _default_transport(self):
            return "ipc"

        @default("ip")
        def _default_ip(self):
            return os.path.join(tempfile.mkdtemp(prefix="corpusmine-kernel-"), "k")

        async def _async_cleanup_resources(self, restart: bool = False) -> None:
            await super()._async_cleanup_resources(restart=restart)
            if not restart:
                shutil.rmtree(os.path.dirname(self.ip), ignore_errors=True)

        cleanup_resources = _async_cleanup_resources

    return IPCKernelManager


def run_notebook(
    path: Path | str,
    *,
    parameters: dict | None = None,
    build_dir: Path | str | None = None,
    timeout: int = 600,
    html: bool = True,
    kernel_name: str = KERNEL_NAME,
) -> NotebookRun:
    """Execute one notebook (cells time out after ``timeout`` seconds) and export it.

    The kernel runs with the notebooks folder as working directory and with the
    environment of :func:`kernel_environment` (``PYTHONHASHSEED=0``, figures
    inline), so that runs are reproducible and every figure is shown.  The
    executed copy and the HTML are written atomically.

    Parameters
    ----------
    path : path-like
        The notebook to run (never modified).
    parameters : dict, optional
        Overrides of the ``parameters`` cell (see :func:`inject_parameters`).
    build_dir : path-like, optional
        Where the executed copy and the HTML go; default ``build/notebooks``.
    timeout : int
        Seconds allowed per cell.
    html : bool
        Also export HTML.
    kernel_name : str
        The kernel spec to run (default: the environment's own ``python3``).

    Returns
    -------
    NotebookRun

    Raises
    ------
    nbclient.exceptions.CellExecutionError
        With the failing cell's source and traceback.

    Examples
    --------
    >>> BUILD_DIR.parts[-2:]
    ('build', 'notebooks')
    >>> run_notebook("notebooks/05_rhetoric.ipynb", parameters={"campaign": "创文"})  # doctest: +SKIP
    """
    nbformat = require("nbformat", "lab")
    _m = require("nbclient", "lab")
    NotebookClient = _m.NotebookClient

    path = Path(path)
    build = Path(build_dir or BUILD_DIR)
    build.mkdir(parents=True, exist_ok=True)
    nb = nbformat.read(path, as_version=4)
    inject_parameters(nb, parameters or {})
    figures_dir = Path((parameters or {}).get("FIGURES_DIR") or config.FIGURES_DIR)
    prefix = path.stem.split("_", 1)[0] + "_"
    t0 = time.perf_counter()
    since = time.time() - 1.0
    client = NotebookClient(
        nb,
        kernel_manager_class=_kernel_manager_class(),
        timeout=timeout,
        kernel_name=kernel_name,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute(env=kernel_environment())
    seconds = time.perf_counter() - t0
    executed = build / path.name
    atomic_write_text(executed, nbformat.writes(nb))
    html_path = None
    if html:
        _m = require("nbconvert", "lab")
        HTMLExporter = _m.HTMLExporter

        body, _ = HTMLExporter().from_notebook_node(nb)
        html_path = build / (path.stem + ".html")
        atomic_write_text(html_path, body)
    written = _files_since(figures_dir, prefix, since)
    return NotebookRun(
        path.stem,
        executed,
        html_path,
        seconds,
        figures=[n for n in written if n.endswith(FIGURE_SUFFIXES)],
        tables=[n for n in written if n.endswith(".csv")],
        images_shown=count_images(nb),
    )


def describe_run(run: NotebookRun) -> str:
    """One line saying what a notebook run did: name, seconds, figures written and shown, tables.

    Parameters
    ----------
    run : NotebookRun

    Returns
    -------
    str

    Examples
    --------
    >>> describe_run(NotebookRun("05_rhetoric", Path("05_rhetoric.ipynb"), None, 4.25,
    ...                          ["05_修辞.png", "05_rates.png"], ["05_rates.csv"] * 3, 2))
    '05_rhetoric        4.2 s  2 figures (2 shown), 3 tables'
    """
    def n(k: int, word: str) -> str:
        return f"{k} {word}{'' if k == 1 else 's'}"

    return (f"{run.name:<16s} {run.seconds:5.1f} s  {n(len(run.figures), 'figure')} "
            f"({run.images_shown} shown), {n(len(run.tables), 'table')}")


def _previous_timings(build: Path) -> dict[str, float]:
    try:
        data = json.loads((build / TIMINGS_FILE).read_text(encoding="utf-8"))
        return {str(k): float(v) for k, v in data.items()}
    except (OSError, ValueError, AttributeError):
        return {}


def run_all(
    folder: Path | str | None = None,
    *,
    only: list[str] | None = None,
    parameters: dict | None = None,
    build_dir: Path | str | None = None,
    timeout: int = 600,
    html: bool = True,
    jobs: int | None = None,
    on_done: Callable[[NotebookRun], None] | None = None,
) -> list[NotebookRun]:
    """Run every numbered notebook (``only``: name prefixes such as ``["01", "03"]``).

    The notebooks are independent (each builds what it needs from the corpus),
    so ``jobs`` of them run at once in separate kernels; the longest (by the
    previous run's timings, kept in the build folder) start first.

    Parameters
    ----------
    folder : path-like, optional
        Default ``notebooks/`` (see :func:`notebook_paths`).
    only : list of str, optional
        Run only the notebooks whose names start with one of these prefixes.
    parameters, build_dir, timeout, html
        As in :func:`run_notebook`, for every notebook.
    jobs : int, optional
        Kernels at once; default the number of CPU cores, at most 4.
    on_done : callable, optional
        Called with each :class:`NotebookRun` as soon as that notebook finishes.

    Returns
    -------
    list of NotebookRun
        In notebook order.

    Raises
    ------
    NoNotebooksError
        When no notebook matches, with the folder (and the prefixes) looked at.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:      # a draft is not a numbered notebook
    ...     _ = Path(d, "草稿.ipynb").write_text("{}", encoding="utf-8")
    ...     run_all(d)
    Traceback (most recent call last):
    ...
    corpusmine.notebooks.NoNotebooksError: ...: no notebook named NN_*.ipynb there
    """
    where = Path(folder or config.NOTEBOOKS_DIR)
    paths = [p for p in notebook_paths(where) if not only or any(p.name.startswith(o) for o in only)]
    if not paths:
        which = f" starting with {', '.join(only)}" if only else ""
        raise NoNotebooksError(f"{where.resolve()}: no notebook named NN_*.ipynb{which} there")
    build = Path(build_dir or BUILD_DIR)
    previous = _previous_timings(build)
    order = sorted(paths, key=lambda p: -previous.get(p.stem, 0.0))
    jobs = max(1, min(jobs or min(os.cpu_count() or 1, 4), len(paths)))
    done: dict[str, NotebookRun] = {}
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(run_notebook, p, parameters=parameters, build_dir=build, timeout=timeout,
                               html=html): p for p in order}
        try:
            for fut in as_completed(futures):
                run = fut.result()
                done[run.name] = run
                if on_done is not None:
                    on_done(run)
        except BaseException:
            for fut in futures:      # a failed notebook stops the suite; the running ones finish
                fut.cancel()
            raise
    previous.update({name: round(r.seconds, 1) for name, r in done.items()})
    atomic_write_text(build / TIMINGS_FILE, json.dumps(previous, indent=1, sort_keys=True) + "\n")
    return [done[p.stem] for p in paths]


def has_outputs(path: Path | str) -> bool:
    """True when a notebook file carries outputs or execution counts.

    Parameters
    ----------
    path : path-like
        An ``.ipynb`` file.

    Returns
    -------
    bool

    Examples
    --------
    >>> import tempfile
    >>> cell = {"cell_type": "code", "source": "print('乡村振兴')", "outputs": [], "execution_count": None}
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = Path(d, "01_乡村振兴.ipynb").write_text(json.dumps({"cells": [cell]}), encoding="utf-8")
    ...     has_outputs(Path(d, "01_乡村振兴.ipynb"))
    False
    """
    nb = json.loads(Path(path).read_text(encoding="utf-8"))
    return any(
        c.get("outputs") or c.get("execution_count")
        for c in nb.get("cells", [])
        if c.get("cell_type") == "code"
    )

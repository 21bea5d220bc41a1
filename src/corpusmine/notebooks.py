"""Execute the notebook suite headless, papermill-style, and export HTML copies.

Committed notebooks in ``notebooks/`` carry no outputs.  :func:`run_notebook`
executes one with nbclient: the cell tagged ``parameters`` keeps its defaults,
and overrides are injected in a new cell right after it (tagged
``injected-parameters``, as papermill does).  The executed copy and an HTML
export go to the build folder (``build/notebooks`` by default); the notebook in
``notebooks/`` is never touched.

Examples
--------
>>> [p.stem for p in notebook_paths()][:2]
['00_tutorial', '01_corpus']
>>> run_all(only=["03"])          # executes 03_keyness into build/notebooks  # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from corpusmine import config

BUILD_DIR: Path = config.ROOT / "build" / "notebooks"
KERNEL_NAME = "python3"   # the virtual environment's own ipykernel; `make lab` also registers "corpusmine"


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

    Examples
    --------
    >>> run = NotebookRun("05_rhetoric", Path("05_rhetoric.ipynb"), None, 4.2)   # 修辞分析
    >>> run.name, run.executed.suffix, run.html
    ('05_rhetoric', '.ipynb', None)
    """

    name: str
    executed: Path
    html: Path | None
    seconds: float


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
    import nbformat

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


def run_notebook(
    path: Path | str,
    *,
    parameters: dict | None = None,
    build_dir: Path | str | None = None,
    timeout: int = 600,
    html: bool = True,
) -> NotebookRun:
    """Execute one notebook (cells time out after ``timeout`` seconds) and export it.

    The kernel runs with the notebooks folder as working directory and with
    ``PYTHONHASHSEED=0`` and ``MPLBACKEND=Agg`` in its environment, so that runs
    are reproducible and headless.

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
    import nbformat
    from nbclient import NotebookClient

    path = Path(path)
    build = Path(build_dir or BUILD_DIR)
    build.mkdir(parents=True, exist_ok=True)
    nb = nbformat.read(path, as_version=4)
    inject_parameters(nb, parameters or {})
    env_backup = {k: os.environ.get(k) for k in ("PYTHONHASHSEED", "MPLBACKEND")}
    os.environ["PYTHONHASHSEED"] = "0"
    os.environ["MPLBACKEND"] = "Agg"
    t0 = time.perf_counter()
    try:
        client = NotebookClient(
            nb,
            timeout=timeout,
            kernel_name=KERNEL_NAME,
            resources={"metadata": {"path": str(path.parent)}},
        )
        client.execute()
    finally:
        for k, v in env_backup.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    seconds = time.perf_counter() - t0
    executed = build / path.name
    nbformat.write(nb, executed)
    html_path = None
    if html:
        from nbconvert import HTMLExporter

        body, _ = HTMLExporter().from_notebook_node(nb)
        html_path = build / (path.stem + ".html")
        html_path.write_text(body, encoding="utf-8")
    return NotebookRun(path.stem, executed, html_path, seconds)


def run_all(
    folder: Path | str | None = None,
    *,
    only: list[str] | None = None,
    parameters: dict | None = None,
    build_dir: Path | str | None = None,
    timeout: int = 600,
    html: bool = True,
) -> list[NotebookRun]:
    """Run every numbered notebook in order (``only``: name prefixes such as ``["01", "03"]``).

    Parameters
    ----------
    folder : path-like, optional
        Default ``notebooks/`` (see :func:`notebook_paths`).
    only : list of str, optional
        Run only the notebooks whose names start with one of these prefixes.
    parameters, build_dir, timeout, html
        As in :func:`run_notebook`, for every notebook.

    Returns
    -------
    list of NotebookRun
        In the order the notebooks ran.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:      # no numbered notebook: nothing runs
    ...     _ = Path(d, "草稿.ipynb").write_text("{}", encoding="utf-8")
    ...     run_all(d)
    []
    >>> run_all(only=["05"], parameters={"campaign": "创文"})      # doctest: +SKIP
    """
    runs = []
    for p in notebook_paths(folder):
        if only and not any(p.name.startswith(o) for o in only):
            continue
        runs.append(run_notebook(p, parameters=parameters, build_dir=build_dir, timeout=timeout, html=html))
    return runs


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

"""Optional dependencies: import them, or say which extra to install.

JupyterLab and the notebook runner (``corpusmine[lab]``), Dask
(``corpusmine[dask]``) and tomotopy (``corpusmine[dmr]``) are extras: the core
library (cleaning, tokens, keyness, phrases, rhetoric, LDA topics, plots)
works without them.  A function that needs one calls :func:`require`, which
raises an ImportError naming the extra when it is missing.

Examples
--------
>>> json = require("json", "lab")   # 标准库模块总是在
>>> json.__name__
'json'
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["EXTRAS", "require"]

#: What each extra brings (module names as imported).
EXTRAS: dict[str, tuple[str, ...]] = {
    "lab": ("jupyterlab", "nbclient", "nbformat", "nbconvert", "ipykernel"),
    "dask": ("dask", "distributed"),
    "dmr": ("tomotopy",),
}


def require(module: str, extra: str) -> ModuleType:
    """Import *module*, or raise ImportError saying ``pip install "corpusmine[<extra>]"``.

    Parameters
    ----------
    module : str
        The module to import, e.g. ``"tomotopy"`` or ``"distributed"``.
    extra : str
        The extra that installs it (a key of :data:`EXTRAS`).

    Returns
    -------
    module

    Raises
    ------
    ImportError
        When the module is not installed; the message names the extra.

    Examples
    --------
    >>> try:
    ...     require("不存在的模块", "dmr")
    ... except ImportError as err:
    ...     print(err)
    不存在的模块 is not installed: it comes with the optional extra 'dmr' (pip install "corpusmine[dmr]")
    """
    if extra not in EXTRAS:
        raise ValueError(f"unknown extra {extra!r} (known: {', '.join(EXTRAS)})")
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f"{module} is not installed: it comes with the optional extra {extra!r} "
            f'(pip install "corpusmine[{extra}]")'
        ) from exc

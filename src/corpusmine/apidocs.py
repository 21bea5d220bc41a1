"""The API reference: HTML pages from the numpydoc docstrings, built offline with pdoc.

``make docs`` (or ``python -m corpusmine.apidocs build/docs``) writes one page per
module of the package into the output folder, plus ``index.html`` listing the
public names of ``import corpusmine as cm``.  pdoc renders the numpydoc sections
(Parameters, Returns, Examples …) and inlines its search script, so the pages
need no network.

Examples
--------
>>> import tempfile
>>> out = build_docs(tempfile.mkdtemp(), modules=["corpusmine.extras"])  # 可选依赖说明
>>> (out / "corpusmine" / "extras.html").is_file()
True
"""

from __future__ import annotations

import argparse
import pkgutil
import sys
from pathlib import Path

import corpusmine

__all__ = ["build_docs", "package_modules"]


def package_modules() -> list[str]:
    """Every module of the package, sorted (subpackages included).

    Examples
    --------
    >>> "corpusmine.text.clean" in package_modules()   # 清洗模块
    True
    """
    names = ["corpusmine"]
    names += [info.name for info in pkgutil.walk_packages(corpusmine.__path__, "corpusmine.")]
    return sorted(names)


def build_docs(out_dir: str | Path, *, modules: list[str] | None = None) -> Path:
    """Render the API reference into *out_dir*; return the folder.

    Parameters
    ----------
    out_dir : path-like
        Output folder (created).
    modules : list of str, optional
        Module names to document; default every module of the package.

    Returns
    -------
    pathlib.Path

    Examples
    --------
    >>> import tempfile
    >>> out = build_docs(tempfile.mkdtemp(), modules=["corpusmine.errors"])  # 错误类型
    >>> "CorpusInputError" in (out / "corpusmine" / "errors.html").read_text(encoding="utf-8")
    True
    """
    import pdoc
    import pdoc.render

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    pdoc.render.configure(
        docformat="numpy",
        footer_text=f"corpusmine {corpusmine.__version__}",
        math=False,
        mermaid=False,
        search=True,
        show_source=True,
    )
    if modules is None:
        # pdoc walks the submodules of a subpackage itself (naming them again would document them twice);
        # corpusmine's own __all__ lists the public API, so its direct modules and subpackages are named.
        modules = [m for m in package_modules() if m.count(".") <= 1]
    pdoc.pdoc(*modules, output_directory=out)
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m corpusmine.apidocs OUT_DIR``: build the reference, print where it is.

    Examples
    --------
    >>> import contextlib, io, tempfile
    >>> with contextlib.redirect_stdout(io.StringIO()) as printed:
    ...     code = main([tempfile.mkdtemp(), "--module", "corpusmine.extras"])  # 只生成一页
    >>> code, printed.getvalue().startswith("API reference:")
    (0, True)
    """
    p = argparse.ArgumentParser(prog="python -m corpusmine.apidocs", description=__doc__.split("\n\n")[0])
    p.add_argument("out", type=Path, help="output folder, e.g. build/docs")
    p.add_argument("--module", action="append", default=None, help="document only these modules")
    args = p.parse_args(argv)
    out = build_docs(args.out, modules=args.module)
    print(f"API reference: {out / 'index.html'}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

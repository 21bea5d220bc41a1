"""The CJK font every figure uses: Noto Sans CJK SC from the pip-installed ``mplfonts``.

Chinese text needs a CJK font.  :func:`use_cjk_font` registers *Noto Sans CJK
SC* from the ``mplfonts`` package (a project dependency), so figures look the
same on every machine and no system font is assumed; the file from mplfonts is
put first in matplotlib's font list so a system font of the same family never
wins the tie.  Every plot function calls :func:`ensure_font`, so a missing
glyph (tofu boxes □□ and matplotlib's "Glyph … missing from font(s)" warning)
cannot happen silently.

Examples
--------
>>> from corpusmine.viz import fonts
>>> fonts.use_cjk_font().endswith(fonts.CJK_FONT_FILE)     # 中文字体
True
"""

from __future__ import annotations

import importlib.util
import logging
import os
from pathlib import Path

__all__ = ["CJK_FONT_FILE", "bundled_font_path", "ensure_font", "use_cjk_font"]

#: File name of the default CJK font inside the ``mplfonts`` package.
CJK_FONT_FILE = "NotoSansCJKsc-Regular.otf"
_FONT_PACKAGE = "mplfonts"
_FONT_PIN = "mplfonts==0.0.11"
# font file → family name, for fonts this module has already registered
_registered: dict[str, str] = {}
# the font chosen by the last successful use_cjk_font() call: {"font": (family, path)}
_current: dict[str, tuple[str, str]] = {}


def bundled_font_path() -> Path | None:
    """Where mplfonts ships Noto Sans CJK SC, or None when it is not installed.

    The package is located with :func:`importlib.util.find_spec`, which does not
    execute it: mplfonts' own initialisation (which writes into matplotlib's
    configuration folder) is never run.

    Returns
    -------
    Path or None

    Examples
    --------
    >>> bundled_font_path().name      # 思源黑体 / Noto Sans CJK SC
    'NotoSansCJKsc-Regular.otf'
    """
    try:
        spec = importlib.util.find_spec(_FONT_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / "fonts" / CJK_FONT_FILE
        if candidate.is_file():
            return candidate
    return None


def _matplotlib_font_files() -> list[str]:
    """matplotlib's own font files (DejaVu, STIX, Computer Modern), shipped inside the package."""
    import matplotlib as mpl

    folder = Path(mpl.get_data_path()) / "fonts" / "ttf"
    return sorted(str(p) for p in folder.glob("*.ttf"))


def _register(path: Path) -> str:
    """Add a font file to matplotlib's font manager once; return its family name.

    Also pins matplotlib's own fonts (DejaVu Sans for fallback glyphs, DejaVu/STIX/Computer Modern for
    mathtext such as the ``10^2`` labels of a log axis) to the files inside the installed matplotlib.
    matplotlib looks fonts up in a user-wide cache (``~/.cache/matplotlib/fontlist-*.json``) shared by
    every virtualenv with the same matplotlib version; it records absolute paths into the virtualenv
    that built it, so once that one is deleted, "DejaVu Sans" resolves to whatever the system has
    (Debian's fonts-dejavu, a different build) and STIX/cm are "not found".  The figures then differed
    from one installation to the next in a row of tick labels.  Putting the bundled files first makes
    the choice independent of the cache and of the system's fonts.
    """
    from matplotlib import font_manager

    key = str(path)
    name = _registered.get(key)
    known = {f.fname for f in font_manager.fontManager.ttflist}
    if name is None or key not in known:
        font_manager.fontManager.addfont(key)
        name = font_manager.FontProperties(fname=key).get_name()
        _registered[key] = name
    bundled = _matplotlib_font_files()
    for f in bundled:
        if f not in known and f not in _registered:
            font_manager.fontManager.addfont(f)
            _registered[f] = font_manager.FontProperties(fname=f).get_name()
    # A system font of the same family (Debian's fonts-noto-cjk also calls itself "Noto Sans CJK SC",
    # fonts-dejavu "DejaVu Sans") would tie with our file in findfont and could win by list order: the
    # figures would then depend on what the machine has installed.  Put our entries first.
    pinned = [key] + bundled
    rank = {f: i for i, f in enumerate(pinned)}
    entries = font_manager.fontManager.ttflist
    ours = sorted((f for f in entries if f.fname in rank), key=lambda f: rank[f.fname])
    if entries[: len(ours)] != ours:
        entries[:] = ours + [f for f in entries if f.fname not in rank]
        clear = getattr(getattr(font_manager.fontManager, "_findfont_cached", None), "cache_clear", None)
        if clear is not None:
            clear()
    return name


def use_cjk_font(family: str | os.PathLike | None = None) -> str:
    """Make matplotlib draw Chinese (and Latin) text with a CJK font.

    With no argument, registers Noto Sans CJK SC from the pip-installed
    ``mplfonts`` package, never a system font, so figures are the same on every
    machine.  ``rcParams`` are set to ``font.family = "sans-serif"``,
    ``font.sans-serif = [<CJK family>, "DejaVu Sans"]`` (the CJK font covers
    Latin letters and digits too; DejaVu Sans is matplotlib's own fallback for
    anything else) and ``axes.unicode_minus = False`` (CJK fonts draw the ASCII
    hyphen-minus well, the Unicode minus sign badly).  mplfonts' own set-up is
    not called (it copies files into matplotlib's configuration folder).

    Idempotent and cheap when repeated: a font file is added to the font
    manager only once per process, and later calls only reset the three
    ``rcParams`` (in case something such as ``plt.rcdefaults()`` undid them).
    The plot functions of this module re-apply the font chosen by the last
    call (Noto Sans CJK SC until this function is called with ``family``).

    Parameters
    ----------
    family : str or path-like, optional
        None (default): the bundled Noto Sans CJK SC.  A path to a ``.otf`` /
        ``.ttf`` / ``.ttc`` file: that font.  Any other string: the name of a
        font family matplotlib already knows (e.g. "Source Han Sans SC"); it
        must be found exactly, matplotlib's silent fallback to DejaVu Sans is
        refused.

    Returns
    -------
    str
        Path of the font file, as needed by ``WordCloud(font_path=...)``.

    Raises
    ------
    RuntimeError
        No CJK font can be found: the message says to ``pip install
        mplfonts==0.0.11`` (or which family was not found).

    Examples
    --------
    >>> path = use_cjk_font()
    >>> path.endswith("NotoSansCJKsc-Regular.otf")
    True
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax.set_title("乡村振兴 rural").get_text()   # drawn without tofu boxes
    '乡村振兴 rural'
    >>> plt.close(fig)
    """
    from matplotlib import font_manager

    if family is None:
        path = bundled_font_path()
        if path is None:
            raise RuntimeError(
                f"no CJK font found: the figures need the font {CJK_FONT_FILE} shipped by the Python "
                f"package 'mplfonts'; install it with `pip install {_FONT_PIN}` "
                "(or pass use_cjk_font(family=...) the path of another CJK font file)"
            )
        name = _register(path)
    elif isinstance(family, os.PathLike) or Path(str(family)).suffix.lower() in (".otf", ".ttf", ".ttc"):
        path = Path(family)
        if not path.is_file():
            raise RuntimeError(f"CJK font file not found: {path}")
        name = _register(path)
    else:
        try:
            found = font_manager.findfont(font_manager.FontProperties(family=str(family)),
                                          fallback_to_default=False)
        except ValueError as exc:
            raise RuntimeError(
                f"font family {family!r} is not known to matplotlib; pass the path of the font file "
                f"instead, or use the default (pip install {_FONT_PIN})"
            ) from exc
        path = Path(found)
        name = str(family)
    _current["font"] = (name, str(path))
    return _apply(name, str(path))


class _RegularWeightOnly(logging.Filter):
    """Drop matplotlib's note that a bold weight falls back to the regular one.

    The bundled CJK font has a single (regular) weight, so every bold title
    logs "Failed to find font weight bold …, now using 400".  That fallback is
    harmless (the text is drawn, only not bold); every other font message,
    such as a family not found, still gets through.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return "Failed to find font weight" not in record.getMessage()


_WEIGHT_FILTER = _RegularWeightOnly()


def _apply(name: str, path: str) -> str:
    import matplotlib as mpl

    fm_log = logging.getLogger("matplotlib.font_manager")
    if _WEIGHT_FILTER not in fm_log.filters:
        fm_log.addFilter(_WEIGHT_FILTER)

    mpl.rcParams["font.family"] = ["sans-serif"]
    mpl.rcParams["font.sans-serif"] = [name, "DejaVu Sans"]
    mpl.rcParams["axes.unicode_minus"] = False
    return path


def ensure_font() -> str:
    """Re-apply the font chosen by the last :func:`use_cjk_font` call (default: Noto Sans CJK SC).

    Every plot function calls this first, so a figure drawn after
    ``plt.rcdefaults()`` still renders Chinese.

    Returns
    -------
    str
        Path of the font file.

    Examples
    --------
    >>> ensure_font().endswith(".otf")          # 中文字体已设置
    True
    """
    chosen = _current.get("font")
    if chosen is None:
        return use_cjk_font()
    return _apply(*chosen)

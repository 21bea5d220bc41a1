"""Saving figures reproducibly (same figure, same bytes) and safe file names from data.

Examples
--------
>>> from corpusmine.viz import save
>>> save.slug("城乡环境整治")            # Chinese stays readable
'城乡环境整治'
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from corpusmine import config

__all__ = ["confined_path", "same_pixels", "save_figure", "slug"]

# characters never kept in a file name: path separators, characters Windows refuses, controls, spaces
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\<>:"|?*\s]+')
# names Windows reserves for devices, with or without an extension (CON, con.txt, LPT1 …)
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.I)


def slug(name, *, max_bytes: int = 100) -> str:
    """A file-name stem made from data (a group name, a term): safe, readable, distinct.

    Letters of every script (Chinese included), digits, ``-``, ``_`` and
    ``.`` are kept; path separators, characters Windows refuses
    (``<>:"|?*``), control characters and white space become ``_``; leading
    and trailing dots and underscores are dropped (no ``..``, no hidden
    file); Windows device names (``CON``, ``NUL``, ``LPT1`` …) get a leading
    ``_``; the result is at most ``max_bytes`` bytes of UTF-8.  A name that
    had to be changed gets ``-`` and 8 hex digits of its SHA-1, so two
    different names never share a file (``a/b`` and ``a_b`` stay apart);
    a name that is already safe is returned unchanged.

    Parameters
    ----------
    name : object
        Converted with ``str`` and normalised to NFC.
    max_bytes : int
        Longest result in UTF-8 bytes (at least 16).

    Returns
    -------
    str
        Never empty, never ``.`` or ``..``, never containing a path separator.

    Examples
    --------
    >>> slug("civilised_city"), slug("县级")              # safe names are kept as they are
    ('civilised_city', '县级')
    >>> slug("城乡环境/整治")
    '城乡环境_整治-7f173862'
    >>> slug("../../创文")
    '创文-f9096310'
    >>> slug("NUL")
    '_NUL-20fba7fb'
    """
    if int(max_bytes) < 16:
        raise ValueError(f"max_bytes must be at least 16, got {max_bytes!r}")
    text = unicodedata.normalize("NFC", str(name))
    out = _UNSAFE.sub("_", text)
    out = re.sub(r"_{2,}", "_", out).strip("._ ")
    if _RESERVED.match(out):
        out = "_" + out
    if out and out == text and len(out.encode("utf-8")) <= max_bytes:
        return out
    tag = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    room = int(max_bytes) - len(tag) - 1
    cut = out.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip("._ ")
    return f"{cut}-{tag}" if cut else f"_-{tag}"


def confined_path(folder, name: str) -> Path:
    """``folder / name``, refused unless it is a plain file directly inside ``folder``.

    The last guard before writing a file whose name comes from data: use
    :func:`slug` to make the name, and this to check it.

    Parameters
    ----------
    folder : path-like
    name : str
        A file name (no folders).

    Returns
    -------
    Path

    Raises
    ------
    ValueError
        The name is empty, ``.``/``..``, absolute, holds a path separator, or
        resolves outside ``folder``.

    Examples
    --------
    >>> confined_path("figures/html", "03_terms_创文_vs_rest.html").name
    '03_terms_创文_vs_rest.html'
    >>> confined_path("figures/html", "../创文.html")
    Traceback (most recent call last):
    ...
    ValueError: file name '../创文.html' would leave the folder figures/html: use slug() to make names from data
    """
    name = str(name)
    base = Path(folder)
    bad = (not name or name in (".", "..") or "/" in name or "\\" in name or os.sep in name
           or "\x00" in name or Path(name).is_absolute())
    target = base / name
    if not bad:
        root = base.resolve()
        bad = target.resolve().parent != root
    if bad:
        raise ValueError(f"file name {name!r} would leave the folder {base}: use slug() to make names from data")
    return target


#: Metadata written (or removed, with None) per format, so files carry no
#: timestamp and no software version and repeated saves are byte-identical.
_METADATA: dict[str, dict[str, str | None]] = {
    "png": {"Software": None},
    "pdf": {"Creator": None, "Producer": None, "CreationDate": None, "ModDate": None},
    "svg": {"Creator": None, "Date": None},
}
_SVG_HASHSALT = "corpusmine"


def same_pixels(a, b) -> bool:
    """Whether two PNG files hold the same picture: size, mode, pixels and text chunks.

    Compares what the files show, not how they were compressed, so two
    encoders (zlib, zlib-ng) writing the same figure agree.  A missing or
    unreadable file is never the same.

    Parameters
    ----------
    a, b : path-like

    Returns
    -------
    bool

    Examples
    --------
    >>> import tempfile, zlib
    >>> from pathlib import Path
    >>> from PIL import Image
    >>> d = Path(tempfile.mkdtemp())
    >>> img = Image.new("RGB", (40, 20), "white")      # 一张白色的小图
    >>> img.save(d / "a.png", compress_level=9); img.save(d / "b.png", compress_level=1)
    >>> (d / "a.png").read_bytes() == (d / "b.png").read_bytes(), same_pixels(d / "a.png", d / "b.png")
    (False, True)
    >>> same_pixels(d / "a.png", d / "没有.png")
    False
    """
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(a) as ia, Image.open(b) as ib:
            return (ia.size == ib.size and ia.mode == ib.mode
                    and getattr(ia, "text", {}) == getattr(ib, "text", {})
                    and ia.tobytes() == ib.tobytes())
    except (OSError, UnidentifiedImageError, ValueError):
        return False


def save_figure(
    fig,
    name: str,
    *,
    formats: Sequence[str] = ("png",),
    dpi: int = 200,
    folder: str | os.PathLike | None = None,
) -> list[Path]:
    """Write a figure reproducibly: same figure → byte-identical files.

    Reproducibility: fixed ``dpi``; no timestamp or software version in the
    metadata (PNG ``Software``; PDF ``Creator``, ``Producer``,
    ``CreationDate``, ``ModDate``; SVG ``Creator``, ``Date`` are removed);
    SVG element ids use a fixed ``svg.hashsalt`` instead of a random one.
    Each file is written to a temporary file in the target folder and moved
    into place with :func:`os.replace`, so a reader never sees a half-written
    figure and an interrupted save leaves the old file intact.  A PNG that
    already exists with the very same pixels and text chunks is left as it is
    (see :func:`same_pixels`): PNG compression depends on the zlib build of
    the installation (Pillow ships zlib-ng), so the same picture may be
    encoded in different bytes on another machine; keeping the existing file
    means regenerating the figures leaves ``git status`` clean.

    Parameters
    ----------
    fig : matplotlib Figure
    name : str
        File name without extension (Chinese is fine, e.g. "创文_关键词");
        must not contain a path separator: files go into ``folder`` only.
    formats : sequence of {"png", "pdf", "svg"}
    dpi : int
        Resolution of raster output (also fixes the size of PNGs).
    folder : path-like, optional
        Target folder, created when missing; default
        :data:`corpusmine.config.FIGURES_DIR` (read at call time).

    Returns
    -------
    list of Path
        The files written, in the order of ``formats``.

    Examples
    --------
    >>> import tempfile, matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> _ = ax.set_title("创文 关键词")
    >>> paths = save_figure(fig, "03_demo", folder=tempfile.mkdtemp(), formats=("png", "pdf"))
    >>> [p.name for p in paths]
    ['03_demo.png', '03_demo.pdf']
    >>> plt.close(fig)
    """
    import matplotlib as mpl

    name = str(name)
    if not name or name in (".", "..") or "/" in name or "\\" in name or os.sep in name:
        raise ValueError(f"name must be a plain file name without folders, got {name!r}")
    if Path(name).suffix.lower().lstrip(".") in _METADATA:
        raise ValueError(f"give the name without extension ({name!r}); choose formats with formats=")
    formats = [formats] if isinstance(formats, str) else list(formats)
    if not formats:
        raise ValueError("formats is empty")
    bad = [f for f in formats if str(f).lower() not in _METADATA]
    if bad:
        raise ValueError(f"unsupported format(s) {bad}; choose from {sorted(_METADATA)}")
    folder = Path(config.FIGURES_DIR if folder is None else folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with mpl.rc_context({"svg.hashsalt": _SVG_HASHSALT}):
        for fmt in dict.fromkeys(str(f).lower() for f in formats):
            target = folder / f"{name}.{fmt}"
            # a hidden temporary file beside the target (same file system, so os.replace is
            # atomic); opened with "xb" so it gets the usual permissions (umask), not 0600
            tmp = folder / f".{name}.{fmt}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
            try:
                with open(tmp, "xb") as fh:
                    fig.savefig(fh, format=fmt, dpi=dpi, metadata=dict(_METADATA[fmt]),
                                bbox_inches="tight", pad_inches=0.1, facecolor="white")
                if fmt == "png" and same_pixels(tmp, target):
                    os.unlink(tmp)          # same picture: keep the file (and its bytes) as they are,
                    os.utime(target)        # but mark it written now (the notebook runner counts what a run wrote)
                else:
                    os.replace(tmp, target)
            except BaseException:
                if os.path.exists(tmp):
                    os.unlink(tmp)
                raise
            written.append(target)
    return written

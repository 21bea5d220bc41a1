"""Writing outputs atomically and hashing files.

Outputs are written with :func:`atomic_write_bytes`, :func:`atomic_write_text`
and :func:`write_parquet`: the data goes to a temporary file in the target's
directory, which is fsynced and then renamed over the target with
:func:`os.replace`, so a crash or an exception never leaves a half-written file
and never destroys the previous version.

Examples
--------
>>> import pathlib, tempfile
>>> target = pathlib.Path(tempfile.mkdtemp()) / "讲话.txt"
>>> atomic_write_text(target, "同志们")
>>> target.read_text(encoding="utf-8")
'同志们'
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Union

from corpusmine import config
from corpusmine.errors import CorpusInputError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["atomic_write_bytes", "atomic_write_text", "file_sha256", "write_parquet"]

PathLike = Union[str, "os.PathLike[str]"]


# --------------------------------------------------------------------------- #
# Hashing and atomic output
# --------------------------------------------------------------------------- #
def file_sha256(path: PathLike) -> str:
    """SHA-256 hex digest of a file's bytes (read-only, in 1 MiB chunks).

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    str
        64 lowercase hex digits.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = pathlib.Path(d, "a.txt")
    ...     _ = path.write_text("乡村振兴", encoding="utf-8")
    ...     file_sha256(path) == hashlib.sha256("乡村振兴".encode("utf-8")).hexdigest()
    True
    """
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(functools.partial(fh.read, 1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _refuse_raw(path: Path) -> None:
    raw = Path(os.path.abspath(config.RAW_DIR))
    target = Path(os.path.abspath(path))
    if target == raw or raw in target.parents:
        raise CorpusInputError(path, "refusing to write inside the raw data folder (raw files are immutable)")


@contextlib.contextmanager
def _atomic_file(path: PathLike) -> Iterator[IO[bytes]]:
    """Yield a binary file handle whose content replaces *path* atomically on success."""
    target = Path(path)
    _refuse_raw(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o644
    tmp = tempfile.NamedTemporaryFile(
        mode="wb", delete=False, dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with tmp:
            yield tmp
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp.name, mode)
        os.replace(tmp.name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp.name)
        raise
    # Make the rename itself durable (best effort; not possible on every OS).
    with contextlib.suppress(OSError, AttributeError):
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def atomic_write_bytes(path: PathLike, data: bytes) -> None:
    """Write *data* to *path* atomically.

    The bytes go to a temporary file in the same directory, which is fsynced
    and renamed over *path* with :func:`os.replace`.  On any exception the
    temporary file is removed and an existing *path* is left untouched.
    Parent directories are created.  An existing file's permissions are kept;
    new files get mode 0644.

    Parameters
    ----------
    path : str or os.PathLike
    data : bytes

    Raises
    ------
    CorpusInputError
        If *path* lies inside the raw data folder (``config.RAW_DIR``).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "x.bin"
    >>> atomic_write_bytes(target, "同志们".encode())
    >>> target.read_bytes().decode()
    '同志们'

    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be bytes, not {type(data).__name__}")
    with _atomic_file(path) as fh:
        fh.write(data)


def atomic_write_text(path: PathLike, text: str, encoding: str = "utf-8") -> None:
    """Write *text* to *path* atomically (see :func:`atomic_write_bytes`).

    The text is encoded as is: no newline translation.

    Parameters
    ----------
    path : str or os.PathLike
    text : str
    encoding : str, default "utf-8"

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "note.txt"
    >>> atomic_write_text(target, "同志们：\\n")
    >>> target.read_text(encoding="utf-8")
    '同志们：\\n'

    """
    atomic_write_bytes(path, text.encode(encoding))


def write_parquet(df: pd.DataFrame, path: PathLike) -> None:
    """Write *df* to a Parquet file atomically, with pyarrow and ``index=False``.

    pyarrow writes straight into the temporary file; if serialisation fails
    (e.g. a column pyarrow cannot convert) the temporary file is removed and
    an existing *path* is left untouched.

    Parameters
    ----------
    df : pandas.DataFrame
    path : str or os.PathLike

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"speech_id": ["000"], "text": ["同志们：今天我们召开全县乡村振兴工作推进会。"]})
    >>> write_parquet(df, "data/processed/speeches.parquet")  # doctest: +SKIP
    """
    with _atomic_file(path) as fh:
        df.to_parquet(fh, engine="pyarrow", index=False)

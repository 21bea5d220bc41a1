"""The project's exception and warning for unusable or odd input.

Every bad input is reported with the file it came from and what is wrong with
it, in words a user can act on: :class:`CorpusInputError` when the input cannot
be used, :class:`CorpusWarning` when it can but something was recovered.

Examples
--------
>>> from corpusmine.errors import CorpusInputError
>>> str(CorpusInputError("讲话.txt", "empty file"))
'讲话.txt: empty file'
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Union

__all__ = ["CorpusInputError", "CorpusWarning", "display_path"]

PathLike = Union[str, "os.PathLike[str]"]


# --------------------------------------------------------------------------- #
# Exceptions and warnings
# --------------------------------------------------------------------------- #
def display_path(path: PathLike) -> str:
    """Show *path* relative to the current directory when it lies below it.

    Examples
    --------
    >>> import os
    >>> display_path(os.path.join(os.getcwd(), "data", "raw", "讲话.txt")) == os.path.join("data", "raw", "讲话.txt")
    True
    >>> display_path("/nowhere/讲话.txt")
    '/nowhere/讲话.txt'
    """
    p = Path(path)
    try:
        return str(Path(os.path.abspath(p)).relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(p)


class CorpusInputError(ValueError):
    """An input file or directory that cannot be used, and why.

    Parameters
    ----------
    path : str or os.PathLike
        The offending file or directory.
    problem : str
        What is wrong, in words a user can act on.

    Attributes
    ----------
    path : pathlib.Path
        The path as given.
    problem : str
        The problem description.

    Notes
    -----
    ``str(err)`` is ``"<path>: <problem>"``, the path shown relative to the
    current directory when possible (computed when the error is created).

    Examples
    --------
    >>> err = CorpusInputError("/nowhere/讲话.txt", "file not found")
    >>> str(err)
    '/nowhere/讲话.txt: file not found'
    """

    def __init__(self, path: PathLike, problem: str) -> None:
        super().__init__(path, problem)
        self.path = Path(path)
        self.problem = problem
        self._shown = display_path(path)

    def __str__(self) -> str:
        return f"{self._shown}: {self.problem}"


class CorpusWarning(UserWarning):
    """A recoverable problem with an input file; the message starts with the file name.

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:  # doctest: +SKIP
    ...     warnings.simplefilter("always")
    ...     doc = read_text("gbk讲话.txt")
    >>> str(caught[0].message)  # doctest: +SKIP
    'gbk讲话.txt: decoded as GB18030, not UTF-8'
    """



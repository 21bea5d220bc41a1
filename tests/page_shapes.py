"""The page a family of chrome is tried on, shared by the page-shape tests (sessions r-u).

A chrome line stands at the top of a short speech, between its paragraphs, or at its end; a test asks that the chrome
goes in every place and that the speech's sentences stay.
"""

from __future__ import annotations


def pages(chrome: str, head: str, first: str, *rest: str) -> dict[str, str]:
    """The page with ``chrome`` at the top, after ``first`` (mid) and at the end; ``head`` opens the speech.

    Examples
    --------
    >>> pages("猜你喜欢", "同志们:\\n", "要抓好落实。", "要久久为功。")["mid"]
    '同志们:\\n要抓好落实。\\n猜你喜欢\\n要久久为功。\\n'
    """
    body = "".join(f"{line}\n" for line in rest)
    return {"top": f"{chrome}\n{head}{first}\n{body}",
            "mid": f"{head}{first}\n{chrome}\n{body}",
            "end": f"{head}{first}\n{body}{chrome}\n"}

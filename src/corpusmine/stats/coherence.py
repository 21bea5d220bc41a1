"""Topic coherence of term lists against reference texts (gensim's ``CoherenceModel``).

Examples
--------
>>> texts = [["乡村振兴", "返贫", "撂荒地"], ["创文", "测评", "公益广告"]] * 3
>>> [round(c, 6) for c in coherence_per_topic([["乡村振兴", "返贫"], ["创文", "测评"]], texts, "c_npmi", 2)]
[1.0, 1.0]
"""

from __future__ import annotations

__all__ = ["coherence_per_topic"]


def coherence_per_topic(topics: list[list[str]], texts: list[list[str]], measure: str, top_n: int) -> list[float]:
    """Coherence of each term list (topic) in the reference texts.

    Parameters
    ----------
    topics : list of list of str
        Top terms of each topic.
    texts : list of list of str
        Reference texts (tokenized documents).
    measure : str
        ``"c_v"``, ``"c_npmi"``, ``"c_uci"`` or ``"u_mass"``.
    top_n : int
        Terms per topic scored.

    Returns
    -------
    list of float

    Examples
    --------
    >>> [round(c, 6) for c in coherence_per_topic([["创文", "测评"]], [["创文", "测评"], ["返贫"]], "c_npmi", 2)]
    [1.0]
    """
    from gensim.corpora import Dictionary
    from gensim.models import CoherenceModel

    # The dictionary only maps words to ids for counting; its order does not affect the scores.
    dictionary = Dictionary([sorted({w for t in topics for w in t} | {w for d in texts for w in d})])
    cm = CoherenceModel(topics=topics, texts=texts, dictionary=dictionary, coherence=measure,
                        topn=top_n, processes=1)
    return [float(x) for x in cm.get_coherence_per_topic()]

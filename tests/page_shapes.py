"""The page a family of chrome is tried on, shared by the page-shape tests (sessions r-u).

A chrome line stands at the top of a short speech, between its paragraphs, or at its end; a test asks that the chrome
goes in every place and that the speech's sentences stay.
"""

from __future__ import annotations

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.edits import reconstruct


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


#: The short speech of the page-shape tests of sessions y and z: three sentences that must stay.
FIRST = "今天我们召开全县秸秆禁烧工作会议,主要任务是总结去年工作,部署今年任务。"
SECOND = "各乡镇要把秸秆禁烧摆在突出位置,层层传导压力,确保责任落实到位。"
THIRD = "同志们,让我们共同努力,确保全县空气质量持续改善!"


#: The school-anniversary speech of the page-shape tests of sessions ak and al: a salutation and three sentences.
SCHOOL_SALUTE = "尊敬的各位来宾,老师们、同学们:"
SCHOOL_SPEECH = ("今天,我们在这里隆重集会,庆祝学校建校三十周年。", "三十年来,学校坚持立德树人,培养了一批又一批优秀学子。",
                 "最后,祝老师们身体健康,祝同学们学业进步!")


def flat_kept(text: str, sentences) -> bool:
    """Whether every sentence is in ``text`` once its blanks and line breaks are taken out (how a flattened page splits).

    Examples
    --------
    >>> flat_kept("同志们:\\n要抓好 落实。", ["要抓好落实。"])
    True
    """
    flat = text.replace(" ", "").replace("\n", "")
    return all(s in flat for s in sentences)


def kept(out: str) -> bool:
    """Whether the three sentences of the speech are all in ``out``.

    Examples
    --------
    >>> kept(speech_page("某某网"))
    True
    """
    return all(s in out for s in (FIRST, SECOND, THIRD))


def speech_page(*extra: str, head: str = "同志们:") -> str:
    """The speech's page: ``head``, the first sentence, the ``extra`` lines, the second and third sentences.

    Examples
    --------
    >>> speech_page("某某网").splitlines()[2]
    '某某网'
    """
    return "\n".join([head, FIRST, *extra, SECOND, THIRD])


def titled_speech(tail: str = "", head: str = "", *, title: str) -> str:
    """A titled speech of the three sentences, closed by 谢谢大家!, with ``head`` above it and ``tail`` below (sessions ad-ag).

    Examples
    --------
    >>> titled_speech("某某网", title="某某讲话").splitlines()[:2], titled_speech(title="某某讲话").splitlines()[-1]
    (['某某讲话', '同志们:'], '谢谢大家!')
    """
    return f"{head}{title}\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n谢谢大家!\n{tail}"


def clean_audited(raw: str):
    """The cleaned document of ``raw``, asserting first that its audit rebuilds ``raw``.

    Examples
    --------
    >>> clean_audited(speech_page("某某网")).text.startswith("同志们:")
    True
    """
    doc = clean_document(raw)
    assert reconstruct(doc.text, doc.audit) == raw
    return doc


def audit_rules(doc) -> set[str]:
    """The rules a cleaned document's audit names.

    Examples
    --------
    >>> sorted(audit_rules(clean_audited("当前位置:首页 > 范文\\n同志们:\\n要抓好落实。")))
    ['site_navigation', 'whitespace']
    """
    return {row["rule"] for row in doc.audit_rows}


#: The parents' meeting page of the page-shape tests of sessions ba and bb: a line is tried between its paragraphs.
PARENTS_PAGE = "在家长会上的讲话\n各位家长:\n大家好!今天我们召开家长会,主要是沟通交流。\n{}\n希望各位家长多与老师沟通,共同促进孩子成长。"


def gone_between(line: str) -> bool:
    """Whether ``line``, set between the paragraphs of :data:`PARENTS_PAGE`, goes (blanks aside) and the speech stays.

    Examples
    --------
    >>> gone_between("相关推荐:家长会发言稿"), gone_between("希望大家多关心孩子的学习。")
    (True, False)
    """
    out = clean_text(PARENTS_PAGE.format(line))
    return line.replace(" ", "") not in out.replace(" ", "") and "各位家长" in out and "共同促进孩子成长" in out


def kept_between(line: str) -> bool:
    """Whether ``line``, set between the paragraphs of :data:`PARENTS_PAGE`, stays (blanks aside).

    Examples
    --------
    >>> kept_between("希望大家多关心孩子的学习。")
    True
    """
    return line.replace(" ", "") in clean_text(PARENTS_PAGE.format(line)).replace(" ", "")

"""Labels between a page's lines and injected spam (text/page_labels.py): the chrome goes, the speech stays."""

import pytest

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.edits import reconstruct
from corpusmine.text.page_labels import injected_spam

SPEECH = "同志们:\n今年以来,全县禁毒工作取得明显成效。\n下一步,要进一步筑牢禁毒安全防线。"


@pytest.mark.parametrize("chrome", [
    "本文共840字",
    "全文约3200字,阅读约需8分钟",
    "(资料图片)",
    "(資料圖片)",
    "资料图",
    "(图片来源:网络)",
    "如题所述",
    "图说:村民在清理河道垃圾。",
    "圖說 /林业工作站举办防火座谈会。",
    "县委书记在察看禁毒宣传长廊。 (某某某 供图)",
    "县委书记在了解禁毒工作情况。(某某 摄)",
])
def test_label_lines_go_and_the_speech_stays(chrome):
    out = clean_text(f"{chrome}\n{SPEECH}")
    assert "今年以来,全县禁毒工作取得明显成效。" in out and "要进一步筑牢禁毒安全防线。" in out
    for part in ("840字", "资料图", "资料圖", "图片来源", "如题所述", "图说", "圖說", "供图", "(某某 摄)"):
        assert part not in out


@pytest.mark.parametrize("speech", [
    "本文共分三个部分,请大家认真阅读。",
    "要用好资料图片和档案资料,讲好红色故事。",
    "这次会议的主题,如题所述,就是抓好禁毒工作。",
    "我们要坚持用图说话、用数据说话,把工作成效展示出来。",
    "请大家看大屏幕上的照片(某某摄),这是去年汛期的抢险现场。我们要总结经验。",
    "要严厉打击网络赌博和跨境赌博。打击网络赌博要常抓不懈,打击网络赌博要形成合力。",
    "全国人大代表关键词是担当。",
])
def test_speech_with_the_labels_words_stays(speech):
    assert speech in clean_text(f"同志们:\n{speech}\n谢谢大家。")


def test_bracketed_dateline_goes_and_the_lead_stays():
    out = clean_text("(本网讯 记者某某)3月2日,我县召开建县70周年重点工作动员部署会议。\n会议要求,要抓好落实。")
    assert out.startswith("3月2日,我县召开") and "本网讯" not in out


def test_a_speech_bracket_of_reporters_inside_a_sentence_stays():
    s = "感谢各位记者朋友(本报讯记者某某某等)长期以来对我县工作的关注。"
    assert s in clean_text(f"同志们:\n{s}")


def test_injected_gambling_phrase_goes_wherever_the_script_put_it():
    raw = ("8月28日晚,委主任主持召开会议,安排了解最新苹果版体育投注平台 后汛期防汛工作。\n"
           "会议肯定了前期了解最新苹果版体育投注平台 防汛抗洪工作取得的成效,并就了解最新苹果版体育投注平台 下一阶段工作提出要求。")
    doc = clean_document(raw)
    assert "投注" not in doc.text
    assert "安排后汛期防汛工作。" in doc.text and "并就下一阶段工作提出要求。" in doc.text
    assert reconstruct(doc.text, doc.audit) == raw
    assert set(doc.audit.loc[doc.audit["removed"].str.contains("投注"), "rule"]) == {"spam"}


def test_a_betting_word_said_once_or_without_an_advert_is_no_spam():
    assert injected_spam("某某网投注平台。") == []
    assert injected_spam("坚决打击网络博彩,网络博彩危害大。") == []


def test_keyword_slot_of_a_template_goes():
    out = clean_text("同志们:\n2021年关键词2要进一步筑牢禁毒安全防线。")
    assert "2021年要进一步筑牢禁毒安全防线。" in out

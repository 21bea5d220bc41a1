"""Portal article pages of round chrome24 (text/lead_captions.py, text/portal_leftovers.py, the lead's date in
county_chrome.meta_token_runs): the chrome goes, the speech and its headings stay."""

import pytest

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.county_chrome import meta_token_runs
from corpusmine.text.edits import reconstruct
from corpusmine.text.lead_captions import narrative_caption, visit_caption
from corpusmine.text.portal_leftovers import leftover_rule

REPORT = "3月24日,某镇召开森林防火联防大会。\n会议对今年防火工作进行了部署。"
SPEECH = "同志们:\n今天召开全县森林防火工作会议,主要任务是部署今年的防火工作。\n下面,我讲三点意见。"


# ---------------------------------------------------------------- narrative captions

@pytest.mark.parametrize("page, gone", [
    # an echo: the paragraph after the caption opens with its words
    ("某区林业局局长、指挥部副总指挥某某某对森林防火提出具体要求\n某区林业局局长、指挥部副总指挥某某某指出,森林防火是头等大事。",
     "提出具体要求"),
    ("某镇党委书记某某某对春季防火工作进行安排部署\n某镇党委书记某某某要求全镇上下统筹兼顾。", "进行安排部署"),
    # a run of captions above the lead
    ("会议现场\n党组书记、主任某某某传达市委常委会会议精神\n秘书长某某传达省委全会精神\n11月23日,某某主持召开党组扩大会议。",
     "传达省委全会精神"),
    ("縣委副書記、代縣長某某參加人大第二代表團審議\n縣委常委、紀委書記某某某參加人大第二代表團審議\n人大第二代表團審議現場\n"
     "3月17日下午,某某来到第二代表团,与代表们共同审议政府工作报告。", "審議現場"),
    # visit acts first, in a run above the first sentence
    ("采访县建设局局长某某某\n考察调研建设中的垃圾处理厂\n实地考察调研县污水处理中心\n调研组先后深入县污水处理中心进行调研。",
     "垃圾处理厂"),
])
def test_narrative_captions_go(page, gone):
    out = clean_text(page + "\n" + REPORT)
    assert gone not in out
    assert "会议对今年防火工作进行了部署。" in out


@pytest.mark.parametrize("lines", [
    # headings of a speech (ordinals, a numbered sentence), each over its paragraph
    "一、统一思想,提高认识\n防火工作是头等大事。\n(二)强化措施,压实责任\n各乡镇要把责任落实到人。\n第一,要抓好宣传\n要把防火知识送到每家每户。",
    # an agenda inside the text: speakers' acts alone, even in a run
    "县委书记某某某讲话\n县长某某某讲话\n县人大常委会主任某某某讲话\n各乡镇要把责任落实到人。",
    # headings with an office and a directive, one echoed by its paragraph
    "县委书记要当好第一责任人\n县委书记要当好第一责任人,亲自部署、亲自过问。\n各级书记要带头抓落实\n各乡镇要把责任落实到人。",
    # headings of visit acts after the first sentence (not above it)
    "走访慰问困难群众\n考察调研产业项目\n今年要走访慰问困难群众一千户。",
    # a sub-heading of acts without an agent, between paragraphs
    "对防火工作进行再部署\n对重点区域进行全面排查\n各乡镇要把责任落实到人。",
])
def test_headings_and_agendas_stay(lines):
    out = clean_text(SPEECH + "\n" + lines)
    assert out.startswith("同志们:")
    for line in lines.split("\n"):
        assert line in out, line


def test_caption_shapes():
    assert narrative_caption("大会对先进集体进行了表彰")
    assert not narrative_caption("大会要对先进集体进行表彰")          # a directive
    assert not narrative_caption("县长某某作政府工作报告。")          # a sentence's end
    assert not narrative_caption("(三)县委书记对全年工作作出部署")    # a heading's ordinal
    assert visit_caption("考察调研建设中的垃圾处理厂")
    assert not visit_caption("调研发现,问题还不少。")


def test_a_caption_beside_a_sentence_is_not_taken_alone():
    # one act line alone between paragraphs, not echoed: a sub-heading of a report, it stays
    page = REPORT + "\n县委书记某某某对防火工作进行部署\n会上,各乡镇作了表态发言。"
    assert "县委书记某某某对防火工作进行部署" in clean_text(page)


# ---------------------------------------------------------------- portal leftovers

@pytest.mark.parametrize("chrome", [
    "核编:某某某", "签发:某某某", "投稿平台:县融媒体中心用稿平台", "终审:某某",
    "欢迎访问某某县人民政府!", "欢迎光临某某网",
    "上传视频功能暂未开放", "发表评论 共有条评论", "视频简介",
    "公众号二维码", "—分享—",
    "文字 【 】【增加行距】【缩小行距】【加粗】【高亮】【还原",
    "返回 03-20 读报",
])
def test_leftover_lines_go(chrome):
    out = clean_text(f"{REPORT}\n{chrome}\n{SPEECH}")
    assert chrome.replace(" ", "") not in out.replace(" ", "")
    assert "下面,我讲三点意见。" in out and "会议对今年防火工作进行了部署。" in out


def test_runs_and_labels_go():
    out = clean_text(f"{REPORT}\n电话咨询\n邮件咨询\n在线地图\nQQ客服\n某某人大微信\n公众号二维码\n【解说】5月31日,我市召开动员大会。")
    for part in ("咨询", "在线地图", "客服", "微信", "二维码", "解说"):
        assert part not in out
    assert "5月31日,我市召开动员大会。" in out


@pytest.mark.parametrize("speech", [
    "核编、签发等环节都要严格把关,确保不出差错。",
    "欢迎各位来宾莅临指导!",
    "欢迎来到美丽的某某县!",
    "要把二维码贴到每家每户门口,方便群众扫码办事。",
    "我们要开通电话咨询、在线咨询等渠道。",
    "一、加强咨询服务",
    "要及时签发预警信息。",
    "这项功能暂未开放,我们要加快建设。",
    "全县要把分享经验作为重要工作。",
])
def test_speech_with_the_same_words_stays(speech):
    out = clean_text(f"{SPEECH}\n{speech}\n要抓好落实。")
    assert speech.replace(" ", "") in out.replace(" ", "")


def test_two_service_words_are_not_a_run():
    out = clean_text(f"{SPEECH}\n电话咨询\n在线留言\n要抓好落实。")
    assert "电话咨询" in out and "在线留言" in out


def test_leftover_rule_names():
    assert leftover_rule("核编:某某") == "meta_row"
    assert leftover_rule("签发:要在三日内办结,不得拖延。") is None


# ---------------------------------------------------------------- the lead's date after a metadata row

def test_lead_date_after_a_flattened_row_stays():
    t = "某镇召开工作会议 时间: 2018/03/08 来源: 某某镇 点击数:1066    2018年3月8日,某镇召开工作会议。"
    assert [t[a:b] for a, b in meta_token_runs(t)] == ["时间: 2018/03/08 来源: 某某镇 点击数:1066    "]
    assert "2018年3月8日,某镇召开工作会议。" in clean_text(t)


def test_rows_without_a_lead_still_go():
    t = "某镇召开工作会议 时间: 2018/03/08 来源: 某某镇 点击数:1066 2018年3月8日 要抓好落实。"
    assert "点击数" not in clean_text(t)


def test_audit_reconstructs_the_page():
    raw = (f"欢迎访问某某县人民政府!\n会议现场\n秘书长某某传达省委全会精神\n党组书记某某某传达市委会议精神\n{REPORT}\n"
           "核编:某某\n签发:某某\n电话咨询\n邮件咨询\n在线地图")
    doc = clean_document(raw)
    assert "传达省委全会精神" not in doc.text and "核编" not in doc.text and "欢迎访问" not in doc.text
    assert reconstruct(doc.text, doc.audit) == raw


# ---------------------------------------------------------------- flattened furniture

@pytest.mark.parametrize("glued, gone", [
    ("来源:某某 日期:2019年10月1日 09:40:04 文字 【 】【增加行距】【缩小行距】【加粗】【高亮】【还原 浏览: ", "行距"),
    ("某某人大微信 公众号二维码 —分享— ", "二维码"),
    ("07-27 08:12评论()| 07-27 08:07评论()| 07-27 08:06评论()| ", "评论"),
])
def test_flattened_furniture_goes(glued, gone):
    out = clean_text(f"{glued}{REPORT.replace(chr(10), ' ')}")
    assert gone not in out and "会议对今年防火工作进行了部署。" in out


def test_end_credit_and_pager_and_buttons_go():
    out = clean_text(f"{REPORT}大会由市长某某主持。(某某某文 某某摄)\n某某活动下一篇:某某活动\n电话咨询邮件咨询在线地图QQ客服\n支持IPV6")
    for part in ("摄", "下一篇", "咨询", "IPV6"):
        assert part not in out
    assert "大会由市长某某主持。" in out


@pytest.mark.parametrize("speech", [
    "请大家看大屏幕上的照片(某某摄),这是去年汛期的抢险现场。",
    "我们要推广“扫二维码、分享经验”的做法。",
    "要把下一篇文章写好:重点是落实。",
    "这是我们共同的成果。(掌声)",
])
def test_flattened_rules_leave_speech(speech):
    out = clean_text(f"{SPEECH}\n{speech}\n要抓好落实。")
    assert speech in out


def test_end_credit_before_a_source_row_goes():
    out = clean_text(f"{REPORT}大会由市长某某主持。(某某某文 某某摄) 来源:某某网")
    assert "摄" not in out and "来源" not in out and "大会由市长某某主持。" in out


def test_account_names_without_a_qr_label_stay():
    out = clean_text(f"{SPEECH}\n某某县委微信\n某某县委微博\n要抓好落实。")
    assert "某某县委微信" in out and "某某县委微博" in out


def test_a_speech_broken_inside_its_sentences_stays():
    broken = ("今天,市委常委、秘书长某某某传达了省委全会精神,县长某某某对全年工作作了部署,我完全同意,希望大家认真抓好贯彻\n"
              "落实县长某某对防火工作进行的部署\n县委书记某某某参加防火工作的督导检查\n各乡镇要把责任落实到人。")
    out = clean_text(f"{SPEECH}\n{broken}")
    assert "落实县长某某对防火工作进行的部署" in out and "县委书记某某某参加防火工作的督导检查" in out

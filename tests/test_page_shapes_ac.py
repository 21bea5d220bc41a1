"""Session ac: page breaks a converted document leaves inside the speech (``text/running_heads.py``).

Families left by held-out rounds 96k-103k, written from their shapes; every string is written here.  The speech's
sentences must stay.
"""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.cleaning_state import CleaningState
from corpusmine.text.edits import reconstruct
from corpusmine.text.running_heads import MIN_CUT_LINES, running_heads
from page_shapes import FIRST, SECOND, THIRD, kept as _kept

TITLE = "在全县安全生产工作会议上的讲话"


def _page(mid: str) -> str:
    return f"{TITLE}\n同志们:\n{FIRST}\n去年全县涌现出一批安全生产先进{mid}单位,值得学习。\n{SECOND}\n{THIRD}\n"


# --- a running header glued inside a sentence --------------------------------------------------------------------

@pytest.mark.parametrize("header", [
    "全县安全生产工作会议上的讲话第 2 页 ",        # the title's end and the page's number
    "在全县安全生产工作会议上的讲话第3页",           # the whole title
    "安全生产工作会议上的讲话 第 12 页",             # spaced
    "全县安(ān)全生产工作会议上的讲话第 2 页 ",    # a gloss inside it
])
def test_a_running_header_glued_in_a_sentence_goes(header):
    doc = clean_document(_page(header))
    assert "去年全县涌现出一批安全生产先进单位,值得学习。" in doc.text
    assert _kept(doc.text) and "第" not in doc.text.replace("第一", "")
    assert any(r["rule"] == "running_header" for r in doc.audit_rows)


def test_a_running_header_under_a_traditional_title_goes():
    page = ("在全縣安全生產工作會議上的講話\n同志們:\n今年全縣安全形勢總體平穩。去年全縣湧現出一批先進"
            "安全生產工作會議上的講話第 2 頁 單位,值得學習。\n謝謝大家。\n")
    out = clean_text(page)
    assert "涌现出一批先进单位,值得学习。" in out and "第" not in out


@pytest.mark.parametrize("sentence", [
    "请大家翻到材料第2页,对照第三条逐项检查。",                 # a page cited, no title before it
    "这次会议的讲话第2页写得很清楚,大家要认真学习。",          # a genre word, not the title's end
    "会议上的讲话第2页已经讲了,我不再重复。",               # under eight characters of the title
])
def test_a_page_cited_in_a_sentence_stays(sentence):
    out = clean_text(f"{TITLE}\n同志们:\n{FIRST}\n{sentence}\n{SECOND}\n{THIRD}\n")
    assert sentence in out and _kept(out)


def test_the_pages_own_title_with_a_page_number_is_not_a_header():
    st = CleaningState(f"{TITLE}第1页\n同志们:\n{FIRST}\n")
    running_heads(st)
    assert st.doc.output.startswith(TITLE)


def test_a_running_header_is_audited_and_reconstructs():
    page = _page("全县安全生产工作会议上的讲话第 2 页 ")
    doc = clean_document(page)
    assert reconstruct(doc.text, doc.audit) == page
    removed = "".join(r["removed"] for r in doc.audit_rows if r["rule"] == "running_header")
    assert removed == "全县安全生产工作会议上的讲话第 2 页 "


# --- a page number opening a wrapped line -------------------------------------------------------------------------

WRAPPED = ["同志们:", "今年以来,全镇上下紧紧围绕", "中心工作,扎实推进各项重点", "任务落实,取得了明显成效,会议由",
           "{n}同志宣读表彰决定,各村要", "抓好落实,层层传导压力,确保", "2023年底前完成全部任务。", "谢谢大家。"]


def test_a_page_number_opening_a_wrapped_line_goes():
    page = "\n".join(WRAPPED).format(n="2")
    out = clean_text(page)
    assert "会议由同志宣读表彰决定" in out.replace("\n", "")
    assert "2023年底前完成全部任务。" in out


@pytest.mark.parametrize("n, follow", [("3", "件实事"), ("10", "个乡镇"), ("5", "G网络"), ("2", "、抓好"), ("12", "月底前")])
def test_a_number_that_counts_something_stays(n, follow):
    lines = list(WRAPPED)
    lines[4] = f"{n}{follow}要办好,各村要"
    st = CleaningState("\n".join(lines))
    running_heads(st)
    assert f"\n{n}{follow}" in st.doc.output


def test_a_number_after_a_finished_sentence_stays():
    lines = list(WRAPPED)
    lines[3] = "任务落实,取得了明显成效。"
    lines[4] = "1同志宣读表彰决定,各村要"
    st = CleaningState("\n".join(lines))
    running_heads(st)
    assert "\n1同志" in st.doc.output


def test_a_page_with_few_wrapped_lines_keeps_its_numbers():
    page = "同志们:\n今年全镇工作成效明显,会议由\n1同志宣读表彰决定。\n谢谢大家。"
    assert page.count("\n") < MIN_CUT_LINES
    st = CleaningState(page)
    running_heads(st)
    assert st.doc.output == page


def test_the_speech_survives_both_families_on_one_page():
    body = "\n".join(WRAPPED).format(n="4")
    page = f"{TITLE}\n{body}\n去年全县涌现出一批安全生产先进全县安全生产工作会议上的讲话第 5 页 单位,值得学习。\n"
    out = clean_text(page)
    for sentence in ("2023年底前完成全部任务。", "谢谢大家。", "去年全县涌现出一批安全生产先进单位,值得学习。"):
        assert sentence in out


# --- round 104k: a site's stamp whose address runs into the title, a preview's cut marks, a cut page's last bracket ----

def test_a_slogan_stamp_glued_to_the_title_and_repeated_in_a_sentence_goes():
    stamp = "某某之家—全网资源每日更新 www.mouxzj.com"
    page = (f"{stamp}2025 年在全县秸秆禁烧工作会议上的讲话 同志们:{FIRST}在总书记的理念里,{stamp}“绿水青山就是"
            f"金山银山”,要牢记于心。{SECOND}{THIRD}")
    out = clean_text(page)
    assert "某某之家" not in out and "www." not in out and "全网资源" not in out
    assert "在总书记的理念里,“绿水青山就是金山银山”,要牢记于心。" in out.replace("\n", "")
    assert _kept(out.replace("\n", ""))


def test_a_speaker_naming_a_slogan_and_an_address_keeps_it():
    sentence = "请大家登录县政府网站查询,网址是www.example.gov.cn,上面有详细说明。"
    out = clean_text(f"同志们:\n{FIRST}\n{sentence}\n{SECOND}\n{THIRD}\n")
    assert sentence in out


def test_paragraphs_cut_by_a_preview_lose_their_dots():
    page = (f"同志们:\n{FIRST}总的来说,这3…………\n一、提高认识,强化担当\n推行网格化管理,就是创新社会治理的…………\n"
            f"{SECOND}\n{THIRD}\n")
    out = clean_text(page)
    assert "…" not in out and "总的来说,这3" in out and "就是创新社会治理的" in out and _kept(out)


@pytest.mark.parametrize("line", ["大家说得好……", "我们要问一问自己:为什么…………", "这样的例子还有很多……"])
def test_a_speakers_ellipsis_stays(line):
    out = clean_text(f"同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}\n")
    assert line in out


def test_one_line_closed_by_a_long_ellipsis_stays():
    line = "我们走过的路,有坎坷也有收获…………"
    out = clean_text(f"同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}\n")
    assert line in out


@pytest.mark.parametrize("tail", ["(", "（", "【", "《"])
def test_an_open_bracket_closing_a_cut_page_goes(tail):
    out = clean_text(f"同志们:\n{FIRST}\n{SECOND}\n{THIRD}{tail}")
    assert out.endswith(THIRD)


def test_a_bracketed_note_closing_the_page_stays():
    out = clean_text(f"同志们:\n{FIRST}\n{SECOND}\n{THIRD}(掌声)")
    assert out.endswith("(掌声)")


# --- round 105k: a mangled space entity, an editor's blurb giving to the pupils, a split counter, a shelf button ------

@pytest.mark.parametrize("debris", ["&bsp;&bsp;&bsp;", "&ensp;&ensp;", "&emsp;", "&nsp;&nsp;"])
def test_mangled_space_entities_go(debris):
    out = clean_text(f"尊敬的各位来宾:\n{debris}\n{debris}大家下午好!{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "&" not in out and "大家下午好!" in out and _kept(out)


def test_an_editors_blurb_giving_to_the_pupils_goes_with_its_lead():
    blurb = ("“书山有路勤为径”这是古人对读书的感悟,让我们一起来读书吧。下面就是某某吧给同学们收集的国旗下讲话稿优秀作文,"
             "仅供大家参考,希望对大家有用。")
    out = clean_text(f"国旗下讲话稿推荐10篇\n{blurb}\n亲爱的老师,同学们:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "某某吧" not in out and "书山有路" not in out and "同学们收集" not in out and _kept(out)


def test_a_speaker_giving_to_the_pupils_keeps_the_sentence():
    sentence = "下面就是学校给同学们准备的三点建议,希望大家认真落实。"
    out = clean_text(f"亲爱的老师,同学们:\n{FIRST}\n{sentence}\n{SECOND}\n{THIRD}\n")
    assert _kept(out)


def test_a_counter_label_alone_with_its_count_on_the_next_line_goes():
    page = f"国旗下讲话稿推荐10篇\n浏览\n1974作文\n375感念师恩国旗下讲话稿\n+ 加入清单亲爱的老师,同学们:\n{FIRST}\n{SECOND}\n{THIRD}\n"
    out = clean_text(page)
    assert "浏览" not in out and "1974" not in out and "加入清单" not in out
    assert "亲爱的老师,同学们:" in out and _kept(out)


@pytest.mark.parametrize("lines", ["同志们:\n浏览\n", "同志们:\n今年全县完成造林面积\n1974亩,比去年增长一成。\n"])
def test_a_count_in_the_speech_stays(lines):
    out = clean_text(f"{lines}{FIRST}\n{SECOND}\n{THIRD}\n")
    assert ("1974亩" in out) if "1974" in lines else _kept(out)


# --- round 106k: a genre's definition after an occasion, a paywall's button row, a stray dot, two long chunks ---------

def test_a_definition_of_the_occasions_genre_above_the_speech_goes():
    intro = "会议主持词是会议主持者主持会议时使用的带有指挥性、引导性的讲话。一般正规的会议都要有会议主持词。主持词频道为你整理了本文,欢迎阅读。"
    out = clean_text(f"道德讲堂主持词\n{intro}\n    尊敬的各位领导、同志们,大家下午好!\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "主持者" not in out and "大家下午好!" in out and _kept(out)


def test_a_speaker_defining_the_genre_in_the_speech_stays():
    line = "会议主持词是会议的灵魂,今天我们就来学习怎样写好它。"
    out = clean_text(f"同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}\n")
    assert line in out


def test_a_row_of_paywall_buttons_goes():
    row = "相关文章】 【现金奖励投稿】 【扣点券查看全文】【需要:10点券或12Q点】"
    out = clean_text(f"某某局长在城市管理工作会议上的讲话\n{row}\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "点券" not in out and "投稿" not in out and _kept(out)


def test_bracketed_headings_of_a_speech_stay():
    line = "【一】【提高认识】【压实责任】"
    out = clean_text(f"同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}\n")
    assert "压实责任" in out


def test_a_stray_dot_before_the_salutation_goes():
    out = clean_text(f"当前位置:某某网 > 发言稿 > 正文\n. 同学们:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert out.startswith("同学们:") and _kept(out)


def test_two_long_chunks_numbered_by_a_document_site_lose_their_numbers():
    chunk1 = "1、演讲稿:道德教育势在必行各位领导、各位来宾、你们好!" + FIRST * 6
    chunk2 = "2、" + SECOND * 4
    out = clean_text(f"{chunk1}\n{chunk2}\n{THIRD}\n")
    assert "1、" not in out and "2、" not in out and _kept(out)


def test_two_short_numbered_points_of_a_speech_keep_their_numbers():
    out = clean_text(f"各位领导、各位来宾:\n{FIRST}\n1、各位同事要抓好落实。\n2、要强化督查考核。\n{SECOND}\n{THIRD}\n")
    assert "1、各位同事要抓好落实。" in out and "2、要强化督查考核。" in out


# --- round 107k: a description quoting the speech's middle above its title, a posting stamp inside a flattened line ---

QUOTE = "为此,县委、县政府决定从今年起,把每年4月份确定为全县的读书月,以此来推动干部群众的读书学习。"


def test_a_description_quoting_the_speech_above_its_title_goes():
    page = (f"读书月启动仪式致辞\n作者:某某 发布时间:2023-09-10 21:01:53\n{QUOTE}广大青少年学生要树立远大理想,努力掌握现代化建设所需要的各项本领。\n"
            f"读书月启动仪式致辞\n同志们、市民朋友们、同学们:\n{FIRST}\n{SECOND}{QUOTE}\n{THIRD}\n")
    doc = clean_document(page)
    assert doc.text.count(QUOTE) == 1 and doc.text.index(QUOTE) > doc.text.index("同学们:")
    assert any(r["rule"] == "snippet" for r in doc.audit_rows) and _kept(doc.text)


def test_a_lead_in_above_the_salutation_that_the_speech_does_not_repeat_stays():
    lead = "在全县上下喜迎新春佳节之际,县委召开这次全县经济工作会议,意义十分重大。"
    out = clean_text(f"{lead}\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert lead in out


def test_a_posting_stamp_inside_a_flattened_line_goes():
    page = (f"重阳节领导讲话稿(通用15篇)发布时间:2022-07-27 重阳节领导讲话稿 篇1 尊敬的领导,亲爱的员工们: "
            f"{FIRST}{SECOND}{THIRD}")
    out = clean_text(page)
    assert "发布时间" not in out and "2022-07-27" not in out and _kept(out.replace("\n", ""))


# --- round 108k: furniture glued inside a flattened line (text/glued_furniture.py), a related list's glued first
# item, a menu under the site's 范文首页, a summary under its bare label --------------------------------------------

def test_previous_and_next_links_glued_after_a_cut_speech_go():
    page = (f"同志们:\n{FIRST}\n{SECOND}\n{THIRD}今天到这里来,主要是表达 ……(某某网省略522字,正式会员可完整阅读)…… "
            "收藏省委书记视察省气象局的讲话) 上一篇:市委副书记在全市水利建设现场会上的讲话 下一篇:交通厅厅长在全省交通会议上的讲话")
    out = clean_text(page)
    assert "上一篇" not in out and "下一篇" not in out and "收藏" not in out and _kept(out)


def test_a_speaker_naming_the_last_article_stays():
    line = "上一篇文章讲了作风建设,下一篇文章我们再讲廉政建设。"
    out = clean_text(f"同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}\n")
    assert line in out


def test_a_table_of_contents_glued_before_the_speech_goes():
    page = ("1、目录在“八一”建军节全市退伍军人座谈会上的讲话1在庆祝八一建军节表彰大会上的讲话3"
            f"在“八一”建军节全市退伍军人座谈会上的讲话大家好!{FIRST}\n{SECOND}\n{THIRD}\n")
    out = clean_text(page)
    assert "目录" not in out and "表彰大会上的讲话3" not in out and "大家好!" in out and _kept(out)


def test_a_source_note_inside_a_sentence_goes():
    out = clean_text(f"同志们:\n{FIRST}\n要弘扬中(更多精彩文章来自“某某不求人”)华民族的传统美德。\n{SECOND}\n{THIRD}\n")
    assert "要弘扬中华民族的传统美德。" in out and _kept(out)


def test_a_contact_promo_goes_where_it_opens_the_page_and_inside_a_sentence():
    promo = "某某文库:www.mouwenku.com微信添加【mwk01】海量公文范文,朋友圈每天更新"
    page = f"{promo}副市长在全市消防工作会议上的讲话\n同志们:\n{FIRST}\n随着城市持续扩大,消防救援工{promo}作难度将进一步增大。\n{SECOND}\n{THIRD}\n"
    out = clean_text(page)
    assert "微信" not in out and "mwk01" not in out and "消防救援工作难度将进一步增大。" in out and _kept(out)


def test_a_stray_backtick_goes():
    out = clean_text(f"同学们:\n{FIRST}\n我们曾是光荣的`__小学的学生,可尊可敬的`校长教育了我们。\n{SECOND}\n{THIRD}\n")
    assert "`" not in out and "可尊可敬的校长教育了我们。" in out


def test_a_related_list_with_its_first_item_glued_to_the_label_goes_and_the_speech_goes_on():
    items = "更多相关文章:纪念一二九运动讲话稿\n一二九运动征文\n纪念一二九运动演讲稿二篇\n关于一二九运动的演讲稿"
    out = clean_text(f"同志们:\n{FIRST}\n{items}\n{SECOND}\n{THIRD}\n")
    assert "相关文章" not in out and "征文" not in out and "二篇" not in out and _kept(out)


def test_a_menu_glued_under_the_sites_home_label_goes():
    out = clean_text(f"范文首页自我鉴定总结报告工作总结工作计划党团相关演讲稿讲话稿文秘知识合同范文导游词 |\n同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n")
    assert "范文首页" not in out and "导游词" not in out and _kept(out)


def test_a_summary_under_its_bare_label_repeating_the_speech_goes():
    opening = "在重点项目集中开工动员会上的讲话各位来宾,同志们,朋友们:在举国上下喜迎国庆之际,我们举行重点项目集中开工仪式。"
    page = f"{opening}\n{FIRST}\n{SECOND}\n{THIRD}\n摘要:\n\n{opening}\n"
    doc = clean_document(page)
    assert doc.text.count("在举国上下喜迎国庆之际") == 1 and _kept(doc.text)


def test_a_summary_saying_something_new_stays():
    page = f"同志们:\n{FIRST}\n{SECOND}\n{THIRD}\n摘要:\n本文是县长在全县秸秆禁烧工作会议上的讲话,共分三个部分。\n"
    doc = clean_document(page)
    assert any(r["rule"] == "snippet" for r in doc.audit_rows) is False


# --- round 109k: quote entities left in the text, a site's credit with its address -----------------------------------

def test_quote_entities_become_their_marks_and_are_audited():
    page = f"同志们:\n{FIRST}\n要对&ldquo;十二五&rdquo;规划进行认真总结&hellip;\n{SECOND}\n{THIRD}\n"
    doc = clean_document(page)
    assert "要对“十二五”规划进行认真总结…" in doc.text and "&" not in doc.text
    assert reconstruct(doc.text, doc.audit) == page


def test_a_site_credit_with_its_address_goes():
    out = clean_text(f"同志们:\n{FIRST}\n下面,我强调三点意见。某某家园网(MOUJIAYUAN.COM)收集整理\n{SECOND}\n{THIRD}\n")
    assert "收集整理" not in out and "下面,我强调三点意见。" in out and _kept(out)


def test_a_speaker_naming_a_website_stays():
    line = "请大家登录县政府网(www.example.gov.cn)查询,材料由办公室收集整理。"
    out = clean_text(f"同志们:\n{FIRST}\n{line}\n{SECOND}\n{THIRD}\n")
    assert "材料由办公室收集整理。" in out

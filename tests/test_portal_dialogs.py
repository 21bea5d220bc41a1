"""Portal dialogs and switches (corpusmine.text.portal_dialogs, from held-out round 30 as a development round):
the leave-site dialog and its buttons, the mobile/desktop switch, an e-paper's list labels and a picture credit
closing a caption go; speech with the same words stays.  Strings written for the test."""

from __future__ import annotations

import pytest

from corpusmine.text.clean import clean_document, clean_text
from corpusmine.text.portal_dialogs import dialog_spans

SPEECH = "同志们:\n今天召开全镇防汛工作会议,主要任务是部署今年的防汛工作。"


@pytest.mark.parametrize("chrome", [
    "您访问的链接即将离开“某某镇人民政府”门户网站 是否继续?\n继续访问 放弃",
    "您訪問的鏈接即將離開“某某鎮人民政府”門戶網站 是否繼續?\n繼續訪問放棄",
    "请选择... 进入手机版 | 继续浏览电脑版",
    "請選擇... 進入行動版 | 繼續瀏覽電腦版",
    "本版列表新闻\n03:教育",
    "学生们展示自己设计的校服。图/王某某",
    "學生表演話劇片段。圖/王某寧",
])
def test_portal_dialog_goes(chrome):
    out = clean_text(chrome + "\n" + SPEECH)
    assert "今天召开全镇防汛工作会议,主要任务是部署今年的防汛工作。" in out
    for word in ("离开", "離開", "继续访问", "繼續訪問", "电脑版", "電腦版", "本版列表", "03:教育", "图/", "圖/"):
        assert word not in out


def test_the_dialog_is_audited_as_site_interface():
    doc = clean_document("您访问的链接即将离开“某某市政府”门户网站 是否继续?\n确定 取消\n" + SPEECH)
    rules = set(doc.audit["rule"]) if hasattr(doc.audit, "columns") else {r["rule"] for r in doc.audit}
    assert "site_interface" in rules


@pytest.mark.parametrize("speech", [
    "我即将离开工作了十年的岗位,心中万分不舍。",
    "我们要离开舒适区,到基层网格去。",
    "同志们即将离开会场,请大家注意安全",
    "本版新闻要突出基层一线的声音。",
    "要把图/文并茂的宣传材料发到每家每户。",
])
def test_speech_with_the_same_words_stays(speech):
    out = clean_text(SPEECH + "\n" + speech)
    assert speech.replace(" ", "") in out.replace(" ", "")


@pytest.mark.parametrize("page", [
    SPEECH + "\n确定 取消",                          # buttons without a leave-site dialog on the page
    SPEECH + "\n04:各乡镇",                          # a number and a name without an e-paper label on the page
    SPEECH + "\n请大家进入手机版政务服务平台办理业务,不用再跑电脑版窗口。",
])
def test_the_module_needs_its_evidence(page):
    # other rules may take these lines (a bare button row is page tail); this module does not without its evidence
    assert dialog_spans(page) == []

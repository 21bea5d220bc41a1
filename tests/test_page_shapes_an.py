"""Session an: families held-out rounds 184k and later left, written as shapes.

Every string is written here, from the shape of a family seen on held-out pages; the speech's sentences must stay.
"""

from __future__ import annotations

from page_shapes import SCHOOL_SALUTE, SCHOOL_SPEECH, audit_rules as _rules, clean_audited as _clean

SALUTE, SPEECH = SCHOOL_SALUTE, SCHOOL_SPEECH
OPENING, MIDDLE, CLOSING = SPEECH
BODY = f"{SALUTE}\n{OPENING}\n{MIDDLE}\n{CLOSING}"


# ---------------------------------------------------------------- a sign-in box, a field a line (round 185k)

def test_a_sign_in_box_below_the_speech_goes_with_every_field():
    page = f"{BODY}\n\n会员信息\n用户名:\n密   码:\n验证码:\n注册"
    doc = _clean(page)
    assert doc.text.rstrip().endswith(CLOSING)
    for field in ("会员信息", "用户名", "密", "验证码", "注册"):
        assert field not in doc.text
    assert "login_prompt" in _rules(doc)


def test_a_sign_in_box_with_bullets_and_a_wechat_button_goes():
    page = f"{BODY}\n• 微信登录\n• 会员登录\n账号:\n密码:\n忘记密码?"
    text = _clean(page).text
    assert text.rstrip().endswith(CLOSING) and "账号" not in text and "忘记密码" not in text


def test_buttons_without_an_account_or_password_field_are_not_this_family():
    from corpusmine.text.page_widgets import login_form_spans
    assert login_form_spans([(0, 2, "注册"), (3, 5, "登录"), (6, 8, "取消")]) == []


def test_a_speaker_on_passwords_stays():
    page = (f"{SALUTE}\n{OPENING}\n各单位要管好账号密码,严防数据泄露。\n用户名和密码不得外借。\n{CLOSING}")
    text = _clean(page).text
    assert "各单位要管好账号密码,严防数据泄露。" in text and "用户名和密码不得外借。" in text


# ---------------------------------------------------------------- an editor's call glued to the title (round 187k)

def test_an_editors_call_to_read_with_the_readers_glued_before_the_speech_goes():
    page = (f"校庆致辞在校庆中有些致辞会让人难以忘记,其中有许多故事。下面和网友一起来看看校庆致辞吧!"
            f"校庆致辞一{SALUTE}{OPENING}{MIDDLE}\n{CLOSING}")
    text = _clean(page).text
    assert "网友" not in text and "难以忘记" not in text
    for sentence in SPEECH:
        assert sentence in text


def test_a_speaker_inviting_the_audience_to_look_stays():
    page = f"{SALUTE}\n{OPENING}\n下面,请大家和我一起来看看这三十年的变化吧!\n{MIDDLE}\n{CLOSING}"
    assert "请大家和我一起来看看这三十年的变化吧!" in _clean(page).text


# ---------------------------------------------------------------- a document library's code glued into the text (round 189k)

def test_a_library_code_glued_between_the_title_and_the_speech_goes():
    page = f"{SALUTE}\n校庆致辞G708F3E5k9981B46{OPENING}\n{MIDDLE}\n{CLOSING}"
    doc = _clean(page)
    assert "G708" not in doc.text and OPENING in doc.text and "anti_copy" in _rules(doc)


def test_codes_a_speech_names_stay():
    line = "全县企业要通过ISO9001认证,防范H7N9流感,公民身份号码110101199003071234要保密。"
    page = f"{SALUTE}\n{OPENING}\n{line}\n{CLOSING}"
    assert line in _clean(page).text

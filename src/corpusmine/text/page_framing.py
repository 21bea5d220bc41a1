"""How a template site frames the text it serves: its tagline, the title's word count, an outline (sessions af-ag).

Families, each told by its shape, never by a site (the view is Simplified; every example below is written here):

* **a site's tagline** (rule ``site_name``): among the page's first lines, a line holding only the site's name and
  what the site calls itself (某某教育网,面向全国的中小学教师交流平台 / 某某范文网 - 专业的范文写作平台): the name
  ends in a site's word (网, 站, 文库, 之家), the description in a platform's word (平台, 网站, 门户, 社区 …), and no
  sentence end closes it.  A speech's line naming a platform (要建好综合服务平台。) has no site's name before a comma
  and ends a sentence.
* **the word count a site adds to the title** (rule ``word_count``): ``(1714字)`` or ``（约1714字）`` closing one of the
  page's first lines, which reads as a title (no sentence end before it).
* **an outline of the speech above it** (rule ``toc``): a label 目录/提纲 (or 目录/提纲, 内容提纲, 文章大纲) with the
  speech's headings below it, closed by a line of ellipsis or by the first line that is no heading; it goes only when
  most of its headings stand again below it (they are the speech's own), so a speech saying 提纲: before its points
  keeps them.
* **notes about the text** (rounds 124k-127k): a source note whose site's name is gone, anywhere (本文转载自网), and a source
  label left at a line's end after a sentence (…每一步。 内容来自:某某写作网; rule ``source_footer``); an elision mark
  between blanks (……略……; rule ``omission``); a keyword blurb with its disclaimer after the title (…,本文主要内容关键词为:…;
  rule ``keyword_tag``); a writing site's question on how to write the genre, alone on its line (某某演讲稿要怎么写?) and a
  template site's lead on the genre in the head, every sentence of its line naming the genre (…我们都可能会用到发言稿,
  发言稿的写法比较灵活…; rule ``editor_blurb``).
* **a page's furniture** (rounds 125k-126k): a library's links to the document's pages, two or more lines with the same
  title (某某讲话 _第1页; rule ``page_number``); a comment box's login prompt (您需要登录后才可以发表评论; rule ``login``);
  a bulletin board's name row (看板NTU; rule ``meta_row``); a forum's post widgets (跳转到指定楼层, 只看该作者 | 倒序浏览;
  rule ``widget_words``).
* **a site's category and keywords** (round 132k): a category label before its row's time stamp (英语演讲稿 时间:2022-…),
  or alone on a head line when a row below names it again (rule ``page_meta``); the page's keywords glued as the last
  clause of a sentence, a bare name of the genre with no verb or pronoun (…部署下一阶段工作,防汛抗灾工作会议领导讲话稿。;
  rule ``seo_keyword``).
* **links and promotions** (round 133k): a related text's title glued after a sentence at its line's end, named by its
  genre (…请实验小学代表献词。小学生五一劳动节演讲稿; rule ``related_list``; not before a salutation, where it is the next
  speech's title); a promotion in brackets with a messenger's contact (【更多公文素材,微信:abc01】; rule ``promo_line``);
  an SEO title heading the page, a how-to-write question cut before its mark (某某计划怎么写一; rule ``seo_keyword``).
* **a collection's title echoed inside the text** (round 134k, flattened): the page's title with its count
  (某某致辞(精选19篇)) stood again, glued after a salutation or a sentence (各位来宾: 某某致辞(精选19篇) 大家好!; rule
  ``collection_echo``); it goes only when the same title stands above it or a salutation's colon just before it, so a
  collection's own title stays for the splitter.
* **a site's link word left inside the text** (round 136k): a category of the site (心得体会, 工作总结, 述职报告 …) glued
  between a sentence's end and the next point's enumerator (…任务。心得体会四是统筹…; rule ``related_list``).
* **a portal's links and numbers inside the text** (round 136k): a product's links in brackets after its name (三菱某车
  (某车新闻,某车说吧); rule ``related_list``); a search query a site put before the title with an underscore (某村怎么样_
  在…仪式上的致辞; rule ``seo_keyword``); a PDF's page number left at a line's end after a comma, the sentence going on
  below a blank line (2008年,1 / 乡党委…; rule ``page_number``); a visit counter glued after the last word of a flattened
  page (…谢谢 1 次访问; rule ``page_meta``); a rule of stars between words of a flattened page (rule ``ascii_junk``).
* **a site's name injected at a paragraph's start** (round 137k): 某某在线学习网 glued before the paragraph's first word
  (学习啦在线学习网轻风…), or a name ending in another site's word (范文网, 资料网 …) found twice or more so; once
  known, the name goes inside sentences too (rule ``site_name``).
* **a page's buttons and stray lines** (round 137k): a reader's swipe prompt (向上滑动阅览), a download notice's label
  (文本预览下载声明), each alone on its line (rule ``widget_words``; a portal's labels glued on one line, 寄给朋友政府主网页,
  are :func:`corpusmine.text.portal_furniture.is_toolbar_line`'s); a counter of one to three digits alone on the page's first line (rule ``page_counter``); a short
  line holding Japanese kana on a Chinese page, a photograph's alt text (某某大使お写真; rule ``caption``).
* **a library's quota notice** (round 93, caught by the menu test until an ASCII comma made its line a clause):
  消耗 1 篇某某文库配额,会员有效期内无限次查看 alone on its line (rule ``download_panel``).
* **an account's persona calling the reader along** (round 137k): 快跟着某某君,透过这些致辞,感受…哦~ / 一起跟随小编看看吧,
  a line of a public account's lead in the page's head (rule ``editor_blurb``).
* **a membership gate at the cut and the site's slogan below it** (round 138k): 此文章为某某网原创,稍加修改便可使用。只有正式
  会员才能完整阅读,请理解! and, within four lines below, the site's name with its slogan (某某网 ,让我们一起早下班!; rule
  ``download_panel``); a government site's accessibility anchor (:::主要内容区; rule ``navigation``); a build stamp
  (Code Ver.:F2017… & F2017….cs; rule ``site_interface``).
* **a site's stamp injected inside a sentence** (round 141k): a number and a writing site's name glued between words
  (…医疗市场进行517878秘书网了全面检查; rule ``site_name``); a site's name, a number and its address glued after a
  sentence's end (…礼物。爱思范文25http://fanwen.abc.com一份礼物来自…; rule ``source_footer``).
* **a template's reading tip glued inside a line** (round 141k, flattened): 模板1阅读小贴士:模板1共计2785个字,预计阅读时长7分钟。
  朗读需要14分钟,…有229位用户喜欢。 (rule ``page_meta``; alone on its line, ``reader_lines`` takes it).
* **a document site's numbered disclaimers glued to the text** (round 141k, flattened): 1、下载文档前请自行甄别文档内容的完整性,…
  / 3、如文档侵犯您的权益,请联系客服反馈,…(人工客服工作时间:9:00-18:30)。 (rule ``download_panel``).
* **the site's cut mark closing the page** (round 142k): an ellipsis after a comma as the page's last characters (…超xx%,
  ……; rule ``truncation_marker``): the site cut the text there.  After a word it may be the speaker's (我们的路还很长……)
  and stays, as before.  One character alone on the last line, below a text cut mid-sentence, is a footer cut after
  its first character (…在合作中增 / (blank) / 腾; round 143k; rule ``truncation_marker``).
* **site stamps inside the text** (round 144k): a source note naming the site put inside a sentence (…甚至本文来自某某
  范文网几十年如一日…; rule ``source_footer``); a PDF's page number glued between words or before a line's first word
  (…创建全国文明城市-2-发挥了…; rule ``page_number``); a template's form fields with blanks (撰写人:_____日期:_____;
  rule ``template_form``).  A bullet menu heading the page, an outlet's wire lead and a table of contents flattened into
  one line are :mod:`corpusmine.text.early_framing`'s: they must go before the other rules take them apart.
* **a news page's furniture and a template site's contact** (round 145k): a gallery caption (某某接任某职(图) - 1; rule
  ``caption``); a photograph's credit set apart by spaces (某部部长某某 中国网 某某; rule ``photo_credit``); a byline with a
  pipe (某某newtalk |某某 台北市报导; rule ``byline``); a site's 原创: label inside a sentence (rule ``site_name``); a
  promotion naming the site's material with an address and a messenger contact (…海量公文素材资料,下载网址:www.abc.com,
  润笔请加微:abc123。; rule ``promo_line``; a speech's sentence giving a service's address and account names no such
  material); a date with a clock time alone on a line (2018年4月23日 下午1:08; rule ``date_stamp``); a photograph's caption between the speech's lines, one clause naming who attended and spoke
  (省委书记某某出席某某活动暨启动仪式并致辞。; rule ``photo_caption``; a speaker recalling such a visit speaks of 我市, 我们).
  A title printed twice and glued at a line's start loses its first copy (round 146k; rule ``repeated_title``).
  A government release's label alone on a line (新闻公报; rule ``site_name``) and its media row (短片 短片 (Real Media格式/
  Windows Media格式); rule ``media_link``) (round 148k).  A related text's title with its posting date (某某闭幕词11-15;
  rule ``related_list``); a site's summary under a bracketed label whose opening words stand again below it, or the
  speech's salutation right below it (【内容提要】要客观公正… / 同志们:; rule ``snippet``) (round 149k).
* **a repost's preface glued before the title** (round 151k): a rights statement naming the original author beside a
  request to be told of an infringement (转发本文主要用于学习交流,版权属于原作者,如有侵权,请后台联系。; rule
  ``copyright_footer``) and a source label naming an outlet between two sentences (…是以推荐。来源:某某县人民政府网。;
  rule ``source_footer``), anywhere in a line.
* **a sharing notice** (round 152k): 此文由某某群友无偿分享,仅供学习参考,… anywhere in a line (rule ``copyright_footer``);
  a social network page's header is :mod:`corpusmine.text.post_chrome`'s.
* **a column's label anywhere in the head** (rounds 152k-153k): :func:`corpusmine.text.page_notes.is_column_name` of a
  genre's column read on every head line, not the first only, and a label that is never a speech's heading (重要致辞,
  华语演讲全文; :data:`corpusmine.text.page_notes.COLUMN_LABEL`) anywhere in the head (rule ``page_head``).
* **a document's format notice** (round 140k): 文档为doc格式。 alone on its line (rule ``download_panel``).
* **a library's name before the title** (round 135k): 某某文库2024年全县…会议讲话 on one of the page's first lines, the
  rest naming the genre (rule ``site_name``).
* **a link footer** (round 131k): the site sending the reader for more texts like this one (您可以访问某某范文网(…)查看更多
  与本文《…》相关的文章。; rule ``link_footer``), its address maybe lost.
* **session ak's head and page families** (rounds 160k-171k): a column's bracketed tag alone in the head when it opens
  the title too (【书记讲党课】), a news site's tag opening the title (【某某网新闻】某某献词) and a teaser's label before the
  title repeated (导读 某某演讲稿) (rule ``page_head``); a site's name with its posting date, or before a dashed slogan (rule
  ``site_name``); a genre's title said twice after a sentence (rule ``seo_keyword``); a repost notice naming the text and
  who gave it (《某某》由某某网提供,转载请注明出处…; rule ``copyright_footer``); a word count in ten thousands ((1.3万字))
  and a truncation notice cut at the page's end ((未完,全文共).

Every removal is an audited edit (``reconstruct(cleaned, audit) == raw``).

Examples
--------
>>> v = "某某教育网,面向全国的中小学教师交流平台\\n在全县表彰大会上的讲话(1714字)\\n同志们:\\n要建好综合服务平台。"
>>> [(v[a:b], rule) for a, b, rule in framing_spans(v)]
[('某某教育网,面向全国的中小学教师交流平台', 'site_name'), ('(1714字)', 'word_count')]
"""

from __future__ import annotations

import re
from collections import Counter

from corpusmine.text import patterns as P
from corpusmine.text.lines import chinese_after, family_spans, first_lines
from corpusmine.text.page_notes import COLUMN_GENRE, COLUMN_LABEL, is_column_name
from corpusmine.text.report_heads import GENRE, in_report_voice
from corpusmine.text.speech_voice import OPENING_SALUTATION, in_speech_voice

__all__ = ["category_spans", "framing_spans", "outline_spans"]

_SP = r"[ \t\u3000\xa0]"
#: a teaser's label and a title, alone on a line
_TEASER_TITLE = re.compile(rf"^{_SP}*(?:导读|摘要|简介|提要|内容提要)(?:{_SP}+|{_SP}*[:：]{_SP}*)(?P<t>[^\n。！？!?]{{4,60}})$")
#: a bracketed tag alone on a line; a site's column tag opening a line
_SITE_TAG = re.compile(rf"^{_SP}*(?P<tag>【[^【】\n]{{1,10}}网(?:新闻|资讯|快讯|动态|讯)?】)(?=[^\n])")
#: the page's browser title, closed by its column's tag after a dash (某某分享读书故事-【新闻】; round 177k)
_TAGGED_TITLE = re.compile(rf"^{_SP}*[^\n。！？!?]{{4,60}}?[-_—|｜]{_SP}*【(?:新闻|资讯|动态|快讯|要闻|图文|视频|转载|原创|专题)】{_SP}*$")
_TAG_LINE = re.compile(rf"^{_SP}*(?P<tag>【[^【】\n]{{2,10}}】){_SP}*$")
#: a site's name, a separator, and what the site calls itself, alone on a line
_TAGLINE = re.compile(
    rf"^{_SP}*[^\s,，。！？!?:：]{{1,14}}(?:网|站|文库|之家|网站|文档|范文|文秘){_SP}*(?:[,，|｜]|{_SP}[-—－]{{1,2}}){_SP}*"
    r"[^\n。！？!?]{2,36}?(?:平台|网站|门户|社区|家园|资源库|资料库|服务商|首选|专家|中心|第一站)[!！]?"
    rf"{_SP}*$")
#: the word count closing a head line (某某讲话(1714字)); the title before it has no sentence end
_WORD_COUNT = re.compile(rf"(?<=[^\s。！？!?]){_SP}*[(（]{_SP}*(?:共|全文|约|全文共|全文约)?{_SP}*(?:\d{{2,6}}|\d{{1,3}}(?:\.\d)?万){_SP}*字[)）]{_SP}*$")
#: an outline's label alone on its line, maybe closed by an ellipsis (目录/提纲:……)
_OUTLINE_LABEL = re.compile(rf"^{_SP}*(?:目录|提纲|大纲|内容提纲|文章大纲|文章提纲|讲话提纲)(?:{_SP}*[/／、]{_SP}*(?:目录|提纲|大纲))?"
                            rf"{_SP}*[:：]?{_SP}*(?:…+|\.{{3,}}|。{{3,}})?{_SP}*$")
#: a line of ellipsis closing the outline
#: a numbered heading with no sentence end (一、统一思想 / (一)要深化理论武装)
_NUMBERED_HEAD = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])[^\n。！？!?；;]{2,40}$")
_ELLIPSIS = re.compile(rf"^{_SP}*(?:…+|\.{{3,}}|。{{3,}}){_SP}*$")
#: a heading: short, no sentence end inside or at its end
_HEADING = re.compile(rf"^{_SP}*[^\n。！？!?；;]{{2,40}}{_SP}*$")
_SENTENCE_END = re.compile(r"[。！？!?]")
#: a source note whose site's name is gone (本文转载自网, 本文来源于网络), anywhere; and a source label left dangling at a
#: line's end after a sentence once a rule took the site's name after it (…每一步。 内容来自:; round 124k)
_NAMELESS_SOURCE = re.compile(r"(?:本文|本篇|文章|内容)(?:转载|来源|摘|选|转)自(?:互联网|网络|网)(?![\u4e00-\u9fff]{0,3}(?:站|页|上|平台))")
_DANGLING_SOURCE = re.compile(rf"(?<=[。！？!?]){_SP}*(?:内容|本文|文章|资料)(?:来自|来源于?|出自|转自)[:：]{_SP}*"
                              r"(?:[\u4e00-\u9fff]{2,10}(?:网|文库|之家|站))?[ \t\u3000]*$", re.M)
#: an elision mark standing between blanks or alone (…制度, ……略…… 群工作…; round 124k): the editor's, never spoken
_ELIDED = re.compile(rf"{_SP}*…{{1,3}}{_SP}*[(（]?(?:略|中略|下略|此处略|以下略|省略)[)）]?{_SP}*…{{1,3}}{_SP}*")
#: round 125k: a library's links to the pages of the document, its title and the page's number on each line
#: (某某讲话 _第1页 / 某某讲话 _第2页 …); two or more lines with the same title go (ASCII ?! inside: a mis-decoded title, 208k)
_PAGE_LINK = re.compile(rf"^{_SP}*(?P<title>[^\n。！？]{{4,60}}?){_SP}*[_\-—|｜]{_SP}*第{_SP}*\d{{1,3}}{_SP}*页{_SP}*$", re.M)
#: round 125k: a comment box's login prompt (您需要登录后才可以发表评论, 登录 或者 注册)
_COMMENT_LOGIN = re.compile(rf"^{_SP}*(?:您|你)?(?:需要|须|必须)?先?登(?:录|陆)(?:后)?才(?:可以|能)(?:发表|进行|参与)?(?:评论|回复|留言|点评)"
                            r"[^\n。！？!?]{0,30}$", re.M)
#: round 125k: a bulletin board's header naming its board (看板NTU), alone on its line
_BOARD = re.compile(rf"^{_SP}*看板{_SP}*[A-Za-z][A-Za-z0-9_\-]{{1,20}}{_SP}*$", re.M)
#: round 125k: a site's keyword blurb with its disclaimer glued after the title (…(一九九六年一月三十日),本文主要内容关键词为:
#: 某某论文,…,此文献不代表本站观点,内容供学术参考…)
_KEYWORD_BLURB = re.compile(r"[,，]?[ \t\u3000]*本文(?:主要内容)?(?:的)?关键词(?:为|是)?[:：][^\n]{0,300}$", re.M)
#: round 126k: a forum's post widgets alone on a line (跳转到指定楼层, 只看该作者 | 倒序浏览 | 阅读模式)
_FORUM_WIDGET = re.compile(rf"^{_SP}*(?:(?:跳转到指定楼层|电梯直达|只看该作者|倒序浏览|阅读模式|回帖奖励|复制链接|返回列表|楼主|沙发|板凳|地板)"
                           rf"{_SP}*[|｜]?{_SP}*)+$", re.M)
#: round 126k: a writing site's question on how to write the genre, left alone on its line once the intro it opened went
#: (某某演讲稿要怎么写,才更标准规范?)
_HOW_TO_WRITE = re.compile(rf"^{_SP}*[^\n。！？!?]{{0,40}}?(?:演讲稿|讲话稿|发言稿|致辞稿?|范文|主持词|稿子|悼词|贺词)"
                           rf"[^\n。！？!?]{{0,6}}?(?:怎么写|怎样写|如何写)[^\n。！？!?]{{0,20}}[?？]{_SP}*$", re.M)
#: round 127k: a template site's lead on the genre (在社会发展不断提速的今天,我们都可能会用到发言稿,…): the reader will need the
#: genre; with the genre named in every sentence of its line, the line goes whole (a doubled collection title glued before it)
_GENRE_USE = re.compile(r"(?:大家|我们|人们|你|您)[^。！？!?\n]{0,6}?(?:会|要|需要|难免)(?:用到|接触到|使用到|写到)[^。！？!?\n]{0,4}?"
                        r"(?:发言稿|演讲稿|讲话稿|致辞稿|主持词|范文|致辞|倡议书|心得体会)")
_GENRE_WORD = re.compile(r"发言稿|演讲稿|讲话稿|致辞|主持词|范文|倡议书|心得体会")
#: round 131k: a link footer sending the reader to the site for more texts like this one (您可以访问某某范文网(www.…)
#: 查看更多与本文《某某致辞》相关的文章。), its address maybe lost (www.网址未加载); a speech's 可以访问县政府网站查看更多
#: 政策信息 names no text of a site
_MORE_AT_SITE = re.compile(r"(?:您|你)?(?:还)?可以(?:访问|登录|进入)[^。！？!?\n]{1,80}?(?:查看|阅读|浏览|获取)更多"
                           r"[^。！？!?\n]{0,60}?(?:与本文|本站|范文|相关的?文章)[^。！？!?\n]{0,60}?[。.!！]?")
#: round 132k: a site's category, a short label ending in a genre's word (英语演讲稿, 致辞致谢), before the time stamp of its
#: row (英语演讲稿 时间:2022-02-19), or alone on a line of the head when the row below names it again
_CATEGORY = r"[\u4e00-\u9fff]{0,6}(?:演讲稿|讲话稿|发言稿|致辞|致谢|范文|主持词|作文|大全|文稿|素材|贺词)"
_CATEGORY_STAMP = re.compile(rf"^{_SP}*(?P<label>{_CATEGORY}){_SP}+(?:发布|更新)?(?:时间|日期)[:：]{_SP}*\d{{4}}[-/年.]\d{{1,2}}", re.M)
_CATEGORY_LINE = re.compile(rf"^{_SP}*(?P<label>{_CATEGORY}){_SP}*$")
_STAMP_ROW = re.compile(r"(?:时间|日期|来源|作者|栏目|分类)[:：]")
#: round 132k: a page's keywords glued as the last clause of the speech's first sentence (…安排部署下一阶段工作,防汛抗灾
#: 工作会议领导讲话稿。): a bare name of the genre, no verb or pronoun in it; a speaker's 请认真学习书记讲话稿 has its verb
_SEO_CLAUSE = re.compile(r"[,，](?P<kw>[\u4e00-\u9fff]{3,26}?(?:讲话稿|发言稿|演讲稿|致辞稿|主持词|讲话材料|致辞|致词))(?=[。.])")
_NOT_KEYWORDS = re.compile(r"包括|其中|有|和|及|与|等|份|篇|都|也|还|就|学习|认真|要|请|把|将|写|读|传达|印发|研究|修改|起草|准备|审|这|该|此|我|你|他|们|的|好|了|是|在|按|照|为"
                           r"|由|向|代表")
#: the page's keyword glued before a paragraph's first sentence, its end found again in the title (维护民族团结演讲稿今天的
#: 国旗下讲话题目就是…; round 176k)
_SEO_OPENER = re.compile(r"^[ \t\u3000]*(?P<kw>[\u4e00-\u9fff]{2,20}?(?:讲话稿|发言稿|演讲稿|致辞稿))(?=[\u4e00-\u9fff][^\n]*[。！？!?])", re.M)
#: round 133k: a template site's SEO title heading the page, a question how to write something cut off before its
#: question mark (关于某某培训计划怎么写一)
_HOW_TO_TITLE = re.compile(rf"^{_SP}*[^\n。！？!?,，]{{2,40}}?(?:怎么写|怎样写|如何写)[一二三四五六七八九十0-9]{{0,2}}{_SP}*$")
#: round 133k: a related text's title glued after a sentence at its line's end (…请实验小学代表献词。小学生五一劳动节演讲稿),
#: named by its genre; not when a salutation opens the next line (the title of a collection's next speech)
_GLUED_TITLE = re.compile(r"(?<=[。！？!?])[ \t\u3000]*[\u4e00-\u9fff0-9“”《》]{2,24}?"
                          r"(?:演讲稿|发言稿|讲话稿|倡议书|主持词|主持稿|致辞稿|范文|心得体会|事迹材料)[ \t\u3000]*$", re.M)
#: round 133k: a promotion in brackets with a messenger's contact (【更多公文素材,微信:abc01】)
_CONTACT_PROMO = re.compile(r"【[^】\n]{0,30}?(?:微信|微信号|QQ|qq|公众号|VX|vx|V信)[:：]?[ \t]*[A-Za-z0-9_\-]{4,30}[^】\n]{0,10}】")
#: how many lines an outline holds at most
#: a collection's title with its count glued after a salutation's colon or a sentence (各位来宾: 某某致辞(精选19篇))
_GLUED_COLLECTION = re.compile(r"(?<=[:：。！？!?])[ \t\u3000]*(?P<title>[^\n。！？!?:：,，]{2,40}?[ \t\u3000]*[(（【\[]\s*"
                               r"(?:精选|通用|推荐|热门|优秀|实用|最新|优选|合集)\s*[0-9一二三四五六七八九十]{1,3}\s*篇(?:范文)?"
                               r"\s*[)）】\]])")
#: a site's category word glued between a sentence's end and the next point's enumerator (。心得体会四是…)
_LINK_WORD = re.compile(r"(?<=[。！？!?；;])[ \t\u3000]*(?:心得体会|工作总结|述职报告|演讲稿|讲话稿|发言稿|致辞稿|范文|工作计划|思想汇报"
                        r"|自查报告|调研报告|实施方案|主持词|工作报告|党课讲稿|对照检查材料|发言材料|个人总结|述职述廉报告)[ \t\u3000]*"
                        r"(?=[一二三四五六七八九十]是|其[一二三四五六七八九十]是|第[一二三四五六七八九十][是,，、]"
                        r"|[一二三四五六七八九十]、|[(（][一二三四五六七八九十][)）]|\d{1,2}[、．])")
#: a portal's links after a name, in brackets (某车(某车新闻,某车说吧)): each item the name and a section of the portal
_SECTION = r"(?:新闻|说吧|论坛|报价|图片|参数|口碑|车型|视频|问答|百科|资料)"
_NAME_LINKS = re.compile(rf"[(（](?P<name>[\u4e00-\u9fffA-Za-z0-9]{{2,8}}?){_SECTION}(?:[,，、 ]+(?P=name){_SECTION})+[)）]")
#: a search query before the title, with an underscore (某村怎么样_)
_QUERY_PREFIX = re.compile(rf"^{_SP}*[^\n_。！？!?]{{2,24}}?(?:怎么样|怎么写|怎样写|如何写|是什么|有哪些|好不好|在哪里)_(?=[^\n_]{{4,}})")
#: a page number after a comma at a line's end, the sentence going on after a blank line (…2008年,1 / / 乡党委…)
_CUT_PAGE_NUMBER = re.compile(r"(?<=[,，、；;])[ \t]*\d{1,3}[ \t]*(?=\n[ \t\u3000]*\n[ \t\u3000]*[\u4e00-\u9fff])"
                              # after a word and a space, the clause going on below (…烧碱50万吨、PVC50 1 / 万吨,…; 172k)
                              r"|(?<=[A-Za-z0-9\u4e00-\u9fff])[ \t]+\d{1,3}[ \t]*"
                              r"(?=\n[ \t\u3000]*\n[ \t\u3000]*[\u4e00-\u9fff][^\n,，、。]{0,30}[,，、。])")
#: a visit counter after a space at a line's end (…谢谢 1 次访问)
_VISITS = re.compile(r"(?<=\S)[ \t\u3000]+\d{1,7}[ \t]*次(?:访问|浏览|阅读|下载)[ \t\u3000]*$", re.M)
#: a rule of eight or more stars between words of a flattened page (某某致辞全文 ******** 以下为…)
_STAR_RULE = re.compile(r"(?:(?<=\s)|^)[*＊=＝~#]{8,}(?=\s|$)", re.M)
#: a site's name glued before a paragraph's first word (某某在线学习网轻风…)
_INJECTED_SITE = re.compile(r"(?:^|(?<=[。！？!?:：]))[ \t\u3000]*(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,6}?"
                            r"(?P<word>在线学习网|范文网|作文网|美文网|文章网|资料网|百科网))(?=[\u4e00-\u9fff“「])", re.M)
#: buttons alone on their line
_BUTTON_LINE = re.compile(rf"^{_SP}*(?:(?:向上|向下|左右|上下)?滑动(?:阅览|阅读|查看|浏览|看全文|查看全文)|文本预览下载声明|预览下载声明)"
                          rf"{_SP}*$", re.M)
_FIRST_COUNTER = re.compile(rf"{_SP}*\d{{1,3}}{_SP}*(?=\n)")
#: a short line holding kana (a photograph's alt text on a Chinese page)
#: (the katakana middle dot ・ is a Chinese text's separator too, 行走某地・读懂中国: it is no kana; round 251k)
_KANA = re.compile(r"[\u3040-\u309f\u30a0-\u30fa\u30fc-\u30ff]")
_KANA_LINE = re.compile(rf"^[^\n。！？!?]{{0,24}}{_KANA.pattern}[^\n。！？!?]{{0,24}}$", re.M)
#: a library's quota notice alone on its line
_QUOTA = re.compile(rf"^{_SP}*(?:消耗|扣除|使用){_SP}*\d{{1,3}}{_SP}*(?:篇|份|次|个|张)?[^\n。！？!?]{{0,16}}?(?:配额|下载券|下载次数|积分|点数)"
                    rf"(?:[,，;；]?{_SP}*[^\n。！？!?]{{0,30}}?(?:会员|有效期|无限次|查看|下载)[^\n。！？!?]{{0,20}})?{_SP}*$", re.M)
#: a public account's persona calling the reader along (快跟着某某君,…哦~)
_PERSONA_LEAD = re.compile(rf"^{_SP}*[^\n。！？!?]{{0,12}}?(?:跟着|跟著|跟随|随着|随)(?:小编|[\u4e00-\u9fff]{{1,4}}君)[^\n]{{0,80}}$")
#: a membership gate in the site's words, alone on its line
_GATE_LINE = re.compile(r"^[^\n]{0,60}?(?:只有|仅限|仅)(?:正式|VIP|付费|注册|高级)?会员[^\n。]{0,4}?[才方]?(?:能|可|可以)(?:完整|全文)?"
                        r"(?:阅读|查看|下载)[^\n]{0,40}$", re.M)
_SITE_SLOGAN = re.compile(rf"^{_SP}*[^\s,，。！？!?]{{1,12}}(?:网|站|文库){_SP}*[,，|｜-]{_SP}*[^\n。]{{2,30}}$")
_ANCHOR = re.compile(rf"^{_SP}*:::[^\n:]{{0,20}}$", re.M)
_BUILD_STAMP = re.compile(rf"^{_SP}*(?:Code{_SP}*)?Ver(?:sion)?\.?{_SP}*[:：]{_SP}*[\w.]{{4,40}}(?:{_SP}*&{_SP}*[\w.]{{4,40}})*{_SP}*$", re.M)
#: a document library's name glued before the title (某某文库2024年全县环保工作会议讲话)
_LIBRARY_PREFIX = re.compile(rf"^{_SP}*[\u4e00-\u9fff]{{2,4}}文库(?:网)?{_SP}*[:：|｜\-—_]?{_SP}*"
                             r"(?=[^\n。！？!?]{4,60}?(?:讲话|致辞|致词|发言|演讲|讲稿|报告|贺词|主持词)[^\n。！？!?]{0,12}$)")
#: a document's format notice alone on its line (文档为doc格式。)
_FORMAT_NOTICE = re.compile(rf"^{_SP}*(?:本|该|此)?(?:文档|文件|资料)(?:为|是){_SP}*(?:doc|docx|pdf|wps|ppt|pptx|txt|word|Word|DOC|DOCX|PDF)"
                            rf"{_SP}*格式[,，]?[^\n。！？!?]{{0,20}}[。.!！]?{_SP}*$", re.M)
#: a number and a writing site's name glued between words (进行517878秘书网了全面检查)
_NUMBERED_SITE = re.compile(r"(?<=[\u4e00-\u9fff])\d{4,8}[\u4e00-\u9fff]{0,4}(?:秘书网|范文网|文库网|学习网|作文网|公文网|资料网|文秘网"
                            r"|写作网)(?=[\u4e00-\u9fff])")
#: a site's name, a number and its address glued after a sentence's end (。爱思范文25http://fanwen.abc.com一份…)
_NAMED_ADDRESS = re.compile(r"(?:^|(?<=[。！？!?；;]))[ \t]*[\u4e00-\u9fff]{1,6}(?:范文|网|文库|文秘|秘书)\d{0,6}[ \t]*"
                            r"(?:https?://|www\.)[A-Za-z0-9./_\-]+(?=[\u4e00-\u9fff])", re.M)
#: a template's reading tip anywhere in a line (阅读小贴士:模板1共计2785个字,预计阅读时长7分钟。朗读需要14分钟,…有229位用户喜欢。)
_INLINE_READ_TIP = re.compile(r"(?:阅读小贴士|阅读提示)[:：][^\n。！？!?]{0,40}?共计\d+个?字[^\n。！？!?]{0,30}?分钟[。.]?"
                              r"(?:[^\n。！？!?]{0,100}?(?:分钟|喜欢)[。.!！]?){0,6}")
#: a document site's numbered disclaimer, anywhere in a line
_DOC_DISCLAIMER = re.compile(r"(?:\d[.、．][ \t]*)*(?:下载文档前请自行甄别|如文档侵犯您的权益|平台不提供额外的编辑|本站仅提供存储空间)"
                             r"[^\n。]{0,160}?(?:。|(?=\n)|$)")
#: an ellipsis closing the page after a comma (…超xx%,……): the site's cut
_CUT_CLOSE = re.compile(r"(?<=[,，、;；:：])[ \t\u3000]*(?:…{1,3}|\.{3,6}|。{3,6})[ \t\u3000\n]*\Z"
                        r"|[(（【]未完[,，]?(?:全文共?[^\n)）】]{0,12})?[ \t\u3000\n]*\Z")   # a truncation notice cut itself (round 171k)
#: one character alone on the page's last line below a text cut mid-sentence: a footer cut after its first character
#: (…在合作中增 / 腾; round 143k)
_LONE_CLOSE = re.compile(r"(?<=[\u4e00-\u9fff,，、])[ \t\u3000]*\n(?:[ \t\u3000]*\n)+[ \t\u3000]*[\u4e00-\u9fff][ \t\u3000\n]*\Z")
#: a source note naming the site, injected inside a sentence (…甚至本文来自某某范文网几十年如一日…; round 144k)
_INJECTED_SOURCE = re.compile(r"本(?:文|篇)(?:来自|来源于|出自|转自|摘自)[:：]?[ \t]*[\u4e00-\u9fffA-Za-z0-9]{1,10}?"
                              r"(?:范文网|文库|资料网|网|之家)(?:[(（]?(?:www\.)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+[)）]?)?")
#: a PDF's page number (-2-) glued between words, or before the first word of a line (-1-在全市…会议上的讲话; round 144k)
_GLUED_PAGE_NO = re.compile(r"(?:(?<=[\u4e00-\u9fff,，、;；])|^)[ \t]*-[ \t]?\d{1,3}[ \t]?-[ \t]*(?=[\u4e00-\u9fff])", re.M)
#: a template's form fields with blanks, two or more together (撰写人:______日期:______; round 144k)
_FORM_FIELDS = re.compile(r"(?:(?:撰写人|撰稿人|编写人|起草人|编制人|审核人|填报人|姓名|单位|部门|班级|日期|时间)[ \t]*[:：][ \t]*_{3,}[ \t]*){2,}")
#: a template site's promotion with its address and a messenger contact (某某范文,海量公文素材资料,下载网址:www.abc.com,
#: 润笔请加微:abc123。; round 145k): a sentence naming the site's material, an address and a contact
_SITE_CONTACT = re.compile(r"(?:^|(?<=[。！？!?]))[ \t\u3000]*[^。！？!?\n]{0,40}?(?:范文|素材|公文|文档|资料|写作|润笔|代写)[^。！？!?\n]{0,40}?"
                           r"(?:https?://|www\.)[A-Za-z0-9.\-/]+[^。！？!?\n]{0,30}?(?:加微|微信号?|[Qq][Qq]|[Vv][Xx])[:：]?[ \t]*"
                           r"[A-Za-z0-9_\-]{4,20}[^。！？!?\n]{0,6}?[。.!！]?", re.M)
#: a gallery's caption: a headline with its picture mark and number (某某接任某职(图) - 1; round 145k)
_GALLERY_CAPTION = re.compile(r"^[ \t\u3000]*[^\n。！？!?]{4,60}[(（]组?图[)）][ \t]*[-—][ \t]*\d{1,2}[ \t\u3000]*$", re.M)
#: a photograph's credit line: who is shown, the agency, the photographer, set apart by spaces (某部部长某某 中国网 某某)
_PHOTO_CREDIT = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{2,16}[ \t\u3000]+[\u4e00-\u9fff]{1,6}(?:网|社|报|台)[ \t\u3000]+"
                           r"[\u4e00-\u9fff]{2,3}[ \t\u3000]*$", re.M)
#: a news site's byline with a pipe: the outlet, the reporter and the place of the report (某某newtalk |某某 台北市报导)
_PIPE_BYLINE = re.compile(r"^[ \t\u3000]*[^\n。！？!?|｜]{2,24}[ \t]*[|｜][ \t]*[\u4e00-\u9fff]{2,4}[ \t]*[\u4e00-\u9fff]{0,6}"
                          r"(?:报导|报道)[ \t\u3000]*$", re.M)
#: a site's 原创: label injected inside a sentence (…体育比赛,原创:可以振奋…; round 145k)
_ORIGINAL_LABEL = re.compile(r"(?<=[,，、。\u4e00-\u9fff])原创[:：]\.?(?=[\u4e00-\u9fff])")   # …部分。原创:.老年… (168k)
#: a date and a clock time alone on a line (2018年4月23日 下午1:08): a news page's time stamp under its byline
_CLOCK_STAMP = re.compile(r"^[ \t\u3000]*\d{4}年\d{1,2}月\d{1,2}日[ \t\u3000]*(?:(?:星期|周)[一二三四五六日天])?[ \t\u3000]*"
                          r"(?:上午|下午|晚上|凌晨|中午)?[ \t]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[ \t\u3000]*$", re.M)
#: a photograph's caption set between the speech's lines: one clause naming who attended and spoke (省委书记某某出席
#: 2023年某某活动暨启动仪式并致辞。; round 139k), no comma, alone on its line
_ATTENDED_CAPTION = re.compile(r"^[ \t\u3000]*[^\n。！？!?,，;；:：]{2,30}出席[^\n。！？!?,，;；:：]{2,60}并(?:致辞|致词|讲话|发表讲话|作报告|作主旨演讲)"
                               r"[。.]?[ \t\u3000]*$", re.M)
#: a title printed twice and glued at a line's start (在某某庆典上的致辞讲话在某某庆典上的致辞讲话各位领导…; round 146k): the
#: first copy goes, the second stays as the title
_DOUBLED_TITLE = re.compile(r"^[ \t\u3000]*(?P<t>[^\n。！？!?,，;；:：\s]{6,40}?)(?=(?P=t))", re.M)
#: a government release's label alone on a line (新闻公报), and its media row (短片 短片 (Real Media格式/Windows Media格式);
#: round 148k)
_RELEASE_LABEL = re.compile(r"^[ \t\u3000]*(?:新闻公报|新闻稿|Press Releases?)[ \t\u3000]*$", re.M)
_MEDIA_ROW = re.compile(r"^[ \t\u3000]*(?:短片|录像|视频|音频|声带)(?:[ \t]+(?:短片|录像|视频|音频|声带))*[ \t]*[(（][^)）\n]{0,60}"
                        r"(?:格式|Media|MP4|mp4)[^)）\n]{0,40}[)）][ \t\u3000]*$", re.M)
#: a related text's title with its posting date (某某闭幕词11-15, alone on its line; round 149k)
_DATED_RELATED = re.compile(rf"^[ \t\u3000]*[^\n。！？!?,，:：]{{2,40}}{GENRE}(?:稿|范文)?[ \t]*[01]\d-[0-3]\d[ \t\u3000]*$", re.M)
#: a site's summary under a bracketed label, on the label's line ([内容提要]要客观公正…; round 149k)
_BRACKET_SUMMARY = re.compile(r"^[ \t\u3000]*【(?:内容提要|内容摘要|摘要|提要|导读|导语)】[ \t\u3000]*(?P<text>[^\n]{12,400})$", re.M)
#: the site's comment closing the page, speaking of the speech as "this" one (这位父亲在婚礼上的致辞遭到网友的疯传,…; round 150k)
_CLOSING_COMMENT = re.compile(rf"\n[ \t\u3000]*(?P<line>这(?:位|篇|段|次|份)[^\n]{{0,30}}?{GENRE}[^\n]{{4,200}}?[。！!])[ \t\u3000\n]*\Z")
#: a repost's rights statement anywhere in a line, one sentence naming the original author's copyright and asking to be
#: told of an infringement (转发本文主要用于学习交流,版权属于原作者,如有侵权,请后台联系。; round 151k); a speech's sentence on
#: copyright names no 原作者 beside a request to be contacted
_REPOST_RIGHTS = re.compile(r"(?:^|(?<=[。！？!?]))[ \t\u3000]*[^。！？!?\n]{0,40}?版权(?:归|属于|为|均属于?|归属于?)原?作者(?:所有)?"
                            r"[^。！？!?\n]{0,12}?(?:侵权|侵犯)[^。！？!?\n]{0,20}?(?:联系|删除|告知)[^。！？!?\n]{0,12}?(?:[。！!]|$)", re.M)
#: a source label glued between two sentences, naming an outlet (…是以推荐。来源:某某县人民政府网。转发…; round 151k)
_GLUED_SOURCE = re.compile(r"(?<=[。！？!?])[ \t\u3000]*来源[:：][ \t]*[\u4e00-\u9fffA-Za-z0-9]{1,20}?"
                           r"(?:网|网站|报|公众号|杂志|电视台|新闻)[。.]")
#: a sharing notice in the site's voice, anywhere in a line (此文由某某公众号群友无偿分享,仅供学习参考,请勿照搬照抄,严禁用于
#:商业用途。; round 152k): the text named as this one, shared or compiled by someone, for study only
_SHARED_NOTICE = re.compile(r"(?:^|(?<=[。！？!?]))[ \t\u3000]*(?:此文|本文|该文|此篇|本篇|本文档|此文档|本资料|此资料|以上内容)"
                            r"[^。！？!?\n]{0,40}?(?:分享|提供|整理|上传|收集|转载|转发)[^。！？!?\n]{0,16}?仅供[^。！？!?\n]{0,10}?"
                            r"(?:参考|学习|交流|借鉴|欣赏)[^。！？!?\n]{0,60}?(?:[。！!]|$)", re.M)
#: the end of a salutation just before it (各位宗亲:)
_ADDRESSED = re.compile(r"(?:们|来宾|嘉宾|领导|同志|先生|女士|朋友|同仁|亲友|宗亲|代表)[:：][ \t\u3000]*$")
#: a genre's title said twice and glued after a sentence, a search-engine's bait (…的价值。八一建军节讲话稿八一建军节讲话稿。;
#: round 165k): no speech repeats a title at once
_BAIT_TITLE = re.compile(r"(?<=[。！？!?])(?P<t>[\u4e00-\u9fff\d]{2,30}?(?:讲话稿|演讲稿|发言稿|致辞稿?|范文|心得体会))(?P=t)[。]?")
#: a repost notice naming the text and who gave it (《某某》由某某网提供,转载请注明出处:…,谢谢合作!; round 169k)
_PROVIDED_BY = re.compile(rf"^{_SP}*《[^》\n]{{2,60}}》由[^\n。！？!?]{{2,40}}?提供[,，][^\n]{{0,160}}?(?:转载|谢谢合作)[^\n]{{0,160}}$", re.M)
#: a site's name with the posting date (and a source) alone on a line, and its name before a dashed slogan (中华某某网 2015年3月26日
#: 某某总会 / 中华某某网--弘扬某某文化,…!; round 170k)
_SITE_DATE_ROW = re.compile(rf"^{_SP}*[\u4e00-\u9fff]{{2,10}}网{_SP}+\d{{4}}年\d{{1,2}}月\d{{1,2}}日(?:{_SP}+[\u4e00-\u9fff]{{2,14}})?{_SP}*$"
                            rf"|^{_SP}*[\u4e00-\u9fff]{{2,10}}网{_SP}*(?:-{{2}}|——|－－){_SP}*[^\n]{{4,60}}$", re.M)
#: a word processor's file suffix left on the title (某某讲话_转换, 某某致辞_副本(2); round 172k): no speech's line ends so
_FILE_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff)）》”])_(?:转换|副本|修改稿?|定稿|终稿|最终版)(?:\d{1,2}|[(（]\d{1,2}[)）])?[ \t]*$", re.M)
#: the editor's call to read on glued after the title in the head (某某校长毕业致辞:每一次毕业都是新的出征,下面一起来感受一下!;
#: round 172k)
_READ_ON = re.compile(r"[,，][ \t]*(?:下面|接下来|现在)?(?:就)?(?:让我们|和小编|随小编|跟小编|我们)?一起来?(?:感受|看看|看一看|欣赏|学习|阅读|了解"
                      r"|品读|聆听)(?:一下)?(?:吧)?[!！。]?[ \t]*$")
#: the families found by their pattern alone: (literals a page must hold for the pattern to be tried, None for every
#: page; the pattern; the audit's rule)
_PLAIN_FAMILIES: tuple[tuple[tuple[str, ...] | None, re.Pattern, str], ...] = (
    (("自",), _NAMELESS_SOURCE, "source_footer"),
    (("自",), _DANGLING_SOURCE, "source_footer"),
    (("略",), _ELIDED, "omission"),
    (("登",), _COMMENT_LOGIN, "login"),
    (("看板",), _BOARD, "meta_row"),
    (("关键词",), _KEYWORD_BLURB, "keyword_tag"),
    (("写",), _HOW_TO_WRITE, "editor_blurb"),
    (("【",), _CONTACT_PROMO, "promo_line"),
    (None, _LINK_WORD, "related_list"),
    (None, _CUT_PAGE_NUMBER, "page_number"),
    (("次",), _VISITS, "page_meta"),
    (("网",), _NUMBERED_SITE, "site_name"),
    (("http", "www."), _NAMED_ADDRESS, "source_footer"),
    (("小贴士", "阅读提示"), _INLINE_READ_TIP, "page_meta"),
    (("文档", "本站"), _DOC_DISCLAIMER, "download_panel"),
    (("格式",), _FORMAT_NOTICE, "download_panel"),
    ((":::",), _ANCHOR, "navigation"),
    (("Ver",), _BUILD_STAMP, "site_interface"),
    (("配额", "下载券", "积分", "点数", "下载次数"), _QUOTA, "download_panel"),
    (("滑动", "声明"), _BUTTON_LINE, "widget_words"),
    (("*", "＊", "==", "~~", "##"), _STAR_RULE, "ascii_junk"),
    (("更多",), _MORE_AT_SITE, "link_footer"),
    (("来自", "来源于", "出自", "转自", "摘自"), _INJECTED_SOURCE, "source_footer"),
    (("-",), _GLUED_PAGE_NO, "page_number"),
    (("___",), _FORM_FIELDS, "template_form"),
    (("加微", "微信", "QQ", "qq", "VX", "vx"), _SITE_CONTACT, "promo_line"),
    (("图",), _GALLERY_CAPTION, "caption"),
    (("网", "社", "报", "台"), _PHOTO_CREDIT, "photo_credit"),
    (("稿", "范文", "致辞", "心得"), _BAIT_TITLE, "seo_keyword"),
    (("提供",), _PROVIDED_BY, "copyright_footer"),
    (("网",), _SITE_DATE_ROW, "site_name"),
    (("_",), _FILE_SUFFIX, "title_suffix"),
    (("报导", "报道"), _PIPE_BYLINE, "byline"),
    (("原创",), _ORIGINAL_LABEL, "site_name"),
    (("上午", "下午", "晚上", "凌晨", "中午", ":"), _CLOCK_STAMP, "date_stamp"),
    (None, _DOUBLED_TITLE, "repeated_title"),
    (("新闻公报", "新闻稿", "Press"), _RELEASE_LABEL, "site_name"),
    (("格式", "Media", "MP4", "mp4"), _MEDIA_ROW, "media_link"),
    (("-",), _DATED_RELATED, "related_list"),
    (("作者",), _REPOST_RIGHTS, "copyright_footer"),
    (("来源",), _GLUED_SOURCE, "source_footer"),
    (("仅供",), _SHARED_NOTICE, "copyright_footer"),
)
_MAX_OUTLINE = 30


def _bare_outline(view: str, *, min_headings: int) -> list[tuple[int, int]]:
    """An outline with no label opening the page: numbered headings (一、… (一)…), each opening a line below (round 175k)."""
    heads, end = [], -1
    for s, e, line in first_lines(view, 40):
        if not line.strip():
            continue
        if not _NUMBERED_HEAD.match(line):
            break
        heads.append(line.strip())
        end = e
    if len(heads) < min_headings:
        return []
    below = view[end:]
    found = [bool(re.search(rf"\n[ \t\u3000]*{re.escape(h)}", below)) for h in heads]
    # most headings stand again below; or, the page cut before the rest, the first two do and a title follows the outline
    nxt = next((line for _, _, line in first_lines(below.lstrip("\n"), 1)), "")
    last = below.rstrip().rsplit("\n", 1)[-1].strip()       # the excerpt may end inside the second (…\n(一)党对教; 199k)
    second = found[1] or (len(last) >= 3 and heads[1].startswith(last) and last != heads[1])
    cut = found[0] and second and not _SENTENCE_END.search(nxt) and not _NUMBERED_HEAD.match(nxt)
    return [(view.find(heads[0]), end)] if sum(found) * 4 >= len(heads) * 3 or cut else []


def outline_spans(view: str, *, min_headings: int = 2) -> list[tuple[int, int]]:
    """Spans of an outline (its label, its headings and its closing ellipsis) whose headings stand again below it.

    Examples
    --------
    >>> v = "目录/提纲:……\\n一、统一认识\\n二、明确任务\\n……\\n同志们:\\n一、统一认识\\n要抓好。\\n二、明确任务\\n要落实。"
    >>> [v[a:b] for a, b in outline_spans(v)]
    ['目录/提纲:……\\n一、统一认识\\n二、明确任务\\n……']
    >>> v = "提纲:\\n一是抓学习\\n二是抓落实\\n同志们,以上是我的提纲。"
    >>> outline_spans(v)
    []
    >>> v = "一、统一认识\\n二、明确任务\\n三、强化保障\\n四、狠抓落实\\n某某讲话\\n同志们:\\n一、统一认识,要抓好。\\n二、明确任务\\n三、强化保障\\n四、狠抓落实"
    >>> [v[a:b] for a, b in outline_spans(v)]       # no label: the headings open the page and stand again below
    ['一、统一认识\\n二、明确任务\\n三、强化保障\\n四、狠抓落实']
    """
    spans: list[tuple[int, int]] = _bare_outline(view, min_headings=4)
    for m in re.finditer(r"(?:目录|提纲|大纲)", view):
        s = view.rfind("\n", 0, m.start()) + 1
        e = view.find("\n", m.end())
        if e < 0 or (spans and s < spans[-1][1]) or not _OUTLINE_LABEL.match(view[s:e]):
            continue
        heads, end, pos = [], e, e + 1
        while len(heads) < _MAX_OUTLINE and pos < len(view):
            nxt = view.find("\n", pos)
            nxt = len(view) if nxt < 0 else nxt
            line = view[pos:nxt]
            if _ELLIPSIS.match(line):
                end = nxt
                break
            if not line.strip():
                pos = nxt + 1
                continue
            if not _HEADING.match(line):
                break
            heads.append(line.strip())
            end, pos = nxt, nxt + 1
        below = view[end:]
        again = sum(1 for h in heads if h in below)
        if len(heads) >= min_headings and again * 2 > len(heads):
            spans.append((s, end))
    return spans


def category_spans(view: str, *, head_lines: int = 6) -> list[tuple[int, int]]:
    """Spans of a site's category among the head's lines: before its row's time stamp, or alone and named again below.

    Read before the rows themselves go (:func:`corpusmine.text.rules.page_meta` calls it first).

    Examples
    --------
    >>> v = "致辞致谢\\n领导离职致辞\\n时间:2017-09-11 11:03:16 致辞致谢 我要投稿\\n英语演讲稿 时间:2022-02-19\\n同志们:"
    >>> [v[a:b] for a, b in category_spans(v)]
    ['致辞致谢', '英语演讲稿']
    """
    spans = []
    head = list(first_lines(view, head_lines))
    for k, (s, e, line) in enumerate(head):
        if P.SALUTATION_LINE.match(line) or _SENTENCE_END.search(line):
            break
        if m := _CATEGORY_STAMP.match(line):
            spans.append((s + m.start("label"), s + m.end("label")))
        elif (m := _CATEGORY_LINE.match(line)) and any(m.group("label") in x and _STAMP_ROW.search(x) and "标题" not in x
                                                            for *_, x in head[k + 1:]):
            spans.append((s, e))
    return spans


def framing_spans(view: str, *, head_lines: int = 4) -> list[tuple[int, int, str]]:
    """Spans of this module's families: the tagline and the word count among the first ``head_lines`` lines, outlines.

    The head is read down to its first salutation (同志们:) or sentence end: below it the speech has begun.

    Examples
    --------
    >>> v = "某某范文网 - 专业的范文写作平台\\n表态发言(约980字)\\n同志们:\\n全书(共300字)。"
    >>> [(v[a:b], rule) for a, b, rule in framing_spans(v)]
    [('某某范文网 - 专业的范文写作平台', 'site_name'), ('(约980字)', 'word_count')]
    """
    spans: list[tuple[int, int, str]] = []
    for s, e, line in first_lines(view, head_lines + 4):
        if P.SALUTATION_LINE.match(line):
            break
        if _GENRE_USE.search(line) and all(_GENRE_WORD.search(x) for x in _SENTENCE_END.split(line) if x.strip()):
            spans.append((s, e, "editor_blurb"))
        elif (m := _READ_ON.search(line)) and not _SENTENCE_END.search(line, 0, m.start()):
            spans.append((s + m.start(), e, "editor_blurb"))
    if "稿" in view or "主持词" in view or "致辞" in view or "致词" in view:
        # a keyword ending in 致辞 only when the page names it again (its title): …并致辞 is a report's clause
        spans += [(m.start(), m.start("kw") + len(m.group("kw")), "seo_keyword") for m in _SEO_CLAUSE.finditer(view)
                  if not _NOT_KEYWORDS.search(m.group("kw")) and (not m["kw"].endswith(("致辞", "致词")) or view.count(m["kw"]) >= 2)]
        spans += [(m.start("kw"), m.end("kw"), "seo_keyword") for m in _SEO_OPENER.finditer(view)
                  if not _NOT_KEYWORDS.search(m["kw"]) and view.count(m["kw"][-6:]) >= 2]
    for s, e, line in first_lines(view, head_lines + 6):
        if ("君" in line or "小编" in line) and _PERSONA_LEAD.match(line) and not P.SALUTATION_LINE.match(line):
            spans.append((s, e, "editor_blurb"))
    head = list(first_lines(view, head_lines + 6))
    for (s, e, line), below in zip(head, head[1:]):
        if COLUMN_LABEL.match(line) or COLUMN_GENRE.match(line.strip()) and is_column_name(line, below[2]):
            spans.append((s, e, "page_head"))      # a column's or a language's label in the head (重要致辞 / 某某致辞全文)
    for s, e, line in head[:2]:     # a news site's column tag opening the title (【某某网新闻】某某献词; round 170k)
        if m := _SITE_TAG.match(line):
            spans.append((s + m.start("tag"), s + m.end("tag"), "page_head"))
    spans += [(s, e, "page_head") for s, e, line in head if _TAGGED_TITLE.match(line)]
    for s, e, line in head:     # a column's bracketed tag alone on a line, opening a head line too (【书记讲党课】; round 160k)
        if (m := _TAG_LINE.match(line)) and any(x.lstrip().startswith(m["tag"]) and len(x.strip()) > len(m["tag"]) + 4 for *_, x in head):
            spans.append((s, e, "page_head"))
        elif (m := _TEASER_TITLE.match(line)) and any(x.strip() == m["t"].strip() for *_, x in head):
            spans.append((s, e, "page_head"))     # a teaser's label before the title repeated (导读 某某演讲稿; round 162k)
    for s, e, line in head[:head_lines]:
        if _HOW_TO_TITLE.match(line):
            spans.append((s, e, "seo_keyword"))
        elif m := _QUERY_PREFIX.match(line):
            spans.append((s, s + m.end(), "seo_keyword"))
        elif "文库" in line and (m := _LIBRARY_PREFIX.match(line)):
            spans.append((s, s + m.end(), "site_name"))
        elif _TAGLINE.match(line):
            spans.append((s, e, "site_name"))
        elif P.SALUTATION_LINE.match(line) or _SENTENCE_END.search(line):
            break                   # the speech has begun: its lines are no site's framing
        elif "字" in line and (m := _WORD_COUNT.search(line)):
            spans.append((s + m.start(), s + m.end(), "word_count"))
    if "页" in view:
        links = list(_PAGE_LINK.finditer(view))
        titles = [m.group("title").strip() for m in links]
        spans += [(m.start(), m.end(), "page_number") for m, t in zip(links, titles) if titles.count(t) >= 2]
    if "楼" in view or "只看" in view or "浏览" in view:
        spans += [(m.start(), m.end(), "widget_words") for m in _FORUM_WIDGET.finditer(view) if m.group().strip()]
    spans += family_spans(view, _PLAIN_FAMILIES)
    for m in _GLUED_TITLE.finditer(view):
        below = view[m.end() + 1:m.end() + 200]
        if not (P.SALUTATION_LINE.match(below) or OPENING_SALUTATION.match(below)):
            spans.append((m.start(), m.end(), "related_list"))
    spans += [(m.start(), m.end(), "related_list") for m in _NAME_LINKS.finditer(view)
              if view.endswith(m.group("name"), 0, m.start())]
    if "会员" in view:
        for m in _GATE_LINE.finditer(view):
            if in_speech_voice(m.group()) and not re.search(r"原创|本站|本网|本文|此文|请理解|注册|登录", m.group()):
                continue
            spans.append((m.start(), m.end(), "download_panel"))
            for a, b, line in first_lines(view[m.end():], 4):
                if _SITE_SLOGAN.match(line):     # the site's slogan a few lines below it
                    spans.append((m.end() + a, m.end() + b, "download_panel"))
    if m := _CUT_CLOSE.search(view, max(0, len(view) - 20)):
        spans.append((m.start(), m.end(), "truncation_marker"))
    if (m := _CLOSING_COMMENT.search(view, max(0, len(view) - 300))) and in_report_voice(m.group("line")):
        spans.append((m.start("line"), m.end("line"), "editor_blurb"))
    if (m := _LONE_CLOSE.search(view, max(0, len(view) - 20))) and len(view) > 200:
        spans.append((m.start(), m.end(), "truncation_marker"))
    if m := _FIRST_COUNTER.match(view):
        spans.append((m.start(), m.end(), "page_counter"))
    kana = _KANA.findall(view)
    if kana and len(kana) <= 40 and len(kana) * 20 < len(view):
        spans += [(m.start(), m.end(), "caption") for m in _KANA_LINE.finditer(view)]
    if "网" in view:
        sites = list(_INJECTED_SITE.finditer(view))
        seen = Counter(m.group("name") for m in sites)
        names = {m.group("name") for m in sites if m.group("word") == "在线学习网" or seen[m.group("name")] >= 2}
        # the same name put inside a sentence too (我们教育某某在线学习网的终极目标)
        spans += [(m.start(), m.end(), "site_name") for name in names for m in re.finditer(re.escape(name), view)]
    if "篇" in view:
        spans += [(m.start(), m.end(), "collection_echo") for m in _GLUED_COLLECTION.finditer(view)
                  if view.find(m.group("title").strip(), 0, m.start()) >= 0
                  or _ADDRESSED.search(view, max(0, m.start() - 40), m.start())]
    spans += [(a, b, "toc") for a, b in outline_spans(view)]
    if "】" in view:            # a bracketed summary whose opening words stand again below it, or the salutation does
        spans += [(m.start(), m.end(), "snippet") for m in _BRACKET_SUMMARY.finditer(view)
                  if view.find(m.group("text")[:12], m.end()) >= 0
                  or (not P.SALUTATION.search(m.group("text")) and OPENING_SALUTATION.match(view, m.end() + 1))]
    if "出席" in view:           # (between the speech's lines: below its salutation, above more of it)
        spans += [(m.start(), m.end(), "photo_caption") for m in _ATTENDED_CAPTION.finditer(view)
                  if in_report_voice(m.group()) and OPENING_SALUTATION.search(view, 0, m.start())
                  and chinese_after(view, m.end(), 40)]
    return spans

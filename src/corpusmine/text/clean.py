"""Clean raw pages from template-speech websites, auditing every change.

The pipeline: an HTML page first goes through the extraction layer
(:func:`corpusmine.text.markup.extract_html`, audit ``layer="html"``); the
text then goes through the rules of :mod:`corpusmine.text.rules`, in the
order of :data:`RULES` (audit ``layer="text"``).  Every change is an edit
over the input (:mod:`corpusmine.text.edits`), so::

    raw == kept text + the original text of every edit, in order

and :func:`reconstruct` rebuilds each layer's input from its output and its
audit rows.  The cleaned text is one paragraph per line, with no blank line
and no white space at either end of a line, so splitting it into paragraphs
(:func:`corpusmine.text.segment.split_paragraphs`) loses nothing.

Examples
--------
>>> from corpusmine.text.clean import clean_text
>>> clean_text("发布时间:2023-10-13 来源:网友投稿\\n同志们:\\n今天我们召开xx年创文工作推进会。")
'同志们:\\n今天我们召开〔某〕年创文工作推进会。'
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Collection, Iterable

from corpusmine import config
from corpusmine.errors import CorpusInputError
from corpusmine.text import chrome_rules as chrome
from corpusmine.text import (ascii_jammers, bottom_chrome, breadcrumbs, citation_rows, county_chrome, credit_lines, doc_chrome, doc_notices, encoding_debris,
                             event_captions, filler_lines, glued_furniture, glued_tails, head_banners, image_refs, inserted_chrome, joined_lines, lead_captions, lead_ins, live_text,
                             library_fields, line_model, line_shape, media_chrome, news_body, news_chrome, news_leads, noise_marks, page_framing, early_framing, page_labels, page_notes, page_titles,
                             page_widgets, parallel_text, photo_credits, portal_chrome, portal_dialogs, portal_furniture, portal_leftovers, post_chrome,
                             reader_lines, reader_prompts, reading_aids, record_chrome, reference_pages, report_furniture, report_heads, residue_chrome, rules,
                             running_heads, site_boilerplate, site_lines, slogan_stamps, spam_brands, stray_chrome, template_chrome, url_stamps, widget_lists, writer_notes)
from corpusmine.text.decode import looks_like_html, read_text
from corpusmine.text.edits import AUDIT_COLUMNS, Edit, EditedText, audit_rows, compact, reconstruct
from corpusmine.text.markup import extract_html
from corpusmine.text.patterns import SALUTATION, TITLE_LIKE
from corpusmine.text.rules import CleaningState
from corpusmine.text.script import REVERSIONS_FILE, convert_script, detect_conversion, simplified_view, traditional_share

__all__ = [
    "AUDIT_COLUMNS", "MEMORY_FACTOR", "RULES", "SALUTATION", "TITLE_LIKE", "CleanedDocument", "Edit", "EditedText",
    "Part", "available_memory", "check_size", "clean_document", "clean_file", "clean_text", "cleaner_version",
    "compact", "convert_script", "detect_conversion", "extract_html", "load_watermarks", "reconstruct",
    "simplified_view", "traditional_share",
]

#: Cleaning a page takes at most about this many times the file's size in memory (measured on 20 MB and 200 MB
#: pages, see benchmarks/README.md); :func:`check_size` refuses a file for which that is more than the memory available.
MEMORY_FACTOR = 5
#: Pages of at least this many characters get a progress bar in a terminal.
PROGRESS_MIN_CHARS = 1_000_000

# ------------------------------------------------------------------ the document being cleaned
@dataclass
class Part:
    """One speech found in a page: ``part`` counts from 1 in page order.

    Parameters
    ----------
    part : int
        1-based position of the speech in its page.
    title : str
        The title the page gives the speech ('' when none was found).
    start, end : int
        Span of the speech in the cleaned text of the page.
    text : str
        The speech's cleaned text, one paragraph per line.

    Examples
    --------
    >>> clean_document("同志们:\\n要抓实抓细抓出成效。").parts[0]
    Part(part=1, title='', start=0, end=15, text='同志们:\\n要抓实抓细抓出成效。')
    """

    part: int
    title: str
    start: int  # in the cleaned text
    end: int
    text: str


@dataclass
class CleanedDocument:
    """The result of :func:`clean_document`.

    Parameters
    ----------
    source_file : str
        Name used in the audit table and in messages.
    raw : str
        The page as given to :func:`clean_document`.
    text : str
        The cleaned page, one paragraph per line.
    parts : list of Part
        The speeches found, in page order.
    page_title : str or None
        The page's own title, when one was found.
    conversion : str or None
        The OpenCC conversion applied to a Traditional page, or None.
    audit_rows : list of dict
        One row per edit (see ``AUDIT_COLUMNS``); :attr:`audit` gives them as
        a DataFrame.
    html : bool
        Whether the page went through the HTML layer.
    extracted : str or None
        Text after the HTML layer (HTML pages only).

    Examples
    --------
    >>> doc = clean_document("同志们:\\n我老秘网县要抓实抓细抓出成效。")
    >>> doc.text, doc.conversion, len(doc.parts)
    ('同志们:\\n我县要抓实抓细抓出成效。', None, 1)
    >>> doc.audit[["rule", "removed"]].values.tolist()
    [['watermark', '老秘网']]
    """

    source_file: str
    raw: str
    text: str
    parts: list[Part]
    page_title: str | None
    conversion: str | None
    audit_rows: list[dict] = field(default_factory=list)
    html: bool = False
    extracted: str | None = None  # text after the HTML layer (HTML pages only)

    @property
    def audit(self):
        import pandas as pd
        return pd.DataFrame(self.audit_rows, columns=AUDIT_COLUMNS)


#: The rules in the order they run.  Chrome first (so that titles and salutations are found among what is left), then
#: inline noise, speech boundaries, watermarks and placeholders, script conversion, and white space last.
RULES: tuple[Callable[[CleaningState], None], ...] = (
    rules.learn_site_names,
    rules.html_leftovers,
    chrome.html_tags,
    encoding_debris.encoding_debris,
    running_heads.word_banners,     # a Word file's page banner, before the download rules take its notice apart
    early_framing.early_framing,    # a bullet menu, a wire lead, flattened contents: before they are taken apart
    inserted_chrome.glued_inserts,  # a slogan, a promotion, a disclaimer glued between sentences: likewise
    credit_lines.credit_lines,
    county_chrome.county_inline,
    joined_lines.joined_lines,
    noise_marks.symbol_noise,
    ascii_jammers.ascii_jammers,
    live_text.live_text,            # a live text's clock and line-end stamps, before the address rules read them
    url_stamps.url_stamps,
    slogan_stamps.slogan_stamps,   # a slogan glued to the end of line after line, before the line rules read those lines
    spam_brands.spam_brands,
    record_chrome.record_tables,
    doc_notices.doc_notices,        # before the line rules that take a notice's items one by one
    page_notes.summary_echoes,      # before page_meta takes the summary's bare label
    line_shape.pinyin_glosses,
    citation_rows.citation_rows,
    widget_lists.widget_lists,
    inserted_chrome.inserted_chrome,
    portal_dialogs.portal_dialogs,
    line_shape.image_captions,
    image_refs.image_refs,          # after the captions, which look for an image's file name above them
    template_chrome.dated_lists,
    *news_body.RULES,
    line_shape.title_sites,
    line_shape.chunk_numbers,
    chrome.wikisource_licence,
    chrome.truncation_notices,
    chrome.related_lists,
    portal_furniture.vertical_breadcrumbs,
    rules.navigation,
    breadcrumbs.glued_breadcrumbs,
    chrome.breadcrumbs,
    breadcrumbs.crumb_labels,
    page_widgets.page_widgets,
    post_chrome.post_chrome,
    media_chrome.media_chrome,
    event_captions.event_captions,
    stray_chrome.stray_chrome,
    page_labels.page_labels,
    report_furniture.report_furniture,
    lead_captions.lead_captions,
    portal_leftovers.portal_leftovers,
    rules.page_meta,
    chrome.site_panels,
    chrome.site_name_lines,
    chrome.ascii_junk,
    chrome.editor_blurbs,
    rules.blurbs,
    doc_chrome.document_chrome,
    doc_notices.doc_notice_lines,
    glued_furniture.glued_furniture,   # a widget glued inside a flattened line
    chrome.notice_lists,
    chrome.inline_chrome,
    rules.inline_noise,
    line_shape.date_stamps,
    line_shape.bracket_credits,
    line_shape.repeated_lines,
    line_shape.count_widgets,
    line_shape.captions_and_refs,
    portal_chrome.seo_spam,
    news_chrome.seo_glosses,
    news_chrome.gambling_spam,
    news_leads.dateline_leads,   # after the spam, before the leads below: a lead behind a ??? indent is at its line's start
    photo_credits.agency_credits,
    news_chrome.page_lines,
    news_leads.lead_brackets,
    page_notes.notice_lines,
    page_notes.link_notes,
    record_chrome.record_chrome,
    residue_chrome.residue_chrome,
    site_lines.site_lines,          # before the leads: a widget line glued to a lead (上一篇 下一篇本刊讯 …)
    reader_prompts.reader_prompts,
    reader_lines.reader_lines,
    reader_lines.reader_blocks,
    lead_ins.lead_ins,
    reference_pages.reference_pages,
    reading_aids.reading_aids,
    parallel_text.parallel_text,    # a bilingual page's English lines, before the page's edges are read
    filler_lines.filler_lines,
    library_fields.library_fields,
    head_banners.head_banners,
    news_leads.news_leads,
    photo_credits.photo_credits,
    county_chrome.county_chrome,
    template_chrome.template_chrome,
    portal_furniture.portal_furniture,
    site_boilerplate.site_boilerplate,   # late: rules that read a header's context (新闻推荐 + teaser) first
    bottom_chrome.bottom_chrome,
    glued_tails.glued_tails,        # after every line rule: a family's line glued to the speech's
    writer_notes.writer_notes,      # a generator's remark is read among the last lines left
    page_notes.quoted_excerpts,     # a description quoting the speech, above its salutation
    line_shape.page_edges,
    report_heads.report_heads,     # after the head's chrome: the report is then the page's first prose
    page_notes.column_head,
    portal_chrome.bullet_menus,
    portal_chrome.portal_lines,
    portal_chrome.flattened_lists,
    line_model.learned_lines,      # last of the chrome: a learned look at every line the rules left
    rules.paragraph_spaces,
    rules.repeated_titles,
    rules.part_headings,
    rules.front_matter,
    citation_rows.forum_names,
    rules.appended_speeches,
    page_titles.page_titles,       # after every rule that removes the page's head: a title read back from it
    running_heads.running_heads,   # after the title is known: a running header repeats its end
    rules.watermarks,
    rules.placeholders,
    rules.to_simplified,
    rules.whitespace,
)

def _file_state(path: Path) -> tuple[str, int, int]:
    """What identifies a file's current content cheaply: its path, mtime and size (-1 when missing)."""
    try:
        st = path.stat()
    except OSError:
        return str(path), -1, -1
    return str(path), st.st_mtime_ns, st.st_size


@lru_cache(maxsize=16)
def _read_watermarks(path: str, mtime_ns: int, size: int) -> tuple[str, ...]:
    import yaml

    if mtime_ns < 0 or not Path(path).is_file():
        return ()
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return tuple(str(w["name"]) for w in data.get("watermarks", []) if w.get("name"))


def load_watermarks(path: Path | str | None = None) -> list[str]:
    """Site names listed in ``data/lexicons/site_chrome.yaml``.

    The file is read once per process and read again only when it changes
    (the cache is keyed by path, modification time and size).

    Parameters
    ----------
    path : path-like, optional
        Another site-chrome file; default :data:`corpusmine.config.SITE_CHROME`.

    Returns
    -------
    list of str
        The ``name`` of every ``watermarks`` entry, in file order; an empty
        list when the file does not exist.

    Examples
    --------
    >>> "老秘网" in load_watermarks()     # 我老秘网县 for 我县
    True
    >>> load_watermarks("没有这个文件.yaml")
    []
    """
    return list(_read_watermarks(*_file_state(Path(path or config.SITE_CHROME))))


#: The modules whose source decides the cleaned text (see :func:`cleaner_version`).
_CLEANER_MODULES = ("clean", "rules", "anchors", "chrome_rules", "line_shape", "page_edges", "speech_voice", "page_notes",
                    "breadcrumbs", "doc_chrome", "intro_chrome", "news_chrome", "news_leads", "photo_credits", "news_body", "portal_chrome", "record_chrome",
                    "residue_chrome", "template_chrome", "page_widgets", "portal_furniture", "noise_marks", "post_chrome",
                    "county_chrome", "event_captions", "stray_chrome", "media_chrome", "page_labels", "report_furniture",
                    "lead_captions", "portal_leftovers", "spam_brands", "citation_rows", "credit_lines", "widget_lists", "inserted_chrome",
                    "portal_dialogs", "image_refs", "sentence_ends", "bottom_chrome", "site_lines", "reader_prompts", "reader_lines", "lead_ins", "reference_pages", "library_fields", "site_intros", "glued_tails", "encoding_debris", "site_boilerplate", "url_stamps", "slogan_stamps", "head_banners", "report_heads", "page_titles", "ascii_jammers", "doc_notices", "doc_rows", "doc_chunks", "parallel_text", "filler_lines", "reading_aids", "running_heads", "glued_furniture", "writer_notes", "live_text", "line_model",
                    "page_framing", "early_framing", "patterns", "guards", "charsets", "decode", "edits", "lines", "cleaning_state", "glued_speech", "joined_lines", "latin_gaps",
                    "boundaries", "inline_rules", "truncation", "script", "markup")


@lru_cache(maxsize=4)
def _version(chrome: tuple[str, int, int]) -> str:
    h = hashlib.sha256()
    here = Path(__file__).parent
    for name in _CLEANER_MODULES:
        h.update(name.encode())
        h.update((here / f"{name}.py").read_bytes())
    path = Path(chrome[0])
    if chrome[1] >= 0 and path.is_file():
        h.update(path.read_bytes())
    for extra in (REVERSIONS_FILE, line_model.MODEL_FILE):   # reversion evidence, the learned line rule's weights
        h.update(extra.read_bytes() if extra.is_file() else b"")
    return h.hexdigest()[:16]


def cleaner_version() -> str:
    """A short hash that changes whenever the cleaning code, its site-chrome list, its reversion evidence or the line
    model's weights (:mod:`corpusmine.text.line_model`) change.

    Caches of cleaned pages use it as a salt (the seed build and
    :func:`corpusmine.corpus.external.read_corpus`).  It is computed once per
    process and again only when the site-chrome file changes.

    Returns
    -------
    str
        16 hexadecimal digits.

    Examples
    --------
    >>> v = cleaner_version()          # salt of the 清洗 (cleaning) cache
    >>> len(v), v == cleaner_version()
    (16, True)
    """
    return _version(_file_state(Path(config.SITE_CHROME)))


def clean_document(
    raw: str,
    *,
    source_file: str = "<text>",
    is_html: bool | None = None,
    watermarks: Iterable[str] | None = None,
    progress: bool | None = None,
    site_lines: Collection[str] = frozenset(),
) -> CleanedDocument:
    """Clean one raw page and split it into speeches.

    Parameters
    ----------
    raw : str
        The decoded page, exactly as read (see :func:`corpusmine.text.decode.read_text`).
    source_file : str
        Name used in the audit table and in messages.
    is_html : bool, optional
        Force or forbid the HTML layer; by default detected from the text.
    watermarks : iterable of str, optional
        Site names to remove from the body; default: ``site_chrome.yaml``
        plus names learned from the page's own footer.
    progress : bool, optional
        Show a progress bar (tqdm, on standard error, one step per rule).
        By default it is shown only for a page of at least
        :data:`PROGRESS_MIN_CHARS` characters when standard error is a terminal.
    site_lines : collection of str, optional
        Lines learned as the site's boilerplate from a folder of its pages
        (:func:`corpusmine.text.site_boilerplate.learn_site_lines`); they go (rule
        ``site_boilerplate``) unless they read as part of a speech.

    Returns
    -------
    CleanedDocument
        ``.text`` (one paragraph per line), ``.parts`` (the speeches found,
        in page order), ``.page_title``, ``.conversion`` (the OpenCC
        conversion applied, or None) and ``.audit`` (one row per edit).

    Examples
    --------
    >>> doc = clean_document("讲话 篇1\\n同志们:\\n要抓好落实。\\n讲话 篇2\\n同志们:\\n要久久为功。")
    >>> [(p.part, p.text) for p in doc.parts]
    [(1, '同志们:\\n要抓好落实。'), (2, '同志们:\\n要久久为功。')]
    """
    if is_html is None:
        is_html = looks_like_html(raw)
    rows: list[dict] = []
    text = raw
    extracted = None
    if is_html:
        text, html_edits = extract_html(raw)
        extracted = text
        rows.extend(audit_rows(source_file, "html", raw, html_edits))

    cleaner = CleaningState(text, watermarks=load_watermarks() if watermarks is None else watermarks,
                            site_lines=site_lines)
    if progress is None:
        progress = len(raw) >= PROGRESS_MIN_CHARS and sys.stderr.isatty()
    if progress:
        from tqdm import tqdm

        with tqdm(RULES, desc=f"cleaning {source_file}", unit="rule", leave=False, file=sys.stderr) as bar:
            for rule in bar:
                bar.set_postfix_str(rule.__name__)
                rule(cleaner)
    else:
        for rule in RULES:
            rule(cleaner)
    doc = cleaner.doc
    out = doc.output

    # speeches: split the cleaned text at the recorded part boundaries
    marks = sorted(cleaner.part_marks)
    bounds = []
    for pos, title in marks:
        k = doc.to_output(pos)
        bounds.append((out.rfind("\n", 0, k) + 1, title))     # the start of that line
    # the segment map and the views go before the audit rows are made (on a page of hundreds of
    # megabytes each is a good part of the peak memory); the edits go as soon as the rows exist
    edits, page_title, conversion = doc.edits, cleaner.page_title, cleaner.conversion
    del cleaner, doc
    rows.extend(audit_rows(source_file, "text", text, edits))
    del edits
    parts: list[Part] = []
    if not bounds or bounds[0][0] > 0:
        first_title = page_title or ""
        bounds.insert(0, (0, first_title))
    for i, (start, title) in enumerate(bounds):
        end = bounds[i + 1][0] if i + 1 < len(bounds) else len(out)
        body = out[start:end].strip("\n")
        if not body or body.isspace():          # (no stripped copy of a whole page)
            continue
        parts.append(Part(len(parts) + 1, title, start, end, body))
    return CleanedDocument(
        source_file=source_file,
        raw=raw,
        text=out,
        parts=parts,
        page_title=page_title,
        conversion=conversion,
        audit_rows=rows,
        html=bool(is_html),
        extracted=extracted,
    )


def clean_text(raw: str) -> str:
    """Clean one raw page with no manifest: chrome, watermarks, script, placeholders.

    Parameters
    ----------
    raw : str
        A page as scraped (plain text or HTML).

    Returns
    -------
    str
        The cleaned text, one paragraph per line; several speeches on one page
        follow each other in page order.

    Examples
    --------
    >>> clean_text("当前位置:首页 > 范文\\n同志们:\\n我老秘网县要抓实抓细抓出成效。")
    '同志们:\\n我县要抓实抓细抓出成效。'
    """
    return clean_document(raw).text


def available_memory() -> int | None:
    """Bytes of memory available to a new allocation now (``MemAvailable``), or None when unknown.

    Returns
    -------
    int or None

    Examples
    --------
    >>> m = available_memory()          # 清洗 (cleaning) needs MEMORY_FACTOR x the file size
    >>> m is None or m > 0
    True
    """
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, OSError, ValueError):
        return None


def check_size(path: Path | str, *, max_bytes: int | None = None) -> int:
    """Refuse a file too large to clean within the memory bound; return its size in bytes.

    Parameters
    ----------
    path : path-like
        The raw page.
    max_bytes : int, optional
        The largest file accepted; default: the memory available
        (:func:`available_memory`) divided by :data:`MEMORY_FACTOR` (no limit
        when that is unknown).

    Returns
    -------
    int
        The file's size in bytes.

    Raises
    ------
    CorpusInputError
        Naming the file, its size and the bound, when the file is larger.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> page = pathlib.Path(tempfile.mkdtemp()) / "讲话.txt"
    >>> _ = page.write_text("同志们:要抓实抓细抓出成效。" * 100, encoding="utf-8")
    >>> check_size(page)
    4000
    >>> try:
    ...     check_size(page, max_bytes=1000)
    ... except CorpusInputError as exc:
    ...     print(str(exc).replace(str(page.parent), "…"))
    …/讲话.txt: is 4,000 bytes, more than the 1,000 bytes that can be cleaned here (cleaning needs about 5x the file size in memory); split the page into smaller files
    """
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError:
        return 0                                       # read_text says what is wrong with it
    if max_bytes is None:
        avail = available_memory()
        if avail is None:
            return size
        max_bytes = avail // MEMORY_FACTOR
    if size > max_bytes:
        raise CorpusInputError(
            p,
            f"is {size:,} bytes, more than the {max_bytes:,} bytes that can be cleaned here (cleaning needs about "
            f"{MEMORY_FACTOR}x the file size in memory); split the page into smaller files",
        )
    return size


def clean_file(path: Path | str, *, progress: bool | None = None, max_bytes: int | None = None) -> CleanedDocument:
    """Read one raw page (any encoding, text or HTML) and clean it, as ``corpusmine clean`` does.

    Parameters
    ----------
    path : path-like
        The raw page.
    progress : bool, optional
        Progress bar; see :func:`clean_document`.
    max_bytes : int, optional
        The largest file accepted; see :func:`check_size`.

    Returns
    -------
    CleanedDocument

    Raises
    ------
    CorpusInputError
        When the file is too large for the memory bound, or cannot be read
        (see :func:`corpusmine.text.decode.read_text`).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> page = pathlib.Path(tempfile.mkdtemp()) / "讲话.txt"
    >>> _ = page.write_text("当前位置:首页 > 范文\\n同志们:\\n我老秘网县要抓实抓细抓出成效。", encoding="utf-8")
    >>> clean_file(page).text
    '同志们:\\n我县要抓实抓细抓出成效。'
    """
    p = Path(path)
    check_size(p, max_bytes=max_bytes)
    decoded = read_text(p)
    return clean_document(decoded.text, source_file=p.name, is_html=decoded.format == "html", progress=progress)


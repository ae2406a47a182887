"""Saved web pages (.html, .htm): the article in them, by trafilatura (with htmldate).

trafilatura is made for news pages: it keeps the article's text and leaves the menus, the
boilerplate and the comments out, and reads the title, site name, date (htmldate), author
and canonical URL from the page's metadata. It is imported only when a page is read.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from tui.corpus.articles import Unreadable, article_text, parse_date
from tui.corpus.collections import Article
from tui.errors import UserError

# Less than this is not an article: what is left of a page whose article did not load
# (a cookie banner, a paywall notice, "page not found").
MIN_ARTICLE_CHARS = 200


def read_page(html: str, name: str) -> Article:
    """The article of one page; UserError naming the page when it holds none."""
    try:
        import trafilatura
    except ImportError:
        raise UserError(f"{name}: reading web pages needs trafilatura "
                        "(pip install trafilatura)") from None
    try:
        found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=True, favor_precision=True)
    except Exception as err:     # a page the parser chokes on is one page, not the folder
        raise UserError(f"{name}: not readable as a web page ({type(err).__name__})") from None
    body = (getattr(found, "text", None) or "").strip() if found is not None else ""
    title = " ".join((getattr(found, "title", None) or "").split()) or None
    if title and body.startswith(title):
        # the page's own headline opens the text: the title line says it already
        body = body[len(title):].lstrip()
    if len(body) < MIN_ARTICLE_CHARS or _only_boilerplate(body):
        raise UserError(f"{name}: no article found in this page")
    url = getattr(found, "url", None) or None
    site = getattr(found, "sitename", None) or None
    if not site and url:
        site = urlsplit(url).hostname
    try:
        date = parse_date(getattr(found, "date", None))
    except Unreadable:
        date = None
    return Article(0, article_text(title or "", body), title,
                   " ".join(site.split()) if site else None, date, url,
                   " ".join(found.author.split()) if getattr(found, "author", None) else None)


_BANNER_WORDS = ("cookie", "ملفات تعريف الارتباط", "الكوكيز", "javascript", "enable js")


def _only_boilerplate(body: str) -> bool:
    """A cookie or script notice that the extractor took for the text."""
    lowered = body.casefold()
    return any(word in lowered for word in _BANNER_WORDS) and len(body) < 4 * MIN_ARTICLE_CHARS

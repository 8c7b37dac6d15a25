"""Plain text of an HTML page with the standard library's parser: the fallback when the extractor finds no article.

Its own module so that reading plain-text articles (the reader's first screen among them) never imports
``html.parser``.
"""

from __future__ import annotations

from html.parser import HTMLParser

__all__ = ["TextParser"]


class TextParser(HTMLParser):
    """Plain text of an HTML page (the fallback when trafilatura finds no article)."""

    _BLOCK = frozenset(
        "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
        "header hr li main nav ol p pre section table td th tr ul".split()
    )
    _SKIP = frozenset("script style noscript template head svg iframe object".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.og_title: str | None = None
        self._skip = 0
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            a = dict(attrs)
            if (a.get("property") or a.get("name") or "").lower() == "og:title" and a.get("content"):
                self.og_title = a.get("content")
        if tag == "title":
            self._in_title = True
        elif tag == "h1":
            self._in_h1 = True
        if tag in self._SKIP:
            self._skip += 1
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "h1":
            self._in_h1 = False
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        if self._in_h1:
            self.h1_parts.append(data)
        if not self._skip:
            self.parts.append(data)

    @property
    def title(self) -> str | None:
        for cand in (self.og_title, "".join(self.title_parts), "".join(self.h1_parts)):
            if cand and cand.strip():
                return cand.strip()
        return None

"""Words as the search compares them: lower-case, stemmed by the German Snowball algorithm.

"Familienpatenschaften" and "Familienpatenschaft" share the stem "familienpatenschaft";
"Frühstück", "Fruehstueck" and "FRÜHSTÜCK" share "fruhstuck" (Snowball's German stemmer
reads ae, oe, ue as umlauts and drops the umlaut marks). The index stores these stems, and
a query is turned into stems the same way, on SQLite and on PostgreSQL alike.
"""

import html
import re
import unicodedata

import snowballstemmer
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

WORD = re.compile(r"\w+")
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|dd|dt)>|<br\s*/?>", re.IGNORECASE)
_stemmer = snowballstemmer.stemmer("german")

# Words too common to narrow a search, as they are spelt after folding.
STOP_WORDS = frozenset(
    """
    aber als am an auch auf aus bei bin bis da dann das dass dem den der des die doch du ein
    eine einem einen einer eines er es fuer für hat ich ihr im in ist ja mit nach nicht noch
    nur oder sich sie sind so um und uns von vom was wer wie wir wird zu zum zur ueber über
    """.split()
)
#: Shorter stems are matched whole, longer ones also as the start of a word ("Paten…").
PREFIX_FROM = 4


def fold(text):
    """Lower case, without accents (é, ç …); ä, ö, ü and ß stay whole for the stemmer."""
    return "".join(
        char if char in "äöüß" else _without_accents(char)
        for char in unicodedata.normalize("NFC", text.lower())
    )


def _without_accents(char):
    return "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))


def stem(word):
    return _stemmer.stemWord(word)


def stems(text):
    """The stems of every word of a text, in order, as one string for the index."""
    return " ".join(stem(word) for word in WORD.findall(fold(text)))


def query_stems(text, limit=10):
    """The distinct stems a query asks for, stop words left out, at most `limit`."""
    found = []
    for word in WORD.findall(fold(text)):
        if word in STOP_WORDS or (len(word) < 2 and not word.isdigit()):
            continue
        word_stem = stem(word)
        if word_stem and word_stem not in found:
            found.append(word_stem)
    return found[:limit]


def is_prefix(query_stem):
    return len(query_stem) >= PREFIX_FROM


def matches(word, wanted):
    """Whether a word of a text is one the query asks for (by its stem)."""
    word_stem = stem(fold(word))
    return any(
        word_stem == query_stem or (is_prefix(query_stem) and word_stem.startswith(query_stem))
        for query_stem in wanted
    )


def plain_text(rich_text):
    """Rich text as plain text, blocks separated by a line break."""
    text = html.unescape(strip_tags(BLOCK_END.sub("\n", rich_text or "")))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def highlight(text, wanted, length=None):
    """The text, escaped, with each matching word in <mark>; with `length`, only a passage
    of about that many characters around the first match (or the text's start)."""
    spans = [match.span() for match in WORD.finditer(text) if matches(match.group(), wanted)]
    start, end = 0, len(text)
    if length is not None and len(text) > length:
        first = spans[0][0] if spans else 0
        start = max(0, first - length // 3)
        if start:  # begin at a word
            start = text.find(" ", start) + 1 or start
        end = min(len(text), start + length)
        if end < len(text):
            end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    parts = ["… " if start else ""]
    position = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        parts += [escape(text[position:span_start]), "<mark>"]
        parts += [escape(text[span_start:span_end]), "</mark>"]
        position = span_end
    parts.append(escape(text[position:end]))
    if end < len(text):
        parts.append(" …")
    return mark_safe("".join(parts))  # noqa: S308 (every piece of text is escaped above)

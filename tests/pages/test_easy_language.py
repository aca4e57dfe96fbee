"""The portal in Leichte Sprache (/leichte-sprache/): what it explains, the alliances that
explain themselves so, and the links to it from every page's header and footer."""

import re

from tests.factories import make_alliance


def headings(html, level):
    return re.findall(rf"<h{level}[^>]*>([^<]*)</h{level}>", html)


def test_easy_language_explains_portal_finder_alliance_pages_and_contact(client, db):
    response = client.get("/leichte-sprache/")

    assert headings(response.text, 1) == ["Leichte Sprache"]
    assert headings(response.text, 2) == [
        "Was ist das für eine Internet-Seite?",
        "So finden Sie ein Bündnis in Ihrer Nähe",
        "Das steht auf den Seiten von einem Bündnis",
        "So erreichen Sie ein Bündnis",
        "Noch mehr Hilfe",
    ]
    assert '<div class="easy-language">' in response.text
    assert '<a href="/buendnisse/?q=34117">Suche nach 34117</a>' in response.text
    assert '<a href="/barrierefreiheit/">Barriere-Freiheit</a>' in response.text


def test_easy_language_lists_the_alliances_with_a_text_of_their_own(client, db):
    make_alliance("kassel", name="Kasseler Bündnis für Familie", easy_language="<p>Wir.</p>")
    make_alliance("laatzen", name="Bündnis Laatzen")
    make_alliance("unna", name="Bündnis Unna", easy_language="<p>Wir.</p>", is_published=False)

    response = client.get("/leichte-sprache/")

    assert re.findall(
        r'<a href="(/buendnisse/[^"]*/leichte-sprache/)">([^<]*)</a>', response.text
    ) == [("/buendnisse/kassel/leichte-sprache/", "Kasseler Bündnis für Familie")]


def test_easy_language_is_linked_from_every_pages_header_and_footer(client, db):
    make_alliance("kassel")
    link = '<a href="/leichte-sprache/">Leichte Sprache</a>'
    current = '<a href="/leichte-sprache/" aria-current="page">Leichte Sprache</a>'

    pages = {path: client.get(path).text for path in ["/", "/buendnisse/kassel/", "/impressum/"]}
    own = client.get("/leichte-sprache/").text

    assert {path: html.count(link) for path, html in pages.items()} == {
        "/": 3,  # the navigation bar, the phone menu and the footer
        "/buendnisse/kassel/": 3,
        "/impressum/": 3,
    }
    assert (own.count(current), own.count(link)) == (2, 1)

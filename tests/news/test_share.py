"""Sharing without tracking: plain links; nothing is loaded from another host."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.factories import make_event, make_image, make_news

pytestmark = pytest.mark.django_db

SHARED = "http://testserver/buendnisse/kassel/aktuelles/zehn-jahre/"
# Whatever the browser fetches by itself, without a click.
LOADED = re.compile(
    r"<(?:script|img|iframe|embed|audio|video)\b[^>]*?\ssrc=\"([^\"]*)\""
    # Links that load something: not rel="canonical", which only names the page's address.
    r"|<link\b(?![^>]*\brel=\"canonical\")[^>]*?\shref=\"([^\"]*)\""
    r"|\ssrcset=\"([^\"]*)\""
    r"|<object\b[^>]*?\sdata=\"([^\"]*)\"",
)


@pytest.fixture
def kassel(kassel):
    """Kassel with a logo, a news item with an ampersand and a date; a network item."""
    kassel.logo = make_image(kassel, title="Logo")
    kassel.save()
    make_news(
        kassel,
        slug="zehn-jahre",
        title="10 Jahre Kasseler Bündnis & mehr",
        image=make_image(kassel, title="Bild"),
    )
    make_event(kassel, slug="familientag", title="Familientag")
    make_news(None, slug="kongress")
    return kassel


def share_links(html):
    section = html.split('<section class="share"', 1)[1].split("</section>", 1)[0]
    return dict(
        (text, href.replace("&amp;", "&"))
        for href, text in re.findall(r'<a href="([^"]*)"[^>]*>([^<]*)<span', section)
    )


def test_share_links_are_plain_links_with_the_address(client, kassel):
    response = client.get("/buendnisse/kassel/aktuelles/zehn-jahre/")

    links = share_links(response.text)
    assert sorted(links) == ["Bluesky", "E-Mail", "Facebook", "LinkedIn", "WhatsApp"]
    mail = urlsplit(links["E-Mail"])
    assert (mail.scheme, parse_qs(mail.query)) == (
        "mailto",
        {
            "subject": ["10 Jahre Kasseler Bündnis & mehr"],
            "body": [f"10 Jahre Kasseler Bündnis & mehr\n\n{SHARED}"],
        },
    )
    assert parse_qs(urlsplit(links["Facebook"]).query) == {"u": [SHARED]}
    assert parse_qs(urlsplit(links["LinkedIn"]).query) == {"url": [SHARED]}
    assert parse_qs(urlsplit(links["WhatsApp"]).query) == {
        "text": [f"10 Jahre Kasseler Bündnis & mehr {SHARED}"]
    }
    assert parse_qs(urlsplit(links["Bluesky"]).query) == {
        "text": [f"10 Jahre Kasseler Bündnis & mehr {SHARED}"]
    }
    assert '<a href="https://www.facebook.com/sharer/sharer.php?u=' in response.text
    assert (
        'rel="noopener">Facebook<span class="visually-hidden">: '
        "„10 Jahre Kasseler Bündnis &amp; mehr“ auf Facebook teilen</span></a>" in response.text
    )


def test_share_address_can_be_copied_without_javascript(client, kassel):
    response = client.get("/buendnisse/kassel/aktuelles/zehn-jahre/")

    assert '<label for="share-url">Adresse dieser Seite</label>' in response.text
    assert f'<input id="share-url" type="text" value="{SHARED}" readonly data-copy-value>' in (
        response.text
    )
    assert '<script src="/static/js/share.js" defer></script>' in response.text


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/aktuelles/",
        "/aktuelles/kongress/",
        "/termine/",
        "/buendnisse/kassel/",
        "/buendnisse/kassel/aktuelles/",
        "/buendnisse/kassel/aktuelles/zehn-jahre/",
        "/buendnisse/kassel/termine/",
        "/buendnisse/kassel/termine/familientag/",
        "/projekte/",
        "/buendnis-des-monats/",
    ],
)
def test_pages_load_nothing_from_another_host(client, kassel, path):
    response = client.get(path)

    loaded = [url for match in LOADED.findall(response.text) for url in match if url]
    assert loaded, "the page loads its own stylesheet at least"
    addresses = [part.split()[0] for url in loaded for part in url.split(",")]
    assert [
        url for url in addresses if not (url.startswith("/") and not url.startswith("//"))
    ] == []


@pytest.mark.parametrize(
    "path",
    [
        "/aktuelles/",
        "/aktuelles/kongress/",
        "/termine/",
        "/termine/archiv/",
        "/buendnisse/kassel/aktuelles/zehn-jahre/",
        "/buendnisse/kassel/termine/",
        "/buendnisse/kassel/termine/familientag/",
        "/projekte/",
        "/buendnis-des-monats/",
    ],
)
def test_new_pages_have_no_inline_script_or_style(client, kassel, path):
    for page in (path, path + "drucken/"):
        response = client.get(page)

        # Scripts come from files; JSON-LD (type="application/ld+json") is data, not run.
        scripts = re.findall(
            r"<script(?![^>]*\b(?:src=|type=\"application/ld\+json\"))[^>]*>", response.text
        )
        assert scripts == [], page
        assert re.findall(r"<style\b|\sstyle=", response.text) == [], page

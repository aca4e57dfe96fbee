"""The navigation marks where the visitor is: aria-current="page" on the link to the page
itself, aria-current="true" on the link to the section of a page below it. An alliance's
pages are marked in the alliance's navigation, never in the network's."""

import datetime
import re

import pytest

from projects.models import Project
from tests.factories import make_alliance, make_event, make_news

NETWORK_NAV = "Hauptnavigation"
ALLIANCE_NAV = "Seiten des Bündnisses"


@pytest.fixture
def content(db):
    alliance = make_alliance("kassel")
    Project.objects.create(alliance=alliance, title="Projekt", slug="projekt", teaser="Kurz")
    make_news(alliance, slug="meldung")
    make_event(alliance, slug="termin")
    make_news(None, slug="netz-meldung")
    make_event(None, slug="netz-termin")


def marked_links(html, nav_label):
    """The links of one navigation that carry aria-current, as (text, value); None without it."""
    nav = re.search(rf'<nav [^>]*aria-label="{nav_label}">(.*?)</nav>', html, re.S)
    if nav is None:
        return None
    links = re.findall(r'<a href="[^"]*"(?: aria-current="(\w+)")?>([^<]*)</a>', nav[1])
    return [(text, current) for current, text in links if current]


@pytest.mark.parametrize(
    ("path", "network", "alliance"),
    [
        ("/", [("Startseite", "page")], None),
        ("/buendnisse/", [("Bündnis finden", "page")], None),
        ("/aktuelles/", [("Aktuelles", "page")], None),
        ("/aktuelles/netz-meldung/", [("Aktuelles", "true")], None),
        ("/termine/", [("Termine", "page")], None),
        ("/termine/archiv/", [("Termine", "true")], None),
        ("/termine/netz-termin/", [("Termine", "true")], None),
        ("/projekte/", [("Projekte", "page")], None),
        ("/buendnis-des-monats/", [], None),
        ("/impressum/", [], None),
        ("/buendnisse/kassel/", [], [("Start", "page")]),
        ("/buendnisse/kassel/ueber-uns/", [], [("Über uns", "page")]),
        ("/buendnisse/kassel/partner/", [], [("Partner", "page")]),
        ("/buendnisse/kassel/projekte/", [], [("Projekte", "page")]),
        ("/buendnisse/kassel/projekte/projekt/", [], [("Projekte", "true")]),
        ("/buendnisse/kassel/aktuelles/", [], [("Aktuelles", "page")]),
        ("/buendnisse/kassel/aktuelles/meldung/", [], [("Aktuelles", "true")]),
        ("/buendnisse/kassel/termine/", [], [("Termine", "page")]),
        ("/buendnisse/kassel/termine/archiv/", [], [("Termine", "true")]),
        ("/buendnisse/kassel/termine/termin/", [], [("Termine", "true")]),
        ("/buendnisse/kassel/kontakt/", [], [("Kontakt", "page")]),
        ("/buendnisse/kassel/mitmachen/", [], [("Mitmachen", "page")]),
    ],
)
def test_navigation_marks_page_and_section(client, content, path, network, alliance):
    response = client.get(path)

    assert response.status_code == 200
    assert marked_links(response.text, NETWORK_NAV) == network
    assert marked_links(response.text, ALLIANCE_NAV) == alliance


def alliance_menu(html):
    nav = re.search(rf'<nav [^>]*aria-label="{ALLIANCE_NAV}">(.*?)</nav>', html, re.S)
    return re.findall(r'<a href="[^"]*"[^>]*>([^<]*)</a>', nav[1])


def test_navigation_leaves_out_the_alliances_empty_sections(client, db):
    make_alliance("laatzen")

    response = client.get("/buendnisse/laatzen/")

    assert alliance_menu(response.text) == ["Start", "Über uns", "Mitmachen"]


def test_navigation_shows_a_section_once_it_has_something_to_show(client, content):
    response = client.get("/buendnisse/kassel/")

    assert alliance_menu(response.text) == [
        "Start",
        "Über uns",
        "Projekte",
        "Aktuelles",
        "Termine",
        "Mitmachen",
    ]


def test_navigation_keeps_the_empty_section_the_visitor_is_on(client, db):
    make_alliance("laatzen")

    response = client.get("/buendnisse/laatzen/projekte/")

    assert alliance_menu(response.text) == ["Start", "Über uns", "Projekte", "Mitmachen"]
    assert marked_links(response.text, ALLIANCE_NAV) == [("Projekte", "page")]


def test_navigation_on_phones_is_one_menu_button_with_both_navigations(client, content):
    response = client.get("/buendnisse/kassel/projekte/")

    menu = re.search(r'<details class="menu">(.*?)</details>', response.text, re.S)[1]
    assert re.findall(r'<nav class="menu__nav" aria-label="([^"]*)">', menu) == [
        ALLIANCE_NAV,
        NETWORK_NAV,
    ]
    assert '<a href="/buendnisse/kassel/projekte/" aria-current="page">Projekte</a>' in menu


def test_navigation_dates_without_dates_ahead_lead_to_the_past_ones(client, db):
    alliance = make_alliance("laatzen")
    long_ago = datetime.datetime(2020, 5, 1, 10, tzinfo=datetime.UTC)
    make_event(alliance, slug="vorbei", starts_at=long_ago)

    response = client.get("/buendnisse/laatzen/")

    nav = re.search(rf'<nav [^>]*aria-label="{ALLIANCE_NAV}">(.*?)</nav>', response.text, re.S)[1]
    assert '<li><a href="/buendnisse/laatzen/termine/archiv/">Termine</a></li>' in nav

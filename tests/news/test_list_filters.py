"""Filters on /aktuelles/ and /termine/ (and the archive): Bundesland, alliance, time range."""

import datetime

import pytest

from buendnisse.models import Alliance
from tests.factories import make_alliance, make_event, make_news

pytestmark = pytest.mark.django_db

BERLIN = datetime.timezone(datetime.timedelta(hours=2))


@pytest.fixture
def network():
    kassel = make_alliance("kassel", name="Kasseler Bündnis für Familie", place="Kassel")
    unna = make_alliance(
        "kreis-unna", name="Bündnis im Kreis Unna", place="Unna", state=Alliance.State.NW
    )
    for alliance in (kassel, unna):
        make_news(alliance, slug=f"meldung-{alliance.slug}", title=f"Meldung {alliance.place}")
        for day in (1, 15):
            make_event(
                alliance,
                slug=f"termin-{alliance.slug}-{day}",
                title=f"Termin {alliance.place} {day}. Juni",
                starts_at=datetime.datetime(2099, 6, day, 10, tzinfo=BERLIN),
            )
        make_event(
            alliance,
            slug=f"vergangen-{alliance.slug}",
            title=f"Vergangen {alliance.place}",
            starts_at=datetime.datetime(2001, 3, 1, 10, tzinfo=BERLIN),
            all_day=True,
        )
    make_news(None, slug="netzwerk", title="Meldung des Netzwerks")
    return kassel, unna


def titles(response):
    return [item.title for item in response.context["page"].object_list]


def test_news_filtered_by_land(client, network):
    response = client.get("/aktuelles/", {"land": "NW"})

    assert titles(response) == ["Meldung Unna"]


def test_news_filtered_by_alliance_name_or_place(client, network):
    response = client.get("/aktuelles/", {"buendnis": "kassel"})

    assert titles(response) == ["Meldung Kassel"]


def test_dates_filtered_by_land_and_time_range(client, network):
    response = client.get("/termine/", {"land": "HE", "von": "2099-06-10", "bis": "2099-06-30"})

    assert titles(response) == ["Termin Kassel 15. Juni"]


def test_dates_time_range_takes_german_dates(client, network):
    response = client.get("/termine/", {"von": "01.06.2099", "bis": "01.06.2099"})

    assert titles(response) == ["Termin Kassel 1. Juni", "Termin Unna 1. Juni"]


def test_dates_archive_filtered_by_alliance(client, network):
    response = client.get("/termine/archiv/", {"buendnis": "Unna"})

    assert titles(response) == ["Vergangen Unna"]


def test_alliance_dates_have_only_the_time_range(client, network):
    response = client.get("/buendnisse/kassel/termine/", {"bis": "2099-06-01"})

    assert list(response.context["form"].fields) == ["von", "bis"]
    assert titles(response) == ["Termin Kassel 1. Juni"]


def test_alliance_news_have_no_filters(client, network):
    html = client.get("/buendnisse/kassel/aktuelles/").text

    assert 'class="finder"' not in html


def test_filter_form_keeps_its_state_in_the_address(client, network):
    html = client.get("/termine/", {"land": "NW", "buendnis": "Unna", "von": "2099-06-01"}).text

    assert '<form class="finder" method="get" action="/termine/">' in html
    assert '<option value="NW" selected>Nordrhein-Westfalen</option>' in html
    assert 'name="buendnis" value="Unna"' in html
    assert 'name="von" value="2099-06-01"' in html


def test_filter_print_view_submits_to_the_list(client, network):
    html = client.get("/termine/drucken/", {"land": "NW"}).text

    assert '<form class="finder" method="get" action="/termine/">' in html
    assert "Ihre Auswahl: Nordrhein-Westfalen" in html


def test_filter_page_links_keep_the_filter(client, network):
    for number in range(25):
        make_event(
            network[1],
            slug=f"viele-{number}",
            starts_at=datetime.datetime(2099, 7, 1, tzinfo=BERLIN),
        )

    html = client.get("/termine/", {"land": "NW"}).text

    assert 'href="?land=NW&amp;seite=2"' in html


def test_filter_finding_nothing_says_so(client, network):
    response = client.get("/aktuelles/", {"buendnis": "Laatzen"})

    assert response.status_code == 200
    assert "Zu Ihrer Auswahl haben wir keine Meldung gefunden." in response.text


@pytest.mark.parametrize(
    ("path", "query", "message"),
    [
        ("/aktuelles/", {"land": "XX"}, "Bitte eine gültige Auswahl treffen."),
        ("/aktuelles/", {"buendnis": "x" * 101}, "höchstens 100 Zeichen"),
        ("/termine/", {"von": "morgen"}, "Bitte ein gültiges Datum eingeben."),
        ("/termine/", {"von": "9999-12-31"}, "zwischen 1990 und 2100"),
        ("/termine/archiv/", {"von": "2099-06-02", "bis": "2099-06-01"}, "nicht vor seinem Anfang"),
        ("/buendnisse/kassel/termine/", {"bis": "31.02.2099"}, "gültiges Datum"),
    ],
    ids=["land", "alliance-too-long", "date", "date-range", "reversed", "alliance-dates"],
)
def test_filter_bad_input_is_a_400_in_german(client, network, path, query, message):
    response = client.get(path, query)

    assert response.status_code == 400
    assert message in response.text
    assert response.context["page"].paginator.count == 0

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from tests.factories import make_alliance, make_event

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime.datetime(2026, 5, 20, 12, 0, tzinfo=BERLIN)


@pytest.fixture(autouse=True)
def frozen_now(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW)


@pytest.fixture
def dates(kassel):
    return {
        "treffen": make_event(
            kassel,
            slug="buendnistreffen",
            title="Bündnistreffen",
            starts_at=datetime.datetime(2026, 6, 2, 17, 0, tzinfo=BERLIN),
            ends_at=datetime.datetime(2026, 6, 2, 19, 0, tzinfo=BERLIN),
            place_name="Stadt Kassel, Jugendamt",
            street="Obere Königstraße 8",
            postcode="34117",
            city="Kassel",
        ),
        "familientag": make_event(
            kassel,
            slug="familientag",
            title="Familientag",
            all_day=True,
            starts_at=datetime.datetime(2026, 6, 13, tzinfo=BERLIN),
            city="Kassel",
        ),
        "woche": make_event(
            kassel,
            slug="aktionswoche",
            title="Aktionswoche",
            all_day=True,
            starts_at=datetime.datetime(2026, 5, 18, tzinfo=BERLIN),
            ends_at=datetime.datetime(2026, 5, 24, tzinfo=BERLIN),
        ),
        "vorbei": make_event(
            kassel,
            slug="fruehjahrstreffen",
            title="Frühjahrstreffen",
            starts_at=datetime.datetime(2026, 4, 1, 17, 0, tzinfo=BERLIN),
            ends_at=datetime.datetime(2026, 4, 1, 19, 0, tzinfo=BERLIN),
        ),
    }


def test_alliance_events_list_upcoming_in_order_with_link_to_archive(client, dates):
    response = client.get("/buendnisse/kassel/termine/")

    assert [event.slug for event in response.context["page"].object_list] == [
        "aktionswoche",  # still running
        "buendnistreffen",
        "familientag",
    ]
    assert (
        '<time datetime="2026-06-02T17:00:00+02:00">Dienstag, 2. Juni 2026, 17:00</time>–'
        '<time datetime="2026-06-02T19:00:00+02:00">19:00</time> Uhr'
        " · Stadt Kassel, Jugendamt, Kassel"
    ) in response.text
    assert '<time datetime="2026-06-13">Samstag, 13. Juni 2026</time>, ganztägig' in response.text
    assert (
        '<time datetime="2026-05-18">Montag, 18. Mai</time> bis '
        '<time datetime="2026-05-24">Sonntag, 24. Mai 2026</time>'
    ) in response.text
    assert '<a href="/buendnisse/kassel/termine/archiv/">Vergangene Termine (Archiv)</a>' in (
        response.text
    )
    assert '<a href="/buendnisse/kassel/termine/" aria-current="page">Termine</a>' in response.text


def test_alliance_events_offer_the_calendar_to_subscribe(client, dates):
    response = client.get("/buendnisse/kassel/termine/")

    assert '<label for="calendar-url">Adresse zum Abonnieren</label>' in response.text
    assert (
        '<input id="calendar-url" type="text" value="http://testserver/buendnisse/kassel/termine.ics"'
        " readonly data-copy-value>"
    ) in response.text
    assert '<a href="/buendnisse/kassel/termine.ics" download>' in response.text


def test_alliance_event_archive_lists_past_dates_newest_first(client, kassel, dates):
    make_event(
        kassel,
        slug="winter",
        starts_at=datetime.datetime(2026, 1, 10, 10, tzinfo=BERLIN),
        ends_at=datetime.datetime(2026, 1, 10, 12, tzinfo=BERLIN),
    )

    response = client.get("/buendnisse/kassel/termine/archiv/")

    assert [event.slug for event in response.context["page"].object_list] == [
        "fruehjahrstreffen",
        "winter",
    ]
    assert "<h1>Vergangene Termine</h1>" in response.text
    assert '<a href="/buendnisse/kassel/termine/">Kommende Termine</a>' in response.text
    assert '<a href="/buendnisse/kassel/termine/" aria-current="true">Termine</a>' in response.text


def test_network_events_list_every_published_alliances_dates_labelled(client, dates):
    make_event(None, slug="kongress", title="Fachkongress")
    make_event(make_alliance("geheim", is_published=False), slug="geheim")

    response = client.get("/termine/")

    assert [event.slug for event in response.context["page"].object_list] == [
        "aktionswoche",
        "buendnistreffen",
        "familientag",
        "kongress",
    ]
    assert '<p class="meta"><a href="/buendnisse/kassel/">Kasseler Bündnis für Familie</a></p>' in (
        response.text
    )
    assert '<p class="meta">Netzwerk</p>' in response.text
    assert 'value="http://testserver/termine.ics"' in response.text


def test_event_detail_shows_when_where_registration_and_calendar(client, dates):
    dates["treffen"].registration_url = "https://example.org/anmeldung"
    dates["treffen"].save()

    response = client.get("/buendnisse/kassel/termine/buendnistreffen/")

    assert "<h1>Bündnistreffen</h1>" in response.text
    assert "<dt>Wann</dt><dd><time" in response.text
    assert (
        "<dt>Wo</dt><dd><address>Stadt Kassel, Jugendamt<br>Obere Königstraße 8<br>34117 Kassel"
        "</address></dd>"
    ) in response.text
    assert (
        '<dt>Anmeldung</dt><dd><a class="url" href="https://example.org/anmeldung">'
        "https://example.org/anmeldung</a></dd>"
    ) in response.text
    assert (
        '<a class="button button--secondary" '
        'href="/buendnisse/kassel/termine/buendnistreffen.ics" download>' in (response.text)
    )
    assert "in der Vergangenheit" not in response.text
    assert (
        '<meta name="description" content="Bündnistreffen: Dienstag, 2. Juni 2026, 17:00–19:00 Uhr'
        ' in Kassel.">'
    ) in response.text


def test_event_detail_of_past_date_stays_and_says_so(client, dates):
    response = client.get("/buendnisse/kassel/termine/fruehjahrstreffen/")

    assert '<p class="notice">Dieser Termin liegt in der Vergangenheit.</p>' in response.text
    assert "termine/fruehjahrstreffen.ics" not in response.text


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("/buendnisse/kassel/termine/geplant/", id="scheduled"),
        pytest.param("/buendnisse/kassel/termine/netz/", id="the-networks"),
        pytest.param("/termine/buendnistreffen/", id="an-alliances-as-the-networks"),
    ],
)
def test_event_detail_scheduled_or_foreign_is_404(client, kassel, dates, path):
    make_event(kassel, slug="geplant", publish_from=NOW + datetime.timedelta(minutes=1))
    make_event(None, slug="netz")

    response = client.get(path)

    assert response.status_code == 404


def test_event_appears_on_its_own_a_minute_after_publish_from(client, kassel, monkeypatch):
    make_event(kassel, slug="geplant", publish_from=NOW + datetime.timedelta(minutes=1))

    before = client.get("/buendnisse/kassel/termine/")
    monkeypatch.setattr(timezone, "now", lambda: NOW + datetime.timedelta(minutes=2))
    after = client.get("/buendnisse/kassel/termine/")

    assert [e.slug for e in before.context["page"].object_list] == []
    assert [e.slug for e in after.context["page"].object_list] == ["geplant"]


def test_alliance_home_shows_next_three_dates_and_newest_news(client, kassel, dates):
    make_event(kassel, slug="spaeter", starts_at=datetime.datetime(2026, 9, 1, 10, tzinfo=BERLIN))

    response = client.get("/buendnisse/kassel/")

    assert [event.slug for event in response.context["events"]] == [
        "aktionswoche",
        "buendnistreffen",
        "familientag",
    ]
    assert '<h2 id="events-title">Nächste Termine</h2>' in response.text
    assert '<a href="/buendnisse/kassel/termine/">Alle Termine</a>' in response.text

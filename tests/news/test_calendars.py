"""iCalendar files: parsed back with the icalendar library, times in Europe/Berlin."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.utils import timezone

from tests.factories import make_event

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime.datetime(2026, 5, 20, 12, 0, tzinfo=BERLIN)


@pytest.fixture(autouse=True)
def frozen_now(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW)


@pytest.fixture
def summer(kassel):
    return make_event(
        kassel,
        slug="sommertreffen",
        title="Bündnistreffen im Sommer",
        starts_at=datetime.datetime(2026, 7, 7, 18, 0, tzinfo=BERLIN),
        ends_at=datetime.datetime(2026, 7, 7, 20, 30, tzinfo=BERLIN),
        place_name="Stadt Kassel, Jugendamt",
        street="Obere Königstraße 8",
        postcode="34117",
        city="Kassel",
        description=(
            "<p>Austausch über <strong>laufende</strong> Projekte.</p>"
            "<ul><li>Familienkalender</li></ul>"
        ),
        registration_url="https://example.org/anmeldung",
    )


@pytest.fixture
def winter(kassel):
    return make_event(
        kassel,
        slug="wintertreffen",
        title="Bündnistreffen im Winter",
        starts_at=datetime.datetime(2026, 12, 8, 18, 0, tzinfo=BERLIN),
        ends_at=datetime.datetime(2026, 12, 8, 20, 30, tzinfo=BERLIN),
    )


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def only_event(calendar):
    (event,) = calendar.walk("VEVENT")
    return event


def test_event_ics_summer_time_in_berlin_with_timezone(client, summer):
    calendar = parse(client.get("/buendnisse/kassel/termine/sommertreffen.ics"))
    event = only_event(calendar)

    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert (start, end) == (
        datetime.datetime(2026, 7, 7, 18, 0, tzinfo=BERLIN),
        datetime.datetime(2026, 7, 7, 20, 30, tzinfo=BERLIN),
    )
    assert start.utcoffset() == datetime.timedelta(hours=2)
    assert event["dtstart"].params["TZID"] == "Europe/Berlin"
    assert b"DTSTART;TZID=Europe/Berlin:20260707T180000" in calendar.to_ical()
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]


def test_event_ics_winter_time_in_berlin(client, winter):
    event = only_event(parse(client.get("/buendnisse/kassel/termine/wintertreffen.ics")))

    start = event.decoded("dtstart")
    assert start == datetime.datetime(2026, 12, 8, 18, 0, tzinfo=BERLIN)
    assert start.utcoffset() == datetime.timedelta(hours=1)
    assert start.astimezone(datetime.UTC).hour == 17


def test_event_ics_vtimezone_knows_both_offsets(client, summer, winter):
    calendar = parse(client.get("/buendnisse/kassel/termine.ics"))

    (zone,) = calendar.walk("VTIMEZONE")
    offsets = {
        (part.name, part.decoded("tzoffsetto"))
        for part in zone.walk()
        if part.name in ("STANDARD", "DAYLIGHT")
    }
    assert offsets == {
        ("STANDARD", datetime.timedelta(hours=1)),
        ("DAYLIGHT", datetime.timedelta(hours=2)),
    }
    # The zone as written converts both dates right, without the receiving side's zone data.
    assert zone.to_tz().utcoffset(datetime.datetime(2026, 7, 7, 18)) == datetime.timedelta(hours=2)
    assert zone.to_tz().utcoffset(datetime.datetime(2026, 12, 8, 18)) == datetime.timedelta(hours=1)


def test_event_ics_carries_uid_summary_location_description_and_url(client, summer):
    event = only_event(parse(client.get("/buendnisse/kassel/termine/sommertreffen.ics")))

    assert str(event["uid"]) == f"termin-{summer.pk}@testserver"
    assert str(event["summary"]) == "Bündnistreffen im Sommer"
    assert str(event["location"]) == "Stadt Kassel, Jugendamt, Obere Königstraße 8, 34117 Kassel"
    assert str(event["description"]) == (
        "Kasseler Bündnis für Familie\n\n"
        "Austausch über laufende Projekte.\nFamilienkalender\n\n"
        "Anmeldung: https://example.org/anmeldung\n\n"
        "Mehr: http://testserver/buendnisse/kassel/termine/sommertreffen/"
    )
    assert str(event["url"]) == "http://testserver/buendnisse/kassel/termine/sommertreffen/"
    assert event.decoded("dtstamp") == summer.updated_at


def test_event_ics_all_day_as_dates_with_exclusive_end(client, kassel):
    make_event(
        kassel,
        slug="aktionswoche",
        all_day=True,
        starts_at=datetime.datetime(2026, 10, 24, tzinfo=BERLIN),
        ends_at=datetime.datetime(2026, 10, 26, tzinfo=BERLIN),  # over the change to winter time
    )
    make_event(
        kassel,
        slug="familientag",
        all_day=True,
        starts_at=datetime.datetime(2026, 6, 13, tzinfo=BERLIN),
    )

    week = only_event(parse(client.get("/buendnisse/kassel/termine/aktionswoche.ics")))
    day_calendar = parse(client.get("/buendnisse/kassel/termine/familientag.ics"))
    day = only_event(day_calendar)

    assert (week.decoded("dtstart"), week.decoded("dtend")) == (
        datetime.date(2026, 10, 24),
        datetime.date(2026, 10, 27),
    )
    assert (day.decoded("dtstart"), day.decoded("dtend")) == (
        datetime.date(2026, 6, 13),
        datetime.date(2026, 6, 14),
    )
    assert day["dtstart"].params["VALUE"] == "DATE"
    assert day_calendar.walk("VTIMEZONE") == []  # dates need no time zone


def test_alliance_calendar_holds_upcoming_dates_only_and_is_subscribable(
    client, kassel, summer, winter
):
    make_event(
        kassel,
        slug="vorbei",
        starts_at=datetime.datetime(2026, 4, 1, 18, tzinfo=BERLIN),
        ends_at=datetime.datetime(2026, 4, 1, 19, tzinfo=BERLIN),
    )
    make_event(kassel, slug="entwurf", is_published=False)
    make_event(None, slug="netz")

    response = client.get("/buendnisse/kassel/termine.ics")
    calendar = parse(response)

    assert [str(event["summary"]) for event in calendar.walk("VEVENT")] == [
        "Bündnistreffen im Sommer",
        "Bündnistreffen im Winter",
    ]
    assert str(calendar["x-wr-calname"]) == "Termine – Kasseler Bündnis für Familie"
    assert str(calendar["name"]) == "Termine – Kasseler Bündnis für Familie"
    assert calendar.decoded("refresh-interval") == datetime.timedelta(hours=6)
    assert str(calendar["version"]) == "2.0"
    assert response["Content-Disposition"] == 'attachment; filename="termine-kassel.ics"'


def test_calendar_unchanged_keeps_its_etag(client, summer):
    first = client.get("/buendnisse/kassel/termine.ics")
    again = client.get("/buendnisse/kassel/termine.ics", HTTP_IF_NONE_MATCH=first["ETag"])

    assert (again.status_code, again["ETag"], again.content) == (304, first["ETag"], b"")


def test_network_calendar_holds_network_and_alliance_dates(client, summer):
    make_event(None, slug="kongress", title="Fachkongress")

    calendar = parse(client.get("/termine.ics"))

    assert sorted(str(event["summary"]) for event in calendar.walk("VEVENT")) == [
        "Bündnistreffen im Sommer",
        "Fachkongress",
    ]
    assert parse(client.get("/termine/kongress.ics"))

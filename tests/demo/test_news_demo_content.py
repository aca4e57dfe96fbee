"""The demo's news, dates and Bündnis des Monats (load_demo)."""

import datetime

import pytest

from demo.management.commands.load_demo import PLACEHOLDER_CREDIT
from news.models import AllianceOfTheMonth, Event, News
from tests.demo.helpers import BERLIN, LOADED_AT

pytestmark = pytest.mark.django_db


def test_demo_network_news_is_the_congress_of_seed_003(demo):
    item = News.objects.network().get()

    assert (item.title, item.date, item.date_display) == (
        "Zentraler Fachkongress der Lokalen Bündnisse in Berlin",
        datetime.date(2016, 12, 14),
        "14. Dezember 2016",
    )
    assert "„Zukunfts-Bündnis 2030“" in item.body
    assert "<h2>Projekte der Entwicklungspartnerschaft ausgezeichnet</h2>" in item.body
    assert "„Väterfreundliche Kommunen“" in item.body
    assert item.image.credit == PLACEHOLDER_CREDIT
    assert item.image.caption == ""  # nothing credited that the drawing does not show
    assert item.image.alt_text.startswith("Zeichnung für die Demo anstelle eines Fotos")


def test_demo_alliance_news_from_the_seeds(demo):
    news = {
        (item.alliance.slug, item.title, item.date_display)
        for item in News.objects.exclude(alliance=None)
    }
    anniversary = News.objects.get(slug="10-jahre-kasseler-buendnis")

    assert news == {
        ("kassel", "10 Jahre Kasseler Bündnis für Familie – Ein starkes Netz für Familien", "2014"),
        ("kassel", "Pressekonferenz im Magistratssaal mit Hinweis auf den Aktionstag 2014", "2014"),
        ("herzogenrath", "Bericht: Familientag 2017", "2017"),
    }
    assert "Renate Schmidt" in anniversary.body
    assert list(anniversary.projects.values_list("slug", flat=True).order_by("slug")) == [
        "familie-willkommen",
        "familienkalender",
        "kompetenzpass-fuer-frauen",
        "wegweiser-fuer-familien",
    ]
    assert anniversary.partners.count() == 8


def test_demo_kreis_unna_is_alliance_of_the_month_july_2019_in_the_archive(demo, client):
    choice = AllianceOfTheMonth.objects.get()

    assert (choice.alliance.slug, choice.month_display) == ("kreis-unna", "Juli 2019")
    assert '<time datetime="2019-07">Juli 2019</time>' in client.get("/buendnis-des-monats/").text
    # Not as the current one, years later
    assert "Juli 2019" not in client.get("/").text
    assert "Juli 2019" not in client.get("/buendnisse/kreis-unna/").text


def test_demo_dates_lie_ahead_of_the_loading_day_with_one_past_each(demo):
    upcoming = {
        slug: Event.objects.filter(alliance__slug=slug).upcoming().count()
        for slug in ["kassel", "herzogenrath", "kreis-unna", "laatzen"]
    }
    past = {
        slug: Event.objects.filter(alliance__slug=slug).past().count()
        for slug in ["kassel", "herzogenrath", "kreis-unna", "laatzen"]
    }

    assert upcoming == {"kassel": 3, "herzogenrath": 2, "kreis-unna": 3, "laatzen": 1}
    assert past == {"kassel": 1, "herzogenrath": 1, "kreis-unna": 1, "laatzen": 1}
    assert all("Beispieltermin der Demo-Installation" in e.description for e in Event.objects.all())


def test_demo_dates_are_marked_as_examples_wherever_their_title_stands(demo, client):
    # "sichtbar ab" is the field's default, the real time of loading, after this module's clock
    Event.objects.update(publish_from=LOADED_AT - datetime.timedelta(days=1))
    titles = list(Event.objects.values_list("title", flat=True))

    upcoming = client.get("/buendnisse/kassel/termine/").text
    subscribed = client.get("/buendnisse/kassel/termine.ics").content.decode()

    assert [title for title in titles if not title.endswith(" (Beispieltermin)")] == []
    assert ">Bündnistreffen (Beispieltermin)</a></h2>" in upcoming
    assert "SUMMARY:Bündnistreffen (Beispieltermin)" in subscribed


def test_demo_dates_at_their_berlin_times_and_weekdays(demo):
    meeting = Event.objects.get(alliance__slug="kassel", slug="buendnistreffen")
    family_day = Event.objects.get(alliance__slug="kassel", slug="familientag")

    assert (meeting.start, meeting.end) == (
        datetime.datetime(2026, 4, 3, 17, 0, tzinfo=BERLIN),  # 14 days on, in summer time
        datetime.datetime(2026, 4, 3, 19, 0, tzinfo=BERLIN),
    )
    assert meeting.start.utcoffset() == datetime.timedelta(hours=2)
    assert (family_day.all_day, family_day.start_date.weekday()) == (True, 5)

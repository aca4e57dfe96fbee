import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from news.models import AllianceOfTheMonth, Event, News
from tests.factories import coordinator_of, make_alliance, make_event, make_news

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
MINUTE = datetime.timedelta(minutes=1)
FROM = datetime.datetime(2026, 3, 1, 8, 0, tzinfo=BERLIN)
UNTIL = datetime.datetime(2026, 3, 31, 20, 0, tzinfo=BERLIN)


@pytest.mark.parametrize("model", [News, Event], ids=["news", "event"])
@pytest.mark.parametrize(
    ("now", "visible"),
    [
        (FROM - MINUTE, False),
        (FROM, True),
        (FROM + MINUTE, True),
        (UNTIL - MINUTE, True),
        (UNTIL, False),
        (UNTIL + MINUTE, False),
    ],
    ids=[
        "minute-before-from",
        "at-from",
        "minute-after-from",
        "minute-before-until",
        "at-until",
        "minute-after-until",
    ],
)
def test_published_at_the_boundaries_of_its_window(kassel, model, now, visible):
    maker = make_news if model is News else make_event
    item = maker(kassel, publish_from=FROM, publish_until=UNTIL)

    assert list(model.objects.published(now=now)) == ([item] if visible else [])
    assert item.is_public(now=now) is visible


def test_published_without_until_stays(kassel):
    item = make_news(kassel, publish_from=FROM)

    assert list(News.objects.published(now=FROM + datetime.timedelta(days=3650))) == [item]


def test_published_uses_the_time_of_the_query(kassel, monkeypatch):
    from django.utils import timezone

    item = make_news(kassel, publish_from=FROM)
    monkeypatch.setattr(timezone, "now", lambda: FROM - MINUTE)
    before = list(News.objects.published())
    monkeypatch.setattr(timezone, "now", lambda: FROM + MINUTE)
    after = list(News.objects.published())

    assert (before, after) == ([], [item])


def test_published_hides_drafts_and_unpublished_alliances(kassel):
    make_news(kassel, slug="entwurf", is_published=False)
    hidden = make_alliance("geheim", is_published=False)
    of_hidden = make_news(hidden, slug="geheim")
    network = make_news(None, slug="netz")
    shown = make_news(kassel, slug="sichtbar")

    published = set(News.objects.published())

    assert published == {network, shown}
    assert set(News.objects.visible_to(AnonymousUser()).filter(alliance=hidden)) == set()
    assert set(News.objects.visible_to(coordinator_of(hidden)).filter(alliance=hidden)) == {
        of_hidden
    }


def test_news_slug_unique_per_alliance_and_among_network_items(kassel):
    make_news(kassel, slug="doppelt")
    make_news(None, slug="doppelt")
    make_news(make_alliance("unna"), slug="doppelt")  # another alliance may use it

    with pytest.raises(ValidationError, match="Das Netzwerk hat schon eine Meldung"):
        News(alliance=None, slug="doppelt", title="x", teaser="x").full_clean()
    with pytest.raises(ValidationError, match="Dieses Bündnis hat schon eine Meldung"):
        News(alliance=kassel, slug="doppelt", title="x", teaser="x").full_clean()
    with pytest.raises(IntegrityError):
        make_news(None, slug="doppelt")


@pytest.mark.parametrize("slug", ["feed", "archiv", "drucken"])
def test_reserved_slugs_are_refused(kassel, slug):
    with pytest.raises(ValidationError, match="als Kurzname vergeben"):
        News(alliance=kassel, slug=slug, title="x", teaser="x").full_clean()


def test_publish_until_must_follow_publish_from(kassel):
    item = News(alliance=kassel, slug="x", title="x", teaser="x", publish_from=FROM)
    item.publish_until = FROM

    with pytest.raises(ValidationError, match="„Sichtbar bis“ muss nach „sichtbar ab“ liegen"):
        item.full_clean()


def test_news_date_known_to_the_year_is_shown_as_year(kassel):
    item = make_news(kassel, date=datetime.date(2014, 5, 17), date_precision="year")

    item.refresh_from_db()
    assert (item.date, item.date_display, item.date_iso) == (
        datetime.date(2014, 1, 1),
        "2014",
        "2014",
    )


def test_news_absolute_urls(kassel):
    assert make_news(kassel, slug="a").get_absolute_url() == "/buendnisse/kassel/aktuelles/a/"
    assert make_news(None, slug="b").get_absolute_url() == "/aktuelles/b/"


def test_event_end_before_start_is_refused(kassel):
    event = Event(
        alliance=kassel,
        slug="x",
        title="x",
        starts_at=datetime.datetime(2026, 6, 1, 18, tzinfo=BERLIN),
        ends_at=datetime.datetime(2026, 6, 1, 17, tzinfo=BERLIN),
    )

    with pytest.raises(ValidationError, match="Das Ende darf nicht vor dem Beginn liegen"):
        event.full_clean()


def test_event_all_day_is_stored_as_local_midnight_of_its_days(kassel):
    event = make_event(
        kassel,
        all_day=True,
        starts_at=datetime.datetime(2026, 6, 5, 23, 30, tzinfo=datetime.UTC),  # 6 June in Berlin
        ends_at=datetime.datetime(2026, 6, 7, 10, 0, tzinfo=BERLIN),
    )

    event.refresh_from_db()
    assert event.start == datetime.datetime(2026, 6, 6, 0, 0, tzinfo=BERLIN)
    assert event.end == datetime.datetime(2026, 6, 7, 0, 0, tzinfo=BERLIN)
    assert (event.start_date, event.last_date, event.is_multi_day) == (
        datetime.date(2026, 6, 6),
        datetime.date(2026, 6, 7),
        True,
    )


def test_event_all_day_on_one_day_may_end_where_it_starts(kassel):
    event = Event(
        alliance=kassel,
        slug="x",
        title="x",
        all_day=True,
        starts_at=datetime.datetime(2026, 6, 6, 15, tzinfo=BERLIN),
        ends_at=datetime.datetime(2026, 6, 6, 9, tzinfo=BERLIN),  # times do not count
    )

    event.full_clean()

    midnight = datetime.datetime(2026, 6, 6, 0, 0, tzinfo=BERLIN)
    assert (event.start, event.end, event.is_multi_day) == (midnight, midnight, False)


EVENING = datetime.datetime(2026, 6, 6, 18, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("kwargs", "now", "upcoming"),
    [
        # with an end: until its end
        ({"ends_at": EVENING + 2 * 60 * MINUTE}, EVENING + 119 * MINUTE, True),
        ({"ends_at": EVENING + 2 * 60 * MINUTE}, EVENING + 121 * MINUTE, False),
        # without an end: until the end of its day
        ({}, datetime.datetime(2026, 6, 6, 23, 59, tzinfo=BERLIN), True),
        ({}, datetime.datetime(2026, 6, 7, 0, 1, tzinfo=BERLIN), False),
        # all day, over three days: until the end of the last
        (
            {"all_day": True, "ends_at": EVENING + datetime.timedelta(days=2)},
            datetime.datetime(2026, 6, 8, 23, 59, tzinfo=BERLIN),
            True,
        ),
        (
            {"all_day": True, "ends_at": EVENING + datetime.timedelta(days=2)},
            datetime.datetime(2026, 6, 9, 0, 1, tzinfo=BERLIN),
            False,
        ),
    ],
    ids=[
        "end-minute-before",
        "end-minute-after",
        "no-end-before-midnight",
        "no-end-after-midnight",
        "all-day-last-day",
        "all-day-after-last-day",
    ],
)
def test_event_upcoming_and_past_at_their_boundaries(kassel, kwargs, now, upcoming):
    event = make_event(kassel, starts_at=EVENING, **kwargs)

    assert list(Event.objects.upcoming(now=now)) == ([event] if upcoming else [])
    assert list(Event.objects.past(now=now)) == ([] if upcoming else [event])


def test_event_address_in_one_line(kassel):
    event = make_event(
        kassel, place_name="Rathaus", street="Obere Königstraße 8", postcode="34117", city="Kassel"
    )

    assert event.address == "Rathaus, Obere Königstraße 8, 34117 Kassel"


def test_alliance_of_the_month_is_stored_as_first_of_month_and_unique(kassel):
    choice = AllianceOfTheMonth.objects.create(
        alliance=kassel, month=datetime.date(2019, 7, 17), text="-"
    )
    again = AllianceOfTheMonth(alliance=kassel, month=datetime.date(2019, 7, 3), text="-")

    choice.refresh_from_db()
    assert (choice.month, choice.month_display) == (datetime.date(2019, 7, 1), "Juli 2019")
    with pytest.raises(ValidationError, match="Für diesen Monat ist schon ein Bündnis ausgewählt"):
        again.full_clean()


def test_alliance_of_the_month_appears_on_the_first_of_its_month(kassel):
    choice = AllianceOfTheMonth.objects.create(
        alliance=kassel, month=datetime.date(2026, 8, 1), text="-"
    )

    assert list(AllianceOfTheMonth.objects.published(today=datetime.date(2026, 7, 31))) == []
    assert list(AllianceOfTheMonth.objects.published(today=datetime.date(2026, 8, 1))) == [choice]

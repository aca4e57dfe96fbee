"""The event_when filter: when a date takes place, in German words, with <time> elements."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from news.models import Event
from news.templatetags.news_tags import event_when

BERLIN = ZoneInfo("Europe/Berlin")


def at(*args):
    return datetime.datetime(*args, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        pytest.param(
            Event(all_day=True, starts_at=at(2025, 5, 3)),
            '<time datetime="2025-05-03">Samstag, 3. Mai 2025</time>, ganztägig',
            id="all-day-one-day",
        ),
        pytest.param(
            Event(all_day=True, starts_at=at(2025, 5, 3), ends_at=at(2025, 5, 3)),
            '<time datetime="2025-05-03">Samstag, 3. Mai 2025</time>, ganztägig',
            id="all-day-ending-on-its-first-day",
        ),
        pytest.param(
            Event(all_day=True, starts_at=at(2025, 5, 3), ends_at=at(2025, 5, 4)),
            '<time datetime="2025-05-03">Samstag, 3. Mai</time> bis '
            '<time datetime="2025-05-04">Sonntag, 4. Mai 2025</time>',
            id="all-day-several-days",
        ),
        pytest.param(
            Event(all_day=True, starts_at=at(2026, 12, 31), ends_at=at(2027, 1, 1)),
            '<time datetime="2026-12-31">Donnerstag, 31. Dezember 2026</time> bis '
            '<time datetime="2027-01-01">Freitag, 1. Januar 2027</time>',
            id="all-day-into-the-next-year",
        ),
        pytest.param(
            Event(starts_at=at(2025, 5, 3, 10, 0), ends_at=at(2025, 5, 3, 12, 30)),
            '<time datetime="2025-05-03T10:00:00+02:00">Samstag, 3. Mai 2025, 10:00</time>–'
            '<time datetime="2025-05-03T12:30:00+02:00">12:30</time> Uhr',
            id="timed-same-day",
        ),
        pytest.param(
            Event(starts_at=at(2025, 5, 3, 22, 0), ends_at=at(2025, 5, 4, 2, 0)),
            '<time datetime="2025-05-03T22:00:00+02:00">Samstag, 3. Mai 2025, 22:00 Uhr</time> bis '
            '<time datetime="2025-05-04T02:00:00+02:00">Sonntag, 4. Mai 2025, 02:00 Uhr</time>',
            id="timed-across-days",
        ),
        pytest.param(
            Event(starts_at=at(2025, 5, 3, 10, 0)),
            '<time datetime="2025-05-03T10:00:00+02:00">Samstag, 3. Mai 2025, 10:00 Uhr</time>',
            id="open-end",
        ),
        pytest.param(
            Event(starts_at=datetime.datetime(2025, 1, 10, 17, 0, tzinfo=datetime.UTC)),
            '<time datetime="2025-01-10T18:00:00+01:00">Freitag, 10. Januar 2025, 18:00 Uhr</time>',
            id="stored-in-utc-shown-in-local-time",
        ),
    ],
)
def test_event_when_in_words(event, expected):
    assert event_when(event) == expected

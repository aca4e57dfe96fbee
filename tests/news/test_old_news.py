"""News more than a year old carry their date visibly in every list, and say so on their page."""

import datetime

import pytest
from django.utils import timezone

from news.models import News, a_year_after, a_year_before
from tests.factories import make_news

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 11, 24, 10, 0, tzinfo=datetime.UTC)
OLD_MARK = (
    '<span class="badge">Archiv</span> '
    '<strong><time datetime="2025-11-23">23. November 2025</time></strong>'
)


@pytest.fixture(autouse=True)
def frozen_now(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW)


@pytest.fixture
def old_and_new(kassel):
    make_news(kassel, slug="alt", title="Ein Jahr und ein Tag", date=datetime.date(2025, 11, 23))
    make_news(kassel, slug="neu", title="Genau ein Jahr", date=datetime.date(2025, 11, 24))
    return kassel


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/aktuelles/",
        "/aktuelles/drucken/",
        "/buendnisse/kassel/",
        "/buendnisse/kassel/drucken/",
        "/buendnisse/kassel/aktuelles/",
        "/buendnisse/kassel/aktuelles/drucken/",
    ],
)
def test_every_list_marks_news_older_than_a_year_with_its_date(client, old_and_new, path):
    text = client.get(path).text

    assert text.count(OLD_MARK) == 1
    assert text.count('<span class="badge">Archiv</span>') == 1  # not the one a year old today
    assert '<time datetime="2025-11-24">24. November 2025</time>' in text


def test_old_news_item_page_says_it_is_old(client, old_and_new):
    old = client.get("/buendnisse/kassel/aktuelles/alt/").text
    recent = client.get("/buendnisse/kassel/aktuelles/neu/").text

    notice = "Diese Meldung ist über ein Jahr alt (23. November 2025)."
    assert (notice in old, 'class="notice"' in recent) == (True, False)


def test_old_news_by_year_only_is_marked_with_its_year(client, kassel):
    make_news(kassel, slug="2014", date=datetime.date(2014, 1, 1), date_precision="year")

    text = client.get("/buendnisse/kassel/aktuelles/").text

    assert '<strong><time datetime="2014">2014</time></strong>' in text


def test_cached_lists_are_renewed_when_an_item_turns_a_year_old(kassel):
    make_news(kassel, slug="januar", date=datetime.date(2026, 1, 10))
    make_news(kassel, slug="alt", date=datetime.date(2020, 1, 10))

    assert News.objects.next_boundary() == timezone.make_aware(datetime.datetime(2027, 1, 11))


@pytest.mark.parametrize(
    ("day", "before", "after"),
    [
        (datetime.date(2026, 3, 5), datetime.date(2025, 3, 5), datetime.date(2027, 3, 5)),
        (datetime.date(2028, 2, 29), datetime.date(2027, 2, 28), datetime.date(2029, 3, 1)),
    ],
)
def test_a_year_before_and_after_on_leap_days(day, before, after):
    assert (a_year_before(day), a_year_after(day)) == (before, after)

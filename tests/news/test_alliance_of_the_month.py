import datetime

import pytest
from django.utils import timezone

from news.models import AllianceOfTheMonth
from tests.factories import make_alliance

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 7, 15, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def frozen_now(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW)


@pytest.fixture
def unna():
    return make_alliance("kreis-unna", name="Bündnis für Familie im Kreis Unna", place="Kreis Unna")


def choose(alliance, year, month, text="-"):
    return AllianceOfTheMonth.objects.create(
        alliance=alliance, month=datetime.date(year, month, 1), text=text
    )


def test_home_shows_this_months_choice(client, unna, kassel):
    choose(kassel, 2026, 6)  # last month: in the archive only
    choose(unna, 2026, 7, "Das Bündnis bündelt Ideen, Erfahrungen und Projekte.")
    choose(kassel, 2026, 8)  # chosen ahead: not yet

    response = client.get("/")

    assert response.context["alliance_of_the_month"].alliance == unna
    assert (
        '<h2 id="month-title">Bündnis des Monats <time datetime="2026-07">Juli 2026</time></h2>'
    ) in response.text
    assert (
        '<a href="/buendnisse/kreis-unna/">Bündnis für Familie im Kreis Unna</a>' in response.text
    )
    assert "<p>Das Bündnis bündelt Ideen, Erfahrungen und Projekte.</p>" in response.text
    assert '<a href="/buendnis-des-monats/">Alle Bündnisse des Monats</a>' in response.text


def test_home_shows_a_choice_made_ahead_from_the_first_of_its_month(
    client, unna, kassel, monkeypatch
):
    choose(unna, 2026, 7)
    choose(kassel, 2026, 8)
    monkeypatch.setattr(
        timezone, "now", lambda: datetime.datetime(2026, 7, 31, 22, 1, tzinfo=datetime.UTC)
    )

    response = client.get("/")  # 1 August, 0:01 in Berlin

    assert response.context["alliance_of_the_month"].alliance == kassel


def test_home_shows_no_earlier_month_as_the_current_one(client, unna):
    choose(unna, 2019, 7)

    response = client.get("/")

    assert response.context["alliance_of_the_month"] is None
    assert "Juli 2019" not in response.text


def test_home_without_choice_has_no_section(client, unna):
    unna_hidden = make_alliance("geheim", is_published=False)
    choose(unna_hidden, 2026, 7)

    response = client.get("/")

    assert response.context["alliance_of_the_month"] is None
    assert 'id="month-title"' not in response.text


@pytest.mark.parametrize(
    "path",
    [
        "/buendnisse/kreis-unna/",
        "/buendnisse/kreis-unna/ueber-uns/",
        "/buendnisse/kreis-unna/partner/",
        "/buendnisse/kreis-unna/projekte/",
        "/buendnisse/kreis-unna/kontakt/",
        "/buendnisse/kreis-unna/mitmachen/",
        "/buendnisse/kreis-unna/aktuelles/",
        "/buendnisse/kreis-unna/termine/",
    ],
)
def test_alliance_pages_show_the_distinction_in_its_month(client, unna, path):
    choose(unna, 2026, 7)

    response = client.get(path)

    assert (
        '<p class="alliance-header__distinction"><a href="/buendnis-des-monats/">'
        'Bündnis des Monats <time datetime="2026-07">Juli 2026</time></a></p>'
    ) in response.text


def test_alliance_pages_name_neither_earlier_months_nor_those_ahead(client, unna):
    choose(unna, 2019, 7)
    choose(unna, 2026, 6)
    choose(unna, 2027, 1)

    response = client.get("/buendnisse/kreis-unna/")

    assert "alliance-header__distinction" not in response.text
    assert [
        text for text in ("Juli 2019", "Juni 2026", "Januar 2027") if text in response.text
    ] == []


def test_alliance_never_chosen_shows_no_distinction(client, kassel):
    assert "alliance-header__distinction" not in client.get("/buendnisse/kassel/").text


def test_archive_lists_earlier_choices_newest_first(client, unna, kassel):
    choose(unna, 2019, 7, "Kreis Unna")
    choose(kassel, 2020, 2, "Kassel")
    choose(kassel, 2026, 9, "Noch nicht")
    choose(make_alliance("geheim", is_published=False), 2021, 1, "Geheim")

    response = client.get("/buendnis-des-monats/")

    assert [choice.text for choice in response.context["page"].object_list] == [
        "Kassel",
        "Kreis Unna",
    ]
    assert (
        '<li class="card" id="monat-2019-07">\n          '
        '<h2><time datetime="2019-07">Juli 2019</time>: '
        '<a href="/buendnisse/kreis-unna/">Bündnis für Familie im Kreis Unna</a></h2>'
    ) in response.text


def berlin_midnight(year, month, day):
    return timezone.make_aware(datetime.datetime(year, month, day))


@pytest.mark.parametrize(
    ("months", "boundary"),
    [
        ([(2026, 7)], berlin_midnight(2026, 8, 1)),  # this month's ends
        ([(2019, 7), (2026, 10)], berlin_midnight(2026, 10, 1)),  # one chosen ahead begins
        ([(2026, 7), (2026, 10)], berlin_midnight(2026, 8, 1)),
        ([(2019, 7)], None),  # nothing will change by itself
    ],
    ids=["current", "ahead", "current-and-ahead", "past-only"],
)
def test_cached_pages_expire_when_the_current_choice_changes(unna, months, boundary):
    for year, month in months:
        choose(unna, year, month)

    assert AllianceOfTheMonth.objects.next_boundary() == boundary

"""Writing news and dates in the admin: coordinators for their alliance, editors for all."""

import datetime
from zoneinfo import ZoneInfo

from django.urls import reverse

from news.models import AllianceOfTheMonth, Event, News
from tests.factories import coordinator_of, make_news

BERLIN = ZoneInfo("Europe/Berlin")


def news_data(**kwargs):
    return {
        "title": "Familientag 2017",
        "slug": "familientag-2017",
        "date": "2017-01-01",
        "date_precision": "year",
        "teaser": "Ein Bericht.",
        "body": "<p>Bericht</p>",
        "is_published": "on",
        "publish_from_0": "2017-06-01",
        "publish_from_1": "09:00",
        "_version": "",
        **kwargs,
    }


def event_data(**kwargs):
    return {
        "title": "Familientag",
        "slug": "familientag",
        "starts_at_0": "2026-06-13",
        "starts_at_1": "",
        "ends_at_0": "",
        "ends_at_1": "",
        "place_name": "",
        "street": "",
        "postcode": "",
        "city": "Kassel",
        "description": "",
        "registration_url": "",
        "is_published": "on",
        "publish_from_0": "2026-01-01",
        "publish_from_1": "00:00",
        "_version": "",
        **kwargs,
    }


def test_coordinator_writes_news_into_own_alliance_whatever_is_posted(
    kassel_client, kassel, herzogenrath
):
    response = kassel_client.post(
        reverse("admin:news_news_add"), news_data(alliance=herzogenrath.pk)
    )

    assert response.status_code == 302
    assert News.objects.get().alliance == kassel


def test_coordinator_cannot_write_for_the_whole_network(client, kassel, herzogenrath):
    client.force_login(coordinator_of(kassel, herzogenrath, username="doppelt"))

    response = client.post(reverse("admin:news_news_add"), news_data(alliance=""))

    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == ["alliance"]
    assert not News.objects.exists()


def test_network_editor_writes_network_news(super_client):
    response = super_client.post(reverse("admin:news_news_add"), news_data(alliance=""))

    assert response.status_code == 302
    item = News.objects.get()
    assert (item.alliance, item.get_absolute_url()) == (None, "/aktuelles/familientag-2017/")
    assert item.publish_from == datetime.datetime(2017, 6, 1, 9, 0, tzinfo=BERLIN)


def test_changelist_says_whether_and_until_when_items_are_public(super_client, kassel):
    make_news(kassel, slug="geplant", publish_from=datetime.datetime(2099, 1, 1, 9, tzinfo=BERLIN))
    make_news(None, slug="entwurf", is_published=False)

    response = super_client.get(reverse("admin:news_news_changelist"))

    assert "ab 1. Januar 2099, 09:00 Uhr" in response.text
    assert "nein, Entwurf" in response.text
    assert "ganzes Netzwerk" in response.text


def test_all_day_event_needs_no_time(kassel_client, kassel):
    response = kassel_client.post(reverse("admin:news_event_add"), event_data(all_day="on"))

    assert response.status_code == 302
    event = Event.objects.get()
    assert (event.all_day, event.start) == (True, datetime.datetime(2026, 6, 13, tzinfo=BERLIN))


def test_event_with_times_asks_for_the_time(kassel_client, kassel):
    response = kassel_client.post(reverse("admin:news_event_add"), event_data())

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["starts_at"] == [
        "Bitte eine Uhrzeit angeben oder „ganztägig“ ankreuzen."
    ]


def test_event_with_times_is_saved_in_berlin_time(kassel_client, kassel):
    response = kassel_client.post(
        reverse("admin:news_event_add"),
        event_data(starts_at_1="18:00", ends_at_0="2026-06-13", ends_at_1="20:00"),
    )

    assert response.status_code == 302
    event = Event.objects.get()
    assert (event.start, event.end) == (
        datetime.datetime(2026, 6, 13, 18, tzinfo=BERLIN),
        datetime.datetime(2026, 6, 13, 20, tzinfo=BERLIN),
    )


def test_network_editor_chooses_the_alliance_of_the_month(super_client, kassel):
    response = super_client.post(
        reverse("admin:news_allianceofthemonth_add"),
        {"month": "2019-07-17", "alliance": kassel.pk, "text": "Vorbildlich.", "_version": ""},
    )

    assert response.status_code == 302
    assert AllianceOfTheMonth.objects.get().month == datetime.date(2019, 7, 1)


def test_coordinator_menu_has_news_and_dates_but_not_the_alliance_of_the_month(kassel_client):
    response = kassel_client.get(reverse("admin:index"))

    news_app = next(app for app in response.context["app_list"] if app["app_label"] == "news")
    assert news_app["name"] == "Aktuelles und Termine"
    assert sorted(model["object_name"] for model in news_app["models"]) == ["Event", "News"]


def test_owner_filter_offers_the_network_to_network_editors_only(super_client, kassel_client):
    make_news(None, slug="netz")

    editor = super_client.get(reverse("admin:news_news_changelist"))
    coordinator = kassel_client.get(reverse("admin:news_news_changelist"))
    network_only = super_client.get(
        reverse("admin:news_news_changelist"), {"alliance__isnull": "True"}
    )

    assert '<a href="?alliance__isnull=True">ganzes Netzwerk</a>' in editor.text
    assert "alliance__isnull" not in coordinator.text
    assert [item.slug for item in network_only.context["cl"].result_list] == ["netz"]

"""The page cache: visitors get stored pages; an edit refreshes exactly the pages that show it."""

import datetime
import time

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from buendnisse.models import Document, FieldOfAction, Milestone, WorkingGroup
from contacts.models import ContactPerson
from news.models import AllianceOfTheMonth, Event, News
from partners.models import Membership, Partner
from projects.models import Project
from tests.factories import (
    coordinator_of,
    is_cached,
    make_alliance,
    make_event,
    make_news,
    populate,
)

PAGES = [
    "/",
    "/drucken/",
    "/buendnisse/",
    "/buendnisse/kassel/",
    "/buendnisse/kassel/drucken/",
    "/buendnisse/kassel/alles/drucken/",
    "/buendnisse/kassel/ueber-uns/",
    "/buendnisse/kassel/leichte-sprache/",
    "/buendnisse/kassel/partner/",
    "/buendnisse/kassel/projekte/",
    "/buendnisse/kassel/projekte/projekt-0/",
    "/buendnisse/kassel/kontakt/",
    # The Mitmachen page hands out a CSRF token with its form: never stored
    # (tests/inquiries/test_inquiry_form.py); its print view has no form.
    "/buendnisse/kassel/mitmachen/drucken/",
    "/buendnisse/kassel/aktuelles/",
    "/buendnisse/kassel/aktuelles/meldung/",
    "/buendnisse/kassel/aktuelles/feed/",
    "/buendnisse/kassel/termine/",
    "/buendnisse/kassel/termine/archiv/",
    "/buendnisse/kassel/termine/termin/",
    "/buendnisse/kassel/termine.ics",
    "/buendnisse/kassel/termine/termin.ics",
    "/aktuelles/",
    "/aktuelles/netz/",
    "/aktuelles/feed/",
    "/termine/",
    "/termine.ics",
    "/projekte/",
    "/buendnis-des-monats/",
    "/impressum/",
    "/datenschutz/",
    "/barrierefreiheit/",
    "/leichte-sprache/",
]


@pytest.fixture
def network(db, page_cache):
    kassel = populate(make_alliance("kassel", name="Kasseler Bündnis für Familie"), 1)
    unna = populate(make_alliance("kreis-unna", name="Bündnis Kreis Unna"), 1)
    make_news(kassel, slug="meldung")
    make_news(None, slug="netz")
    make_event(kassel, slug="termin")
    AllianceOfTheMonth.objects.create(alliance=kassel, month=datetime.date(2024, 5, 1), text="-")
    return {"kassel": kassel, "unna": unna}


def queries(client, url, **headers):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers)
    return response, len(captured)


@pytest.mark.parametrize("url", PAGES)
def test_page_cache_second_visit_costs_no_query_and_the_same_bytes(network, url):
    first, first_count = queries(Client(), url)
    second, second_count = queries(Client(), url)

    assert first.status_code == 200
    assert first_count > 0
    assert (second.status_code, second_count) == (200, 0)
    assert second.content == first.content


def test_page_cache_repeat_visit_with_etag_gets_304_without_rendering(network):
    first = Client().get("/buendnisse/kassel/")

    again, count = queries(Client(), "/buendnisse/kassel/", if_none_match=first["ETag"])

    assert (again.status_code, count) == (304, 0)
    assert again["ETag"] == first["ETag"]
    assert first["Cache-Control"] == "max-age=0, must-revalidate"


def test_page_cache_keeps_no_missing_page(network, django_capture_on_commit_callbacks):
    assert Client().get("/buendnisse/neu/").status_code == 404

    with django_capture_on_commit_callbacks(execute=True):
        make_alliance("neu", name="Neues Bündnis")

    assert Client().get("/buendnisse/neu/").status_code == 200


def test_page_cache_editors_always_get_fresh_pages(network):
    editor = Client()
    editor.force_login(coordinator_of(network["kassel"]))
    Client().get("/buendnisse/kassel/")

    response, count = queries(editor, "/buendnisse/kassel/")

    assert response.status_code == 200
    assert count > 0
    assert "no-store" in response["Cache-Control"]


def test_page_cache_is_off_with_zero_seconds(network, settings):
    settings.PAGE_CACHE_SECONDS = 0
    Client().get("/buendnisse/kassel/")

    assert is_cached("/buendnisse/kassel/") is False


def kassel_project(network):
    return Project.objects.get(alliance=network["kassel"])


# (what is edited, the page that shows it, a page that does not)
EDITS = {
    "alliance": (
        lambda n: n["kassel"],
        "name",
        "/buendnisse/kassel/",
        "/buendnisse/kreis-unna/",
    ),
    "project": (kassel_project, "title", "/projekte/", "/buendnisse/kreis-unna/projekte/"),
    "contact": (
        lambda n: ContactPerson.objects.get(alliance=n["kassel"]),
        "last_name",
        "/buendnisse/kassel/kontakt/",
        "/buendnisse/kreis-unna/kontakt/",
    ),
    "partner": (
        lambda n: Partner.objects.get(memberships__alliance=n["kassel"]),
        "name",
        "/buendnisse/kassel/partner/",
        "/buendnisse/kreis-unna/partner/",
    ),
    "membership": (
        lambda n: Membership.objects.get(alliance=n["kassel"]),
        "role",
        "/buendnisse/kassel/partner/",
        "/buendnisse/kreis-unna/partner/",
    ),
    "document": (
        lambda n: Document.objects.get(alliance=n["kassel"]),
        "title",
        "/buendnisse/kassel/ueber-uns/",
        "/buendnisse/kreis-unna/ueber-uns/",
    ),
    "milestone": (
        lambda n: Milestone.objects.get(alliance=n["kassel"]),
        "title",
        "/buendnisse/kassel/ueber-uns/",
        "/buendnisse/kreis-unna/ueber-uns/",
    ),
    "working group": (
        lambda n: WorkingGroup.objects.get(alliance=n["kassel"]),
        "name",
        "/buendnisse/kassel/ueber-uns/",
        "/buendnisse/kreis-unna/ueber-uns/",
    ),
    "image": (
        lambda n: n["kassel"].logo,
        "credit",
        "/buendnisse/kassel/",
        "/buendnisse/kreis-unna/",
    ),
    "news item": (
        lambda n: News.objects.get(slug="meldung"),
        "title",
        "/aktuelles/",
        "/buendnisse/kreis-unna/",
    ),
    "network news": (
        lambda n: News.objects.get(slug="netz"),
        "title",
        "/",
        "/buendnisse/kassel/kontakt/",
    ),
    "date": (
        lambda n: Event.objects.get(slug="termin"),
        "title",
        "/buendnisse/kassel/termine/",
        "/aktuelles/",
    ),
    "alliance of the month": (
        lambda n: AllianceOfTheMonth.objects.get(),
        "text",
        "/buendnis-des-monats/",
        "/buendnisse/kreis-unna/",
    ),
}


@pytest.mark.parametrize("kind", EDITS)
def test_page_cache_an_edit_shows_at_once_and_unrelated_pages_stay_cached(
    network, kind, django_capture_on_commit_callbacks
):
    get_object, field, shown_on, elsewhere = EDITS[kind]
    Client().get(shown_on)
    Client().get(elsewhere)
    obj = get_object(network)

    with django_capture_on_commit_callbacks(execute=True):
        setattr(obj, field, "Geändert für den Test")
        obj.save()

    response = Client().get(shown_on)
    assert "Geändert für den Test" in response.content.decode()
    assert is_cached(elsewhere) is True


@pytest.mark.parametrize("kind", ["project", "contact", "news item", "date"])
def test_page_cache_a_deletion_shows_at_once(network, kind, django_capture_on_commit_callbacks):
    get_object, field, shown_on, elsewhere = EDITS[kind]
    obj = get_object(network)
    type(obj).objects.filter(pk=obj.pk).update(**{field: "Nur hier zu sehen"})
    Client().get(shown_on)
    Client().get(elsewhere)

    with django_capture_on_commit_callbacks(execute=True):
        obj.delete()

    assert "Nur hier zu sehen" not in Client().get(shown_on).content.decode()
    assert is_cached(elsewhere) is True


def test_page_cache_linking_a_partner_refreshes_the_project(
    network, django_capture_on_commit_callbacks
):
    project = kassel_project(network)
    url = project.get_absolute_url()
    newcomer = Partner.objects.create(name="Neuer Partner", slug="neu")
    Client().get(url)

    with django_capture_on_commit_callbacks(execute=True):
        project.partners.add(newcomer)

    assert "Neuer Partner" in Client().get(url).content.decode()


def test_page_cache_an_alliances_first_news_item_opens_its_menu_entry_at_once(
    network, django_capture_on_commit_callbacks
):
    before = Client().get("/buendnisse/kreis-unna/partner/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        make_news(network["unna"], slug="erste-meldung")

    after = Client().get("/buendnisse/kreis-unna/partner/").content.decode()
    entry = '<li><a href="/buendnisse/kreis-unna/aktuelles/">Aktuelles</a></li>'
    assert (entry in before, entry in after) == (False, True)


def test_page_cache_a_catalogue_change_refreshes_every_page(
    network, django_capture_on_commit_callbacks
):
    pages = ["/buendnisse/", "/buendnisse/kreis-unna/", "/aktuelles/", "/termine/"]
    for url in pages:
        Client().get(url)

    with django_capture_on_commit_callbacks(execute=True):
        FieldOfAction.objects.create(name="Neues Feld", slug="neues-feld")

    assert [url for url in pages if is_cached(url)] == []


def test_page_cache_renamed_alliance_redirects_from_its_old_address(
    network, django_capture_on_commit_callbacks
):
    assert Client().get("/buendnisse/kreis-unna/").status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        network["unna"].slug = "unna"
        network["unna"].save()

    response = Client().get("/buendnisse/kreis-unna/")
    assert (response.status_code, response["Location"]) == (301, "/buendnisse/unna/")


def test_page_cache_scheduled_item_appears_at_its_second_with_a_warm_cache(network):
    make_news(None, slug="gleich", title="Gleich sichtbar", publish_from=timezone.now())
    News.objects.filter(slug="gleich").update(
        publish_from=timezone.now() + datetime.timedelta(seconds=2)
    )
    from core import pagecache

    pagecache.invalidate((), schedule=True)  # update() sends no signal; saving would
    before = Client().get("/aktuelles/").content.decode()
    assert is_cached("/aktuelles/") is True

    time.sleep(2.2)

    assert "Gleich sichtbar" not in before
    assert "Gleich sichtbar" in Client().get("/aktuelles/").content.decode()


def test_page_cache_stores_pages_again_right_after_a_boundary_passed(network):
    make_news(None, slug="gleich", title="Gleich sichtbar", publish_from=timezone.now())
    News.objects.filter(slug="gleich").update(
        publish_from=timezone.now() + datetime.timedelta(seconds=1)
    )
    from core import pagecache

    pagecache.invalidate((), schedule=True)
    Client().get("/aktuelles/")
    time.sleep(1.2)

    # The remembered boundary has passed: the next page is stored, not rendered every time.
    assert "Gleich sichtbar" in Client().get("/aktuelles/").content.decode()
    assert is_cached("/aktuelles/") is True

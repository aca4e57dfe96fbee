"""Addresses that last: a new slug leaves every old address answering with a 301 to the new one."""

import datetime

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from contacts.models import ContactPerson
from core.models import MovedAddress
from news.models import Event, News
from projects.models import Project
from tests.factories import make_alliance, make_event, make_news


def rename(obj, slug):
    obj.slug = slug
    obj.save()


@pytest.fixture
def kassel_with_content(kassel):
    Project.objects.create(
        alliance=kassel, title="Familie Willkommen", slug="willkommen", teaser="-"
    )
    make_news(kassel, slug="fest")
    make_event(kassel, slug="treffen")
    ContactPerson.objects.create(alliance=kassel, last_name="Schneider", email="s@example.org")
    return kassel


OLD_AND_NEW = [
    ("/buendnisse/kassel/", "/buendnisse/familie-kassel/"),
    ("/buendnisse/kassel/drucken/", "/buendnisse/familie-kassel/drucken/"),
    ("/buendnisse/kassel/alles/drucken/", "/buendnisse/familie-kassel/alles/drucken/"),
    ("/buendnisse/kassel/ueber-uns/", "/buendnisse/familie-kassel/ueber-uns/"),
    ("/buendnisse/kassel/partner/", "/buendnisse/familie-kassel/partner/"),
    ("/buendnisse/kassel/mitmachen/", "/buendnisse/familie-kassel/mitmachen/"),
    ("/buendnisse/kassel/projekte/", "/buendnisse/familie-kassel/projekte/"),
    (
        "/buendnisse/kassel/projekte/willkommen/drucken/",
        "/buendnisse/familie-kassel/projekte/willkommen/drucken/",
    ),
    ("/buendnisse/kassel/kontakt/", "/buendnisse/familie-kassel/kontakt/"),
    ("/buendnisse/kassel/aktuelles/fest/", "/buendnisse/familie-kassel/aktuelles/fest/"),
    ("/buendnisse/kassel/aktuelles/feed/", "/buendnisse/familie-kassel/aktuelles/feed/"),
    ("/buendnisse/kassel/termine.ics", "/buendnisse/familie-kassel/termine.ics"),
    ("/buendnisse/kassel/termine/treffen.ics", "/buendnisse/familie-kassel/termine/treffen.ics"),
    ("/buendnisse/kassel/termine/archiv/", "/buendnisse/familie-kassel/termine/archiv/"),
]


@pytest.mark.parametrize(("old", "new"), OLD_AND_NEW)
def test_renamed_alliance_every_old_address_redirects_permanently(
    client, kassel_with_content, old, new
):
    rename(kassel_with_content, "familie-kassel")

    response = client.get(old)

    assert (response.status_code, response["Location"]) == (301, new)
    assert client.get(new).status_code == 200


def test_renamed_alliance_vcard_redirects_to_its_new_address(client, kassel_with_content):
    contact = ContactPerson.objects.get()
    rename(kassel_with_content, "familie-kassel")

    response = client.get(f"/buendnisse/kassel/kontakt/{contact.pk}.vcf")

    assert response["Location"] == f"/buendnisse/familie-kassel/kontakt/{contact.pk}.vcf"


def test_redirect_keeps_the_query_and_may_be_kept_by_browsers_for_a_day(
    client, kassel_with_content
):
    rename(kassel_with_content, "familie-kassel")

    response = client.get("/buendnisse/kassel/projekte/", {"feld": "familie-und-beruf"})

    assert response.status_code == 301
    assert response["Location"] == "/buendnisse/familie-kassel/projekte/?feld=familie-und-beruf"
    assert response["Cache-Control"] == "max-age=86400"


@pytest.mark.parametrize(
    ("make", "old", "new"),
    [
        (
            lambda a: Project.objects.create(alliance=a, title="P", slug="alt", teaser="-"),
            "/buendnisse/kassel/projekte/alt/",
            "/buendnisse/kassel/projekte/neu/",
        ),
        (
            lambda a: make_news(a, slug="alt"),
            "/buendnisse/kassel/aktuelles/alt/",
            "/buendnisse/kassel/aktuelles/neu/",
        ),
        (lambda a: make_news(None, slug="alt"), "/aktuelles/alt/", "/aktuelles/neu/"),
        (
            lambda a: make_event(a, slug="alt"),
            "/buendnisse/kassel/termine/alt/",
            "/buendnisse/kassel/termine/neu/",
        ),
        (lambda a: make_event(None, slug="alt"), "/termine/alt/", "/termine/neu/"),
    ],
    ids=["project", "alliance-news", "network-news", "alliance-date", "network-date"],
)
def test_renamed_item_page_and_print_view_redirect(client, kassel, make, old, new):
    item = make(kassel)
    rename(item, "neu")

    page = client.get(old)
    printed = client.get(old + "drucken/")

    assert (page.status_code, page["Location"]) == (301, new)
    assert (printed.status_code, printed["Location"]) == (301, new + "drucken/")
    assert client.get(new).status_code == 200


@pytest.mark.parametrize("alliance", [True, False], ids=["alliance", "network"])
def test_renamed_date_calendar_file_redirects(client, kassel, alliance):
    event = make_event(kassel if alliance else None, slug="alt")
    rename(event, "neu")
    prefix = "/buendnisse/kassel" if alliance else ""

    response = client.get(f"{prefix}/termine/alt.ics")

    assert (response.status_code, response["Location"]) == (301, f"{prefix}/termine/neu.ics")
    assert client.get(response["Location"])["Content-Type"] == "text/calendar; charset=utf-8"


def test_chain_of_renames_leads_to_the_newest_in_one_step(client, kassel_with_content):
    for slug in ["familie-kassel", "kasseler-buendnis", "buendnis-kassel"]:
        rename(kassel_with_content, slug)

    answers = {
        old: client.get(f"/buendnisse/{old}/ueber-uns/")["Location"]
        for old in ["kassel", "familie-kassel", "kasseler-buendnis"]
    }

    assert answers == {
        "kassel": "/buendnisse/buendnis-kassel/ueber-uns/",
        "familie-kassel": "/buendnisse/buendnis-kassel/ueber-uns/",
        "kasseler-buendnis": "/buendnisse/buendnis-kassel/ueber-uns/",
    }


@pytest.mark.parametrize("project_first", [True, False], ids=["project-first", "alliance-first"])
def test_renamed_project_of_renamed_alliance_leads_to_the_newest_in_one_step(
    client, kassel_with_content, project_first
):
    project = Project.objects.get()
    if project_first:
        rename(project, "familie-willkommen")
        rename(kassel_with_content, "familie-kassel")
    else:
        rename(kassel_with_content, "familie-kassel")
        project.refresh_from_db()
        rename(project, "familie-willkommen")

    response = client.get("/buendnisse/kassel/projekte/willkommen/drucken/")

    assert response["Location"] == "/buendnisse/familie-kassel/projekte/familie-willkommen/drucken/"
    assert client.get(response["Location"]).status_code == 200


def test_renamed_back_serves_the_old_address_again(client, kassel_with_content):
    rename(kassel_with_content, "familie-kassel")
    rename(kassel_with_content, "kassel")

    assert client.get("/buendnisse/kassel/").status_code == 200
    assert client.get("/buendnisse/familie-kassel/")["Location"] == "/buendnisse/kassel/"
    assert list(MovedAddress.objects.values_list("old_prefix", "new_prefix")) == [
        ("/buendnisse/familie-kassel/", "/buendnisse/kassel/")
    ]


def test_old_address_taken_by_a_new_alliance_serves_the_new_alliance(client, kassel_with_content):
    rename(kassel_with_content, "familie-kassel")
    make_alliance("kassel", name="Neues Bündnis Kassel")

    response = client.get("/buendnisse/kassel/")

    assert response.status_code == 200
    assert response.context["alliance"].name == "Neues Bündnis Kassel"
    # What the new one does not have still leads to where the old one's went.
    assert (
        client.get("/buendnisse/kassel/projekte/willkommen/")["Location"]
        == "/buendnisse/familie-kassel/projekte/willkommen/"
    )


def test_old_item_address_taken_by_a_new_item_serves_the_new_item(client, kassel):
    rename(make_news(kassel, slug="fest", title="Sommerfest 2024"), "sommerfest-2024")
    make_news(kassel, slug="fest", title="Sommerfest 2025")

    response = client.get("/buendnisse/kassel/aktuelles/fest/")

    assert response.status_code == 200
    assert response.context["item"].title == "Sommerfest 2025"


def test_news_item_moved_to_another_alliance_redirects(client, kassel):
    unna = make_alliance("kreis-unna")
    item = make_news(kassel, slug="fest")
    item.alliance = unna
    item.save()

    response = client.get("/buendnisse/kassel/aktuelles/fest/")

    assert response["Location"] == "/buendnisse/kreis-unna/aktuelles/fest/"


def test_deleted_object_leaves_no_redirect(client, kassel_with_content):
    rename(kassel_with_content, "familie-kassel")
    kassel_with_content.delete()

    assert client.get("/buendnisse/kassel/").status_code == 404
    assert MovedAddress.objects.count() == 0


def test_unchanged_slug_records_nothing(kassel_with_content):
    kassel_with_content.name = "Kasseler Bündnis für Familie und Beruf"
    kassel_with_content.save()
    Project.objects.get().save()

    assert MovedAddress.objects.count() == 0


def test_only_reading_requests_are_redirected(client, kassel_with_content):
    rename(kassel_with_content, "familie-kassel")

    assert not client.post("/buendnisse/kassel/mitmachen/").has_header("Location")
    assert client.head("/buendnisse/kassel/").status_code == 301


def test_unknown_address_stays_404_with_one_query_more(client, db, django_assert_num_queries):
    with django_assert_num_queries(2):  # the alliance, then the moved addresses
        response = client.get("/buendnisse/gibt-es-nicht/kontakt/")

    assert response.status_code == 404


def test_old_address_costs_its_page_404_and_one_query(
    client, kassel_with_content, django_assert_num_queries
):
    rename(kassel_with_content, "familie-kassel")

    with django_assert_num_queries(2):
        response = client.get("/buendnisse/kassel/aktuelles/")

    assert response.status_code == 301


def test_slug_changed_in_the_admin_is_recorded_without_anything_else(
    super_client, kassel_with_content
):
    project = Project.objects.get()
    form = (
        super_client.get(reverse("admin:projects_project_change", args=[project.pk]))
        .context["adminform"]
        .form
    )
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and not isinstance(value, list)
    }

    response = super_client.post(
        reverse("admin:projects_project_change", args=[project.pk]),
        {**data, "slug": "familie-willkommen", "alliance": kassel_with_content.pk},
    )

    assert response.status_code == 302
    assert list(MovedAddress.objects.values_list("old_prefix", "new_prefix")) == [
        (
            "/buendnisse/kassel/projekte/willkommen/",
            "/buendnisse/kassel/projekte/familie-willkommen/",
        )
    ]


def test_redirect_with_the_page_cache_on_leads_to_the_new_page(
    client, settings, kassel, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    make_news(kassel, slug="fest", date=datetime.date(2025, 6, 1))
    assert client.get("/buendnisse/kassel/aktuelles/fest/").status_code == 200  # stored

    with django_capture_on_commit_callbacks(execute=True):
        rename(News.objects.get(), "sommerfest")

    assert client.get("/buendnisse/kassel/aktuelles/fest/")["Location"] == (
        "/buendnisse/kassel/aktuelles/sommerfest/"
    )
    assert client.get("/buendnisse/kassel/aktuelles/sommerfest/").status_code == 200
    cache.clear()


def test_event_model_names_its_page_and_its_calendar_file(kassel):
    event = Event(alliance=kassel, slug="treffen")

    assert event.addresses() == (
        "/buendnisse/kassel/termine/treffen/",
        "/buendnisse/kassel/termine/treffen.ics",
    )


def test_renamed_item_on_an_alliances_own_host_redirects_there(kassel):
    from buendnisse.models import AllianceHost

    AllianceHost.objects.create(alliance=kassel, name="www.familie-kassel.de", is_primary=True)
    rename(make_event(kassel, slug="alt"), "neu")
    on_host = Client(headers={"host": "www.familie-kassel.de"})

    page = on_host.get("/termine/alt/drucken/")
    calendar = on_host.get("/termine/alt.ics")

    assert (page.status_code, page["Location"]) == (301, "/termine/neu/drucken/")
    assert calendar["Location"] == "/termine/neu.ics"
    assert on_host.get(page["Location"]).status_code == 200

"""Editors preview what they may change on its public address; the public gets 404."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse

from contacts.models import ContactPerson
from projects.models import Project
from tests.factories import coordinator_of, make_alliance, make_news

BANNER = "<strong>Vorschau – noch nicht öffentlich.</strong>"


@pytest.fixture
def draft(kassel):
    kassel.is_published = False
    kassel.goals = "<p>Eine familienfreundliche Stadt.</p>"
    kassel.save()
    return kassel


def test_preview_of_unpublished_alliance_shows_its_page_to_its_coordinator(kassel_client, draft):
    response = kassel_client.get("/buendnisse/kassel/")

    assert response.status_code == 200
    assert "<h1>Kasseler Bündnis für Familie</h1>" in response.text
    assert BANNER in response.text
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]


def test_preview_public_still_gets_404(client, draft):
    assert client.get("/buendnisse/kassel/").status_code == 404
    assert client.get("/buendnisse/kassel/ueber-uns/").status_code == 404


def test_preview_links_are_the_public_addresses(kassel_client, draft):
    response = kassel_client.get("/buendnisse/kassel/")

    assert '<a href="/buendnisse/kassel/ueber-uns/"' in response.text


def test_preview_subpage_of_unpublished_alliance(kassel_client, draft):
    response = kassel_client.get("/buendnisse/kassel/ueber-uns/")

    assert response.status_code == 200
    assert "Eine familienfreundliche Stadt." in response.text
    assert BANNER in response.text


def test_preview_print_view_of_unpublished_alliance(kassel_client, draft):
    response = kassel_client.get("/buendnisse/kassel/drucken/")

    assert response.status_code == 200
    assert "<strong>Druckansicht</strong>" in response.text
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_preview_of_another_alliance_is_404(client, draft, herzogenrath):
    client.force_login(coordinator_of(herzogenrath))

    assert client.get("/buendnisse/kassel/").status_code == 404


def test_published_page_shows_no_banner_to_its_coordinator(kassel_client, kassel):
    response = kassel_client.get("/buendnisse/kassel/")

    assert response.status_code == 200
    assert BANNER not in response.text


def test_preview_of_unpublished_project_in_published_alliance(kassel_client, kassel):
    project = Project.objects.create(
        alliance=kassel,
        title="Familienkalender 2027",
        slug="familienkalender",
        teaser="Neu.",
        is_published=False,
    )

    preview = kassel_client.get(project.get_absolute_url())
    public = Client().get(project.get_absolute_url())

    assert preview.status_code == 200
    assert "<h1>Familienkalender 2027</h1>" in preview.text
    assert BANNER in preview.text
    assert public.status_code == 404


def test_preview_of_unpublished_contact_shows_it_among_the_others(kassel_client, kassel):
    ContactPerson.objects.create(alliance=kassel, first_name="Anne", last_name="Janz", order=0)
    ContactPerson.objects.create(
        alliance=kassel, first_name="Neue", last_name="Kollegin", order=1, is_published=False
    )

    preview = kassel_client.get("/buendnisse/kassel/kontakt/")
    public = Client().get("/buendnisse/kassel/kontakt/")

    assert [c.full_name for c in preview.context["contacts"]] == ["Anne Janz", "Neue Kollegin"]
    assert [c.full_name for c in public.context["contacts"]] == ["Anne Janz"]
    assert BANNER in preview.text
    assert BANNER not in public.text


def test_preview_of_draft_news_item(kassel_client, kassel):
    item = make_news(kassel, slug="entwurf", title="Noch geheim", is_published=False)

    preview = kassel_client.get(item.get_absolute_url())
    public = Client().get(item.get_absolute_url())

    assert preview.status_code == 200
    assert "<h1>Noch geheim</h1>" in preview.text
    assert BANNER in preview.text
    assert public.status_code == 404


def test_change_form_offers_preview_for_unpublished_and_site_link_for_published(
    kassel_client, kassel
):
    draft_project = Project.objects.create(
        alliance=kassel, title="Entwurf", slug="entwurf", teaser="-", is_published=False
    )
    live_project = Project.objects.create(alliance=kassel, title="Live", slug="live", teaser="-")
    content_type = ContentType.objects.get_for_model(Project)
    view_on_site = reverse("admin:view_on_site", args=[content_type.pk, draft_project.pk])

    draft_page = kassel_client.get(
        reverse("admin:projects_project_change", args=[draft_project.pk])
    )
    live_page = kassel_client.get(reverse("admin:projects_project_change", args=[live_project.pk]))
    followed = kassel_client.get(view_on_site)

    link = f'<a href="{view_on_site}" class="viewsitelink">'
    assert link + "Vorschau (noch nicht öffentlich)</a>" in draft_page.text
    assert "Vorschau (noch nicht öffentlich)" not in live_page.text
    assert "Auf der Website anzeigen" in live_page.text
    assert followed.status_code == 302
    assert followed["Location"].endswith("/buendnisse/kassel/projekte/entwurf/")


def test_preview_for_superuser_of_any_alliance(super_client, db):
    make_alliance("laatzen", name="Bündnis für Familie Laatzen", is_published=False)

    response = super_client.get("/buendnisse/laatzen/")

    assert response.status_code == 200
    assert BANNER in response.text

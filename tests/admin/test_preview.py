"""Editors preview unpublished content exactly as it will look; the public gets 404."""

import pytest
from django.urls import reverse

from contacts.models import ContactPerson
from projects.models import Project
from tests.admin.conftest import coordinator_of
from tests.factories import make_alliance


@pytest.fixture
def draft(kassel):
    kassel.is_published = False
    kassel.goals = "<p>Eine familienfreundliche Stadt.</p>"
    kassel.save()
    return kassel


def preview_url(obj, *page):
    opts = obj._meta
    if page:
        return reverse(
            f"admin:{opts.app_label}_{opts.model_name}_preview_page", args=[obj.pk, *page]
        )
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_preview", args=[obj.pk])


def test_preview_of_unpublished_alliance_shows_its_page_to_its_coordinator(kassel_client, draft):
    response = kassel_client.get(preview_url(draft))

    assert response.status_code == 200
    assert "<h1>Kasseler Bündnis für Familie</h1>" in response.text
    assert "<strong>Vorschau:</strong> So wird diese Seite aussehen." in response.text
    assert (
        f'href="/admin/buendnisse/alliance/{draft.pk}/change/">Zurück zur Bearbeitung'
        in response.text
    )
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]


def test_preview_public_still_gets_404(client, draft):
    assert client.get("/buendnisse/kassel/").status_code == 404
    assert client.get(preview_url(draft)).status_code == 302  # to the admin login


def test_preview_links_stay_in_the_preview(kassel_client, draft):
    response = kassel_client.get(preview_url(draft))

    base = f"/admin/buendnisse/alliance/{draft.pk}/vorschau/"
    assert f'<a href="{base}ueber-uns/"' in response.text
    assert 'href="/buendnisse/kassel/' not in response.text


def test_preview_subpage_of_unpublished_alliance(kassel_client, draft):
    response = kassel_client.get(preview_url(draft, "ueber-uns/"))

    assert response.status_code == 200
    assert "Eine familienfreundliche Stadt." in response.text


def test_preview_print_view_of_unpublished_alliance(kassel_client, draft):
    response = kassel_client.get(preview_url(draft, "drucken/"))

    assert response.status_code == 200
    assert "Druckansicht" in response.text


def test_preview_of_another_alliance_is_404(client, draft, herzogenrath):
    client.force_login(coordinator_of(herzogenrath))

    assert client.get(preview_url(draft)).status_code == 404


def test_preview_of_unpublished_project_in_published_alliance(kassel_client, kassel):
    project = Project.objects.create(
        alliance=kassel,
        title="Familienkalender 2027",
        slug="familienkalender",
        teaser="Neu.",
        is_published=False,
    )

    preview = kassel_client.get(preview_url(project))
    public = kassel_client.get(project.get_absolute_url())

    assert preview.status_code == 200
    assert "<h1>Familienkalender 2027</h1>" in preview.text
    assert public.status_code == 404


def test_preview_of_unpublished_contact_shows_it_among_the_others(kassel_client, kassel):
    ContactPerson.objects.create(alliance=kassel, first_name="Anne", last_name="Janz", order=0)
    new = ContactPerson.objects.create(
        alliance=kassel, first_name="Neue", last_name="Kollegin", order=1, is_published=False
    )

    preview = kassel_client.get(preview_url(new))
    public = kassel_client.get("/buendnisse/kassel/kontakt/")

    assert [c.full_name for c in preview.context["contacts"]] == ["Anne Janz", "Neue Kollegin"]
    assert [c.full_name for c in public.context["contacts"]] == ["Anne Janz"]


def test_change_form_offers_preview_for_unpublished_and_site_link_for_published(
    kassel_client, kassel
):
    draft_project = Project.objects.create(
        alliance=kassel, title="Entwurf", slug="entwurf", teaser="-", is_published=False
    )
    live_project = Project.objects.create(alliance=kassel, title="Live", slug="live", teaser="-")

    draft_page = kassel_client.get(
        reverse("admin:projects_project_change", args=[draft_project.pk])
    )
    live_page = kassel_client.get(reverse("admin:projects_project_change", args=[live_project.pk]))

    link = f'<a href="{preview_url(draft_project)}" class="viewsitelink">'
    assert link + "Vorschau (noch nicht öffentlich)</a>" in draft_page.text
    assert "Vorschau (noch nicht öffentlich)" not in live_page.text
    assert "Auf der Website anzeigen" in live_page.text


def test_preview_for_superuser_of_any_alliance(super_client, db):
    draft = make_alliance("laatzen", name="Bündnis für Familie Laatzen", is_published=False)

    assert super_client.get(preview_url(draft)).status_code == 200

"""Finding 2: a partner that another alliance (or the network) uses cannot be changed by a
coordinator; only network editors change it."""

import pytest
from django.test import Client
from django.urls import reverse

from news.models import News
from partners.models import Membership, Partner
from projects.models import Project
from tests.factories import coordinator_of, make_alliance, make_news


@pytest.fixture
def unna(db):
    return make_alliance("kreis-unna", name="Bündnis Kreis Unna")


@pytest.fixture
def police(unna):
    """In Kreis Unna's project only, without any membership (as in the demo)."""
    partner = Partner.objects.create(name="Kreispolizeibehörde Unna", slug="polizei-unna")
    project = Project.objects.create(alliance=unna, title="Notinseln", slug="notinseln")
    project.partners.add(partner)
    return partner


@pytest.fixture
def kassel_client(kassel):
    client = Client()
    client.force_login(coordinator_of(kassel))
    return client


@pytest.fixture
def unna_client(unna):
    client = Client()
    client.force_login(coordinator_of(unna))
    return client


def change(client, partner, **values):
    url = reverse("admin:partners_partner_change", args=[partner.pk])
    page = client.get(url)
    version = page.context["adminform"].form["_version"].value() if page.status_code == 200 else ""
    data = {
        "_version": version,
        "name": partner.name,
        "slug": partner.slug,
        "kind": partner.kind,
        "place": partner.place,
        "website": partner.website,
        "description": partner.description,
        "memberships-TOTAL_FORMS": "0",
        "memberships-INITIAL_FORMS": "0",
        **values,
    }
    return client.post(url, data)


def test_partner_in_another_alliances_project_is_not_listed_nor_changeable(kassel_client, police):
    listed = kassel_client.get(reverse("admin:partners_partner_changelist"))
    response = change(kassel_client, police, name="Umbenannt", website="https://example.org")

    assert [p.name for p in listed.context["cl"].result_list] == []
    assert response.status_code == 302  # "existiert nicht": back to the admin index
    police.refresh_from_db()
    assert (police.name, police.website) == ("Kreispolizeibehörde Unna", "")


def test_partner_in_own_project_only_is_changeable_by_its_coordinator(unna_client, police):
    response = change(unna_client, police, name="Kreispolizeibehörde Unna (Prävention)")

    assert response.status_code == 302
    police.refresh_from_db()
    assert police.name == "Kreispolizeibehörde Unna (Prävention)"


def test_partner_used_by_two_alliances_is_read_only_for_both(
    unna_client, kassel_client, kassel, police
):
    Membership.objects.create(alliance=kassel, partner=police)

    for client in (unna_client, kassel_client):
        page = client.get(reverse("admin:partners_partner_change", args=[police.pk]))
        response = change(client, police, name="Umbenannt")

        assert page.status_code == 200
        assert page.context["has_change_permission"] is False
        assert response.status_code == 403
    police.refresh_from_db()
    assert police.name == "Kreispolizeibehörde Unna"


def test_partner_in_a_network_news_item_is_only_for_network_editors(
    kassel_client, super_client, db
):
    partner = Partner.objects.create(name="Bundesfamilienministerium", slug="bmfsfj")
    make_news(None, slug="kongress").partners.add(partner)

    refused = change(kassel_client, partner, name="Umbenannt")
    partner.refresh_from_db()
    name_after_coordinator = partner.name
    accepted = change(super_client, partner, name="BMFSFJ")

    assert refused.status_code == 302  # "existiert nicht": back to the admin index
    assert name_after_coordinator == "Bundesfamilienministerium"
    assert accepted.status_code == 302
    partner.refresh_from_db()
    assert partner.name == "BMFSFJ"
    assert News.objects.get().partners.get() == partner


def test_unused_partner_stays_changeable_by_any_coordinator(kassel_client, db):
    partner = Partner.objects.create(name="Neu angelegt", slug="neu")

    response = change(kassel_client, partner, name="Familienzentrum Nord")

    assert response.status_code == 302
    partner.refresh_from_db()
    assert partner.name == "Familienzentrum Nord"


def test_partner_users_name_every_alliance_and_the_network(kassel, unna, police):
    Membership.objects.create(alliance=kassel, partner=police)
    make_news(None, slug="netz").partners.add(police)

    assert police.users() == {kassel.pk, unna.pk, None}

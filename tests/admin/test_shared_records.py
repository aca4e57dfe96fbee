"""Shared records: the partner directory and the field-of-action catalogue (README)."""

import pytest
from django.urls import reverse

from buendnisse.models import FieldOfAction
from partners.models import Membership, Partner
from tests.factories import make_alliance


@pytest.fixture
def partners(kassel, herzogenrath):
    unna = make_alliance("kreis-unna", name="Bündnis Kreis Unna")  # published
    ihk = Partner.objects.create(name="IHK", slug="ihk")
    Membership.objects.create(alliance=kassel, partner=ihk, since=2004)
    Membership.objects.create(alliance=herzogenrath, partner=ihk, since=2012, role="geheim")
    only_kassel = Partner.objects.create(name="Klinikum Kassel", slug="klinikum-kassel")
    Membership.objects.create(alliance=kassel, partner=only_kassel)
    public_elsewhere = Partner.objects.create(name="AOK NordWest", slug="aok")
    Membership.objects.create(alliance=unna, partner=public_elsewhere)
    draft_elsewhere = Partner.objects.create(name="Stadtwerke Herzogenrath", slug="stadtwerke")
    Membership.objects.create(alliance=herzogenrath, partner=draft_elsewhere)
    orphan = Partner.objects.create(name="Neu angelegt", slug="neu")
    return {
        "shared": ihk,
        "own": only_kassel,
        "public_elsewhere": public_elsewhere,
        "draft_elsewhere": draft_elsewhere,
        "orphan": orphan,
    }


def test_partner_list_shows_own_and_unattached_partners(kassel_client, partners):
    response = kassel_client.get(reverse("admin:partners_partner_changelist"))

    names = sorted(partner.name for partner in response.context["cl"].result_list)
    assert names == ["IHK", "Klinikum Kassel", "Neu angelegt"]


def test_partner_picker_offers_public_partners_but_no_drafts_of_others(kassel_client, partners):
    response = kassel_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "partners", "model_name": "membership", "field_name": "partner"},
    )

    names = sorted(result["text"] for result in response.json()["results"])
    assert names == ["AOK NordWest", "IHK", "Klinikum Kassel", "Neu angelegt"]


def test_partner_of_own_alliance_only_is_editable(kassel_client, partners):
    change_url = reverse("admin:partners_partner_change", args=[partners["own"].pk])
    response = kassel_client.get(change_url)

    assert response.context["has_change_permission"] is True


def test_partner_shared_with_another_alliance_is_read_only(kassel_client, partners):
    change_url = reverse("admin:partners_partner_change", args=[partners["shared"].pk])

    response = kassel_client.get(change_url)
    posted = kassel_client.post(
        change_url, {"name": "IHK umbenannt", "slug": "ihk", "kind": "chamber"}
    )

    assert response.context["has_change_permission"] is False
    assert posted.status_code == 403
    partners["shared"].refresh_from_db()
    assert partners["shared"].name == "IHK"


def test_shared_partner_page_hides_other_alliances_memberships(kassel_client, partners):
    response = kassel_client.get(
        reverse("admin:partners_partner_change", args=[partners["shared"].pk])
    )

    (inline,) = response.context["inline_admin_formsets"]
    assert [form.instance.since for form in inline.formset.forms] == [2004]
    assert "geheim" not in response.text
    assert "Herzogenrath" not in response.text


def test_coordinators_cannot_delete_partners(kassel_client, partners):
    response = kassel_client.post(
        reverse("admin:partners_partner_delete", args=[partners["own"].pk]), {"post": "yes"}
    )

    assert response.status_code == 403
    assert Partner.objects.filter(pk=partners["own"].pk).exists()


def test_coordinators_manage_memberships_of_their_own_alliance(kassel_client, kassel, partners):
    response = kassel_client.post(
        reverse("admin:partners_membership_add"),
        {"partner": partners["public_elsewhere"].pk, "since": 2020, "role": "", "_version": ""},
    )

    assert response.status_code == 302
    assert (
        Membership.objects.get(partner=partners["public_elsewhere"], alliance=kassel).since == 2020
    )


def test_field_of_action_catalogue_is_view_only_for_coordinators(kassel_client, db):
    field = FieldOfAction.objects.create(name="Familie und Beruf", slug="familie-und-beruf")

    listing = kassel_client.get(reverse("admin:buendnisse_fieldofaction_changelist"))
    change = kassel_client.get(reverse("admin:buendnisse_fieldofaction_change", args=[field.pk]))
    add = kassel_client.get(reverse("admin:buendnisse_fieldofaction_add"))

    assert [f.name for f in listing.context["cl"].result_list] == ["Familie und Beruf"]
    assert change.context["has_change_permission"] is False
    assert add.status_code == 403


def test_partner_list_filter_names_no_other_alliance(kassel_client, partners):
    response = kassel_client.get(reverse("admin:partners_partner_changelist"))

    assert "Bündnis Herzogenrath" not in response.text
    assert "Kasseler Bündnis für Familie" in response.text

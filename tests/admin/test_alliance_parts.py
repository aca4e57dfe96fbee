"""The alliance form in parts (core/admin/parts.py): one screen each, chosen by ?teil=."""

import datetime
import re

import pytest
from django.contrib.admin.models import LogEntry
from django.test import Client
from django.urls import reverse

from buendnisse.models import Alliance, FieldOfAction, Milestone
from partners.models import Membership, Partner
from places.models import District
from tests.factories import change_form_data, coordinator_of

# What a coordinator edits in each part (besides the hidden fingerprint `_version`).
COORDINATOR_PARTS = {
    "grunddaten": {
        "name",
        "slug",
        "is_published",
        "publish_from",
        "publish_until",
        "status",
        "founded_on",
        "founded_precision",
        "website",
    },
    "gebiet": {"place", "postcode", "territory", "state", "districts", "places"},
    "logo-und-farbe": {"logo", "lead_image", "accent_color"},
    "startseite": {"motto", "introduction", "quote", "quote_author"},
    "ziele": {"goals", "tasks"},
    "organisation": {"organisation", "fields_of_action", "working_groups"},
    "geschichte": {"founding", "network", "milestones"},
    "mitmachen": {"join_text", "partnership_text"},
    "leichte-sprache": {"easy_language"},
    "partner": {"memberships"},
    "ansprechpersonen": {"contacts"},
    "dokumente": {"documents"},
    "impressum": {
        "legal_body",
        "legal_representative",
        "legal_address",
        "legal_email",
        "legal_phone",
        "privacy_officer",
    },
}


def part_url(alliance, part):
    return f"{reverse('admin:buendnisse_alliance_change', args=[alliance.pk])}?teil={part}"


def shown(response):
    """The fields of the form and the prefixes of the inline rows on the page."""
    fields = set(response.context["adminform"].form.fields) - {"_version"}
    inlines = {inline.formset.prefix for inline in response.context["inline_admin_formsets"]}
    return fields | inlines


def stored(alliance):
    """Everything stored of the alliance, its links and its rows."""
    alliance = Alliance.objects.get(pk=alliance.pk)
    values = Alliance.objects.filter(pk=alliance.pk).values().get()
    values.pop("updated_at")
    return {
        **values,
        "districts": list(alliance.districts.all()),
        "fields_of_action": list(alliance.fields_of_action.all()),
        "milestones": list(alliance.milestones.values("date", "title")),
        "memberships": list(alliance.memberships.values("partner", "since")),
    }


@pytest.fixture
def full_kassel(kassel):
    """An alliance with something in every part."""
    Alliance.objects.filter(pk=kassel.pk).update(
        motto="Ein starkes Netz",
        goals="<p>Familienfreundlich</p>",
        legal_body="Stadt Kassel",
        accent_color="#8A1538",
    )
    kassel.districts.add(District.objects.get(name="Stadt Kassel"))
    kassel.fields_of_action.add(FieldOfAction.objects.create(name="Familie und Beruf", slug="fub"))
    Milestone.objects.create(alliance=kassel, date=datetime.date(2004, 1, 1), title="Gründung")
    Membership.objects.create(
        alliance=kassel, partner=Partner.objects.create(name="IHK", slug="ihk"), since=2004
    )
    kassel.refresh_from_db()
    return kassel


@pytest.mark.parametrize("part", COORDINATOR_PARTS)
def test_alliance_part_shows_only_its_own_fields(kassel_client, kassel, part):
    response = kassel_client.get(part_url(kassel, part))

    assert shown(response) == COORDINATOR_PARTS[part]
    assert response.context["title"] == f"Bündnis ändern: {response.context['form_part'].title}"


def test_alliance_form_without_part_shows_the_basic_data(kassel_client, kassel):
    response = kassel_client.get(reverse("admin:buendnisse_alliance_change", args=[kassel.pk]))

    assert shown(response) == COORDINATOR_PARTS["grunddaten"]


def test_alliance_form_unknown_part_shows_the_basic_data(kassel_client, kassel):
    response = kassel_client.get(part_url(kassel, "gibt-es-nicht"))

    assert response.status_code == 200
    assert shown(response) == COORDINATOR_PARTS["grunddaten"]


def test_alliance_parts_navigation_names_each_part_and_marks_the_current(kassel_client, kassel):
    html = kassel_client.get(part_url(kassel, "startseite")).text

    nav = re.search(
        r'<nav class="form-parts" aria-label="Teile des Formulars">.*?</nav>', html, re.S
    )
    entries = re.findall(r'<a href="[^"]*\?teil=([\w-]+)"( aria-current="page")?>', nav.group(0))
    assert [slug for slug, _current in entries] == list(COORDINATOR_PARTS)
    assert [slug for slug, current in entries if current] == ["startseite"]


def test_alliance_network_editor_has_the_coordination_part_too(super_client, kassel):
    response = super_client.get(part_url(kassel, "koordination"))

    assert shown(response) == {"coordinators", "hosts"}
    assert [entry["part"].slug for entry in response.context["form_parts"]] == [
        *COORDINATOR_PARTS,
        "koordination",
    ]


def test_alliance_coordinator_asking_for_the_coordination_part_gets_the_basic_data(
    kassel_client, kassel
):
    response = kassel_client.get(part_url(kassel, "koordination"))

    assert shown(response) == COORDINATOR_PARTS["grunddaten"]
    assert 'name="coordinators"' not in response.text


@pytest.mark.parametrize("part", COORDINATOR_PARTS)
def test_alliance_saving_a_part_unchanged_changes_nothing(kassel_client, full_kassel, part):
    before = stored(full_kassel)
    response = kassel_client.get(part_url(full_kassel, part))

    saved = kassel_client.post(part_url(full_kassel, part), change_form_data(response))

    assert saved.status_code == 302, saved.context["adminform"].form.errors
    assert stored(full_kassel) == before


def test_alliance_saving_a_part_keeps_the_other_parts(kassel_client, full_kassel):
    before = stored(full_kassel)
    data = change_form_data(kassel_client.get(part_url(full_kassel, "startseite")))

    kassel_client.post(part_url(full_kassel, "startseite"), {**data, "motto": "Zeit für Familie"})

    assert stored(full_kassel) == {**before, "motto": "Zeit für Familie"}


def test_alliance_saving_the_basic_data_keeps_links_of_other_parts(kassel_client, full_kassel):
    """Unticked "veröffentlicht" is sent as nothing: only the part's own fields count."""
    before = stored(full_kassel)
    data = change_form_data(kassel_client.get(part_url(full_kassel, "grunddaten")))
    del data["is_published"]

    kassel_client.post(part_url(full_kassel, "grunddaten"), data)

    assert stored(full_kassel) == {**before, "is_published": False}


def test_alliance_saving_a_part_returns_to_it_with_a_message(kassel_client, kassel):
    data = change_form_data(kassel_client.get(part_url(kassel, "mitmachen")))

    response = kassel_client.post(part_url(kassel, "mitmachen"), data, follow=True)

    assert response.redirect_chain == [(part_url(kassel, "mitmachen"), 302)]
    assert [str(m) for m in response.context["messages"]] == [
        "„Mitmachen“ von „Kasseler Bündnis für Familie“ ist gespeichert."
    ]


def test_alliance_part_offers_only_the_one_save_button(kassel_client, kassel):
    html = kassel_client.get(part_url(kassel, "startseite")).text

    assert re.findall(r'<input type="submit"[^>]*name="(\w+)"', html) == ["_save"]


def test_alliance_part_with_rows_saves_a_new_row(kassel_client, full_kassel):
    data = change_form_data(kassel_client.get(part_url(full_kassel, "geschichte")))
    data |= {
        "milestones-TOTAL_FORMS": "2",
        "milestones-1-date": "01.01.2014",
        "milestones-1-precision": "year",
        "milestones-1-title": "10 Jahre",
    }

    response = kassel_client.post(part_url(full_kassel, "geschichte"), data)

    assert response.status_code == 302, response.context["inline_admin_formsets"]
    assert list(full_kassel.milestones.values_list("title", flat=True)) == [
        "Gründung",
        "10 Jahre",
    ]


def test_alliance_part_validation_error_shows_in_that_part(kassel_client, kassel):
    data = change_form_data(kassel_client.get(part_url(kassel, "gebiet")))

    response = kassel_client.post(
        part_url(kassel, "gebiet"), {**data, "postcode": "3411", "place": "Kassel-Mitte"}
    )

    assert response.status_code == 200
    assert shown(response) == COORDINATOR_PARTS["gebiet"]
    assert list(response.context["adminform"].form.errors) == ["postcode"]
    assert response.context["adminform"].form["place"].value() == "Kassel-Mitte"
    assert response.context["form_part"].slug == "gebiet"
    kassel.refresh_from_db()
    assert kassel.place != "Kassel-Mitte"


@pytest.fixture
def colleague_client(kassel):
    client = Client()
    client.force_login(coordinator_of(kassel, username="kollegin-kassel"))
    return client


def test_alliance_part_concurrent_save_of_the_same_part_is_refused(
    kassel_client, colleague_client, kassel
):
    url = part_url(kassel, "startseite")
    mine, theirs = (
        change_form_data(kassel_client.get(url)),
        change_form_data(colleague_client.get(url)),
    )
    colleague_client.post(url, {**theirs, "motto": "Von der Kollegin"})

    response = kassel_client.post(url, {**mine, "motto": "Meins"})

    assert response.status_code == 200
    assert (
        response.context["adminform"]
        .form.non_field_errors()[0]
        .startswith("Nicht gespeichert: kollegin-kassel am ")
    )
    kassel.refresh_from_db()
    assert kassel.motto == "Von der Kollegin"


def test_alliance_part_concurrent_save_of_another_part_is_refused_too(
    kassel_client, colleague_client, kassel
):
    """The save writes the whole row: what was read before the other save must not win."""
    mine = change_form_data(kassel_client.get(part_url(kassel, "startseite")))
    theirs = change_form_data(colleague_client.get(part_url(kassel, "mitmachen")))
    colleague_client.post(part_url(kassel, "mitmachen"), {**theirs, "join_text": "<p>Neu</p>"})

    response = kassel_client.post(part_url(kassel, "startseite"), {**mine, "motto": "Meins"})
    again = kassel_client.post(part_url(kassel, "startseite"), change_form_data(response))

    assert (response.status_code, again.status_code) == (200, 302)
    kassel.refresh_from_db()
    assert (kassel.motto, kassel.join_text) == ("Meins", "<p>Neu</p>")


def test_alliance_part_with_rows_only_carries_the_fingerprint(kassel_client, full_kassel):
    response = kassel_client.get(part_url(full_kassel, "partner"))

    assert re.findall(r'<input type="hidden" name="_version" value="(\w+)"', response.text) == [
        response.context["adminform"].form.initial["_version"]
    ]


def test_alliance_part_change_history_names_only_what_changed(kassel_client, kassel):
    data = change_form_data(kassel_client.get(part_url(kassel, "logo-und-farbe")))

    kassel_client.post(part_url(kassel, "logo-und-farbe"), {**data, "accent_color": "#8a1538"})

    entry = LogEntry.objects.get(object_id=str(kassel.pk))
    assert entry.get_change_message() == "Akzentfarbe geändert."


def test_alliance_add_form_is_the_whole_form(super_client, kassel):
    response = super_client.get(reverse("admin:buendnisse_alliance_add"))

    every_part = set().union(*COORDINATOR_PARTS.values(), {"coordinators", "hosts"})
    assert shown(response) == every_part
    assert "form_parts" not in response.context
    assert 'class="form-parts"' not in response.text


def test_alliance_add_form_creates_an_alliance(super_client):
    data = change_form_data(super_client.get(reverse("admin:buendnisse_alliance_add")))
    text = "<p>Text</p>"
    data |= {
        "name": "Bündnis für Familie Laatzen",
        "slug": "laatzen",
        "place": "Laatzen",
        "postcode": "30880",
        "state": "NI",
        **dict.fromkeys(
            [
                "introduction",
                "goals",
                "tasks",
                "organisation",
                "founding",
                "network",
                "join_text",
                "partnership_text",
            ],
            text,
        ),
    }

    response = super_client.post(reverse("admin:buendnisse_alliance_add"), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Alliance.objects.get(slug="laatzen").place == "Laatzen"

"""An alliance's area (Kreise and places) is picked in the admin from Germany's places."""

import pytest
from django.urls import reverse

from places.models import District, Place

pytestmark = pytest.mark.django_db


def autocomplete(client, field_name, term):
    response = client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "buendnisse",
            "model_name": "alliance",
            "field_name": field_name,
            "term": term,
        },
    )
    return [result["text"] for result in response.json()["results"]]


def test_alliance_form_picks_areas_by_autocomplete(kassel_client, kassel):
    url = reverse("admin:buendnisse_alliance_change", args=[kassel.pk])
    response = kassel_client.get(f"{url}?teil=gebiet")

    widgets = {
        name: type(response.context["adminform"].form.fields[name].widget.widget).__name__
        for name in ["districts", "places"]
    }
    assert widgets == {
        "districts": "AutocompleteSelectMultiple",
        "places": "AutocompleteSelectMultiple",
    }


def test_coordinator_finds_places_by_name_postcode_and_district(kassel_client):
    found = (
        autocomplete(kassel_client, "places", "Bergkam"),
        autocomplete(kassel_client, "places", "52134"),
        autocomplete(kassel_client, "districts", "Unna"),
    )

    assert found == (
        ["Bergkamen (Kreis Unna)"],
        ["Herzogenrath (Städteregion Aachen)"],
        ["Kreis Unna (Nordrhein-Westfalen)"],
    )


def test_coordinator_saves_own_alliances_area(kassel_client, kassel):
    url = reverse("admin:buendnisse_alliance_change", args=[kassel.pk]) + "?teil=gebiet"
    page = kassel_client.get(url).context
    data = {
        name: value
        for name, value in page["adminform"].form.initial.items()
        if value is not None and name not in {"districts", "places", "fields_of_action"}
    }
    for inline in page["inline_admin_formsets"]:
        data |= {
            f"{inline.formset.prefix}-TOTAL_FORMS": 0,
            f"{inline.formset.prefix}-INITIAL_FORMS": 0,
        }
    stadt_kassel = District.objects.get(name="Stadt Kassel")
    baunatal = Place.objects.get(name="Baunatal")
    response = kassel_client.post(
        url,
        {**data, "districts": [stadt_kassel.pk], "places": [baunatal.pk]},
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert (list(kassel.districts.all()), list(kassel.places.all())) == ([stadt_kassel], [baunatal])


@pytest.mark.parametrize("view", ["add", "change", "delete"])
def test_nobody_changes_germanys_places_in_the_admin(super_client, view):
    place = Place.objects.get(name="Bergkamen")
    args = [] if view == "add" else [place.pk]

    response = super_client.get(reverse(f"admin:places_place_{view}", args=args))

    if view == "change":  # the view-only form
        assert (response.status_code, response.context["has_change_permission"]) == (200, False)
    else:
        assert response.status_code == 403

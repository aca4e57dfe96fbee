"""Germany's postcodes, places and Kreise, as the migrations load them."""

import io

import pytest
from django.core.management import call_command

from places.models import District, Place, Postcode, State, base_name, distance_km, search_key

pytestmark = pytest.mark.django_db


def test_catalogue_holds_every_german_postcode_and_district():
    counts = (
        Postcode.objects.values("code").distinct().count(),
        District.objects.count(),
        District.objects.values("state").distinct().count(),
    )

    assert counts == (8308, 399, 16)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("34119", [("Kassel", "Stadt Kassel", "HE")]),
        ("59192", [("Bergkamen", "Kreis Unna", "NW")]),
        ("52134", [("Herzogenrath", "Städteregion Aachen", "NW")]),
        ("30880", [("Laatzen", "Region Hannover", "NI")]),
        ("34225", [("Baunatal", "Landkreis Kassel", "HE")]),
    ],
)
def test_postcode_names_its_place_district_and_state(code, expected):
    places = Place.objects.with_postcode(code).select_related("district")

    assert [(p.name, p.district.name, p.district.state) for p in places] == expected


def test_every_place_lies_in_germany():
    outside = Place.objects.exclude(latitude__range=(47.2, 55.1), longitude__range=(5.8, 15.1))

    assert list(outside) == []


def test_place_coordinates_match_the_real_distance_between_towns():
    kassel = Place.objects.get(name="Kassel").point
    baunatal = Place.objects.get(name="Baunatal").point

    assert round(distance_km(kassel, baunatal)) == 10


@pytest.mark.parametrize(
    "text",
    ["Fröndenberg", "froendenberg", " FRÖNDENBERG ", "Fröndenberg/Ruhr", "Froendenberg (Ruhr)"],
)
def test_place_matching_forgives_case_umlauts_and_additions(text):
    assert [place.name for place in Place.objects.matching(text)] == ["Fröndenberg"]


def test_place_matching_by_start_of_name_offers_every_namesake():
    names = set(Place.objects.matching("Frankfurt").values_list("name", flat=True))

    assert names == {"Frankfurt am Main", "Frankfurt (Oder)"}


@pytest.mark.parametrize("text", ["Kreis Unna", "kreis unna", "Unna"])
def test_district_matching_takes_full_and_short_name(text):
    assert [district.name for district in District.objects.matching(text)] == ["Kreis Unna"]


@pytest.mark.parametrize(
    ("text", "state"),
    [("Nordrhein-Westfalen", State.NW), ("nordrhein westfalen", State.NW), ("NRW", State.NW),
     ("Thueringen", State.TH), ("be", State.BE), ("Atlantis", None)],
)  # fmt: skip
def test_state_matching_takes_names_codes_and_nrw(text, state):
    assert State.matching(text) == state


def test_search_key_and_base_name():
    assert (search_key("  Groß-Gerau "), base_name("Nienburg/Weser")) == ("gross gerau", "Nienburg")


def test_load_places_again_changes_nothing_and_keeps_ids():
    before = list(Place.objects.order_by("pk").values_list("pk", "name", "latitude")[:50])

    call_command("load_places", stdout=io.StringIO())

    after = list(Place.objects.order_by("pk").values_list("pk", "name", "latitude")[:50])
    assert after == before

"""The alliances covering a place, the nearest ones, and how many each Land has."""

import pytest

from buendnisse.models import Alliance
from places.models import Place
from tests.factories import make_alliance, make_covering_alliances

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(db):
    return make_covering_alliances()


def covering(place_names, label=None):
    places = Place.objects.filter(name__in=place_names)
    return [
        (alliance.slug, alliance.coverage_reason(label))
        for alliance in Alliance.objects.published().covering(places).order_by("name")
    ]


def test_covering_through_kreis_names_place_and_kreis(network, django_assert_num_queries):
    with django_assert_num_queries(3):  # alliances, their matching Kreise and places
        found = covering(["Bergkamen"], "Bergkamen")

    assert found == [("kreis-unna", "deckt Bergkamen ab – Kreis Unna")]


def test_covering_through_place_names_the_place(network):
    assert covering(["Herzogenrath"], "52134 Herzogenrath") == [
        ("herzogenrath", "deckt 52134 Herzogenrath ab")
    ]


def test_covering_an_area_names_the_parts_of_each_alliances_area(network):
    assert covering(["Bergkamen", "Herzogenrath", "Aachen"]) == [
        ("kreis-unna", "deckt Kreis Unna ab"),
        ("herzogenrath", "deckt Herzogenrath ab"),
    ]


def test_covering_by_office_postcode_while_an_alliance_states_no_area(network):
    make_alliance("aachen", name="Bündnis Aachen", postcode="52064", state="NW")
    make_alliance("roetgen", name="Bündnis Roetgen", postcode="52159", state="NW")

    assert covering(["Aachen"], "Aachen") == [("aachen", "hat seinen Sitz in 52064 Aachen")]


def test_covering_nothing_when_no_area_holds_the_place(network):
    assert covering(["Aachen"], "Aachen") == []


def test_nearest_orders_by_distance_in_km(network, django_assert_num_queries):
    aachen = Place.objects.get(name="Aachen").point

    with django_assert_num_queries(1):
        nearest = Alliance.objects.published().nearest(aachen, count=3)

    assert [(a.slug, round(a.distance_km)) for a in nearest] == [
        ("herzogenrath", 10),
        ("kreis-unna", 140),
        ("kassel", 246),
    ]


def test_nearest_leaves_out_alliances_whose_postcode_is_unknown(network):
    make_alliance("nirgendwo", postcode="00000")

    nearest = Alliance.objects.published().nearest((51.0, 10.0), count=10)

    assert sorted(a.slug for a in nearest) == ["herzogenrath", "kassel", "kreis-unna", "laatzen"]


def test_count_by_state_lists_lands_with_alliances_alphabetically(network):
    counts = Alliance.objects.published().count_by_state()

    assert [(state.label, count) for state, count in counts] == [
        ("Hessen", 1),
        ("Niedersachsen", 1),
        ("Nordrhein-Westfalen", 2),
    ]


def test_on_map_places_each_alliance_by_its_office(network, django_assert_num_queries):
    make_alliance("nirgendwo", postcode="00000")

    with django_assert_num_queries(1):
        alliances = Alliance.objects.published().on_map()

    points = {alliance.slug: (alliance.x, alliance.y) for alliance in alliances}
    assert sorted(points) == ["herzogenrath", "kassel", "kreis-unna", "laatzen"]
    assert points["herzogenrath"][0] < points["kreis-unna"][0] < points["kassel"][0]
    assert points["laatzen"][1] < points["kassel"][1]  # Laatzen lies further north

"""What the finder's one field understands: postcodes, places, Kreise and Länder."""

import pytest

from places.lookup import Choice, locate
from places.models import State

pytestmark = pytest.mark.django_db


def names(location):
    return sorted(location.places.values_list("name", flat=True))


@pytest.mark.parametrize(
    ("text", "label", "places"),
    [
        ("34119", "34119 Kassel", ["Kassel"]),
        ("52062 Aachen", "52062 Aachen", ["Aachen"]),
        ("Aachen 52062", "52062 Aachen", ["Aachen"]),
        (" 59192 ", "59192 Bergkamen", ["Bergkamen"]),
        ("bergkamen", "Bergkamen", ["Bergkamen"]),
        ("Fröndenberg/Ruhr", "Fröndenberg", ["Fröndenberg"]),
        ("FROENDENBERG", "Fröndenberg", ["Fröndenberg"]),
    ],
)
def test_locate_one_postcode_or_place(text, label, places):
    location = locate(text)

    assert (location.label, location.is_single, names(location)) == (label, True, places)


def test_locate_first_digits_of_a_postcode_as_its_area():
    location = locate("3411")

    assert (location.label, location.is_single, names(location)) == (
        "Postleitzahlen ab 3411",
        False,
        ["Kassel"],
    )


def test_locate_kreis_as_its_places():
    location = locate("kreis unna")

    assert (location.label, len(names(location)), "Bergkamen" in names(location)) == (
        "Kreis Unna",
        10,
        True,
    )


def test_locate_state():
    assert (locate("Nordrhein-Westfalen").state, locate("nrw").label) == (
        State.NW,
        "Nordrhein-Westfalen",
    )


def test_locate_name_of_places_in_several_kreise_offers_choices():
    choices = locate("Frankfurt").choices

    assert choices == [
        Choice("15230 Frankfurt (Oder)", "Frankfurt (Oder), Brandenburg"),
        Choice("60306 Frankfurt am Main", "Frankfurt am Main, Hessen"),
    ]


def test_locate_namesakes_offer_one_choice_each_and_each_choice_is_found():
    choices = locate("Neuenkirchen").choices

    assert len(choices) == 10
    assert all(locate(choice.query).is_single for choice in choices)


@pytest.mark.parametrize("text", ["xyzzy", "99999", "!!!", "a", "12345678"])
def test_locate_nonsense_is_none(text):
    assert locate(text) is None


def test_locate_point_is_the_middle_of_the_places():
    latitude, longitude = locate("34119").point()

    assert (round(latitude, 2), round(longitude, 2)) == (51.32, 9.5)

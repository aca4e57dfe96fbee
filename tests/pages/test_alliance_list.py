import pytest

from buendnisse.models import Alliance
from pages.views import ALLIANCES_PER_PAGE
from tests.factories import make_alliance


@pytest.fixture
def alliances(db):
    make_alliance(
        "kassel", name="Kasseler Bündnis für Familie", place="Kassel", postcode="34117", state="HE"
    )
    make_alliance(
        "kreis-unna",
        name="Bündnis für Familie im Kreis Unna",
        place="Unna",
        postcode="59425",
        state="NW",
    )
    make_alliance(
        "herzogenrath",
        name="Lokales Bündnis Herzogenrath",
        place="Herzogenrath",
        postcode="52134",
        state="NW",
    )
    make_alliance(
        "versteckt", name="Verstecktes Bündnis Kassel", place="Kassel", is_published=False
    )


def slugs(response):
    """The alliances the page shows: those the finder's answer covers, else the list's page."""
    answer = response.context["answer"]
    alliances = (answer["covering"] if answer else response.context["page"]).object_list
    return [alliance.slug for alliance in alliances]


def test_alliance_list_without_search_shows_all_published(client, alliances):
    response = client.get("/buendnisse/")

    assert slugs(response) == ["kreis-unna", "kassel", "herzogenrath"]
    assert "3 Bündnisse" in response.text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kassel", ["kassel"]),
        ("Unna", ["kreis-unna"]),
        ("594", ["kreis-unna"]),
        ("34117", ["kassel"]),
        ("herzogenrath", ["herzogenrath"]),
        ("Bündnis", ["kreis-unna", "kassel", "herzogenrath"]),
        ("Hamburg", []),  # a Land without alliances
    ],
)
def test_alliance_list_search_by_name_place_postcode_or_land(client, alliances, query, expected):
    response = client.get("/buendnisse/", {"q": query})

    assert slugs(response) == expected


def test_alliance_list_filters_by_state(client, alliances):
    response = client.get("/buendnisse/", {"land": "NW"})

    assert slugs(response) == ["kreis-unna", "herzogenrath"]
    assert "2 Bündnisse gefunden" in response.text


def test_alliance_list_no_result_explains_what_to_try(client, alliances):
    response = client.get("/buendnisse/", {"q": "Hamburg"})

    assert "0 Bündnisse gefunden" in response.text
    assert "kein Bündnis gefunden" in response.text


def test_alliance_list_invalid_state_is_a_german_400(client, alliances):
    response = client.get("/buendnisse/", {"land": "XX"})

    assert response.status_code == 400
    assert slugs(response) == []
    assert "Bitte prüfen Sie Ihre Eingabe" in response.text
    assert '<p class="field-error" id="id_land_error">' in response.text
    assert "XX ist keine gültige Auswahl" in response.text


def test_alliance_list_overlong_search_is_a_german_400(client, alliances):
    response = client.get("/buendnisse/", {"q": "x" * 101})

    assert response.status_code == 400
    assert "höchstens 100 Zeichen" in response.text


def test_alliance_list_paginates(client, db):
    for number in range(ALLIANCES_PER_PAGE + 2):
        make_alliance(f"buendnis-{number:02d}", name=f"Bündnis {number:02d}")

    first = client.get("/buendnisse/")
    second = client.get("/buendnisse/", {"seite": 2})
    beyond = client.get("/buendnisse/", {"seite": "kaputt"})

    assert len(slugs(first)) == ALLIANCES_PER_PAGE
    assert slugs(second) == ["buendnis-24", "buendnis-25"]
    assert 'href="?seite=2" rel="next"' in first.text
    assert slugs(beyond) == slugs(first)


def test_alliance_list_pagination_keeps_the_search(client, db):
    for number in range(ALLIANCES_PER_PAGE + 1):
        make_alliance(
            f"buendnis-{number:02d}", name=f"Bündnis {number:02d}", state=Alliance.State.NW
        )

    response = client.get("/buendnisse/", {"land": "NW"})

    assert 'href="?land=NW&amp;seite=2" rel="next"' in response.text

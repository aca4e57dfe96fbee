"""The finder at /buendnisse/?q=…: postcodes, places, Kreise and Länder, the alliances
covering them, else the nearest; on SQLite and PostgreSQL alike."""

import pytest

from tests.factories import make_covering_alliances, make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(db):
    return make_covering_alliances()


def find(client, query):
    return client.get("/buendnisse/", {"q": query})


def covering(response):
    return [alliance.slug for alliance in response.context["answer"]["covering"].object_list]


def nearest(response):
    return [(a.slug, round(a.distance_km)) for a in response.context["answer"]["nearest"]]


@pytest.mark.parametrize(
    ("query", "slug", "reason"),
    [
        ("34119", "kassel", "deckt 34119 Kassel ab – Stadt Kassel"),
        ("59192", "kreis-unna", "deckt 59192 Bergkamen ab – Kreis Unna"),
        ("Bergkamen", "kreis-unna", "deckt Bergkamen ab – Kreis Unna"),
        ("52134", "herzogenrath", "deckt 52134 Herzogenrath ab"),
    ],
)
def test_finder_answers_alliance_covering_the_place_and_why(client, network, query, slug, reason):
    response = find(client, query)

    assert (response.status_code, covering(response)) == (200, [slug])
    assert reason in response.text


@pytest.mark.parametrize(
    "query", ["bergkamen", " BERGKAMEN ", "Fröndenberg/Ruhr", "froendenberg", "kreis unna", "59"]
)
def test_finder_forgives_case_umlauts_additions_and_spaces(client, network, query):
    assert covering(find(client, query)) == ["kreis-unna"]


@pytest.mark.parametrize(
    ("query", "label", "first"),
    [
        ("52062 Aachen", "52062 Aachen", ("herzogenrath", 10)),
        ("30159 Hannover", "30159 Hannover", ("laatzen", 8)),
        ("Baunatal", "Baunatal", ("kassel", 10)),
    ],
)
def test_finder_without_covering_alliance_names_the_nearest_with_km(
    client, network, query, label, first
):
    response = find(client, query)

    assert nearest(response)[0] == first
    assert f"Für {label} gibt es hier noch kein Bündnis. Die nächsten Bündnisse:" in response.text
    assert f"{first[1]} km" in response.text
    assert "Bündnis gründen" in response.text


def test_finder_lists_the_choices_of_an_ambiguous_name(client, network):
    response = find(client, "Frankfurt")

    assert [choice.query for choice in response.context["answer"]["choices"]] == [
        "15230 Frankfurt (Oder)",
        "60306 Frankfurt am Main",
    ]
    link = '<a href="?q=60306%20Frankfurt%20am%20Main">Frankfurt am Main, Hessen</a>'
    assert link in response.text


def test_finder_takes_a_land_as_the_list_of_its_alliances(client, network):
    response = find(client, "NRW")

    assert [a.slug for a in response.context["page"].object_list] == ["kreis-unna", "herzogenrath"]


def test_finder_still_finds_an_alliance_by_its_name(client, network):
    response = find(client, "Kasseler Bündnis")

    assert [a.slug for a in response.context["page"].object_list] == ["kassel"]


@pytest.mark.parametrize("query", ["xyzzy", "99999", "§$%&", "Kreis Atlantis"])
def test_finder_nonsense_is_a_german_400_with_the_form(client, network, query):
    response = find(client, query)

    assert response.status_code == 400
    assert "Diese Postleitzahl, diesen Ort oder Kreis kennen wir nicht." in response.text
    assert 'name="q"' in response.text


@pytest.mark.parametrize(
    ("query", "queries"),
    [
        ("Bergkamen", 7),  # place; covering alliances: count, page, their Kreise and places; Länder
        ("52062 Aachen", 7),  # postcode and place, no covering alliance, middle, nearest
        ("Frankfurt", 4),  # places with their postcodes
        ("xyzzy", 5),
    ],
)
def test_finder_query_counts_are_fixed(client, network, django_assert_num_queries, query, queries):
    with django_assert_num_queries(queries):
        find(client, query)


def test_finder_credits_the_logos_of_the_alliances_it_shows(client, network):
    kassel = network["kassel"]
    kassel.logo = make_image(kassel, credit="© Stadt Kassel")
    kassel.save()

    response = find(client, "34119")

    assert "<span>Kasseler Bündnis für Familie: © Stadt Kassel</span>" in response.text


def test_imprint_names_the_sources_of_places_and_map(client):
    response = client.get("/impressum/")

    assert "GeoNames" in response.text
    assert "CC BY 4.0" in response.text
    assert "Natural Earth" in response.text

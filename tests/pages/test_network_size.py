"""A network of hundreds: the home page and the directory never list every alliance, stay
small, and cost the same queries at 1 and at 1,000 alliances."""

import gzip

import pytest

from pages.views import ALLIANCES_PER_PAGE
from tests.factories import make_many_alliances

pytestmark = pytest.mark.django_db
CARD = 'class="card alliance-card"'


@pytest.fixture(params=[1, 1000], ids=["1-alliance", "1000-alliances"])
def network(request, db):
    return make_many_alliances(request.param)


@pytest.mark.parametrize(
    ("path", "queries"),
    [
        ("/", 3),  # Länder with counts, Bündnis des Monats, news
        ("/buendnisse/", 3),  # count, page, Länder
        ("/buendnisse/?land=HE", 3),
        ("/buendnisse/?seite=2", 3),
        ("/buendnisse/?q=Kassel", 7),  # all of them have their office in Kassel
        ("/buendnisse/?q=Baunatal", 6),  # none covers it: the place, its middle, the nearest
    ],
)
def test_network_page_costs_the_same_queries_at_1_and_1000_alliances(
    client, network, django_assert_num_queries, path, queries
):
    with django_assert_num_queries(queries):
        response = client.get(path)

    assert response.status_code == 200
    assert response.text.count(CARD) <= ALLIANCES_PER_PAGE
    assert len(gzip.compress(response.content)) < 10_000


def test_directory_browses_1000_alliances_by_land_and_page(client, db):
    make_many_alliances(1000)

    response = client.get("/buendnisse/", {"land": "NW", "seite": 3})

    assert [(state.label, n) for state, n in response.context["state_counts"]] == [
        ("Bayern", 250),
        ("Hessen", 250),
        ("Niedersachsen", 250),
        ("Nordrhein-Westfalen", 250),
    ]
    assert (response.context["page"].number, response.text.count(CARD)) == (3, 24)
    assert "Seite 3 von 11" in response.text

import pytest

from tests.factories import make_alliance


@pytest.mark.django_db
def test_home_counts_published_alliances_by_land_instead_of_listing_them(client):
    make_alliance("kassel", name="Kasseler Bündnis für Familie")
    make_alliance("marburg", name="Bündnis Marburg")
    make_alliance("geheim", name="Unveröffentlichtes Bündnis", is_published=False)

    response = client.get("/")

    assert [(state.label, n) for state, n in response.context["state_counts"]] == [("Hessen", 2)]
    link = '<a href="/buendnisse/?land=HE">Hessen</a> <span class="meta">(2)</span>'
    assert link in response.text
    assert "Kasseler Bündnis für Familie" not in response.text


@pytest.mark.django_db
def test_home_has_finder_with_labelled_fields(client):
    response = client.get("/")

    assert '<label for="id_q">Postleitzahl, Ort, Kreis oder Bundesland</label>' in response.text
    assert '<label for="id_land">Bundesland</label>' in response.text
    assert 'action="/buendnisse/"' in response.text

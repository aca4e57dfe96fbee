import pytest

from tests.factories import make_alliance


@pytest.mark.django_db
def test_home_lists_published_alliances_only(client):
    make_alliance("kassel", name="Kasseler Bündnis für Familie")
    make_alliance("geheim", name="Unveröffentlichtes Bündnis", is_published=False)

    response = client.get("/")

    assert response.status_code == 200
    assert [a.slug for a in response.context["alliances"]] == ["kassel"]
    assert "Kasseler Bündnis für Familie" in response.text
    assert "Unveröffentlichtes Bündnis" not in response.text


@pytest.mark.django_db
def test_home_has_finder_with_labelled_fields(client):
    response = client.get("/")

    assert '<label for="id_q">Name, Ort oder Postleitzahl</label>' in response.text
    assert '<label for="id_land">Bundesland</label>' in response.text
    assert 'action="/buendnisse/"' in response.text


@pytest.mark.django_db
def test_home_credits_every_alliance_logo(client):
    from tests.factories import make_image

    alliance = make_alliance("kassel", name="Kasseler Bündnis für Familie")
    alliance.logo = make_image(alliance, credit="© Stadt Kassel")
    alliance.save()

    response = client.get("/")

    assert "<span>Kasseler Bündnis für Familie: © Stadt Kassel</span>" in response.text

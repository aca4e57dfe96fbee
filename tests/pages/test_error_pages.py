import pytest
from django.test import Client


@pytest.mark.django_db
def test_error_page_404_is_german_with_ways_on(client):
    response = client.get("/gibt-es-nicht/")

    assert response.status_code == 404
    assert "<h1>Seite nicht gefunden</h1>" in response.text
    assert '<a href="/buendnisse/">Ein Bündnis suchen</a>' in response.text
    assert '<html lang="de">' in response.text


@pytest.mark.django_db
def test_error_page_500_is_german_and_needs_no_database(settings):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")

    assert "<h1>Ein Fehler ist aufgetreten</h1>" in html
    assert '<html lang="de">' in html


@pytest.mark.django_db
def test_error_page_400_for_a_forged_host():
    response = Client(headers={"host": "angreifer.example"}).get("/")

    assert response.status_code == 400
    assert "<h1>Ungültige Anfrage</h1>" in response.text

"""An alliance's own page in Leichte Sprache: there, and linked from its pages, only when the
alliance has written the text (Alliance.easy_language)."""

import pytest
from django.urls import reverse

from tests.factories import coordinator_of, make_alliance

TEXT = "<h3>Wer sind wir?</h3><p>Wir sind das Kasseler Bündnis für Familie.</p>"
LINK = '<a href="/buendnisse/kassel/leichte-sprache/">Das Bündnis in Leichter Sprache</a>'


@pytest.fixture
def kassel(db):
    return make_alliance("kassel", name="Kasseler Bündnis für Familie", easy_language=TEXT)


def test_alliance_easy_language_shows_the_text_in_large_type(client, kassel):
    response = client.get("/buendnisse/kassel/leichte-sprache/")

    assert response.status_code == 200
    assert f'<div class="prose">{TEXT}</div>' in response.text
    assert '<div class="easy-language">' in response.text
    assert '<a href="/leichte-sprache/">Leichte Sprache</a> von' in response.text


def test_alliance_easy_language_without_text_is_404(client, db):
    make_alliance("kassel")

    response = client.get("/buendnisse/kassel/leichte-sprache/")

    assert response.status_code == 404


@pytest.mark.parametrize("path", ["", "ueber-uns/", "mitmachen/", "leichte-sprache/"])
def test_alliance_easy_language_is_linked_from_the_alliances_pages(client, kassel, path):
    response = client.get(f"/buendnisse/kassel/{path}")

    linked = response.text.count(LINK) + response.text.count(
        LINK.replace('">', '" aria-current="page">')
    )
    assert linked == 1


def test_alliance_easy_language_no_link_without_text(client, db):
    make_alliance("kassel")

    response = client.get("/buendnisse/kassel/")

    assert "/buendnisse/kassel/leichte-sprache/" not in response.text


def test_alliance_easy_language_is_a_field_of_the_coordinators_form(client, kassel):
    client.force_login(coordinator_of(kassel))

    url = reverse("admin:buendnisse_alliance_change", args=[kassel.pk])
    response = client.get(f"{url}?teil=leichte-sprache")

    assert response.context["adminform"].form["easy_language"].value() == TEXT

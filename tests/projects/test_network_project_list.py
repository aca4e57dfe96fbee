"""/projekte/: the projects of all alliances by field of action, to copy ideas from."""

import pytest
from django.utils.text import slugify

from buendnisse.models import Alliance, FieldOfAction
from projects.models import Project
from projects.views import PROJECT_ROWS_PER_PAGE
from tests.factories import make_alliance

pytestmark = pytest.mark.django_db


@pytest.fixture
def network():
    job = FieldOfAction.objects.create(name="Familie und Beruf", slug="familie-und-beruf", order=1)
    living = FieldOfAction.objects.create(name="Wohnen und Leben", slug="wohnen-und-leben", order=2)
    kassel = make_alliance("kassel", name="Kasseler Bündnis für Familie", state=Alliance.State.HE)
    unna = make_alliance(
        "kreis-unna", name="Bündnis für Familie im Kreis Unna", state=Alliance.State.NW
    )
    hidden = make_alliance("geheim", name="Geheimes Bündnis", is_published=False)

    def project(alliance, title, *fields, **kwargs):
        made = Project.objects.create(
            alliance=alliance, title=title, slug=slugify(title), teaser=f"Über {title}", **kwargs
        )
        made.fields_of_action.add(*fields)
        return made

    project(kassel, "Kompetenzpass", job)
    project(kassel, "Familie Willkommen", living)
    project(unna, "Pluspunkt Familie", job)
    project(unna, "Familienpatenschaften", job, living)
    project(unna, "Bündnisflyer")
    project(unna, "Entwurf", job, is_published=False)
    project(hidden, "Geheimprojekt", job)
    return {"job": job, "living": living}


def shown(response):
    return [
        (field.name if field else None, [f"{p.title} ({p.alliance.slug})" for p in projects])
        for field, projects in response.context["groups"]
    ]


def test_network_projects_grouped_by_field_with_their_alliance(client, network):
    response = client.get("/projekte/")

    assert shown(response) == [
        (
            "Familie und Beruf",
            [
                "Familienpatenschaften (kreis-unna)",
                "Kompetenzpass (kassel)",
                "Pluspunkt Familie (kreis-unna)",
            ],
        ),
        ("Wohnen und Leben", ["Familie Willkommen (kassel)", "Familienpatenschaften (kreis-unna)"]),
        (None, ["Bündnisflyer (kreis-unna)"]),
    ]
    assert '<h2 id="feld-3">Ohne Handlungsfeld</h2>' in response.text
    assert (
        '<p class="meta"><a href="/buendnisse/kreis-unna/">Bündnis für Familie im Kreis Unna</a>'
        " · Nordrhein-Westfalen</p>"
    ) in response.text
    assert '<a href="/buendnisse/kassel/projekte/kompetenzpass/">Kompetenzpass</a>' in response.text


def test_network_projects_filter_by_field_and_state(client, network):
    by_field = client.get("/projekte/", {"feld": "wohnen-und-leben"})
    by_state = client.get("/projekte/", {"land": "HE"})
    both = client.get("/projekte/", {"feld": "familie-und-beruf", "land": "NW"})

    assert shown(by_field) == [
        ("Wohnen und Leben", ["Familie Willkommen (kassel)", "Familienpatenschaften (kreis-unna)"])
    ]
    assert shown(by_state) == [
        ("Familie und Beruf", ["Kompetenzpass (kassel)"]),
        ("Wohnen und Leben", ["Familie Willkommen (kassel)"]),
    ]
    assert shown(both) == [
        (
            "Familie und Beruf",
            ["Familienpatenschaften (kreis-unna)", "Pluspunkt Familie (kreis-unna)"],
        )
    ]
    assert '<option value="wohnen-und-leben" selected>Wohnen und Leben</option>' in by_field.text


def test_network_projects_form_has_labels(client, network):
    response = client.get("/projekte/")

    assert '<label for="id_feld">Handlungsfeld</label>' in response.text
    assert '<label for="id_land">Bundesland</label>' in response.text
    assert '<form class="finder" method="get" action="/projekte/">' in response.text


@pytest.mark.parametrize("query", [{"feld": "gibt-es-nicht"}, {"land": "XX"}])
def test_network_projects_invalid_filter_is_400_with_german_message(client, network, query):
    response = client.get("/projekte/", query)

    assert response.status_code == 400
    assert response.context["groups"] == []
    assert "<h2>Bitte prüfen Sie Ihre Auswahl</h2>" in response.text
    assert "Bitte eine gültige Auswahl treffen." in response.text


def test_network_projects_nothing_found_says_so(client, network):
    response = client.get("/projekte/", {"feld": "wohnen-und-leben", "land": "BY"})

    assert response.status_code == 200
    assert "Zu Ihrer Auswahl haben wir kein Projekt gefunden." in response.text


def test_network_projects_paginated_by_rows(client, network):
    kassel = Alliance.objects.get(slug="kassel")
    for i in range(PROJECT_ROWS_PER_PAGE):
        Project.objects.create(alliance=kassel, title=f"Idee {i:02}", slug=f"idee-{i}", teaser="-")

    first = client.get("/projekte/", {"land": "HE"})
    second = client.get("/projekte/", {"land": "HE", "seite": 2})

    assert (
        sum(len(projects) for _field, projects in first.context["groups"]) == PROJECT_ROWS_PER_PAGE
    )
    assert '<a href="?land=HE&amp;seite=2" rel="next">Nächste Seite</a>' in first.text
    # Kompetenzpass and Familie Willkommen (with a field) come first; the rest follow
    assert [p.title for _f, projects in second.context["groups"] for p in projects] == [
        "Idee 48",
        "Idee 49",
    ]


def test_network_projects_page_starts_inside_a_field(client, network):
    # A page is read only from the fields it shows: the second starts in the middle of
    # "Familie und Beruf" and runs on into "Wohnen und Leben".
    kassel = Alliance.objects.get(slug="kassel")
    for i in range(PROJECT_ROWS_PER_PAGE):
        idea = Project.objects.create(alliance=kassel, title=f"Idee {i:02}", slug=f"idee-{i}")
        idea.fields_of_action.add(network["job"])

    second = client.get("/projekte/", {"seite": 2})

    # Familie und Beruf by title: Familienpatenschaften, Idee 00 … 49, Kompetenzpass, Pluspunkt
    assert shown(second) == [
        (
            "Familie und Beruf",
            ["Idee 49 (kassel)", "Kompetenzpass (kassel)", "Pluspunkt Familie (kreis-unna)"],
        ),
        (
            "Wohnen und Leben",
            ["Familie Willkommen (kassel)", "Familienpatenschaften (kreis-unna)"],
        ),
        (None, ["Bündnisflyer (kreis-unna)"]),
    ]
    assert second.context["page"].paginator.count == PROJECT_ROWS_PER_PAGE + 6

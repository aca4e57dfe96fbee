import datetime

import pytest
from django.core.files.base import ContentFile

from buendnisse.models import Document, FieldOfAction, Milestone, WorkingGroup
from tests.factories import MINIMAL_PDF, make_alliance


@pytest.fixture
def unna(db):
    alliance = make_alliance(
        "kreis-unna",
        name="Bündnis für Familie im Kreis Unna",
        goals="<p>Den Kreis Unna als familienfreundlichen Standort stärken.</p>",
        tasks="<ul><li>Projekte initiieren</li></ul>",
        organisation="<p>Lenkungsgruppe und Arbeitsgruppen.</p>",
        founding="<p>Nach einstimmigem Beschluss des Kreistags gegründet.</p>",
        founded_on=datetime.date(2004, 7, 16),
        founded_precision="day",
    )
    field = FieldOfAction.objects.create(name="Familie und Beruf", slug="familie-und-beruf")
    alliance.fields_of_action.add(field)
    WorkingGroup.objects.create(alliance=alliance, name="Lenkungsgruppe", kind="steering", order=0)
    WorkingGroup.objects.create(
        alliance=alliance, name="AG Familie und Beruf", field_of_action=field, order=1
    )
    Milestone.objects.create(
        alliance=alliance, date=datetime.date(2006, 3, 3), title="Notinseln für Kinder"
    )
    Document.objects.create(
        alliance=alliance,
        title="Bündnisflyer",
        kind=Document.Kind.FLYER,
        date=datetime.date(2014, 7, 1),
        file=ContentFile(MINIMAL_PDF * 40, name="flyer.pdf"),
    )
    Document.objects.create(
        alliance=alliance,
        title="Alter Entwurf",
        is_published=False,
        file=ContentFile(MINIMAL_PDF, name="x.pdf"),
    )
    return alliance


def test_alliance_about_shows_goals_tasks_organisation_and_groups(client, unna):
    response = client.get("/buendnisse/kreis-unna/ueber-uns/")

    assert response.status_code == 200
    assert "Den Kreis Unna als familienfreundlichen Standort stärken." in response.text
    assert "<li>Projekte initiieren</li>" in response.text
    assert "<h3>Lenkungsgruppe</h3>" in response.text
    assert "Arbeitsgruppe · Handlungsfeld „Familie und Beruf“" in response.text


def test_alliance_about_shows_history_and_founding_date(client, unna):
    response = client.get("/buendnisse/kreis-unna/ueber-uns/")

    assert "Gegründet: 16. Juli 2004" in response.text
    assert (
        '<span class="timeline__date">2006</span> <strong>Notinseln für Kinder</strong>'
        in response.text
    )


def test_alliance_about_lists_published_downloads_with_type_and_size(client, unna):
    response = client.get("/buendnisse/kreis-unna/ueber-uns/")

    assert [d.title for d in response.context["documents"]] == ["Bündnisflyer"]
    assert "Flyer, 1. Juli 2014 · PDF, 16,8\xa0KB" in response.text  # 40 × MINIMAL_PDF
    assert "Alter Entwurf" not in response.text


def test_alliance_about_shows_council_paper_in_founding_section(client, db):
    laatzen = make_alliance("laatzen", status="founding")
    Document.objects.create(
        alliance=laatzen,
        title="Mitteilung: Bündnis für Familie",
        kind=Document.Kind.COUNCIL_PAPER,
        reference="073/2009",
        committee="Ausschuss für Arbeit, Wirtschaft und Soziales",
        date=datetime.date(2009, 4, 21),
        file=ContentFile(MINIMAL_PDF, name="drucksache.pdf"),
    )

    response = client.get("/buendnisse/laatzen/ueber-uns/")

    assert "<dt>Drucksache</dt><dd>073/2009</dd>" in response.text
    assert "<dt>Gremium</dt><dd>Ausschuss für Arbeit, Wirtschaft und Soziales</dd>" in response.text
    assert "<dt>Sitzung</dt><dd>21. April 2009</dd>" in response.text

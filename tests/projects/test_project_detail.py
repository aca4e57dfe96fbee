import pytest

from buendnisse.models import FieldOfAction, WorkingGroup
from partners.models import Membership, Partner
from projects.models import Project
from tests.factories import make_alliance, make_image


@pytest.fixture
def project(db):
    alliance = make_alliance("kreis-unna", name="Bündnis für Familie im Kreis Unna")
    aok = Partner.objects.create(name="AOK NordWest", slug="aok", website="https://www.aok.de/")
    Membership.objects.create(alliance=alliance, partner=aok)
    project = Project.objects.create(
        alliance=alliance,
        title="SportelSonntag",
        slug="sportelsonntag",
        teaser="Offenes Bewegungsangebot für Familien.",
        body="<p>Gemeinsam mit ihren Eltern.</p>",
        status=Project.Status.FINISHED,
        start_year=2012,
        end_year=2015,
        working_group=WorkingGroup.objects.create(alliance=alliance, name="AG Leben und Wohnen"),
        image=make_image(alliance, alt_text="Kinder beim Sport", credit="© Kreis Unna"),
    )
    project.fields_of_action.add(
        FieldOfAction.objects.create(name="Wohnen und Leben", slug="wohnen")
    )
    project.partners.add(aok)
    return project


def test_project_detail_shows_status_years_fields_group_partners(client, project):
    response = client.get("/buendnisse/kreis-unna/projekte/sportelsonntag/")

    assert "<h1>SportelSonntag</h1>" in response.text
    assert "<dt>Stand</dt><dd>abgeschlossen</dd>" in response.text
    assert "<dt>Zeitraum</dt><dd>2012–2015</dd>" in response.text
    assert (
        "<dt>Handlungsfelder</dt>"
        '<dd><a href="/buendnisse/kreis-unna/projekte/?feld=wohnen">Wohnen und Leben</a></dd>'
    ) in response.text
    assert "<dt>Verantwortlich</dt><dd>AG Leben und Wohnen</dd>" in response.text
    assert '<li><a href="https://www.aok.de/">AOK NordWest</a></li>' in response.text
    assert "<p>Gemeinsam mit ihren Eltern.</p>" in response.text
    assert '<span class="credit">© Kreis Unna</span>' in response.text


def test_project_detail_title_and_description(client, project):
    response = client.get(project.get_absolute_url())

    assert (
        "<title>SportelSonntag – Bündnis für Familie im Kreis Unna – Bündnisportal</title>"
        in response.text
    )
    assert (
        '<meta name="description" content="Offenes Bewegungsangebot für Familien.">'
        in response.text
    )
    assert response.context["breadcrumbs"][-2:] == [
        ("Projekte", "/buendnisse/kreis-unna/projekte/"),
        ("SportelSonntag", "/buendnisse/kreis-unna/projekte/sportelsonntag/"),
    ]


def test_project_detail_of_another_alliance_is_404(client, project):
    make_alliance("kassel")

    assert client.get("/buendnisse/kassel/projekte/sportelsonntag/").status_code == 404

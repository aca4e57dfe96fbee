import pytest

from buendnisse.models import FieldOfAction, WorkingGroup
from projects.models import Project
from tests.factories import make_alliance, make_image


@pytest.fixture
def unna(db):
    alliance = make_alliance("kreis-unna")
    group = WorkingGroup.objects.create(alliance=alliance, name="AG Familie und Beruf")
    field = FieldOfAction.objects.create(name="Familie und Beruf", slug="familie-und-beruf")
    project = Project.objects.create(
        alliance=alliance,
        title="Pluspunkt Familie",
        slug="pluspunkt-familie",
        teaser="Unternehmerwettbewerb alle zwei Jahre.",
        status=Project.Status.RECURRING,
        working_group=group,
        start_year=2006,
    )
    project.fields_of_action.add(field)
    Project.objects.create(
        alliance=alliance, title="Entwurf", slug="entwurf", teaser="-", is_published=False
    )
    return alliance


def test_project_list_shows_published_projects_with_status_group_and_fields(client, unna):
    response = client.get("/buendnisse/kreis-unna/projekte/")

    assert [p.title for p in response.context["projects"]] == ["Pluspunkt Familie"]
    assert "wiederkehrend · seit 2006 · AG Familie und Beruf" in response.text
    assert (
        '<ul class="tags tags--links" aria-label="Handlungsfelder"><li><a href="/buendnisse/'
        'kreis-unna/projekte/?feld=familie-und-beruf">Familie und Beruf</a></li></ul>'
    ) in response.text
    assert "Entwurf" not in response.text


def test_project_list_of_one_field_shows_its_projects_and_the_networks(client, unna):
    other = Project.objects.create(
        alliance=unna, title="Familienpass", slug="familienpass", teaser="Ermäßigungen."
    )
    other.fields_of_action.add(FieldOfAction.objects.create(name="Wohnen", slug="wohnen"))

    response = client.get("/buendnisse/kreis-unna/projekte/", {"feld": "familie-und-beruf"})

    assert [p.title for p in response.context["projects"]] == ["Pluspunkt Familie"]
    assert (
        '<p class="lead">Im Handlungsfeld „Familie und Beruf“: 1 Projekt des Bündnisses.</p>'
        in response.text
    )
    assert (
        '<a href="/projekte/?feld=familie-und-beruf">„Familie und Beruf“ in allen Bündnissen</a>'
        in response.text
    )
    assert "<title>Projekte im Handlungsfeld „Familie und Beruf“ – " in response.text


def test_project_list_of_an_unknown_field_is_404(client, unna):
    response = client.get("/buendnisse/kreis-unna/projekte/", {"feld": "gibt-es-nicht"})

    assert response.status_code == 404


def test_project_list_image_has_alt_and_credit(client, unna):
    project = unna.projects.get(slug="pluspunkt-familie")
    project.image = make_image(unna, alt_text="Preisverleihung", credit="© Kreis Unna")
    project.save()

    response = client.get("/buendnisse/kreis-unna/projekte/")

    assert 'alt="Preisverleihung" width="40" height="30"' in response.text
    assert '<span class="credit">© Kreis Unna</span>' in response.text

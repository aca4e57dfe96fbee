"""PairCount: the network project list's stored counts equal a live count after every kind
of change, and at every moment of a schedule (/projekte/ cuts its pages from them)."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db.models import Count, Sum
from django.utils import timezone

from buendnisse.models import Alliance, FieldOfAction
from projects.models import PairCount, Project
from tests.factories import change_form_data, make_alliance

pytestmark = pytest.mark.django_db

NOW = timezone.now()
DAY = datetime.timedelta(days=1)


def stored(now=None, **filters):
    counts = PairCount.objects.at(now).filter(**filters).values_list("field_of_action")
    return dict(counts.order_by().annotate(Sum("pairs")))


def live(now=None, **filters):
    projects = Project.objects.published(now=now).filter(**filters)
    return dict(projects.order_by().values_list("fields_of_action").annotate(Count("pk")))


def assert_counts_agree(now=None):
    assert stored(now) == live(now)
    for state in Alliance.State.values:
        assert stored(now, state=state) == live(now, alliance__state=state)


@pytest.fixture
def fields():
    return [
        FieldOfAction.objects.create(name="Familie und Beruf", slug="familie-und-beruf"),
        FieldOfAction.objects.create(name="Wohnen und Leben", slug="wohnen-und-leben"),
    ]


@pytest.fixture
def project(fields):
    kassel = make_alliance("kassel", state=Alliance.State.HE)
    made = Project.objects.create(
        alliance=kassel,
        title="Kompetenzpass",
        slug="kompetenzpass",
        teaser="Ein Pass für Kompetenzen aus der Familienarbeit.",
        body="<p>Was Eltern zu Hause lernen, zählt im Beruf.</p>",
    )
    made.fields_of_action.set(fields)
    return made


def test_a_project_counts_once_in_each_of_its_fields(project, fields):
    assert stored() == {fields[0].pk: 1, fields[1].pk: 1}
    assert stored(state="HE") == stored()
    assert stored(state="NW") == {}


def test_a_project_without_a_field_counts_as_without(project):
    project.fields_of_action.clear()

    assert stored() == {None: 1}


@pytest.mark.parametrize(
    "change",
    [
        lambda project, fields: project.fields_of_action.remove(fields[0]),
        lambda project, fields: fields[1].projects.remove(project),
        lambda project, fields: fields[0].delete(),
        lambda project, fields: Project.objects.create(
            alliance=project.alliance, title="Neu", slug="neu"
        ).fields_of_action.add(*fields),
        lambda project, fields: setattr(project, "is_published", False) or project.save(),
        lambda project, fields: project.delete(),
        lambda project, fields: (
            setattr(project.alliance, "is_published", False) or project.alliance.save()
        ),
        lambda project, fields: (
            setattr(project.alliance, "state", Alliance.State.NW) or project.alliance.save()
        ),
        lambda project, fields: project.alliance.delete(),
    ],
    ids=[
        "field removed",
        "project removed from a field",
        "field deleted",
        "project added",
        "project unpublished",
        "project deleted",
        "alliance unpublished",
        "alliance moved to another state",
        "alliance deleted",
    ],
)
def test_every_change_is_counted_at_once(project, fields, change):
    change(project, fields)

    assert_counts_agree()


def test_a_deleted_field_leaves_its_projects_without_one(project, fields):
    project.fields_of_action.set([fields[0]])

    fields[0].delete()

    assert stored() == {None: 1}


def test_the_counts_follow_project_and_alliance_schedules_to_the_moment(project, fields):
    """A pair is public from the later start to the earlier end of project and alliance."""
    alliance = project.alliance
    alliance.publish_from, alliance.publish_until = NOW + 2 * DAY, NOW + 10 * DAY
    alliance.save()
    project.publish_from, project.publish_until = NOW + 1 * DAY, NOW + 5 * DAY
    project.save()
    other = Project.objects.create(
        alliance=make_alliance("unna", state=Alliance.State.NW),
        title="Pluspunkt",
        slug="pluspunkt",
        publish_until=NOW + 3 * DAY,
    )
    other.fields_of_action.add(fields[0])

    for days in (0, 1, 2, 3, 4, 5, 6, 10, 11):
        moment = NOW + days * DAY + datetime.timedelta(seconds=1)
        assert_counts_agree(moment)
    assert stored(NOW + 2 * DAY) == {fields[0].pk: 2, fields[1].pk: 1}
    assert stored(NOW + 4 * DAY) == {fields[0].pk: 1, fields[1].pk: 1}
    assert stored(NOW + 6 * DAY) == {}


def test_an_admin_save_recounts(admin_client, project, fields):
    url = f"/admin/projects/project/{project.pk}/change/"
    data = change_form_data(admin_client.get(url))
    data["fields_of_action"] = [str(fields[1].pk)]

    assert admin_client.post(url, data).status_code == 302
    assert stored() == {fields[1].pk: 1}


def test_migrate_counts_what_bulk_changes_missed(project, fields):
    Project.objects.filter(pk=project.pk).update(is_published=False)  # sends no signal
    assert stored() != live()

    call_command("migrate", verbosity=0, stdout=io.StringIO())

    assert_counts_agree()


def test_generate_network_counts_its_bulk_created_projects(settings, fields):
    settings.DEBUG = True
    call_command("generate_network", "3", stdout=io.StringIO())

    assert_counts_agree()
    assert sum(stored().values()) > 30


@pytest.mark.parametrize(
    ("model", "changes", "recounts"),
    [
        ("project", {"title": "Kompetenzpass plus", "teaser": "Neu."}, 0),
        ("alliance", {"motto": "Zeit für Familie"}, 0),
        ("project", {"is_published": False}, 1),
        ("alliance", {"state": Alliance.State.NW}, 1),
    ],
)
def test_a_save_recounts_only_when_it_changes_what_is_counted(
    project, monkeypatch, model, changes, recounts
):
    calls = []
    monkeypatch.setattr(type(PairCount.objects.all()), "recount", lambda qs: calls.append(1))
    obj = project if model == "project" else project.alliance
    for name, value in changes.items():
        setattr(obj, name, value)

    obj.save()

    assert len(calls) == recounts

"""generate_network: a made-up network for `make bench SCALE=…`, valid and public like real data."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count
from django.utils import timezone
from django.utils.html import escape

from buendnisse.models import Alliance, FieldOfAction, Image, Milestone
from contacts.models import ContactPerson
from core import pagecache
from news.models import Event, News
from partners.models import Membership, Partner
from projects.models import Project

pytestmark = pytest.mark.django_db

MODELS = [Alliance, Image, Partner, Membership, Project, News, Event, ContactPerson, Milestone]


@pytest.fixture
def network(settings, django_capture_on_commit_callbacks):
    settings.DEBUG = True
    for order, name in enumerate(["Familie und Beruf", "Zeit für Familie", "Wohnen und Leben"]):
        FieldOfAction.objects.create(name=name, slug=f"feld-{order}", order=order)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("generate_network", "3", stdout=io.StringIO())
    return Alliance.objects.order_by("pk")


def test_generate_network_counts(network):
    counts = {model.__name__: model.objects.count() for model in MODELS}

    assert counts == {
        "Alliance": 3,
        "Image": 3 + 7,  # a logo each, and the seven pictures they share
        "Partner": 150,
        "Membership": 150 + 3 * 3,  # its own 50, and 3 of the alliance before it
        "Project": 30,
        "News": 15,
        "Event": 15,
        "ContactPerson": 3,
        "Milestone": 3,
    }


def test_generate_network_links(network):
    projects = Project.objects.annotate(
        fields=Count("fields_of_action", distinct=True), people=Count("partners", distinct=True)
    )
    alliances = Alliance.objects.annotate(
        areas=Count("places", distinct=True) + Count("districts", distinct=True),
        fields=Count("fields_of_action", distinct=True),
    )

    assert {(p.fields > 0, p.people) for p in projects} == {(True, 3)}
    assert {(a.areas, a.fields > 0, a.logo.alliance_id == a.pk) for a in alliances} == {
        (1, True, True)
    }
    assert set(News.objects.annotate(n=Count("projects")).values_list("n", flat=True)) == {1}


def test_generate_network_everything_public(network):
    now = timezone.now()

    assert list(Alliance.objects.published()) == list(network)
    assert Project.objects.published().count() == 30
    assert News.objects.published(now).count() == 15
    assert Event.objects.published(now).upcoming(now).count() == 3 * 3


def test_generate_network_objects_pass_validation(network):
    for model in MODELS:
        for obj in model.objects.all():
            obj.full_clean()


def test_generate_network_alliance_pages_show_them(network, client):
    alliance = network[0]
    project = alliance.projects.first()

    alliance_page = client.get(alliance.get_absolute_url())
    project_page = client.get(project.get_absolute_url())

    assert (alliance_page.status_code, project_page.status_code) == (200, 200)
    assert f"<h1>{escape(alliance.name)}</h1>" in alliance_page.text
    assert f"<h1>{escape(project.title)}</h1>" in project_page.text


def test_generate_network_refreshes_every_cached_page(settings, django_capture_on_commit_callbacks):
    settings.DEBUG = True
    FieldOfAction.objects.create(name="Familie und Beruf", slug="familie-und-beruf")
    before = pagecache.tag_versions([pagecache.EVERYTHING])

    with django_capture_on_commit_callbacks(execute=True):
        call_command("generate_network", "1", stdout=io.StringIO())

    assert pagecache.tag_versions([pagecache.EVERYTHING]) != before


def test_generate_network_refuses_without_debug(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="nur in der Entwicklung"):
        call_command("generate_network", "1")

    assert Alliance.objects.count() == 0

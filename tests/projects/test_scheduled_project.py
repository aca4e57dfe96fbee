"""A project scheduled like news ("sichtbar ab", "sichtbar bis"): public only inside its
window, on its page and every page that lists or links it, in the sitemap and the search;
its editors preview it; the admin lists its state; the page cache lets it appear and
disappear at its second."""

import datetime
import time
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from buendnisse.models import Alliance
from core import pagecache
from projects.models import PairCount, Project
from search.index import rebuild as rebuild_search_index
from search.index import sync as sync_search_index
from search.models import SearchEntry
from tests.factories import (
    change_form_data,
    coordinator_of,
    is_cached,
    make_alliance,
    populate,
    populate_news,
)

BERLIN = ZoneInfo("Europe/Berlin")
MINUTE = datetime.timedelta(minutes=1)
HOUR = datetime.timedelta(hours=1)
FROM = datetime.datetime(2027, 3, 1, 8, 0, tzinfo=BERLIN)
UNTIL = datetime.datetime(2027, 3, 31, 20, 0, tzinfo=BERLIN)
BANNER = "Vorschau – noch nicht öffentlich."
KASSEL = "/buendnisse/kassel/"
PROJECT = KASSEL + "projekte/projekt-0/"

# Pages that link the project while it is public (it is the alliance's only one).
LISTING_PAGES = [
    (KASSEL, {}),
    (KASSEL + "projekte/", {}),
    (KASSEL + "projekte/drucken/", {}),
    (KASSEL + "alles/drucken/", {}),
    (KASSEL + "aktuelles/b-meldung-0/", {}),  # a news item about the project
    (KASSEL + "suche/", {"q": "Projekt"}),
    ("/projekte/", {}),
    ("/projekte/", {"feld": "feld-0", "land": "HE"}),
    ("/sitemap-projekte.xml", {}),
    ("/suche/", {"q": "Projekt"}),
    ("/suche/", {"q": "Projekt", "art": "projekte"}),
]
NAVIGATION_ENTRY = f'<a href="{KASSEL}projekte/">Projekte</a>'

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def content(module_transaction):
    """Kassel with one of everything, its one project "Projekt 0"."""
    with module_transaction():
        kassel = populate(make_alliance("kassel", name="Kasseler Bündnis für Familie"), 1)
        populate_news(kassel, 1)
        rebuild_search_index()
        yield kassel


def schedule(state):
    """Projekt 0's window, relative to now: before it, inside it, or after it."""
    now = timezone.now()
    windows = {
        "scheduled": (now + HOUR, None),
        "running": (now - HOUR, now + HOUR),
        "over": (now - 2 * HOUR, now - HOUR),
    }
    start, end = windows[state]
    Project.objects.filter(slug="projekt-0").update(publish_from=start, publish_until=end)
    # update() sends no signal: the search row takes the window as a save would.
    sync_search_index(SearchEntry.Kind.PROJECT)


# Which projects are public, and when ---------------------------------------------------


@pytest.mark.parametrize(
    ("now", "visible"),
    [
        (FROM - MINUTE, False),
        (FROM, True),
        (UNTIL - MINUTE, True),
        (UNTIL, False),
    ],
    ids=["minute-before-from", "at-from", "minute-before-until", "at-until"],
)
def test_scheduled_project_public_inside_its_window(content, now, visible):
    Project.objects.filter(slug="projekt-0").update(publish_from=FROM, publish_until=UNTIL)
    sync_search_index(SearchEntry.Kind.PROJECT)
    project = Project.objects.get(slug="projekt-0")
    entries = SearchEntry.objects.published(now).filter(kind=SearchEntry.Kind.PROJECT)

    assert list(Project.objects.published(now)) == ([project] if visible else [])
    assert list(entries.values_list("object_id", flat=True)) == ([project.pk] if visible else [])
    assert project.is_public(now=now) is visible


def test_scheduled_project_of_a_scheduled_alliance_waits_for_both(content):
    Project.objects.filter(slug="projekt-0").update(publish_from=FROM)
    Alliance.objects.filter(slug="kassel").update(publish_from=FROM + HOUR)

    assert list(Project.objects.published(FROM + MINUTE)) == []
    assert [p.slug for p in Project.objects.published(FROM + HOUR)] == ["projekt-0"]


def test_scheduled_project_without_window_is_public_as_before(content):
    project = Project.objects.get(slug="projekt-0")

    assert (project.publish_from, project.publish_until) == (None, None)
    assert list(Project.objects.published()) == [project]
    assert project.is_public() is True


def test_scheduled_project_draft_stays_hidden_inside_its_window(content):
    Project.objects.update(is_published=False, publish_from=FROM)

    assert list(Project.objects.published(FROM + MINUTE)) == []
    assert Project.objects.get(slug="projekt-0").is_public(now=FROM + MINUTE) is False


def test_scheduled_project_until_not_after_from_is_refused_in_german(content):
    project = Project.objects.get(slug="projekt-0")
    project.publish_from, project.publish_until = UNTIL, FROM

    with pytest.raises(ValidationError, match="„Sichtbar bis“ muss nach „sichtbar ab“ liegen"):
        project.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        Project.objects.filter(pk=project.pk).update(publish_from=FROM, publish_until=FROM)


def test_scheduled_project_next_boundary_is_its_next_start_or_end(content):
    Project.objects.filter(slug="projekt-0").update(publish_from=FROM, publish_until=UNTIL)
    draft = Project.objects.create(
        alliance=content, title="Entwurf", slug="entwurf", is_published=False
    )
    Project.objects.filter(pk=draft.pk).update(publish_from=FROM - HOUR)

    assert Project.objects.next_boundary(now=FROM - 2 * HOUR) == FROM
    assert Project.objects.next_boundary(now=FROM) == UNTIL
    assert Project.objects.next_boundary(now=UNTIL) is None


def test_scheduled_project_saved_writes_its_window_into_the_search_index(
    content, django_capture_on_commit_callbacks
):
    project = Project.objects.get(slug="projekt-0")
    project.publish_from = FROM

    with django_capture_on_commit_callbacks(execute=True):
        project.save()

    entry = SearchEntry.objects.get(kind=SearchEntry.Kind.PROJECT, object_id=project.pk)
    assert (entry.publish_from, entry.publish_until) == (FROM, None)


# Its pages, for visitors and for its editors ----------------------------------------------


@pytest.mark.parametrize(("state", "status"), [("scheduled", 404), ("running", 200), ("over", 404)])
def test_scheduled_project_page_answers_only_inside_its_window(content, state, status):
    schedule(state)
    client = Client()

    assert [client.get(path).status_code for path in (PROJECT, PROJECT + "drucken/")] == [
        status
    ] * 2


@pytest.mark.parametrize(
    ("state", "listed"), [("scheduled", False), ("running", True), ("over", False)]
)
def test_scheduled_project_listed_only_inside_its_window(content, state, listed):
    schedule(state)
    client = Client()

    found = {}
    for path, query in LISTING_PAGES:
        response = client.get(path, query)
        assert response.status_code == 200, path
        found[f"{path} {query}"] = "projekte/projekt-0/" in response.content.decode()
    partners = client.get(KASSEL + "partner/").content.decode()

    assert found == dict.fromkeys(found, listed)
    assert (NAVIGATION_ENTRY in partners) is listed


@pytest.mark.parametrize("state", ["scheduled", "over"])
def test_scheduled_project_previewed_by_its_coordinator(content, state):
    schedule(state)
    editor = Client()
    editor.force_login(coordinator_of(content))

    pages = [editor.get(PROJECT), editor.get(KASSEL + "projekte/")]

    assert [(page.status_code, BANNER in page.text) for page in pages] == [(200, True)] * 2
    assert "<h1>Projekt 0</h1>" in pages[0].text


def test_scheduled_project_inside_its_window_shows_no_banner(content):
    schedule("running")
    editor = Client()
    editor.force_login(coordinator_of(content))

    page = editor.get(PROJECT)

    assert (page.status_code, BANNER in page.text) == (200, False)


# The admin -------------------------------------------------------------------------------


@pytest.fixture
def editor(content):
    client = Client()
    client.force_login(coordinator_of(content))
    return client


def test_scheduled_project_admin_list_says_when_it_shows(content, editor):
    Project.objects.create(alliance=content, title="Geplant", slug="geplant")
    Project.objects.create(alliance=content, title="Vorbei", slug="vorbei")
    Project.objects.create(alliance=content, title="Befristet", slug="befristet")
    Project.objects.create(alliance=content, title="Entwurf", slug="entwurf", is_published=False)
    Project.objects.filter(slug="geplant").update(publish_from=FROM)
    Project.objects.filter(slug="vorbei").update(publish_until=timezone.now() - MINUTE)
    Project.objects.filter(slug="befristet").update(
        publish_until=datetime.datetime(2099, 1, 1, 12, tzinfo=BERLIN)
    )

    page = editor.get(reverse("admin:projects_project_changelist"))
    rows = {
        project.slug: page.context["cl"].model_admin.visibility(project)
        for project in page.context["cl"].result_list
    }

    assert page.status_code == 200
    assert '<th scope="col" class="column-visibility">' in page.text
    assert {slug: str(text) for slug, text in rows.items()} == {
        "projekt-0": "ja",
        "geplant": "ab 1. März 2027, 08:00 Uhr",
        "vorbei": "nein, abgelaufen",
        "befristet": "ja, bis 1. Januar 2099, 12:00 Uhr",
        "entwurf": "nein, Entwurf",
    }
    assert '<td class="field-visibility">ab 1. März 2027, 08:00 Uhr</td>' in page.text


def test_scheduled_project_admin_form_saves_a_window_and_refuses_a_wrong_one(content, editor):
    project = Project.objects.get(slug="projekt-0")
    url = reverse("admin:projects_project_change", args=[project.pk])
    form = editor.get(url)
    data = change_form_data(form)
    data.pop("publish_from", None)
    data.pop("publish_until", None)

    wrong = editor.post(
        url,
        {
            **data,
            "publish_from_0": "01.03.2027",
            "publish_from_1": "08:00",
            "publish_until_0": "01.03.2026",
            "publish_until_1": "08:00",
        },
    )
    right = editor.post(
        url,
        {**data, "publish_from_0": "01.03.2027", "publish_from_1": "08:00"},
    )

    assert form.text.index('name="is_published"') < form.text.index('name="publish_from_0"')
    assert wrong.status_code == 200
    assert "„Sichtbar bis“ muss nach „sichtbar ab“ liegen." in wrong.text
    assert right.status_code == 302
    project.refresh_from_db()
    assert (project.publish_from, project.publish_until) == (FROM, None)


# The page cache --------------------------------------------------------------------------


WARM_PAGES = [KASSEL, KASSEL + "projekte/", "/projekte/", "/sitemap-projekte.xml"]


def warm_cache():
    pages = {url: Client().get(url).content.decode() for url in WARM_PAGES}
    assert [url for url in WARM_PAGES if not is_cached(url)] == []
    return pages


def test_scheduled_project_appears_at_its_second_with_a_warm_cache(content, page_cache):
    Project.objects.filter(slug="projekt-0").update(
        publish_from=timezone.now() + datetime.timedelta(seconds=2)
    )
    # update() sends no signal; saving would recount the project list and look up the
    # next scheduled moment, and refresh the pages at once, which this test must not.
    PairCount.objects.recount()
    pagecache.invalidate((), schedule=True)
    before = warm_cache()

    time.sleep(2.2)

    after = {url: Client().get(url).content.decode() for url in WARM_PAGES}
    assert [url for url in WARM_PAGES if "projekte/projekt-0/" in before[url]] == []
    assert [url for url in WARM_PAGES if "projekte/projekt-0/" in after[url]] == WARM_PAGES
    assert Client().get(PROJECT).status_code == 200


def test_scheduled_project_disappears_at_its_end_with_a_warm_cache(content, page_cache):
    Project.objects.filter(slug="projekt-0").update(
        publish_until=timezone.now() + datetime.timedelta(seconds=2)
    )
    PairCount.objects.recount()
    pagecache.invalidate((), schedule=True)
    before = warm_cache()
    assert (Client().get(PROJECT).status_code, is_cached(PROJECT)) == (200, True)

    time.sleep(2.2)

    after = {url: Client().get(url).content.decode() for url in WARM_PAGES}
    assert [url for url in WARM_PAGES if "projekte/projekt-0/" in before[url]] == WARM_PAGES
    assert [url for url in WARM_PAGES if "projekte/projekt-0/" in after[url]] == []
    assert Client().get(PROJECT).status_code == 404

"""An alliance scheduled like news ("sichtbar ab", "sichtbar bis"): it and everything of it
are public only inside its window, on its own pages and on every network page, feed,
calendar, sitemap and search; its editors preview it before and after; the page cache
lets it appear and disappear at its second."""

import datetime
import time
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from buendnisse.models import Alliance, Document
from contacts.models import ContactPerson
from core import pagecache
from news.models import AllianceOfTheMonth, Event, News
from partners.models import Membership, Partner
from projects.models import PairCount, Project
from search.index import rebuild as rebuild_search_index
from search.models import SearchEntry
from tests.factories import coordinator_of, is_cached, make_alliance, populate, populate_news
from tests.test_public_pages import PAGES, address

BERLIN = ZoneInfo("Europe/Berlin")
MINUTE = datetime.timedelta(minutes=1)
HOUR = datetime.timedelta(hours=1)
FROM = datetime.datetime(2027, 3, 1, 8, 0, tzinfo=BERLIN)
UNTIL = datetime.datetime(2027, 3, 31, 20, 0, tzinfo=BERLIN)
BANNER = "Vorschau – noch nicht öffentlich."
KASSEL = "/buendnisse/kassel/"

# Every page of the alliance (tests/test_public_pages.py), and the print views of those
# that have one.
ALLIANCE_PAGES = [row.values[0] for row in PAGES if row.values[0].alliance is not None]

# Network pages that list the alliance or something of it while it is public.
NETWORK_PAGES = [
    ("/", {}),
    ("/buendnisse/", {}),
    ("/buendnisse/", {"land": "HE"}),
    ("/buendnisse/", {"q": "kassel"}),  # the finder: alliances covering a place
    ("/karte/", {}),
    ("/projekte/", {}),
    ("/aktuelles/", {}),
    ("/aktuelles/feed/", {}),
    ("/termine/", {}),
    ("/termine.ics", {}),
    ("/buendnis-des-monats/", {}),
    ("/leichte-sprache/", {}),
    ("/sitemap-buendnisse.xml", {}),
    ("/sitemap-projekte.xml", {}),
    ("/sitemap-aktuelles.xml", {}),
    ("/sitemap-termine.xml", {}),
    ("/suche/", {"q": "Kasseler"}),  # the alliance itself
    ("/suche/", {"q": "Projekt"}),  # its project
    ("/suche/", {"q": "Meldung"}),  # its news
    ("/suche/", {"q": "Nachname0"}),  # its contact person
]

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def content(module_transaction):
    """Kassel with one of everything; Unna, always public, keeps the network lists filled."""
    with module_transaction():
        kassel = populate(make_alliance("kassel", name="Kasseler Bündnis für Familie"), 1)
        populate_news(kassel, 1)
        make_alliance("kreis-unna", name="Bündnis Kreis Unna", state=Alliance.State.NW)
        rebuild_search_index()
        yield kassel


def schedule(state):
    """Kassel's window, relative to now: before it, inside it, or after it."""
    now = timezone.now()
    windows = {
        "scheduled": (now + HOUR, None),
        "running": (now - HOUR, now + HOUR),
        "over": (now - 2 * HOUR, now - HOUR),
    }
    start, end = windows[state]
    # update(): no signal, no search sync; the window is checked at the time of the query.
    Alliance.objects.filter(slug="kassel").update(publish_from=start, publish_until=end)


def alliance_paths(content):
    paths = []
    for page in ALLIANCE_PAGES:
        path = address(page)
        query = "?" + "&".join(f"{k}={v}" for k, v in page.query.items()) if page.query else ""
        paths.append(path + query)
        if page.print_queries is not None:
            paths.append(path + "drucken/" + query)
    return paths


# Which alliances are public, and when ---------------------------------------------------


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
def test_scheduled_alliance_and_everything_of_it_public_inside_its_window(content, now, visible):
    Alliance.objects.filter(slug="kassel").update(publish_from=FROM, publish_until=UNTIL)
    kassel = Alliance.objects.get(slug="kassel")

    published = {
        "alliances": Alliance.objects.published(now).filter(slug="kassel").exists(),
        "projects": Project.objects.published(now).filter(alliance=kassel).exists(),
        "news": News.objects.published(now).filter(alliance=kassel).exists(),
        "events": Event.objects.published(now).filter(alliance=kassel).exists(),
        "contacts": ContactPerson.objects.published(now).filter(alliance=kassel).exists(),
        "documents": Document.objects.published(now).filter(alliance=kassel).exists(),
        "search": SearchEntry.objects.published(now).filter(alliance=kassel).exists(),
    }

    assert published == dict.fromkeys(published, visible)
    assert kassel.is_public(now=now) is visible


def test_scheduled_alliance_hides_its_memberships_and_months_at_the_time_of_the_query(content):
    schedule("scheduled")

    assert not Membership.objects.published().filter(alliance__slug="kassel").exists()
    assert not AllianceOfTheMonth.objects.published().filter(alliance__slug="kassel").exists()

    schedule("running")

    assert Membership.objects.published().filter(alliance__slug="kassel").exists()
    assert AllianceOfTheMonth.objects.published().filter(alliance__slug="kassel").exists()


def test_scheduled_alliance_without_window_is_public_as_before(db):
    """Alliances from before scheduling have no window: published stays public."""
    laatzen = make_alliance("laatzen")

    assert (laatzen.publish_from, laatzen.publish_until) == (None, None)
    assert list(Alliance.objects.published().filter(slug="laatzen")) == [laatzen]
    assert laatzen.is_public() is True


def test_scheduled_alliance_public_q_through_any_lookup(db):
    laatzen = make_alliance("laatzen", publish_from=FROM)
    project = Project.objects.create(alliance=laatzen, title="Kalender", slug="kalender")
    partner = Partner.objects.create(name="Stadt Laatzen", slug="stadt-laatzen")
    Membership.objects.create(alliance=laatzen, partner=partner)

    def found(now):
        projects = Project.objects.filter(alliance=laatzen)
        partners = Partner.objects.filter(pk=partner.pk)
        return (
            list(projects.filter(Alliance.objects.public_q("alliance__", now))),
            list(partners.filter(Alliance.objects.public_q("memberships__alliance__", now))),
        )

    assert found(FROM - MINUTE) == ([], [])
    assert found(FROM) == ([project], [partner])


def test_scheduled_alliance_draft_stays_hidden_inside_its_window(db):
    laatzen = make_alliance("laatzen", is_published=False, publish_from=FROM)

    assert list(Alliance.objects.published(FROM + MINUTE).filter(slug="laatzen")) == []
    assert laatzen.is_public(now=FROM + MINUTE) is False


def test_scheduled_alliance_until_not_after_from_is_refused_in_german(db):
    laatzen = make_alliance("laatzen")
    laatzen.publish_from, laatzen.publish_until = FROM, FROM

    with pytest.raises(ValidationError, match="„Sichtbar bis“ muss nach „sichtbar ab“ liegen"):
        laatzen.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        Alliance.objects.filter(pk=laatzen.pk).update(publish_from=UNTIL, publish_until=FROM)


def test_scheduled_alliance_until_alone_is_fine(db):
    laatzen = make_alliance("laatzen", publish_until=UNTIL)

    laatzen.full_clean()

    assert laatzen.is_public(now=UNTIL - MINUTE) is True
    assert laatzen.is_public(now=UNTIL) is False


def test_scheduled_alliance_next_boundary_is_its_next_start_or_end(db):
    make_alliance("laatzen", publish_from=FROM, publish_until=UNTIL)
    make_alliance("entwurf", is_published=False, publish_from=FROM - HOUR)
    others = Alliance.objects.exclude(slug__in=["laatzen", "entwurf"])

    assert others.filter(publish_from__isnull=False).count() == 0
    assert Alliance.objects.next_boundary(now=FROM - 2 * HOUR) == FROM
    assert Alliance.objects.next_boundary(now=FROM) == UNTIL
    assert Alliance.objects.next_boundary(now=UNTIL) is None


# Its pages, for visitors and for its editors ----------------------------------------------


@pytest.mark.parametrize(("state", "status"), [("scheduled", 404), ("running", 200), ("over", 404)])
def test_scheduled_alliance_pages_answer_only_inside_its_window(content, state, status):
    schedule(state)
    client = Client()

    statuses = {path: client.get(path).status_code for path in alliance_paths(content)}

    assert statuses == dict.fromkeys(statuses, status)
    assert len(statuses) > 25


@pytest.mark.parametrize(
    ("state", "listed"), [("scheduled", False), ("running", True), ("over", False)]
)
def test_scheduled_alliance_on_network_pages_only_inside_its_window(content, state, listed):
    schedule(state)
    client = Client()

    found = {}
    for path, query in NETWORK_PAGES:
        response = client.get(path, query)
        assert response.status_code == 200, path
        found[f"{path} {query}"] = KASSEL in response.content.decode()

    assert found == dict.fromkeys(found, listed)


def test_scheduled_alliance_not_counted_before_its_time(content):
    schedule("scheduled")
    before = Client().get("/buendnisse/").context["state_counts"]
    schedule("running")
    inside = Client().get("/buendnisse/").context["state_counts"]

    assert [(state.value, count) for state, count in before] == [("NW", 1)]
    assert [(state.value, count) for state, count in inside] == [("HE", 1), ("NW", 1)]


@pytest.mark.parametrize("state", ["scheduled", "over"])
def test_scheduled_alliance_previewed_by_its_coordinator(content, state):
    schedule(state)
    editor = Client()
    editor.force_login(coordinator_of(content))
    stranger = Client()
    stranger.force_login(
        coordinator_of(Alliance.objects.get(slug="kreis-unna"), username="unna-koordination")
    )
    pages = [KASSEL, KASSEL + "ueber-uns/", KASSEL + "projekte/projekt-0/"]

    previews = [editor.get(path) for path in pages]

    assert [(page.status_code, BANNER in page.text) for page in previews] == [(200, True)] * 3
    assert [stranger.get(path).status_code for path in pages] == [404] * 3


def test_scheduled_alliance_inside_its_window_shows_no_banner_to_its_coordinator(content):
    schedule("running")
    editor = Client()
    editor.force_login(coordinator_of(content))

    page = editor.get(KASSEL)

    assert (page.status_code, BANNER in page.text) == (200, False)


def test_scheduled_alliance_change_form_has_the_window_and_offers_a_preview(content):
    schedule("scheduled")
    editor = Client()
    editor.force_login(coordinator_of(content))

    form = editor.get(reverse("admin:buendnisse_alliance_change", args=[content.pk])).text

    assert 'name="publish_from_0"' in form
    assert 'name="publish_until_0"' in form
    assert form.index('name="is_published"') < form.index('name="publish_from_0"')
    assert "Vorschau (noch nicht öffentlich)" in form


# The page cache --------------------------------------------------------------------------


WARM_PAGES = [
    "/",
    "/buendnisse/",
    "/karte/",
    "/projekte/",
    "/aktuelles/",
    "/sitemap-buendnisse.xml",
]


def warm_cache():
    pages = {url: Client().get(url).content.decode() for url in WARM_PAGES}
    assert [url for url in WARM_PAGES if not is_cached(url)] == []
    return pages


def test_scheduled_alliance_appears_at_its_second_with_a_warm_cache(content, page_cache):
    Alliance.objects.filter(slug="kassel").update(
        publish_from=timezone.now() + datetime.timedelta(seconds=2)
    )
    # update() sends no signal; saving would recount the project list and look up the
    # next scheduled moment, and refresh the pages at once, which this test must not.
    PairCount.objects.recount()
    pagecache.invalidate((), schedule=True)
    before = warm_cache()

    time.sleep(2.2)

    after = {url: Client().get(url).content.decode() for url in WARM_PAGES}
    assert [url for url in WARM_PAGES if KASSEL in before[url]] == []
    assert [url for url in WARM_PAGES if KASSEL in after[url]] == WARM_PAGES
    assert Client().get(KASSEL).status_code == 200


def test_scheduled_alliance_disappears_at_its_end_with_a_warm_cache(content, page_cache):
    Alliance.objects.filter(slug="kassel").update(
        publish_until=timezone.now() + datetime.timedelta(seconds=2)
    )
    PairCount.objects.recount()
    pagecache.invalidate((), schedule=True)
    before = warm_cache()
    home = Client().get(KASSEL)
    assert (home.status_code, is_cached(KASSEL)) == (200, True)

    time.sleep(2.2)

    after = {url: Client().get(url).content.decode() for url in WARM_PAGES}
    assert [url for url in WARM_PAGES if KASSEL in before[url]] == WARM_PAGES
    assert [url for url in WARM_PAGES if KASSEL in after[url]] == []
    assert Client().get(KASSEL).status_code == 404

"""The page cache answers visitors before sessions, CSRF, authentication, URL resolving and the
view run (core.pagecache.PageCacheMiddleware), with the same response as the full way."""

import datetime

import pytest
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import path
from django.utils import timezone

from buendnisse.models import AllianceHost
from core import pagecache
from tests.factories import coordinator_of, make_alliance, make_news, populate

PAGE = "/buendnisse/kassel/"
HOST = "www.familie-kassel.de"

calls = []


def counted(request):
    """A page that counts how often it runs; ?change=1 changes what it shows while it runs,
    ?cookie=1 sets a cookie."""
    calls.append(request.path)
    if "change" in request.GET:
        pagecache.invalidate({"zaehler"})
    response = HttpResponse(f"<p>Aufruf {len(calls)}</p>")
    if "cookie" in request.GET:
        response.set_cookie("eigenes", "1")
    return response


urlpatterns = [path("zaehler/", pagecache.cached_page(counted, ("zaehler",)))]


@pytest.fixture
def page_cache(settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    monkeypatch.setattr(pagecache, "memory", pagecache.Memory())  # this process's, empty
    calls.clear()
    yield
    cache.clear()


@pytest.fixture
def kassel(db, page_cache):
    alliance = populate(make_alliance("kassel", name="Kasseler Bündnis für Familie"), 1)
    make_news(alliance, slug="meldung", title="Öffentliche Meldung")
    return alliance


@pytest.fixture
def middleware_runs(monkeypatch):
    """The names of the session and authentication middleware each time they run."""
    runs = []
    for middleware in (SessionMiddleware, AuthenticationMiddleware):
        original = middleware.process_request

        def recorded(self, request, original=original, name=middleware.__name__):
            runs.append(name)
            return original(self, request)

        monkeypatch.setattr(middleware, "process_request", recorded)
    return runs


def fetch(client, url, **headers):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers)
    return response, len(captured)


@pytest.mark.urls(__name__)
def test_hit_runs_neither_the_view_nor_the_middleware_inside(page_cache, db, middleware_runs):
    first = Client().get("/zaehler/")
    runs_for_first = list(middleware_runs)

    second = Client().get("/zaehler/")

    assert (first.status_code, second.status_code) == (200, 200)
    assert second.content == first.content == b"<p>Aufruf 1</p>"
    assert calls == ["/zaehler/"]
    assert runs_for_first == ["SessionMiddleware", "AuthenticationMiddleware"]
    assert middleware_runs == runs_for_first  # nothing more for the hit


def test_hit_of_a_real_page_renders_nothing_and_asks_the_database_nothing(kassel, middleware_runs):
    Client().get(PAGE)
    middleware_runs.clear()

    response, count = fetch(Client(), PAGE)

    assert (response.status_code, count) == (200, 0)
    assert response.templates == []
    assert middleware_runs == []
    assert "Kasseler Bündnis für Familie" in response.text


def test_hit_has_the_same_headers_as_the_miss(kassel):
    miss = Client().get(PAGE)
    hit = Client().get(PAGE)

    assert hit.templates == []  # from the cache
    assert dict(hit.headers) == dict(miss.headers)
    assert hit.content == miss.content
    assert "script-src 'self'" in hit["Content-Security-Policy"]
    assert hit["X-Frame-Options"] == "DENY"
    assert hit["X-Content-Type-Options"] == "nosniff"
    assert hit["Referrer-Policy"] == "same-origin"
    assert hit["Vary"] == "Cookie"
    assert hit["Cache-Control"] == "max-age=0, must-revalidate"
    assert hit["Content-Length"] == str(len(miss.content))


def test_editor_with_a_session_cookie_gets_the_page_fresh_with_the_scheduled_item(kassel):
    make_news(kassel, slug="geplant", title="Geplante Meldung", publish_from=timezone.now())
    kassel.news.filter(slug="geplant").update(
        publish_from=timezone.now() + datetime.timedelta(days=3)
    )
    url = "/buendnisse/kassel/aktuelles/"
    visitor = Client().get(url)
    editor = Client()
    editor.force_login(coordinator_of(kassel))

    response, count = fetch(editor, url)

    assert "Geplante Meldung" not in visitor.text
    assert count > 0
    assert "Geplante Meldung" in response.text
    assert "no-store" in response["Cache-Control"]
    assert "Geplante Meldung" not in Client().get(url).text  # not stored for visitors


def test_invalidate_makes_the_next_request_a_miss(kassel):
    Client().get(PAGE)
    assert fetch(Client(), PAGE)[1] == 0

    pagecache.invalidate({"alliance:kassel"})

    assert fetch(Client(), PAGE)[1] > 0
    assert fetch(Client(), PAGE)[1] == 0


def test_edit_through_another_process_shows_although_this_one_keeps_the_page(kassel):
    Client().get(PAGE)
    assert len(pagecache.memory.pages) == 1  # this process keeps the page
    # Another process changes the tag versions and the generation in the shared cache.
    cache.set(pagecache.TAG_PREFIX + "alliance:kassel", "von-anderswo", timeout=None)
    cache.set(pagecache.GENERATION_KEY, "neu", timeout=None)

    response, count = fetch(Client(), PAGE)

    assert (response.status_code, count > 0) == (200, True)


def test_page_stored_by_another_process_is_served_from_the_shared_cache(kassel, monkeypatch):
    Client().get(PAGE)
    monkeypatch.setattr(pagecache, "memory", pagecache.Memory())  # a fresh process

    response, count = fetch(Client(), PAGE)

    assert (response.status_code, count, response.templates) == (200, 0, [])


@pytest.mark.urls(__name__)
def test_change_while_the_page_renders_is_never_served_stale(page_cache, db):
    Client().get("/zaehler/?change=1")  # stored with the versions from before the change

    Client().get("/zaehler/?change=1")

    assert calls == ["/zaehler/", "/zaehler/"]


def test_cleared_cache_forgets_what_this_process_keeps(kassel):
    Client().get(PAGE)

    cache.clear()

    assert fetch(Client(), PAGE)[1] > 0


@pytest.mark.urls(__name__)
def test_response_that_sets_a_cookie_is_not_stored(page_cache, db):
    Client().get("/zaehler/?cookie=1")
    Client().get("/zaehler/?cookie=1")

    assert len(calls) == 2


def test_etag_gets_a_304_from_the_cache(kassel, middleware_runs):
    first = Client().get(PAGE)
    middleware_runs.clear()

    again, count = fetch(Client(), PAGE, if_none_match=first["ETag"])

    assert (again.status_code, count, again.content) == (304, 0, b"")
    assert middleware_runs == []
    assert again["ETag"] == first["ETag"]
    assert again["Cache-Control"] == "max-age=0, must-revalidate"
    assert again["Last-Modified"] == first["Last-Modified"]


def test_last_modified_gets_a_304_from_the_cache(kassel):
    first = Client().get(PAGE)

    again, count = fetch(Client(), PAGE, if_modified_since=first["Last-Modified"])

    assert (again.status_code, count) == (304, 0)


def test_etag_on_a_miss_gets_a_304_and_the_page_is_stored(kassel):
    first = Client().get(PAGE)
    pagecache.invalidate({"alliance:kassel"})  # nothing the page shows changed

    again, count = fetch(Client(), PAGE, if_none_match=first["ETag"])
    then, count_then = fetch(Client(), PAGE)

    assert (again.status_code, count > 0) == (304, True)
    assert (then.status_code, count_then, then["ETag"]) == (200, 0, first["ETag"])


def test_other_etag_gets_the_page(kassel):
    Client().get(PAGE)

    response, count = fetch(Client(), PAGE, if_none_match='"anders"')

    assert (response.status_code, count) == (200, 0)
    assert "Kasseler Bündnis für Familie" in response.text


def test_head_gets_the_headers_without_the_body(kassel):
    page = Client().get(PAGE)

    with CaptureQueriesContext(connection) as captured:
        response = Client().head(PAGE)

    assert (response.status_code, len(captured), response.content) == (200, 0, b"")
    assert response["Content-Length"] == str(len(page.content))
    assert response["ETag"] == page["ETag"]


def test_unknown_host_is_refused_though_the_page_is_stored(kassel):
    Client().get(PAGE)

    response = Client(headers={"host": "boese.example.org"}).get(PAGE)
    malformed = Client(headers={"host": "boese example"}).get(PAGE)

    assert (response.status_code, malformed.status_code) == (400, 400)


def test_alliance_host_pages_go_when_the_host_goes(kassel, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        host = AllianceHost.objects.create(alliance=kassel, name=HOST, is_primary=True)
    on_host = Client(headers={"host": HOST})
    for url in ("/", "/robots.txt"):
        assert on_host.get(url).status_code == 200
        assert fetch(on_host, url)[1] == 0  # stored

    with django_capture_on_commit_callbacks(execute=True):
        host.delete()

    assert on_host.get("/").status_code == 400
    assert on_host.get("/robots.txt").status_code == 400


def test_memory_keeps_the_most_recent_pages_within_its_bytes(monkeypatch):
    monkeypatch.setattr(pagecache, "MEMORY_BYTES", 250)
    memory = pagecache.Memory()

    for key in "abcdefgh":
        memory.remember(key, (200, (), b"x" * 30, {}, 0))
    memory.page("a")
    memory.remember("i", (200, (), b"x" * 30, {}, 0))
    memory.remember("big", (200, (), b"x" * 32, {}, 0))  # more than an eighth: not kept

    assert (list(memory.pages), memory.size) == (list("cdefghai"), 240)

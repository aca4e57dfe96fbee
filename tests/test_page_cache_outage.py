"""The shared cache unreachable (Redis down or too slow, a cache folder that cannot be
written): visitors get their pages rendered, editors' saves are kept and shown, inquiries
are taken, and what the cache did not receive is sent by whichever process finds it
answering again; until then no process serves a page it makes stale (core.pagecache,
"Outage"). tests/test_multi_instance.py does it with a real Redis and two instances."""

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import caches
from django.test import Client
from redis.exceptions import ConnectionError as RedisConnectionError

from core import pagecache
from core.models import UnsentInvalidation
from inquiries.models import Inquiry
from tests.factories import change_form_data, is_cached
from tests.inquiries.test_inquiry_form import filled_in

pytestmark = pytest.mark.django_db

READS = ("get", "get_many")
WRITES = ("set", "set_many", "add", "delete", "incr")
ROOT = Path(__file__).resolve().parent.parent
PROJECT = "/buendnisse/kassel/projekte/familienkalender/"
PAGES = ["/", "/buendnisse/", "/buendnisse/kassel/", PROJECT, "/projekte/", "/aktuelles/"]


class CacheOutage:
    """The test's cache fails its calls as Redis does when it is down (or, with `calls`,
    only some, as a Redis that refuses writes), until `end()`; what it held stays."""

    def __init__(self, monkeypatch, calls):
        self.down, self.calls = True, 0
        backend = caches["default"]
        for name in calls:
            monkeypatch.setattr(backend, name, self.failing(getattr(backend, name)))

    def failing(self, call):
        def wrapper(*args, **kwargs):
            if self.down:
                self.calls += 1
                raise RedisConnectionError("Error 111 connecting to 127.0.0.1:6379.")
            return call(*args, **kwargs)

        return wrapper

    def end(self):
        """The cache answers again, and this process's pause after the failure is over."""
        self.down = False
        pagecache.outage.until = 0.0


def later():
    """PAGE_CACHE_LOOK_SECONDS later: the process looks for unsent invalidations."""
    pagecache.outage.next_look = 0.0


def another_process():
    """A process that has not met the failure itself, at its next look."""
    pagecache.outage.__init__()
    pagecache.memory.__init__()
    later()


@pytest.fixture
def outage(monkeypatch, page_cache):
    """Starts an outage of the cache when called; ends it after the test."""
    pagecache.outage.__init__()
    monkeypatch.setattr(pagecache.memory, "pages", type(pagecache.memory.pages)())
    started = []

    def start(calls=READS + WRITES):
        started.append(CacheOutage(monkeypatch, calls))
        return started[-1]

    yield start
    for each in started:
        each.end()
    pagecache.outage.__init__()


def test_pages_are_rendered_while_the_cache_is_down(outage, project, caplog):
    down = outage()

    with caplog.at_level(logging.WARNING, logger="core.pagecache"):
        responses = {path: Client().get(path) for path in PAGES}

    assert {path: response.status_code for path, response in responses.items()} == dict.fromkeys(
        PAGES, 200
    )
    assert "Der Kalender sammelt" in responses[PROJECT].text
    # The first request found the cache down; the others left it alone, told once.
    assert down.calls == 1
    assert [record.getMessage() for record in caplog.records] == [
        "Cache unreachable (ConnectionError: Error 111 connecting to 127.0.0.1:6379.), "
        "pages are rendered without it for 5 s"
    ]


def test_a_page_is_rendered_when_the_cache_fails_only_on_storing(outage, project, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(caches["default"], "set", full)

    response = Client().get(PROJECT)

    assert response.status_code == 200
    assert "Der Kalender sammelt" in response.text


def test_an_edit_while_the_cache_is_down_is_saved_and_shown(
    outage, project, super_client, django_capture_on_commit_callbacks
):
    url = f"/admin/projects/project/{project.pk}/change/"
    data = change_form_data(super_client.get(url)) | {"teaser": "Jetzt auch als App."}
    outage()

    with django_capture_on_commit_callbacks(execute=True):
        response = super_client.post(url, data)

    assert response.status_code == 302
    project.refresh_from_db()
    assert project.teaser == "Jetzt auch als App."
    assert "Jetzt auch als App." in Client().get(PROJECT).text


def edit_while_down(outage, project, super_client, capture, **calls):
    """The cached project page, then an edit saved while the cache fails."""
    assert "Erscheint jährlich im Herbst." in Client().get(PROJECT).text
    assert is_cached(PROJECT)
    url = f"/admin/projects/project/{project.pk}/change/"
    data = change_form_data(super_client.get(url)) | {"teaser": "Jetzt auch als App."}
    down = outage(**calls)
    with capture(execute=True):
        assert super_client.post(url, data).status_code == 302
    return down


def test_what_the_cache_missed_is_kept_and_sent_when_it_answers_again(
    outage, project, super_client, django_capture_on_commit_callbacks
):
    down = edit_while_down(outage, project, super_client, django_capture_on_commit_callbacks)
    # One row for each invalidation the save made (the project, the search index …).
    assert {tag for row in UnsentInvalidation.objects.all() for tag in row.tags} >= {
        "alliance:kassel",
        "projects",
    }

    down.end()  # the stale page is still stored: only the tag's new version went missing
    later()
    first_after = Client().get(PROJECT)

    assert "Jetzt auch als App." in first_after.text
    assert "Erscheint jährlich im Herbst." not in first_after.text
    assert not UnsentInvalidation.objects.exists()
    assert is_cached(PROJECT)  # and the cache is used again


def test_a_process_that_did_not_meet_the_failure_serves_no_stale_page(
    outage, project, super_client, django_capture_on_commit_callbacks
):
    """The cache refuses writes but still answers reads (a full disk, a Redis refusing
    writes): the stale page is there to read, and another process must not serve it."""
    down = edit_while_down(
        outage, project, super_client, django_capture_on_commit_callbacks, calls=WRITES
    )

    another_process()
    while_refused = Client().get(PROJECT)
    down.end()
    later()
    after = Client().get(PROJECT)

    assert "Jetzt auch als App." in while_refused.text
    assert UnsentInvalidation.objects.count() == 0
    assert "Jetzt auch als App." in after.text
    assert is_cached(PROJECT)


def test_a_scheduled_moment_the_cache_missed_is_looked_up_again(outage, project):
    down = outage()
    pagecache.invalidate((), schedule=True)
    assert UnsentInvalidation.objects.get().schedule is True

    down.end()
    later()
    Client().get("/")

    assert not UnsentInvalidation.objects.exists()


def test_an_inquiry_is_taken_while_the_cache_is_down(outage, kassel, caplog):
    outage()

    with caplog.at_level(logging.WARNING, logger="inquiries.forms"):
        response = Client().post("/buendnisse/kassel/mitmachen/", filled_in())

    assert response.status_code == 302
    assert Inquiry.objects.get().name == "Erika Mustermann"
    assert "not counted for the rate limit" in caplog.text
    assert "127.0.0.1" not in caplog.text  # no visitor's address in the log


def test_redis_that_does_not_answer_within_a_second_counts_as_down(tmp_path):
    """Without a timeout, a Redis that stopped answering would hold every request."""
    show = "import django; django.setup(); from django.conf import settings; "
    show += "print(settings.CACHES['default']['OPTIONS'])"
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "ENV_FILE": str(tmp_path / "no.env"),
        "DEBUG": "true",
        "CACHE_URL": "redis://127.0.0.1:6379/0",
    }

    result = subprocess.run(
        [sys.executable, "-c", show], cwd=ROOT, env=env, capture_output=True, text=True
    )

    assert result.stdout.strip() == "{'socket_connect_timeout': 1, 'socket_timeout': 1}"

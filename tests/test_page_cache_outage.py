"""The shared cache unreachable (Redis down or too slow, a cache folder that cannot be
written): visitors get their pages rendered, editors' saves are kept and shown, inquiries
are taken, and what the cache did not receive while it was away is sent when it answers
again (core.pagecache, "Outage"). tests/test_multi_instance.py stops a real Redis."""

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
from inquiries.models import Inquiry
from tests.factories import change_form_data, is_cached
from tests.inquiries.test_inquiry_form import filled_in

pytestmark = pytest.mark.django_db

CALLS = ("get", "get_many", "set", "set_many", "add", "delete", "incr")
ROOT = Path(__file__).resolve().parent.parent
PROJECT = "/buendnisse/kassel/projekte/familienkalender/"
PAGES = ["/", "/buendnisse/", "/buendnisse/kassel/", PROJECT, "/projekte/", "/aktuelles/"]


class Outage:
    """The test's cache fails every call as Redis does when it is down, until `end()`;
    what it held stays (a Redis that was only unreachable)."""

    def __init__(self, monkeypatch):
        self.down, self.calls = True, 0
        backend = caches["default"]
        for name in CALLS:
            monkeypatch.setattr(backend, name, self.failing(getattr(backend, name)))

    def failing(self, call):
        def wrapper(*args, **kwargs):
            if self.down:
                self.calls += 1
                raise RedisConnectionError("Error 111 connecting to 127.0.0.1:6379.")
            return call(*args, **kwargs)

        return wrapper

    def end(self):
        """The cache answers again, and the process's pause after the failure is over."""
        self.down = False
        pagecache.outage.until = 0.0


@pytest.fixture
def outage(monkeypatch, page_cache):
    """Starts an outage of the cache when called; ends it after the test."""
    pagecache.outage.__init__()
    monkeypatch.setattr(pagecache.memory, "pages", type(pagecache.memory.pages)())
    started = []
    yield lambda: started.append(Outage(monkeypatch)) or started[-1]
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


def test_what_the_cache_missed_is_sent_when_it_answers_again(
    outage, project, super_client, django_capture_on_commit_callbacks
):
    assert "Erscheint jährlich im Herbst." in Client().get(PROJECT).text
    assert is_cached(PROJECT)
    url = f"/admin/projects/project/{project.pk}/change/"
    data = change_form_data(super_client.get(url)) | {"teaser": "Jetzt auch als App."}
    down = outage()
    with django_capture_on_commit_callbacks(execute=True):
        super_client.post(url, data)

    down.end()  # the stale page is still stored: only the tag's new version went missing
    first_after = Client().get(PROJECT)

    assert "Jetzt auch als App." in first_after.text
    assert "Erscheint jährlich im Herbst." not in first_after.text
    assert is_cached(PROJECT)  # and the cache is used again
    assert not pagecache.outage.has_unsent()


def test_a_scheduled_moment_the_cache_missed_is_looked_up_again(outage, project):
    down = outage()
    pagecache.invalidate((), schedule=True)
    assert pagecache.outage.has_unsent()

    down.end()
    Client().get("/")

    assert not pagecache.outage.has_unsent()


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

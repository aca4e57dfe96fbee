"""A database that cannot be reached: visitors get a German 503 page with Retry-After."""

import subprocess
import sys
import textwrap

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.db import OperationalError, connection

from tests.factories import make_alliance
from tests.test_production import PROJECT, production_env

HEADING = "<h1>Vorübergehend nicht erreichbar</h1>"


def refuse(*args, **kwargs):
    raise OperationalError("connection refused")


@pytest.fixture
def database_down(monkeypatch):
    # Every query goes through ensure_connection(): as if the server had gone away.
    monkeypatch.setattr(connection, "ensure_connection", refuse)


@pytest.mark.parametrize("path", ["/", "/buendnisse/kassel/", "/aktuelles/", "/admin/"])
@pytest.mark.django_db
def test_database_down_gives_the_german_503_page(client, monkeypatch, path):
    make_alliance("kassel")
    client.force_login(get_user_model().objects.create_user("koordination-kassel"))
    monkeypatch.setattr(connection, "ensure_connection", refuse)

    response = client.get(path)

    assert response.status_code == 503
    assert response.headers["Retry-After"] == "60"
    assert "no-store" in response.headers["Cache-Control"]
    assert HEADING in response.text
    assert '<html lang="de">' in response.text


@pytest.mark.django_db
def test_database_down_for_an_anonymous_visitor(client, database_down):
    response = client.get("/buendnisse/")

    assert response.status_code == 503
    assert HEADING in response.text


@pytest.mark.django_db
def test_database_down_while_the_session_middleware_saves(client, settings, monkeypatch):
    settings.SESSION_SAVE_EVERY_REQUEST = True
    client.force_login(get_user_model().objects.create_user("koordination-kassel"))
    client.raise_request_exception = False
    monkeypatch.setattr(SessionStore, "save", refuse)

    response = client.get("/impressum/")

    assert response.status_code == 503
    assert response.headers["Retry-After"] == "60"
    assert HEADING in response.text


@pytest.mark.parametrize(
    "database_url",
    ["sqlite:////gibt-es-nicht/ordner/db.sqlite3", "postgres://nutzer:pw@127.0.0.1:9/datenbank"],
    ids=["sqlite-missing-folder", "postgres-closed-port"],
)
def test_database_down_in_the_wsgi_application(tmp_path, database_url):
    """The real WSGI application with DEBUG off, a session cookie and no database."""
    env = production_env(
        tmp_path,
        # Non-manifest static files: this test is about the database, not collectstatic.
        DJANGO_SETTINGS_MODULE="tests.settings",
        DATABASE_URL=database_url,
        ALLOWED_HOSTS="testserver",
    )
    script = textwrap.dedent(
        """
        from wsgiref.util import setup_testing_defaults
        from config.wsgi import application

        environ = {"HTTP_HOST": "testserver", "HTTP_COOKIE": "sessionid=abc"}
        setup_testing_defaults(environ)
        started = []
        body = b"".join(application(environ, lambda status, headers: started.extend(
            [status, dict(headers)])))
        print(started[0])
        print(started[1].get("Retry-After"))
        print(body.decode())
        """
    )

    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    status, retry_after, body = result.stdout.split("\n", 2)
    assert (status, retry_after) == ("503 Service Unavailable", "60"), result.stderr
    assert HEADING in body

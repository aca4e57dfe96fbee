"""Findings 3 and 4: many people saving the same thing at once, against a real server.

gunicorn with several worker processes on loopback, on the database of this test run's
kind (a SQLite file, or a fresh PostgreSQL database beside the test database). Exactly
one save of a version wins; every other gets the German conflict message with its input
kept; nobody gets a 500. Bounded: a fixed number of threads, each request with a timeout.
"""

import http.cookiejar
import io
import os
import re
import secrets
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest
from PIL import Image as Pillow

from tests.test_production import manage as run_manage

PROJECT = Path(__file__).resolve().parents[2]
CONFLICT = "Nicht gespeichert:"
PASSWORD = "demo-buendnis"


def postgres_url():
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


@pytest.fixture(scope="module")
def database_url(tmp_path_factory):
    base = postgres_url()
    if base is None:
        yield f"sqlite:///{tmp_path_factory.mktemp('concurrency') / 'db.sqlite3'}"
        return
    import psycopg

    name = f"concurrency_{secrets.token_hex(4)}"
    parts = urllib.parse.urlsplit(base)
    conninfo = base.replace("postgres://", "postgresql://", 1)
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


SETUP = """
from django.contrib.auth import get_user_model
from buendnisse.models import Alliance, FieldOfAction
from projects.models import Project
FieldOfAction.objects.create(name="Kinderbetreuung", slug="kinderbetreuung")
get_user_model().objects.create_superuser("netzwerk", "n@example.org", "{password}")
alliance = Alliance.objects.create(name="Kasseler Bündnis", slug="kassel", place="Kassel",
    postcode="34117", state="HE", is_published=True)
Project.objects.create(alliance=alliance, title="Familienkalender", slug="familienkalender",
    teaser="Erscheint jährlich.")
"""

# The network list's stored counts (projects.models.PairCount) beside a live count.
COUNTS = """
from django.db.models import Count, Sum
from projects.models import PairCount, Project
stored = dict(PairCount.objects.at().values_list("field_of_action").annotate(Sum("pairs")))
live = dict(Project.objects.published().values_list("fields_of_action").annotate(Count("pk")))
print(sorted(stored.items(), key=str), sorted(live.items(), key=str), sep="\\n")
"""


@pytest.fixture(scope="module")
def environment(database_url, tmp_path_factory):
    media = tmp_path_factory.mktemp("media")
    return {
        **{k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}},
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": database_url,
        "ALLOWED_HOSTS": "127.0.0.1",
        "MEDIA_ROOT": str(media),
        "ENV_FILE": str(media / "no.env"),
    }


def manage(env, *command):
    result = run_manage(env, *command)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def server(environment):
    env = environment
    for command in (["migrate", "--no-input"], ["shell", "-c", SETUP.format(password=PASSWORD)]):
        manage(env, *command)
    with socket_port() as port:
        pass
    process = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            *("--bind", f"127.0.0.1:{port}", "--workers", "4", "--timeout", "60"),
            "--no-control-socket",
            "config.wsgi",
        ],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/admin/login/", timeout=5)  # noqa: S310
            break
        except OSError:  # refused, reset or too slow while the workers start
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail("gunicorn did not start")
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=10)


class socket_port:
    def __enter__(self):
        import socket

        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        return self.socket.getsockname()[1]

    def __exit__(self, *exc):
        self.socket.close()


class Browser:
    """One person's browser: cookies, CSRF token, form posts."""

    def __init__(self, base):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect
        )

    def request(self, path, data=None, content_type=None):
        headers = {"Referer": self.base + path}
        if content_type:
            headers["Content-Type"] = content_type
        request = urllib.request.Request(self.base + path, data=data, headers=headers)
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def csrf(self, html):
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]

    def post(self, path, fields, files=None):
        if files:
            body, content_type = multipart(fields, files)
        else:
            body = urllib.parse.urlencode(fields, doseq=True).encode()
            content_type = "application/x-www-form-urlencoded"
        return self.request(path, body, content_type)

    def log_in(self):
        _status, html = self.request("/admin/login/")
        status, _html = self.post(
            "/admin/login/?next=/admin/",
            {"csrfmiddlewaretoken": self.csrf(html), "username": "netzwerk", "password": PASSWORD},
        )
        assert status == 302


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def multipart(fields, files):
    boundary = uuid.uuid4().hex
    lines = []
    for name, value in fields.items():
        lines.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        )
    body = "".join(lines).encode()
    for name, (filename, data, content_type) in files.items():
        body += (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'
        ).encode()
        body += data + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def project_form(browser, teaser):
    _status, html = browser.request("/admin/projects/project/1/change/")
    return {
        "csrfmiddlewaretoken": browser.csrf(html),
        "_version": re.search(r'name="_version" value="([^"]*)"', html)[1],
        "alliance": "1",
        "title": "Familienkalender",
        "slug": "familienkalender",
        "is_published": "on",
        "order": "0",
        "teaser": teaser,
        "body": "",
        "status": "running",
    }


def all_at_once(tasks):
    """Run the tasks in threads that start together; their results in order."""
    barrier = threading.Barrier(len(tasks))
    results = [None] * len(tasks)

    def run(index, task):
        barrier.wait(timeout=60)
        results[index] = task()

    threads = [threading.Thread(target=run, args=item) for item in enumerate(tasks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def test_simultaneous_saves_of_one_version_one_wins_the_others_keep_their_input(server):
    count = 8 if postgres_url() else 20
    browsers = [Browser(server) for _ in range(count)]
    forms = []
    for number, browser in enumerate(browsers):
        browser.log_in()
        forms.append(project_form(browser, f"Fassung Nummer {number}"))

    results = all_at_once(
        [
            lambda b=browser, f=form: b.post("/admin/projects/project/1/change/", f)
            for browser, form in zip(browsers, forms, strict=True)
        ]
    )

    statuses = sorted(status for status, _html in results)
    assert statuses == [200] * (count - 1) + [302]
    winner = next(i for i, (status, _html) in enumerate(results) if status == 302)
    for number, (status, html) in enumerate(results):
        if status == 200:
            assert CONFLICT in html
            assert f"Fassung Nummer {number}" in html  # the input is kept
    _status, page = Browser(server).request("/buendnisse/kassel/projekte/familienkalender/")
    assert f"Fassung Nummer {winner}" in page


def test_simultaneous_image_uploads_both_succeed(server):
    browsers = [Browser(server) for _ in range(2)]
    posts = []
    for number, browser in enumerate(browsers):
        browser.log_in()
        _status, html = browser.request("/admin/buendnisse/image/add/")
        buffer = io.BytesIO()
        Pillow.new("RGB", (3000, 2000), (number * 100, 80, 120)).save(buffer, "JPEG")
        fields = {
            "csrfmiddlewaretoken": browser.csrf(html),
            "alliance": "1",
            "title": f"Foto {number}",
            "alt_text": "Ein Foto",
            "credit": "© Test",
        }
        files = {"file": ("foto.jpg", buffer.getvalue(), "image/jpeg")}
        posts.append(
            lambda b=browser, f=fields, u=files: b.post("/admin/buendnisse/image/add/", f, u)
        )

    results = all_at_once(posts)

    assert [status for status, _html in results] == [302, 302]


def test_change_history_does_not_list_the_version_fingerprint(server):
    browser = Browser(server)
    browser.log_in()
    browser.post("/admin/projects/project/1/change/", project_form(browser, "Neu im Verlauf"))

    _status, history = browser.request("/admin/projects/project/1/history/")

    changes = re.findall(r"<td>(Kurztext [^<]*)</td>", history)
    assert changes and set(changes) == {"Kurztext geändert."}
    assert "_version" not in history


# One recount holds its transaction open while another change recounts.
RECOUNT_AND_WAIT = """
import time
from django.db import transaction
from projects.models import PairCount
with transaction.atomic():
    PairCount.objects.recount()
    print("gezählt", flush=True)
    time.sleep(2)
"""
NEW_PROJECT = """
from buendnisse.models import Alliance
from projects.models import Project
Project.objects.create(alliance=Alliance.objects.get(slug="kassel"), title="Zur selben Zeit",
    slug="zur-selben-zeit", teaser="Entsteht während einer Zählung.")
"""


def test_recounts_of_the_network_list_wait_for_each_other(server, environment):
    """Each change recounts the pairs of the network's project list (PairCount) in its
    transaction. A recount while another is not yet committed waits for it (PostgreSQL:
    an advisory lock; SQLite: its one writer), so the last to commit counts everything
    committed before it, and the counts of the first are not left beside its own."""
    command = [sys.executable, "manage.py", "shell", "-c", RECOUNT_AND_WAIT]
    with subprocess.Popen(
        command, cwd=PROJECT, env=environment, stdout=subprocess.PIPE, text=True
    ) as first:
        for line in first.stdout:
            if "gezählt" in line:
                break
        manage(environment, "shell", "-c", NEW_PROJECT)
        assert first.wait(timeout=60) == 0

    stored, live = manage(environment, "shell", "-c", COUNTS).splitlines()[-2:]
    assert stored == live

"""More than one machine (README, "Mehr als ein Server"): two gunicorn instances, A and B, with
the same settings, one PostgreSQL database, one Redis as the cache (CACHE_URL) and uploads in
S3-compatible storage (moto's server). Every request names the site's host, as it would
arrive through a load balancer, and cookies are the site's, whichever instance answers.

Always on PostgreSQL, in a fresh database of its own: on the server of DATABASE_URL_PG
(`make ci` passes it to both test runs), of DATABASE_URL, or of .ci/run. Bounded: every
request has a timeout, every process is terminated when the module ends.
"""

import http.cookiejar
import io
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import ExitStack, contextmanager
from functools import partial
from html.parser import HTMLParser
from pathlib import Path

import boto3
import psycopg
import pytest
import redis
from botocore.config import Config
from PIL import Image as Pillow

from tests.security.test_concurrent_saves import NoRedirect, multipart
from tests.test_production import free_port, manage

PROJECT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
CI_POSTGRES = "postgres://app:app@127.0.0.1:54329/appdb"  # .ci/run starts it
SITE = "familie.example.org"
BUCKET = "buendnisportal-medien"
PASSWORD = "demo-buendnis"
TIMEOUT = 30

# The production settings; static files come from the source folders, as in the tests:
# collectstatic would compress for 15 s, and tests/test_production.py covers it already.
SETTINGS = """
from config.settings import *

STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
"""

SETUP = """
from django.contrib.auth import get_user_model
from buendnisse.models import Alliance
get_user_model().objects.create_superuser("netzwerk", "n@example.org", "{password}")
texts = dict.fromkeys(["introduction", "goals", "tasks", "organisation", "founding", "network",
    "join_text", "partnership_text"], "<p>Text</p>")
for slug, place in [("kassel", "Kassel"), ("unna", "Unna")]:
    Alliance.objects.create(name=f"Bündnis {{place}}", slug=slug, place=place, postcode="34117",
        state="HE", motto="Familie gewinnt", is_published=True, **texts)
"""


def postgres_server():
    for name in ("DATABASE_URL_PG", "DATABASE_URL"):
        url = os.environ.get(name, "")
        if url.startswith(("postgres://", "postgresql://")):
            return url
    return CI_POSTGRES


@contextmanager
def running(command, ready, log, **options):
    """A server process for the length of the block: started, answering, then terminated."""
    with open(log, "wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, **options)
    try:
        deadline = time.monotonic() + 60
        while not ready():
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"{command[0]} did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def answers(url):
    try:
        urllib.request.urlopen(url, timeout=2).close()
    except urllib.error.HTTPError:
        return True  # any answer means it is up
    except (urllib.error.URLError, OSError):
        return False
    return True


@pytest.fixture(scope="module")
def database():
    server = postgres_server().replace("postgres://", "postgresql://", 1)
    try:
        admin = psycopg.connect(server, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        address = urllib.parse.urlsplit(server).netloc.rpartition("@")[2]
        pytest.skip(f"kein PostgreSQL unter {address}: {error}")
    name = f"multi_instance_{secrets.token_hex(4)}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        url = urllib.parse.urlunsplit(urllib.parse.urlsplit(server)._replace(path=f"/{name}"))
        try:
            yield url
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def sql(database, query, params=()):
    with psycopg.connect(database, connect_timeout=5) as connection:
        cursor = connection.execute(query, params)
        return cursor.fetchall() if cursor.description else []


def redis_server(client, folder):
    """Debian's redis-server on the client's port, nothing kept on disk (a block)."""
    port = client.get_connection_kwargs()["port"]

    def ready():
        try:
            return client.ping()
        except redis.ConnectionError:
            return False

    command = ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--dir", str(folder)]
    command += ["--save", "", "--appendonly", "no"]
    return running(command, ready, folder / "log")


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    """A Redis of the module's own; a test may stop it and start it again (`restarts`)."""
    if not shutil.which("redis-server"):
        pytest.skip("redis-server fehlt (Debian-Paket redis-server)")
    client = redis.Redis(port=free_port(), socket_timeout=5, socket_connect_timeout=5)
    with redis_server(client, tmp_path_factory.mktemp("redis")):
        yield client
    client.close()


@pytest.fixture(scope="module")
def restarts():
    """Servers a test started again, terminated when the module ends."""
    with ExitStack() as stack:
        yield stack


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    """moto's S3 server on loopback, with the bucket the instances store uploads in."""
    folder = tmp_path_factory.mktemp("s3")
    endpoint = f"http://127.0.0.1:{free_port()}"
    command = [str(VENV_BIN / "moto_server"), "-H", "127.0.0.1", "-p", endpoint.rsplit(":")[-1]]
    with running(command, lambda: answers(endpoint), folder / "log"):
        client = boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id="test",
            aws_secret_access_key="test",
            config=Config(connect_timeout=5, read_timeout=TIMEOUT, retries={"max_attempts": 1}),
        )
        client.create_bucket(Bucket=BUCKET)
        # Public pages link to the files: readable by everyone (README, "Medien").
        public_read = {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "s3:GetObject",
                    "Resource": f"arn:aws:s3:::{BUCKET}/*",
                }
            ],
        }
        client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(public_read))
        yield endpoint, client


@pytest.fixture(scope="module")
def instances(database, cache, s3, tmp_path_factory):
    """The base addresses of instances A and B: identical settings, nothing of their own."""
    folder = tmp_path_factory.mktemp("instances")
    (folder / "multi_instance_settings.py").write_text(SETTINGS)
    kept = {key: value for key, value in os.environ.items() if not key.startswith("S3_")}
    env = {
        **kept,
        "DJANGO_SETTINGS_MODULE": "multi_instance_settings",
        "PYTHONPATH": str(folder),
        "ENV_FILE": str(folder / "no.env"),
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": SITE,
        "DATABASE_URL": database,
        "CACHE_URL": f"redis://127.0.0.1:{cache.get_connection_kwargs()['port']}/0",
        "PAGE_CACHE_SECONDS": "600",
        "S3_BUCKET": BUCKET,
        "S3_ENDPOINT_URL": s3[0],
        "S3_REGION": "us-east-1",
        "S3_ACCESS_KEY": "test",
        "S3_SECRET_KEY": "test",
        # Would an instance write an upload to its own disk, it would land here.
        "MEDIA_ROOT": str(folder / "media"),
    }
    for command in (["migrate", "--no-input"], ["shell", "-c", SETUP.format(password=PASSWORD)]):
        result = manage(env, *command)
        assert result.returncode == 0, result.stderr
    with ExitStack() as servers:
        bases = {}
        for name in "AB":
            address = f"127.0.0.1:{free_port()}"
            bases[name] = f"http://{address}"
            command = [str(VENV_BIN / "gunicorn"), "config.wsgi", "--bind", address]
            command += ["--workers", "1", "--timeout", "60", "--no-control-socket"]
            ready = partial(answers, bases[name])
            log = folder / f"{name}.log"
            servers.enter_context(running(command, ready, log, cwd=PROJECT, env=env))
        yield {**bases, "media": folder / "media"}


class Browser:
    """One person's browser, reaching the site through the load balancer: the request names
    the site, and the cookies go along to whichever instance answers."""

    def __init__(self, instances):
        self.instances = instances
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect
        )

    def request(self, instance, path, data=None, content_type=None):
        headers = {"Host": SITE}
        if content_type:
            headers["Content-Type"] = content_type
        url = self.instances[instance] + path
        request = urllib.request.Request(url, data=data, headers=headers)
        try:
            with self.opener.open(request, timeout=TIMEOUT) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode()

    def get(self, instance, path):
        status, _headers, html = self.request(instance, path)
        assert status == 200, html
        return html

    def post(self, instance, path, fields, files=None):
        """Submit a form; the address it redirects to."""
        if files:
            body, content_type = multipart(dict(fields), files)
        else:
            body = urllib.parse.urlencode(fields).encode()
            content_type = "application/x-www-form-urlencoded"
        status, headers, html = self.request(instance, path, body, content_type)
        assert status == 302, html
        return headers["Location"]

    def log_in(self, instance):
        fields = form_fields(self.get(instance, "/admin/login/"), "login-form")
        fields += [("username", "netzwerk"), ("password", PASSWORD)]
        self.post(instance, "/admin/login/?next=/admin/", fields)


class FormFields(HTMLParser):
    """What a browser submits from one form of a page, as it stands."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.fields = []
        self.select = None  # [name, first option, anything selected]
        self.textarea = None  # [name, text]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        elif not self.inside or "disabled" in attrs:
            return
        elif tag == "input" and attrs.get("name"):
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" in attrs:
                self.fields.append((attrs["name"], attrs.get("value", "on")))
            elif kind not in ("checkbox", "radio", "submit", "button", "file", "image"):
                self.fields.append((attrs["name"], attrs.get("value") or ""))
        elif tag == "select":
            self.select = [attrs["name"], None, "multiple" in attrs]
        elif tag == "option" and self.select:
            if self.select[1] is None:
                self.select[1] = attrs.get("value", "")
            if "selected" in attrs:
                self.fields.append((self.select[0], attrs.get("value", "")))
                self.select[2] = True
        elif tag == "textarea":
            self.textarea = [attrs["name"], ""]

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self.select:
            name, first, chosen = self.select
            if not chosen and first is not None:
                self.fields.append((name, first))
            self.select = None
        elif tag == "textarea" and self.textarea:
            name, text = self.textarea
            self.fields.append((name, text.removeprefix("\n")))
            self.textarea = None


def form_fields(html, form_id):
    parser = FormFields(form_id)
    parser.feed(html)
    return parser.fields


def changed(fields, **values):
    return [(name, value) for name, value in fields if name not in values] + list(values.items())


def edit_alliance(browser, instance, alliance_id, part, **values):
    """Change an alliance in the admin form: load a part, change some fields, save it."""
    path = f"/admin/buendnisse/alliance/{alliance_id}/change/?teil={part}"
    fields = form_fields(browser.get(instance, path), "alliance_form")
    assert "_version" in dict(fields)  # saved against the version it was loaded at
    browser.post(instance, path, changed(fields, **values))


def page_keys(cache):
    return set(cache.scan_iter(match=":1:pagecache:page:*"))


def test_page_cached_through_b_serves_a_and_admin_edit_on_a_shows_on_b(instances, cache, database):
    visitor = Browser(instances)
    before = page_keys(cache)

    first = visitor.get("B", "/buendnisse/kassel/")
    stored = page_keys(cache) - before
    # Changed behind the application's back: only a page from the cache still shows the old.
    sql(database, "UPDATE buendnisse_alliance SET motto = 'Heimlich' WHERE slug = 'kassel'")
    through_a = visitor.get("A", "/buendnisse/kassel/")
    editor = Browser(instances)
    editor.log_in("A")
    alliance_id = sql(database, "SELECT id FROM buendnisse_alliance WHERE slug = 'kassel'")[0][0]
    edit_alliance(editor, "A", alliance_id, "startseite", motto="Zeit für Familie")
    after_edit = visitor.get("B", "/buendnisse/kassel/")

    assert len(stored) == 1
    assert '<p class="lead">Familie gewinnt</p>' in first
    assert through_a == first
    assert '<p class="lead">Zeit für Familie</p>' in after_edit
    assert "Familie gewinnt" not in after_edit


def test_login_session_made_on_a_opens_the_admin_on_b(instances):
    editor = Browser(instances)
    editor.log_in("A")

    status, _headers, html = editor.request("B", "/admin/")
    stranger_status, stranger_headers, _html = Browser(instances).request("B", "/admin/")

    assert status == 200
    assert "netzwerk" in html and "Abmelden" in html
    assert stranger_status == 302
    assert stranger_headers["Location"] == "/admin/login/?next=/admin/"


def test_image_uploaded_through_a_is_stored_in_s3_and_shown_by_b(instances, database, s3):
    endpoint, client = s3
    visitor = Browser(instances)
    without_logo = visitor.get("B", "/buendnisse/unna/")
    editor = Browser(instances)
    editor.log_in("A")
    alliance_id = sql(database, "SELECT id FROM buendnisse_alliance WHERE slug = 'unna'")[0][0]
    fields = form_fields(editor.get("A", "/admin/buendnisse/image/add/"), "image_form")
    photo = io.BytesIO()
    Pillow.new("RGB", (800, 600), (0, 90, 140)).save(photo, "JPEG")
    fields = changed(
        fields,
        title="Logo Unna",
        alt_text="Logo des Bündnisses",
        credit="© Bündnis Unna",
        alliance=str(alliance_id),
        _continue="1",
    )
    files = {"file": ("logo.jpg", photo.getvalue(), "image/jpeg")}
    location = editor.post("A", "/admin/buendnisse/image/add/", fields, files)
    image_id = re.fullmatch(r"/admin/buendnisse/image/(\d+)/change/", location)[1]
    edit_alliance(editor, "A", alliance_id, "logo-und-farbe", logo=image_id)

    page = visitor.get("B", "/buendnisse/unna/")

    stored = {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET)["Contents"]}
    shown = set(re.findall(rf"{re.escape(endpoint)}/{BUCKET}/([^\s\"]+)", page))
    stem = next(key for key in stored if key.endswith("/logo.jpg")).removesuffix(".jpg")
    assert endpoint not in without_logo
    # The upload and its WebP renditions up to its own width, all on the page.
    assert stored == {f"{stem}.jpg", *(f"{stem}.{width}w.webp" for width in (160, 480, 800))}
    assert shown == stored
    logo = re.search(r'<img class="alliance-header__logo" src="([^"]+)"', page)[1]
    with urllib.request.urlopen(logo, timeout=TIMEOUT) as response:
        assert Pillow.open(io.BytesIO(response.read())).size == (800, 600)
    assert not instances["media"].exists()  # no instance kept a copy on its own disk


def test_with_redis_down_both_instances_serve_pages_and_keep_edits(
    instances, cache, database, restarts, tmp_path
):
    """A cache that is down costs speed, nothing else (core.pagecache, "Outage"): pages
    are rendered, an edit through A is saved and shown by B at once, and once Redis is
    back the instances use it again."""
    visitor, editor = Browser(instances), Browser(instances)
    editor.log_in("A")
    alliance_id = sql(database, "SELECT id FROM buendnisse_alliance WHERE slug = 'kassel'")[0][0]
    visitor.get("B", "/buendnisse/kassel/")
    assert page_keys(cache)

    cache.shutdown(nosave=True)
    during = {name: visitor.get(name, "/buendnisse/kassel/") for name in "AB"}
    edit_alliance(editor, "A", alliance_id, "startseite", motto="Gespeichert ohne Redis")
    after_edit = visitor.get("B", "/buendnisse/kassel/")
    restarts.enter_context(redis_server(cache, tmp_path))
    time.sleep(6)  # core.pagecache.OUTAGE_SECONDS: each instance tries the cache again
    for name in "AB":
        visitor.get(name, "/buendnisse/kassel/")

    assert all("Bündnis Kassel" in html for html in during.values())
    assert '<p class="lead">Gespeichert ohne Redis</p>' in after_edit
    assert len(page_keys(cache)) == 1  # stored again in the empty Redis


def test_with_redis_refusing_writes_b_serves_no_page_an_edit_on_a_made_stale(
    instances, cache, database
):
    """Redis answers reads but refuses writes (as when it cannot save to its disk): the
    edit's new versions do not reach it, and B, which met no failure itself, still finds
    the old page there. A keeps them in the database; B looks for them within a second
    (PAGE_CACHE_LOOK_SECONDS), cannot send them either, and renders afresh. Once Redis
    takes writes again, they are sent and pages are stored again."""
    visitor, editor = Browser(instances), Browser(instances)
    editor.log_in("A")
    alliance_id = sql(database, "SELECT id FROM buendnisse_alliance WHERE slug = 'kassel'")[0][0]
    edit_alliance(editor, "A", alliance_id, "startseite", motto="Vor der Sperre")
    assert '<p class="lead">Vor der Sperre</p>' in visitor.get("B", "/buendnisse/kassel/")
    stored = page_keys(cache)

    cache.config_set("min-replicas-to-write", 1)  # no replica: every write is refused
    try:
        edit_alliance(editor, "A", alliance_id, "startseite", motto="Während der Sperre")
        time.sleep(1.5)
        while_refused = visitor.get("B", "/buendnisse/kassel/")
        unsent = sql(database, "SELECT count(*) FROM core_unsentinvalidation")[0][0]
    finally:
        cache.config_set("min-replicas-to-write", 0)
    time.sleep(6)  # core.pagecache.OUTAGE_SECONDS
    visitor.get("B", "/buendnisse/kassel/")
    after = visitor.get("B", "/buendnisse/kassel/")

    assert page_keys(cache) >= stored  # the old page was there to read all along
    assert unsent >= 1
    assert '<p class="lead">Während der Sperre</p>' in while_refused
    assert sql(database, "SELECT count(*) FROM core_unsentinvalidation")[0][0] == 0
    assert '<p class="lead">Während der Sperre</p>' in after

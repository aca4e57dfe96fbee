"""The production shape: DEBUG off, gunicorn, whitenoise serving compressed static files."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


def production_env(tmp_path, **extra):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DEBUG", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        ENV_FILE=str(tmp_path / "no.env"),
        DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    env.update(extra)
    return env


def manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=env, capture_output=True, text=True
    )


def test_production_refuses_to_start_without_secret_key(tmp_path):
    result = manage(production_env(tmp_path), "check")

    assert result.returncode != 0
    assert "SECRET_KEY ist nicht gesetzt" in result.stderr


def test_production_starts_with_secret_key(tmp_path):
    result = manage(
        production_env(tmp_path, SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.org"), "check"
    )

    assert result.returncode == 0, result.stderr


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 (loopback only)
        return response.status, dict(response.headers), response.read()


@pytest.fixture
def gunicorn(tmp_path):
    env = production_env(tmp_path, SECRET_KEY="x" * 50, ALLOWED_HOSTS="127.0.0.1")
    for args in (("migrate", "--no-input"), ("collectstatic", "--no-input")):
        result = manage(env, *args)
        assert result.returncode == 0, result.stderr
    port = free_port()
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--no-control-socket",
            "config.wsgi",
        ],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            fetch(base + "/impressum/")
            break
        except OSError:  # refused, reset or too slow while the workers start
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail(f"gunicorn did not start: {server.stderr.read().decode()}")
            time.sleep(0.2)
    yield base
    server.terminate()
    server.wait(timeout=10)


def test_production_gunicorn_serves_pages_and_compressed_hashed_static_files(gunicorn):
    status, _headers, body = fetch(gunicorn + "/")
    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', body.decode())

    assert status == 200
    assert stylesheet, "the page links the hashed stylesheet"
    status, headers, _body = fetch(gunicorn + stylesheet.group(1), {"Accept-Encoding": "br, gzip"})
    assert status == 200
    assert headers["Content-Type"].startswith("text/css")
    assert headers["Content-Encoding"] == "br"
    assert "immutable" in headers["Cache-Control"]

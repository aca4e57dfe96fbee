"""Benchmark: requests per second of the main pages, beside the same HTML as a static file.

Runs the production shape (DEBUG off, gunicorn, whitenoise) on loopback against a fresh
SQLite database with the demo content, and measures each page with the same load
generator in the same run. Absolute numbers depend on the machine; the ratio to the
static file is what to compare between commits. Also reports the SQL queries per page
and the memory of the gunicorn worker.

    make bench            (or: .venv/bin/python bench/run.py --seconds 5)
"""

import argparse
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
PAGES = [
    "/",
    "/buendnisse/",
    "/buendnisse/?q=kassel",
    "/buendnisse/kassel/",
    "/buendnisse/kassel/ueber-uns/",
    "/buendnisse/kreis-unna/partner/",
    "/buendnisse/kreis-unna/projekte/",
    "/buendnisse/kreis-unna/projekte/familienpatenschaften/",
    "/buendnisse/kassel/kontakt/",
    "/buendnisse/kassel/drucken/",
]
STATIC_COPY = "/static/bench/kassel.html"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=env, check=True, capture_output=True
    )


def hammer(port, path, seconds, connections):
    """Requests per second with `connections` keep-alive clients, each in a thread."""
    counts = [0] * connections
    errors = [0] * connections
    deadline = time.monotonic() + seconds

    def client(index):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while time.monotonic() < deadline:
            connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
            response = connection.getresponse()
            response.read()
            if response.status == 200:
                counts[index] += 1
            else:
                errors[index] += 1
        connection.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    return sum(counts) / elapsed, sum(errors)


def rss_kib(pid):
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1))


def query_counts(env):
    code = (
        "import json, django; django.setup();"
        "from django.db import connection; from django.test import Client;"
        "from django.test.utils import CaptureQueriesContext;"
        "client = Client(); counts = {};\n"
        f"for path in {PAGES!r}:\n"
        "    with CaptureQueriesContext(connection) as queries:\n"
        "        client.get(path)\n"
        "    counts[path] = len(queries)\n"
        "print(json.dumps(counts))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5, help="per page (default 5)")
    parser.add_argument("--connections", type=int, default=4, help="parallel clients (default 4)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    options = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="buendnis-bench-"))
    env = {
        **os.environ,
        "ENV_FILE": str(work / "none.env"),
        "DATABASE_URL": f"sqlite:///{work / 'db.sqlite3'}",
        "MEDIA_ROOT": str(work / "media"),
        "STATIC_ROOT": str(work / "static"),
        "SECRET_KEY": "bench-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SERVE_MEDIA": "true",
        "LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    server = None
    try:
        run({**env, "DEBUG": "true"}, "migrate", "--no-input")
        run({**env, "DEBUG": "true"}, "load_demo")
        run({**env, "DEBUG": "false"}, "collectstatic", "--no-input")
        prod = {**env, "DEBUG": "false"}
        port = free_port()
        server = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("gunicorn")),
                "config.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(options.workers),
                "--no-control-socket",
            ],
            cwd=PROJECT,
            env=prod,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                connection.request("GET", "/impressum/")
                connection.getresponse().read()
                break
            except OSError:
                time.sleep(0.2)
        # The same HTML as the alliance home, served by whitenoise as a static file.
        connection.request("GET", "/buendnisse/kassel/")
        html = connection.getresponse().read()
        (work / "static" / "bench").mkdir(parents=True)
        (work / "static" / "bench" / "kassel.html").write_bytes(html)
        server.terminate()
        server.wait()
        server = subprocess.Popen(
            server.args, cwd=PROJECT, env=prod, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(2)

        print(
            f"{options.connections} Verbindungen, {options.seconds:g} s je Seite, "
            f"{options.workers} gunicorn-Worker, {os.cpu_count()} Kerne\n"
        )
        static_rate, _ = hammer(port, STATIC_COPY, options.seconds, options.connections)
        queries = query_counts({**env, "DEBUG": "false", "ALLOWED_HOSTS": "testserver"})
        print(f"{'Seite':58} {'Anfr./s':>8} {'vs. statisch':>12} {'SQL':>4}")
        print(
            f"{STATIC_COPY + ' (gleiches HTML, statisch)':58} {static_rate:8.0f} {1:12.2f} {'–':>4}"
        )
        for path in PAGES:
            rate, errors = hammer(port, path, options.seconds, options.connections)
            note = f"  ({errors} Fehler)" if errors else ""
            print(f"{path:58} {rate:8.0f} {rate / static_rate:12.2f} {queries[path]:4d}{note}")
        workers = subprocess.run(
            ["pgrep", "-P", str(server.pid)], capture_output=True, text=True
        ).stdout.split()
        memory = [rss_kib(int(pid)) / 1024 for pid in workers]
        print(f"\nSpeicher je gunicorn-Worker (RSS): {', '.join(f'{m:.0f} MiB' for m in memory)}")
    finally:
        if server is not None:
            server.terminate()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

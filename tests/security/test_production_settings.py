"""The README's production setup passes Django's deployment checks as written."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from core.documents import MAX_DOCUMENT_SIZE
from core.images import MAX_FILE_SIZE

PROJECT = Path(__file__).resolve().parent.parent.parent
README = (PROJECT / "README.md").read_text()


def readme_production_exports():
    section = README.split("## Betrieb mit gunicorn und PostgreSQL", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line.startswith("export ")]


def run_with_readme_variables(tmp_path, command):
    """`command` in a shell that has run exactly the README's `export` lines, and nothing
    else from this environment but the paths a test needs."""
    static_root = tmp_path / "static"
    static_root.mkdir()
    # What `collectstatic` leaves behind (test_static_check.py runs the real one).
    (static_root / "staticfiles.json").write_text(json.dumps({"paths": {}, "version": "1.1"}))
    script = "\n".join([*readme_production_exports(), f"exec {command}"])
    return subprocess.run(
        [shutil.which("bash"), "-c", script],
        cwd=PROJECT,
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "ENV_FILE": str(tmp_path / "no.env"),
            "STATIC_ROOT": str(static_root),
        },
        capture_output=True,
        text=True,
    )


def test_production_settings_readme_variables_pass_check_deploy(tmp_path):
    result = run_with_readme_variables(
        tmp_path, f"{sys.executable} manage.py check --deploy --fail-level WARNING"
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout == "System check identified no issues (1 silenced).\n"


def test_production_settings_hsts_comes_from_the_environment(tmp_path):
    script = (
        "from django.conf import settings; print(settings.SECURE_HSTS_SECONDS,"
        " settings.SECURE_HSTS_INCLUDE_SUBDOMAINS, settings.SECURE_HSTS_PRELOAD,"
        " settings.SECURE_SSL_REDIRECT, settings.TRUSTED_PROXY_COUNT)"
    )
    result = run_with_readme_variables(
        tmp_path,
        f"env SECURE_HSTS_PRELOAD=true {sys.executable} -c "
        f"'import django; django.setup(); {script}'",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout == "31536000 True True True 1\n"


def test_production_settings_nginx_example_lets_the_largest_upload_through():
    sizes = re.findall(r"client_max_body_size (\d+)m;", README)

    assert sizes, "the nginx example sets client_max_body_size"
    assert all(int(size) * 1024 * 1024 > max(MAX_FILE_SIZE, MAX_DOCUMENT_SIZE) for size in sizes)

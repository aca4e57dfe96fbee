"""Production without `collectstatic`: a clear German error at start, not a 500 on every page."""

import json
import subprocess
import sys
from pathlib import Path

from django.core import checks
from django.test import override_settings

from tests.test_production import PROJECT, manage, production_env

MANIFEST_STORAGE = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
ADVICE = "python manage.py collectstatic"


def run_static_check():
    return checks.run_checks(tags=[checks.Tags.staticfiles], include_deployment_checks=True)


def test_static_check_reports_a_missing_manifest(tmp_path):
    with override_settings(STORAGES=MANIFEST_STORAGE, STATIC_ROOT=tmp_path):
        errors = run_static_check()

    assert [error.id for error in errors] == ["core.E001"]
    assert errors[0].level == checks.ERROR
    assert str(tmp_path / "staticfiles.json") in errors[0].msg
    assert ADVICE in errors[0].hint


def test_static_check_accepts_a_collected_manifest(tmp_path):
    (tmp_path / "staticfiles.json").write_text(json.dumps({"paths": {}, "version": "1.1"}))

    with override_settings(STORAGES=MANIFEST_STORAGE, STATIC_ROOT=tmp_path):
        errors = run_static_check()

    assert errors == []


def test_static_check_ignores_storages_without_a_manifest(tmp_path):
    with override_settings(STATIC_ROOT=tmp_path):  # the test settings: plain static files
        errors = run_static_check()

    assert errors == []


def start_env(tmp_path):
    """Production (DEBUG off) with an empty STATIC_ROOT: nothing collected yet."""
    (tmp_path / "static").mkdir()
    return production_env(tmp_path, SECRET_KEY="x" * 50, ALLOWED_HOSTS="127.0.0.1")


def test_static_check_gunicorn_refuses_to_start_without_collectstatic(tmp_path):
    result = subprocess.run(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "--bind",
            "127.0.0.1:0",
            "--workers",
            "1",
            "--no-control-socket",
            "config.wsgi",
        ],
        cwd=PROJECT,
        env=start_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=30,  # a server that starts does not stop: this is the failure
    )

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "Die statischen Dateien sind nicht gesammelt" in result.stderr
    assert ADVICE in result.stderr


def test_static_check_collectstatic_still_runs_and_then_the_application_starts(tmp_path):
    env = start_env(tmp_path)

    collected = manage(env, "collectstatic", "--no-input")
    started = subprocess.run(
        [sys.executable, "-c", "import config.wsgi"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
    )

    assert collected.returncode == 0, collected.stderr
    assert (tmp_path / "static" / "staticfiles.json").is_file()
    assert started.returncode == 0, started.stderr

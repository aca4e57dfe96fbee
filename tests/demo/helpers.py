"""What the demo tests look at: the demo's models and files, and the text of a PDF."""

import datetime
import shutil
import subprocess
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model

DEMO_APPS = ["buendnisse", "partners", "projects", "contacts", "news"]
BERLIN = ZoneInfo("Europe/Berlin")
LOADED_AT = datetime.datetime(2026, 3, 20, 9, 0, tzinfo=BERLIN)  # a Friday, before summer time

PDFTOTEXT = shutil.which("pdftotext")
requires_pdftotext = pytest.mark.skipif(
    PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed"
)


def pdf_text(path):
    return subprocess.run(
        [PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def demo_models():
    return [
        *(model for app in DEMO_APPS for model in apps.get_app_config(app).get_models()),
        get_user_model(),
    ]


def media_files(media_root):
    return {
        str(path.relative_to(media_root)): path.read_bytes()
        for path in sorted(media_root.rglob("*"))
        if path.is_file()
    }

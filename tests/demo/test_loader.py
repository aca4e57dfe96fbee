"""The load_demo command itself, each test on an empty database of its own."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from buendnisse.models import Alliance, Milestone
from demo.management.commands.load_demo import text_pdf
from news.models import Event
from tests.demo.helpers import (
    DEMO_APPS,
    LOADED_AT,
    demo_models,
    media_files,
    pdf_text,
    requires_pdftotext,
)

pytestmark = pytest.mark.django_db


def load_demo():
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    return output.getvalue()


def test_load_demo_twice_changes_nothing(settings, media_root):
    settings.DEBUG = True
    load_demo()
    counts = {model.__name__: model.objects.count() for model in demo_models()}
    data = io.StringIO()
    call_command("dumpdata", *DEMO_APPS, "auth", stdout=data)
    files = media_files(media_root)

    load_demo()
    data_again = io.StringIO()
    call_command("dumpdata", *DEMO_APPS, "auth", stdout=data_again)

    assert {model.__name__: model.objects.count() for model in demo_models()} == counts
    assert data_again.getvalue() == data.getvalue()
    assert media_files(media_root) == files
    assert Milestone.objects.count() == 11


def test_load_demo_without_debug_refuses(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="DEBUG=true"):
        load_demo()

    assert Alliance.objects.count() == 0
    assert get_user_model().objects.count() == 0


def test_load_demo_again_later_moves_its_dates_instead_of_adding(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setattr(timezone, "now", lambda: LOADED_AT)
    load_demo()
    count = Event.objects.count()
    monkeypatch.setattr(timezone, "now", lambda: LOADED_AT + datetime.timedelta(days=100))

    load_demo()

    assert Event.objects.count() == count
    assert Event.objects.filter(alliance__slug="kassel").upcoming().count() == 3


@requires_pdftotext
def test_text_pdf_german_characters_survive(tmp_path):
    path = tmp_path / "probe.pdf"
    path.write_bytes(text_pdf("Straße „Bündnis“ – Größe", ["Äpfel (und) Birnen \\ 5 €"]))

    lines = [line for line in pdf_text(path).splitlines() if line.strip("\f")]

    assert lines == ["Straße „Bündnis“ – Größe", "Äpfel (und) Birnen \\ 5 €"]

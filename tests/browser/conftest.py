"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server."""

import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command

from contacts.models import ContactPerson
from partners.models import Membership, Partner
from places.loading import ensure_places_loaded
from projects.models import Project
from tests.factories import make_alliance, make_image

# Playwright's sync API keeps an event loop running in the test thread, and Django
# refuses database queries from a thread with a running loop.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    """Without Chromium, skip the browser tests and say why (in CI a skip fails the run)."""
    if shutil.which(CHROMIUM):
        return
    skip = pytest.mark.skip(
        reason=f"Chromium nicht gefunden: {CHROMIUM} – apt-get install chromium "
        "oder CHROMIUM_PATH auf den Browser setzen"
    )
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_FLAGS}


@pytest.fixture
def pdf_text(tmp_path):
    """Print the page to an A4 PDF as the browser prints it; its size and its text."""
    pdfinfo, pdftotext = shutil.which("pdfinfo"), shutil.which("pdftotext")
    if not (pdfinfo and pdftotext):
        pytest.skip("pdftotext/pdfinfo nicht gefunden – apt-get install poppler-utils")

    def print_to_pdf(page):
        pdf = tmp_path / "seite.pdf"
        page.emulate_media(media="print")
        page.pdf(path=pdf, format="A4")
        info = subprocess.run([pdfinfo, pdf], capture_output=True, check=True, text=True)
        text = subprocess.run([pdftotext, pdf, "-"], capture_output=True, check=True, text=True)
        size = next(line for line in info.stdout.splitlines() if line.startswith("Page size:"))
        return " ".join(size.split()), " ".join(text.stdout.split())

    return print_to_pdf


@pytest.fixture
def demo(settings, transactional_db):
    """The demo content of load_demo: the four alliances with their real texts."""
    ensure_places_loaded()  # the demo's areas; an earlier browser test emptied every table
    settings.DEBUG = True  # load_demo refuses to run without it
    call_command("load_demo", stdout=io.StringIO())
    settings.DEBUG = False


@pytest.fixture
def kassel(transactional_db):
    """An alliance with a logo, a lead image, a project with a partner and a contact."""
    alliance = make_alliance(
        "kassel",
        name="Kasseler Bündnis für Familie",
        motto="Ein starkes Netz für Familien",
        introduction="<p>Seit 2004 machen viele Partner Kassel familienfreundlicher.</p>",
        website="https://www.kassel.de/familie",
        accent_color="#8A1538",
        easy_language="<h3>Wer sind wir?</h3><p>Wir sind das Kasseler Bündnis für Familie.</p>",
    )
    alliance.logo = make_image(alliance, alt_text="Logo des Bündnisses", credit="© Stadt Kassel")
    alliance.lead_image = make_image(
        alliance, alt_text="Blick in den Magistratssaal", credit="© Stadt Kassel; Foto: Soremski"
    )
    alliance.save()
    ihk = Partner.objects.create(
        name="IHK Kassel-Marburg", slug="ihk", website="https://www.ihk.de/kassel/"
    )
    Membership.objects.create(alliance=alliance, partner=ihk, since=2004, is_founding_member=True)
    project = Project.objects.create(
        alliance=alliance,
        title="Familie Willkommen",
        slug="familie-willkommen",
        teaser="Familienfreundliche Geschäfte und Anlaufstellen für Kinder.",
        body="<p>Die IHK und der Kinderschutzbund führen die Aktion weiter.</p>",
        start_year=2008,
        image=make_image(
            alliance, alt_text="Aufkleber „Familie Willkommen“", credit="© IHK Kassel-Marburg"
        ),
    )
    project.partners.add(ihk)
    ContactPerson.objects.create(
        alliance=alliance,
        first_name="Annekathrin",
        last_name="Schneider",
        institution="Stadt Kassel",
        department="Jugendamt",
        street="Obere Königstraße 8",
        postcode="34117",
        city="Kassel",
        phone="0561 000-0000",
        fax="0561 000-0001",
        email="ansprechperson@example.org",
        transit_url="https://www.nvv.de/fahrplanauskunft",
    )
    return alliance

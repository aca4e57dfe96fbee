"""The print view of every public page: same path plus `drucken/`, same content, paper layout."""

import datetime
import re

import pytest
from django.conf import settings
from django.utils import timezone

from contacts.models import ContactPerson
from partners.models import Membership, Partner
from projects.models import Project
from tests.factories import make_image

PRINTED_AT = datetime.datetime(2026, 11, 23, 10, 0, tzinfo=datetime.UTC)

PAGES = [
    ("/", '<h1 id="hero-title">Lokale Bündnisse für Familie</h1>'),
    ("/buendnisse/", "<h1>Bündnis finden</h1>"),
    ("/buendnisse/kassel/", "<h1>Kasseler Bündnis für Familie</h1>"),
    ("/buendnisse/kassel/ueber-uns/", "<h1>Über uns</h1>"),
    ("/buendnisse/kassel/partner/", "<h1>Unsere Partner</h1>"),
    ("/buendnisse/kassel/projekte/", "<h1>Projekte</h1>"),
    ("/buendnisse/kassel/projekte/familienkalender/", "<h1>Familienkalender</h1>"),
    ("/buendnisse/kassel/kontakt/", "<h1>Kontakt</h1>"),
    ("/buendnisse/kassel/mitmachen/", "<h1>Mitmachen</h1>"),
    ("/impressum/", "<h1>Impressum</h1>"),
    ("/datenschutz/", "<h1>Datenschutz</h1>"),
    ("/barrierefreiheit/", "<h1>Erklärung zur Barrierefreiheit</h1>"),
    ("/leichte-sprache/", "<h1>Leichte Sprache</h1>"),
]
PATHS = [path for path, _heading in PAGES]


@pytest.fixture
def kassel(kassel, monkeypatch):
    """Kassel with a logo, a partner, a project and a contact, printed at PRINTED_AT."""
    monkeypatch.setattr(timezone, "now", lambda: PRINTED_AT)
    kassel.goals = "<p>Kassel familienfreundlicher machen.</p>"
    kassel.website = "https://www.kassel.de/familie"
    kassel.logo = make_image(
        kassel, alt_text="Logo des Kasseler Bündnisses", credit="© Stadt Kassel (Logo)"
    )
    kassel.save()
    ihk = Partner.objects.create(name="IHK Kassel-Marburg", slug="ihk", website="https://ihk.de/")
    Membership.objects.create(alliance=kassel, partner=ihk, since=2004)
    project = Project.objects.create(
        alliance=kassel,
        title="Familienkalender",
        slug="familienkalender",
        teaser="Jedes Jahr neu: Termine und Tipps für Familien.",
        body="<p>Der Kalender erscheint jährlich.</p>",
        image=make_image(kassel, alt_text="Titelblatt des Kalenders", credit="© Stadt Kassel"),
    )
    project.partners.add(ihk)
    ContactPerson.objects.create(
        alliance=kassel,
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
    )
    return kassel


def nav_labels(html):
    return re.findall(r'<nav[^>]*aria-label="([^"]*)"', html)


@pytest.mark.parametrize(("path", "heading"), PAGES)
def test_print_view_shows_content_in_print_layout(client, kassel, path, heading):
    response = client.get(path + "drucken/")

    assert heading in response.text
    assert '<body class="print-page' in response.text
    assert "Stand: 23. November 2026 · Quelle: " in response.text
    assert (
        f'<a class="url" href="http://testserver{path}">http://testserver{path}</a>'
        in response.text
    )


@pytest.mark.parametrize("path", PATHS)
def test_print_view_is_not_for_search_engines(client, kassel, path):
    response = client.get(path + "drucken/")

    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in response.text


@pytest.mark.parametrize("path", PATHS)
def test_print_view_has_no_navigation_search_or_footer(client, kassel, path):
    response = client.get(path + "drucken/")

    expected_navs = ["Auf dieser Seite"] if path.endswith("/ueber-uns/") else []
    assert nav_labels(response.text) == expected_navs
    for clutter in ["skip-link", "site-header", "site-footer", "page-bar", "print-link"]:
        assert f'class="{clutter}' not in response.text, clutter
    assert "Anmeldung für die Redaktion" not in response.text


@pytest.mark.parametrize("path", PATHS)
def test_print_view_buttons_need_javascript_and_hint_works_without(client, kassel, path):
    response = client.get(path + "drucken/")

    assert (
        "<span data-print-hint> – drucken Sie diese Seite mit dem Druckbefehl Ihres Browsers"
        in response.text
    )
    assert '<button class="button" type="button" data-print hidden>Seite drucken</button>' in (
        response.text
    )
    assert (
        f'<a class="button button--secondary" href="http://testserver{path}" data-close>'
        "Seite schließen</a>" in response.text
    )
    assert '<script src="/static/js/print.js" defer></script>' in response.text


@pytest.mark.parametrize("path", PATHS)
def test_public_page_links_to_its_print_view(client, kassel, path):
    response = client.get(path)

    assert re.search(rf'<a href="{path}drucken/" rel="nofollow">.*Drucken</a>', response.text)
    assert '<link rel="stylesheet" href="/static/css/print.css" media="print">' in response.text
    assert "X-Robots-Tag" not in response.headers
    assert '<meta name="robots"' not in response.text


def test_print_view_has_no_print_link_of_its_own(client, kassel):
    response = client.get("/buendnisse/kassel/drucken/")

    assert "drucken/drucken/" not in response.text
    assert 'class="print-link"' not in response.text


def test_print_view_alliance_page_has_name_logo_and_contact_block(client, kassel):
    response = client.get("/buendnisse/kassel/projekte/familienkalender/drucken/")

    assert '<p class="print-masthead__name">Kasseler Bündnis für Familie</p>' in response.text
    assert 'alt="Logo des Kasseler Bündnisses" width="40" height="30">' in response.text
    assert '<p class="print-credit">Logo: © Stadt Kassel (Logo)</p>' in response.text
    contact = re.search(r"<address>(.*?)</address>", response.text, re.DOTALL)[1]
    assert " ".join(contact.split()) == (
        "<strong>Annekathrin Schneider</strong> (Ansprechperson) "
        "<br>Stadt Kassel, Jugendamt <br>Obere Königstraße 8, 34117 Kassel "
        "<br>Telefon 0561 000-0000<br>Telefax 0561 000-0001<br>E-Mail ansprechperson@example.org"
    )
    assert (
        'Website: <a class="url" href="https://www.kassel.de/familie">'
        "https://www.kassel.de/familie</a>" in response.text
    )


def test_print_view_contact_block_is_the_first_published_contact(client, kassel):
    ContactPerson.objects.create(
        alliance=kassel, first_name="Nicht", last_name="Öffentlich", order=0, is_published=False
    )
    ContactPerson.objects.create(alliance=kassel, position="Familienbüro", order=5)

    response = client.get("/buendnisse/kassel/partner/drucken/")

    assert "<strong>Annekathrin Schneider</strong>" in response.text
    assert "Öffentlich" not in response.text
    assert "Familienbüro" not in response.text


@pytest.mark.parametrize(
    "path",
    ["/buendnisse/kassel/", "/buendnisse/kassel/kontakt/", "/buendnisse/kassel/mitmachen/"],
)
def test_print_view_page_showing_the_contact_has_no_second_contact_block(client, kassel, path):
    response = client.get(path + "drucken/")

    assert 'class="print-contact"' not in response.text
    assert len(re.findall(r"<h[23]>Annekathrin Schneider</h[23]>", response.text)) == 1


def test_print_view_network_page_shows_site_and_operator(client, kassel, settings):
    settings.SITE_OPERATOR = "Stadt Musterhausen, Familienbüro"
    settings.SITE_OPERATOR_ADDRESS = "Markt 1, 12345 Musterhausen"

    response = client.get("/drucken/")

    assert '<p class="print-masthead__name">Bündnisportal</p>' in response.text
    assert (
        "<address>Stadt Musterhausen, Familienbüro<br>Markt 1, 12345 Musterhausen<br>"
        in response.text
    )


def test_print_view_leaves_links_as_they_are_and_paper_shows_only_targets_outside(client, kassel):
    response = client.get("/buendnisse/kassel/drucken/")
    print_css = (settings.BASE_DIR / "static/css/print.css").read_text()

    # The HTML is the page's own; print.css writes out only where links leave the site.
    assert '<a href="/buendnisse/kassel/projekte/familienkalender/">Familienkalender</a>' in (
        response.text
    )
    assert re.findall(r"a\[href[^\]]*\]::after", print_css) == ['a[href^="http"]::after']
    assert 'src="/media/' in response.text


def test_print_view_keeps_image_credits(client, kassel):
    response = client.get("/buendnisse/kassel/projekte/drucken/")

    assert 'alt="Titelblatt des Kalenders"' in response.text
    assert '<span class="credit">© Stadt Kassel</span>' in response.text


def test_print_view_of_search_results_keeps_the_search(client, kassel):
    normal = client.get("/buendnisse/", {"q": "kassel", "land": "HE"})
    printed = client.get("/buendnisse/drucken/", {"q": "kassel", "land": "HE"})

    assert '<a href="/buendnisse/drucken/?q=kassel&amp;land=HE" rel="nofollow">' in normal.text
    covering = printed.context["answer"]["covering"]
    assert [alliance.slug for alliance in covering.object_list] == ["kassel"]
    assert '<p class="print-only">Ihre Suche: „kassel“, Hessen</p>' in printed.text
    assert 'Quelle: <a class="url" href="http://testserver/buendnisse/?q=kassel&amp;land=HE">' in (
        printed.text
    )


def test_print_view_date_is_the_local_date(client, kassel, monkeypatch):
    late_evening_utc = datetime.datetime(2026, 11, 23, 23, 30, tzinfo=datetime.UTC)
    monkeypatch.setattr(timezone, "now", lambda: late_evening_utc)

    response = client.get("/impressum/drucken/")

    assert "Stand: 24. November 2026" in response.text


def test_print_view_only_at_the_end_of_a_page_path(client, kassel):
    assert client.get("/buendnisse/kassel/drucken/kontakt/").status_code == 404
    assert client.get("/buendnisse/kassel/kontakt/drucken/drucken/").status_code == 404


@pytest.mark.parametrize("path", [*PATHS, *(path + "drucken/" for path in PATHS)])
def test_page_has_no_inline_script_or_style(client, kassel, path):
    """A strict Content-Security-Policy stays possible: scripts and styles come from files."""
    response = client.get(path)

    # Scripts come from files; JSON-LD (type="application/ld+json") is data, not run.
    scripts = re.findall(
        r"<script(?![^>]*\b(?:src=|type=\"application/ld\+json\"))[^>]*>", response.text
    )
    assert scripts == []
    assert re.findall(r"<style\b|\sstyle=", response.text) == []


@pytest.mark.parametrize("path", PATHS)
def test_normal_page_prints_its_date_and_source_too(client, kassel, path):
    """Printed straight from the browser (print.css shows the line only on paper)."""
    response = client.get(path)

    assert (
        '<p class="print-only print-source wrap">'
        f"Stand: 23. November 2026 · Quelle: http://testserver{path}</p>"
    ) in response.text

import re

import pytest


@pytest.mark.parametrize(
    ("url", "heading"),
    [
        ("/impressum/", "<h1>Impressum</h1>"),
        ("/datenschutz/", "<h1>Datenschutz</h1>"),
        ("/barrierefreiheit/", "<h1>Erklärung zur Barrierefreiheit</h1>"),
    ],
)
def test_legal_pages_show_operator_from_settings(client, settings, url, heading):
    settings.SITE_OPERATOR = "Stadt Musterhausen, Familienbüro"
    settings.SITE_OPERATOR_EMAIL = "familie@musterhausen.example.org"

    response = client.get(url)

    assert heading in response.text
    assert "familie@musterhausen.example.org" in response.text


def test_legal_pages_are_linked_from_every_footer(client, db):
    response = client.get("/")

    assert '<a href="/impressum/">Impressum</a>' in response.text
    assert '<a href="/datenschutz/">Datenschutz</a>' in response.text
    assert '<a href="/barrierefreiheit/">Barrierefreiheit</a>' in response.text


def test_legal_pages_accessibility_statement_names_checks_and_limits(client, db):
    response = client.get("/barrierefreiheit/")

    assert re.findall(r'<h2 id="[a-z]+-title">([^<]*)</h2>', response.text) == [
        "Stand der Vereinbarkeit",
        "Wie wir prüfen",
        "Was noch nicht barrierefrei ist",
        "Barrieren melden",
        "Schlichtungsverfahren",
    ]
    assert re.findall(r"<li><strong>([^<]*)</strong>", response.text) == [
        "axe-core",
        "axe-core",
        "Tastatur:",
        "Darstellung:",
    ]
    assert "Nu HTML Checker" in response.text
    assert '<a href="/leichte-sprache/">Leichte Sprache</a>' in response.text

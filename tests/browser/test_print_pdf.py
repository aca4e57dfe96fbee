"""Printing, as Chromium does it: print views and normal pages to A4 PDFs, read back as text."""

import pytest
from playwright.sync_api import expect

A4 = "Page size: 595.92 x 842.88 pts (A4)"
# Navigation, search, footer and buttons: none of it belongs on paper.
CLUTTER = [
    "Zum Inhalt springen",
    "Bündnis finden",
    "Startseite",
    "Über uns",
    "Mitmachen",
    "Impressum",
    "Datenschutz",
    "Anmeldung für die Redaktion",
    "Drucken",
    "Seite drucken",
    "Seite schließen",
    "Druckansicht",
    "Kontakt speichern",
]
CONTACT = [
    "Annekathrin Schneider",
    "Stadt Kassel",
    "Obere Königstraße 8",
    "34117 Kassel",
    "0561 000-0000",
    "0561 000-0001",
    "ansprechperson@example.org",
]


def clutter_in(text):
    return [word for word in CLUTTER if word in text]


def squeezed(text):
    """Without any white space: long addresses wrap anywhere on paper."""
    return "".join(text.split())


def test_print_pdf_alliance_home_holds_content_and_contact(live_server, kassel, page, pdf_text):
    page.goto(f"{live_server.url}/buendnisse/kassel/drucken/")

    size, text = pdf_text(page)

    assert size == A4
    assert text.startswith("Kasseler Bündnis für Familie Kassel · Hessen · auf Bündnisportal ")
    assert squeezed(f"Quelle: {live_server.url}/buendnisse/kassel/") in squeezed(text)
    assert "Stand: " in text
    assert "Ein starkes Netz für Familien" in text
    assert "Seit 2004 machen viele Partner Kassel familienfreundlicher." in text
    assert "© Stadt Kassel; Foto: Soremski" in text
    # Targets are written out for links that leave the site, not for the site's own.
    assert "Familie Willkommen" in text
    assert "/buendnisse/kassel/projekte/familie-willkommen/" not in text
    assert [item for item in CONTACT if item not in text] == []
    assert "Fahrplanauskunft (https://www.nvv.de/fahrplanauskunft)" in text
    assert clutter_in(text) == []


def test_print_pdf_project_page_holds_content_and_contact(live_server, kassel, page, pdf_text):
    page.goto(f"{live_server.url}/buendnisse/kassel/projekte/familie-willkommen/drucken/")

    size, text = pdf_text(page)

    assert size == A4
    assert "Familie Willkommen Familienfreundliche Geschäfte und Anlaufstellen für Kinder." in text
    assert "Die IHK und der Kinderschutzbund führen die Aktion weiter." in text
    assert "© IHK Kassel-Marburg" in text
    assert "IHK Kassel-Marburg (https://www.ihk.de/kassel/)" in text
    assert "Kontakt zum Bündnis Annekathrin Schneider (Ansprechperson)" in text
    assert [item for item in CONTACT if item not in text] == []
    assert "Website: https://www.kassel.de/familie" in text
    assert "Logo: © Stadt Kassel" in text
    assert clutter_in(text) == []


def test_print_pdf_contact_page_holds_contact_data(live_server, kassel, page, pdf_text):
    page.goto(f"{live_server.url}/buendnisse/kassel/kontakt/drucken/")

    size, text = pdf_text(page)

    assert size == A4
    assert squeezed(f"Quelle: {live_server.url}/buendnisse/kassel/kontakt/") in squeezed(text)
    assert "Kontakt Annekathrin Schneider Ansprechperson Institution Stadt Kassel" in text
    assert [item for item in CONTACT if item not in text] == []
    assert text.count("Annekathrin Schneider") == 1
    assert clutter_in(text) == []


def test_print_direct_normal_page_hides_navigation(live_server, kassel, page, pdf_text):
    page.goto(f"{live_server.url}/buendnisse/kassel/")

    size, text = pdf_text(page)

    for selector in [".skip-link", ".site-nav", ".alliance-nav", ".breadcrumbs", ".print-link"]:
        expect(page.locator(selector)).to_be_hidden()
    expect(page.locator(".site-footer")).to_be_hidden()
    expect(page.locator(".contact-card .button")).to_be_hidden()
    assert size == A4
    assert "Kasseler Bündnis für Familie" in text
    assert "Seit 2004 machen viele Partner Kassel familienfreundlicher." in text
    assert [item for item in CONTACT if item not in text] == []
    assert clutter_in(text) == []


@pytest.mark.parametrize("path", ["/buendnisse/kassel/", "/buendnisse/kassel/drucken/"])
def test_print_css_black_on_white_keeps_headings_and_images_whole(live_server, kassel, page, path):
    page.goto(live_server.url + path)
    page.emulate_media(media="print")

    style = page.evaluate(
        """() => {
          const css = (selector) => getComputedStyle(document.querySelector(selector));
          return {
            text: css("main p").color,
            heading: css("main h2").color,
            background: css("body").backgroundColor,
            headingBreak: css("main h2").breakAfter,
            figureBreak: css("main figure").breakInside,
            cardBreak: css(".contact-card").breakInside,
          };
        }"""
    )

    assert style == {
        "text": "rgb(0, 0, 0)",
        "heading": "rgb(0, 0, 0)",
        "background": "rgb(255, 255, 255)",
        "headingBreak": "avoid",
        "figureBreak": "avoid",
        "cardBreak": "avoid",
    }

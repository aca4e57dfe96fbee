"""News, dates and the network pages in Chromium: on paper, accessible, within the CSP."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from buendnisse.models import FieldOfAction
from news.models import AllianceOfTheMonth
from tests.factories import make_event, make_image, make_news

A4 = "Page size: 595.92 x 842.88 pts (A4)"
BERLIN = ZoneInfo("Europe/Berlin")
# Sharing, subscribing and navigation: none of it belongs on paper.
CLUTTER = [
    "Weitersagen",
    "Facebook",
    "WhatsApp",
    "Adresse dieser Seite",
    "Adresse kopieren",
    "Abonnieren",
    "Bündnis finden",
    "Drucken",
    "Seite drucken",
]


@pytest.fixture
def news(kassel):
    item = make_news(
        kassel,
        slug="zehn-jahre",
        title="10 Jahre Kasseler Bündnis für Familie",
        teaser="Eine positive Zwischenbilanz.",
        body="<h2>Viele Ideen umgesetzt</h2><p>Kassel ist von Beginn an mit dabei.</p>",
        image=make_image(
            kassel, alt_text="Magistratssaal", credit="© Stadt Kassel; Foto: Soremski"
        ),
    )
    item.projects.add(kassel.projects.get())
    kassel.projects.get().fields_of_action.add(
        FieldOfAction.objects.create(name="Wohnen und Leben", slug="wohnen-und-leben")
    )
    make_news(None, slug="fachkongress", title="Zentraler Fachkongress")
    make_event(None, slug="kongress", title="Fachkongress")
    make_event(
        kassel,
        slug="vorbei",
        starts_at=datetime.datetime(2020, 5, 5, 18, tzinfo=BERLIN),
        ends_at=datetime.datetime(2020, 5, 5, 20, tzinfo=BERLIN),
    )
    AllianceOfTheMonth.objects.create(
        alliance=kassel, month=datetime.date(2019, 7, 1), text="Ein starkes Netz."
    )
    make_event(
        kassel,
        slug="familientag",
        title="Familientag",
        all_day=True,
        starts_at=datetime.datetime(2099, 6, 13, tzinfo=BERLIN),
        city="Kassel",
        registration_url="https://example.org/anmeldung",
    )
    return item


@pytest.mark.parametrize(
    "path",
    [
        "/buendnisse/kassel/aktuelles/zehn-jahre/",
        "/buendnisse/kassel/aktuelles/zehn-jahre/drucken/",
    ],
)
def test_print_pdf_news_item_holds_text_credit_and_no_sharing(
    live_server, news, page, pdf_text, path
):
    page.goto(live_server.url + path)

    size, text = pdf_text(page)

    assert size == A4
    assert "10 Jahre Kasseler Bündnis für Familie" in text
    assert "Viele Ideen umgesetzt Kassel ist von Beginn an mit dabei." in text
    assert "© Stadt Kassel; Foto: Soremski" in text
    assert "Familie Willkommen" in text
    assert [word for word in CLUTTER if word in text] == []


@pytest.mark.parametrize(
    "path", ["/buendnisse/kassel/termine/familientag/", "/buendnisse/kassel/termine/"]
)
def test_print_pdf_dates_hold_when_and_where(live_server, news, page, pdf_text, path):
    page.goto(live_server.url + path + "drucken/")

    size, text = pdf_text(page)

    assert size == A4
    assert "Familientag" in text
    assert "Samstag, 13. Juni 2099" in text
    assert [word for word in CLUTTER if word in text] == []


def test_copy_button_copies_the_address(live_server, news, page, context):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page.goto(f"{live_server.url}/buendnisse/kassel/aktuelles/zehn-jahre/")

    page.get_by_role("button", name="Adresse kopieren").click()

    expect(page.get_by_role("status")).to_have_text("Adresse kopiert.")
    assert page.evaluate("navigator.clipboard.readText()") == (
        f"{live_server.url}/buendnisse/kassel/aktuelles/zehn-jahre/"
    )


def test_share_links_make_no_request_to_another_host(live_server, news, page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))

    page.goto(f"{live_server.url}/buendnisse/kassel/aktuelles/zehn-jahre/")
    page.wait_for_load_state("networkidle")

    assert [url for url in requested if not url.startswith(live_server.url)] == []


PAGES = [
    "/aktuelles/",
    "/aktuelles/fachkongress/",
    "/termine/",
    "/termine/archiv/",
    "/termine/kongress/",
    "/projekte/",
    "/projekte/?feld=gibt-es-nicht",  # the error state of the filter
    "/buendnis-des-monats/",
    "/buendnisse/kassel/aktuelles/",
    "/buendnisse/kassel/aktuelles/zehn-jahre/",
    "/buendnisse/kassel/aktuelles/zehn-jahre/drucken/",
    "/buendnisse/kassel/termine/",
    "/buendnisse/kassel/termine/archiv/",
    "/buendnisse/kassel/termine/familientag/",
]


@pytest.mark.parametrize("path", PAGES)
def test_news_pages_axe_finds_no_violation(live_server, news, page, path):
    page.goto(live_server.url + path)

    results = Axe().run(
        page,
        options={
            "runOnly": {
                "type": "tag",
                "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
            }
        },
    )

    assert [
        f"{violation['id']} ({violation['impact']}): {node['target']}"
        for violation in results.response["violations"]
        for node in violation["nodes"]
    ] == []


@pytest.mark.parametrize("path", PAGES)
def test_news_pages_nothing_blocked_by_the_csp(live_server, news, page, path):
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )

    page.goto(live_server.url + path)
    page.wait_for_load_state("networkidle")

    assert violations == []

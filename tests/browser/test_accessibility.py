"""WCAG 2.1 AA, checked by axe-core inside Chromium on every kind of public page."""

import pytest
from axe_playwright_python.sync_playwright import Axe

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
PAGES = [
    "/",
    "/buendnisse/",
    "/buendnisse/?q=kassel&land=HE",
    "/buendnisse/?land=XX",  # the error state of the search form
    "/buendnisse/kassel/",
    "/buendnisse/kassel/ueber-uns/",
    "/buendnisse/kassel/partner/",
    "/buendnisse/kassel/projekte/",
    "/buendnisse/kassel/projekte/familie-willkommen/",
    "/buendnisse/kassel/kontakt/",
    "/buendnisse/kassel/mitmachen/",
    "/buendnisse/kassel/drucken/",
    "/buendnisse/kassel/kontakt/drucken/",
    "/impressum/",
    "/datenschutz/",
    "/barrierefreiheit/",
    "/leichte-sprache/",
    "/leichte-sprache/drucken/",
    "/buendnisse/kassel/leichte-sprache/",
]


def describe(violations):
    return [
        f"{violation['id']} ({violation['impact']}): {node['target']}"
        for violation in violations
        for node in violation["nodes"]
    ]


@pytest.mark.parametrize("path", PAGES)
def test_accessibility_axe_finds_no_violation(live_server, kassel, page, path):
    page.goto(live_server.url + path)

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": TAGS}})

    assert describe(results.response["violations"]) == []

"""The finder and the map in Chromium, on a phone (390 px) and a desktop (1280 px): no axe
violation, nothing requested from another host, nothing wider than the screen."""

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from places.loading import ensure_places_loaded
from tests.browser.test_accessibility import TAGS, describe
from tests.factories import make_covering_alliances

VIEWPORTS = {"390px": {"width": 390, "height": 844}, "1280px": {"width": 1280, "height": 900}}
PAGES = [
    "/buendnisse/?q=Bergkamen",  # covered
    "/buendnisse/?q=52062+Aachen",  # the nearest
    "/buendnisse/?q=Frankfurt",  # choices
    "/buendnisse/?q=xyzzy",  # nonsense
    "/karte/",
]


@pytest.fixture
def network(transactional_db):
    ensure_places_loaded()  # an earlier browser test emptied every table
    return make_covering_alliances()


@pytest.fixture(params=list(VIEWPORTS), ids=list(VIEWPORTS))
def screen(request, browser, live_server):
    """A page of the given width that records the host of every request it makes."""
    context = browser.new_context(viewport=VIEWPORTS[request.param])
    page = context.new_page()
    page.hosts = set()
    page.on("request", lambda r: page.hosts.add(urlsplit(r.url).netloc))
    yield page
    context.close()


def assert_clean(page, live_server):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
    assert describe(results.response["violations"]) == []
    assert page.hosts == {urlsplit(live_server.url).netloc}
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("path", PAGES)
def test_finder_and_map_pages_pass_axe_on_this_host_only(live_server, network, screen, path):
    screen.goto(live_server.url + path)

    assert_clean(screen, live_server)


def test_finder_typed_place_answers_with_covering_alliance(live_server, network, screen):
    screen.goto(live_server.url + "/")

    screen.get_by_label("Postleitzahl, Ort, Kreis oder Bundesland").fill("Fröndenberg/Ruhr")
    screen.keyboard.press("Enter")

    screen.wait_for_url("**/buendnisse/?q=*")
    assert "deckt Fröndenberg ab – Kreis Unna" in screen.locator(".finder-answer").inner_text()
    assert_clean(screen, live_server)


def test_map_point_leads_to_the_alliances_portal(live_server, network, screen):
    screen.goto(live_server.url + "/karte/")

    screen.locator(".map svg a", has=screen.locator("title", has_text="Laatzen")).click()

    screen.wait_for_url("**/buendnisse/laatzen/")
    assert screen.locator("h1").inner_text() == "Bündnis für Familie Laatzen"


def test_map_list_gives_screen_readers_the_same_links(live_server, network, screen):
    screen.goto(live_server.url + "/karte/")

    drawn = screen.locator(".map svg a").evaluate_all("links => links.map(a => a.href.baseVal)")
    listed = screen.locator(".map-list a").evaluate_all("links => links.map(a => a.pathname)")
    assert (sorted(drawn), screen.locator(".map svg").get_attribute("aria-hidden")) == (
        sorted(listed),
        "true",
    )

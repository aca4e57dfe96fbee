"""The site search in a browser: typed into the header's box, a demo project found and opened."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.test_accessibility import TAGS, describe


def test_search_finds_a_demo_project_and_opens_it(live_server, demo, page):
    page.goto(live_server.url + "/")

    page.get_by_label("Suche auf Bündnisportal").fill("Familienpatenschaften")
    page.get_by_role("button", name="Suchen").first.click()

    expect(page.locator("h1")).to_have_text("Suche nach „Familienpatenschaften“")
    projects = page.locator("section", has=page.get_by_role("heading", name="Projekte (1)"))
    expect(projects.locator("mark").first).to_have_text("Familienpatenschaften")
    projects.get_by_role("link", name="Familienpatenschaften").click()

    expect(page).to_have_url(
        live_server.url + "/buendnisse/kreis-unna/projekte/familienpatenschaften/"
    )
    expect(page.locator("h1")).to_have_text("Familienpatenschaften")


def test_search_results_work_on_a_phone_and_pass_axe(live_server, demo, page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/")

    page.get_by_label("Suche auf Bündnisportal").fill("Fruehstueck")
    page.keyboard.press("Enter")

    expect(page.locator(".search-results mark").first).to_have_text("Frühstück")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
    assert describe(results.response["violations"]) == []

""" "Mein Bündnis" as a coordinator sees it: from the admin's start page to a part of the
alliance form, a text changed and saved, and on to the public page; on a desktop screen and
on a phone, with axe-core checking the start page and every part of the form."""

import pytest

from buendnisse.models import Alliance
from tests.admin.test_alliance_parts import COORDINATOR_PARTS
from tests.browser.test_admin_accessibility import WIDGETS_BUILT, log_in, violations

SCREENS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


@pytest.mark.parametrize("screen", SCREENS)
def test_my_alliance_coordinator_changes_a_text_and_sees_it_public(
    live_server, demo, browser, screen, tmp_path
):
    page = browser.new_page(viewport=SCREENS[screen], timezone_id="Europe/Berlin")
    log_in(page, live_server.url, "koordination-herzogenrath")
    page.wait_for_url(f"{live_server.url}/admin/")
    page.screenshot(path=tmp_path / f"start-{screen}.png", full_page=True)

    mine = page.locator("#my-alliances")
    assert mine.locator("h2").inner_text() == "Mein Bündnis"
    assert mine.locator("h3").all_inner_texts() == ["Lokales Bündnis für Familie Herzogenrath"]
    assert mine.get_by_role("link", name="keine offenen Anfragen").count() == 1

    mine.get_by_role("link", name="Texte bearbeiten").click()
    page.wait_for_function(WIDGETS_BUILT)
    page.screenshot(path=tmp_path / f"texte-{screen}.png", full_page=True)
    assert page.locator("h1").inner_text() == "Bündnis ändern: Startseite"
    assert page.locator(".form-parts [aria-current=page]").inner_text() == "Startseite"
    page.fill("#id_motto", "Familie gewinnt – in Herzogenrath")
    page.click("input[name=_save]")
    page.wait_for_load_state()

    assert page.url.endswith("?teil=startseite")
    assert page.locator(".messagelist").inner_text() == (
        "„Startseite“ von „Lokales Bündnis für Familie Herzogenrath“ ist gespeichert."
    )
    assert page.input_value("#id_motto") == "Familie gewinnt – in Herzogenrath"

    page.goto(f"{live_server.url}/admin/")
    with page.expect_navigation():
        page.get_by_role("link", name="Öffentliche Seite ansehen").click()
    assert page.url == f"{live_server.url}/buendnisse/herzogenrath/"
    assert "Familie gewinnt – in Herzogenrath" in page.locator("main").inner_text()


def test_my_alliance_start_page_and_every_part_pass_axe(live_server, demo, page):
    alliance = Alliance.objects.get(slug="herzogenrath")
    log_in(page, live_server.url, "koordination-herzogenrath")
    page.wait_for_url(f"{live_server.url}/admin/")
    found = {"/admin/": violations(page)}

    for part in COORDINATOR_PARTS:
        page.goto(f"{live_server.url}/admin/buendnisse/alliance/{alliance.pk}/change/?teil={part}")
        found[part] = violations(page)

    assert {name: problems for name, problems in found.items() if problems} == {}

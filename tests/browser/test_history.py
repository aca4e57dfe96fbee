"""A coordinator undoes an edit through the history, in Chromium: edit the alliance's
introduction, open the history, read the difference, restore the earlier version, and
find the old text on the public page and the restore in the history."""

import os

from axe_playwright_python.sync_playwright import Axe
from django.test import Client
from playwright.sync_api import expect
from reversion.models import Version

from buendnisse.models import Alliance
from tests.browser.test_accessibility import TAGS, describe
from tests.browser.test_admin_accessibility import log_in

ADDED = "Neu: eine Sprechstunde für Familien jeden Dienstag."
SCREENSHOTS = os.environ.get("SCREENSHOT_DIR")


def screenshot(page, name):
    if SCREENSHOTS:
        page.screenshot(path=f"{SCREENSHOTS}/{name}.png", full_page=True)


def axe_violations(page):
    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
    return describe(result.response["violations"])


def test_coordinator_restores_an_earlier_version(live_server, demo, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    admin = f"{live_server.url}/admin/"
    alliance = Alliance.objects.get(slug="herzogenrath")
    original = alliance.introduction
    log_in(page, live_server.url, "koordination-herzogenrath")

    # Edit the introduction and save.
    page.goto(f"{admin}buendnisse/alliance/{alliance.pk}/change/?teil=startseite")
    editor = page.locator(".field-introduction .tiptap")
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" " + ADDED)
    page.locator("input[name='_save']").click()
    expect(page.locator(".messagelist")).to_contain_text("„Startseite“ von")
    alliance.refresh_from_db()
    assert ADDED in alliance.introduction

    # The history: the demo's first version and the edit, newest first.
    page.get_by_role("link", name="Versionen", exact=True).click()
    rows = page.locator("#change-history tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("koordination-herzogenrath")
    expect(rows.nth(0)).to_contain_text("Einleitung geändert")
    expect(rows.nth(1)).to_contain_text("Demo-Inhalte geladen")
    screenshot(page, "history-list")
    assert axe_violations(page) == []

    # The first version against today: the added sentence as an insertion, as text.
    rows.nth(1).get_by_role("link", name="Ansehen und vergleichen").click()
    difference = page.locator(".diff-table")
    expect(difference.locator("th")).to_contain_text(["Feld", "Änderungen", "Einleitung"])
    expect(difference.locator("ins")).to_have_text(ADDED)
    expect(difference).not_to_contain_text("<p>")
    screenshot(page, "version")
    assert axe_violations(page) == []

    # Restore, after a confirmation.
    page.get_by_role("link", name="Diese Version wiederherstellen").click()
    expect(page.locator(".restore-confirm")).to_contain_text("Der jetzige Stand bleibt")
    screenshot(page, "version-confirm")
    page.get_by_role("button", name="Ja, diese Version wiederherstellen").click()
    expect(page.locator(".messagelist")).to_contain_text("wiederhergestellt")
    expect(page.locator("#change-history tbody tr")).to_have_count(3)
    newest = page.locator("#change-history tbody tr").nth(0)
    expect(newest).to_contain_text("Version vom")
    expect(newest).to_contain_text("wiederhergestellt")
    expect(newest).to_contain_text("koordination-herzogenrath")
    screenshot(page, "history-after-restore")

    alliance.refresh_from_db()
    assert alliance.introduction == original
    page.goto(live_server.url + alliance.get_absolute_url())
    expect(page.locator("main")).not_to_contain_text(ADDED)
    public = Client().get(alliance.get_absolute_url())
    assert ADDED not in public.text

    # Another alliance's history and versions are not there for this coordinator.
    kassel = Alliance.objects.get(slug="kassel")
    their_version = Version.objects.get_for_object(kassel).get()
    for path in (
        f"{kassel.pk}/history/{their_version.pk}/",
        f"{alliance.pk}/history/{their_version.pk}/",
    ):
        assert page.goto(f"{admin}buendnisse/alliance/{path}").status == 404
    page.goto(f"{admin}buendnisse/alliance/{kassel.pk}/history/")
    expect(page.locator(".messagelist")).to_contain_text("existiert nicht")

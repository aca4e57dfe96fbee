"""A visitor writes to an alliance through "Machen Sie mit", in Chromium."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from playwright.sync_api import expect

from inquiries.models import Inquiry
from tests.browser.test_accessibility import TAGS, describe
from tests.factories import coordinator_of


@pytest.fixture
def coordination(kassel, settings):
    settings.INQUIRY_MIN_SECONDS = 1  # the test types faster than people do
    user = coordinator_of(kassel)
    user.email = "koordination@kassel.example"
    user.save()
    return user


def test_visitor_corrects_the_form_and_sends_it(live_server, coordination, page):
    page.goto(live_server.url + "/buendnisse/kassel/mitmachen/")
    page.get_by_label("Ehrenamtlich mitmachen").check()
    page.get_by_label("Ihr Name").fill("Erika Mustermann")
    page.get_by_label("Ihre E-Mail-Adresse").fill("erika@")
    page.get_by_label("Ihre Nachricht").fill("Ich helfe gern beim Familientag.")
    page.wait_for_timeout(1100)
    page.get_by_role("button", name="Nachricht senden").click()

    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Bitte prüfen Sie Ihre Angaben")
    expect(summary).to_contain_text("Das ist keine gültige E-Mail-Adresse")
    expect(summary).to_contain_text("Bitte stimmen Sie zu")
    expect(page.get_by_label("Ihre Nachricht")).to_have_value("Ich helfe gern beim Familientag.")
    expect(page.get_by_label("Ehrenamtlich mitmachen")).to_be_checked()
    assert (
        describe(
            Axe()
            .run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
            .response["violations"]
        )
        == []
    )

    summary.get_by_role("link", name="Ihre E-Mail-Adresse: Das ist keine gültige").click()
    expect(page.get_by_label("Ihre E-Mail-Adresse")).to_be_focused()
    page.get_by_label("Ihre E-Mail-Adresse").fill("erika@example.org")
    page.get_by_label("Ich bin einverstanden").check()
    page.wait_for_timeout(1100)
    page.get_by_role("button", name="Nachricht senden").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Vielen Dank für Ihre Nachricht")
    assert page.url == live_server.url + "/buendnisse/kassel/mitmachen/danke/"
    inquiry = Inquiry.objects.get()
    assert (inquiry.name, inquiry.email, inquiry.kind) == (
        "Erika Mustermann",
        "erika@example.org",
        "volunteer",
    )
    assert [message.to for message in mail.outbox] == [["koordination@kassel.example"]]


def test_honeypot_is_neither_seen_nor_reached_by_keyboard(live_server, kassel, page):
    page.goto(live_server.url + "/buendnisse/kassel/mitmachen/")
    trap = page.locator("#id_website")

    page.get_by_label("Ihre Nachricht").focus()
    focused = []
    for _ in range(6):  # past the consent box and the button
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.id || document.activeElement.tagName"))

    box = trap.bounding_box()
    assert box is None or box["x"] + box["width"] <= 0
    assert "id_website" not in focused
    assert "id_consent" in focused

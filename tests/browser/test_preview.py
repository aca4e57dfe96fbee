"""Issue 13, point 1, in Chromium: an editor sees a draft on its public address, with the
banner "Vorschau – noch nicht öffentlich", by following the change form's preview link;
a visitor gets the German 404 page there, and the public lists do not show it.

The coordinator of Herzogenrath writes a draft news item, takes a date and the project back
to draft, schedules the project for next week and changes a published date; the network
editor takes the alliance Kreis Unna back to draft and previews its sub-pages.
"""

import datetime
from zoneinfo import ZoneInfo

from playwright.sync_api import expect

from buendnisse.models import Alliance
from news.models import News
from tests.browser.test_admin_accessibility import WIDGETS_BUILT, log_in

BANNER = "Vorschau – noch nicht öffentlich."
NOT_FOUND = "Seite nicht gefunden"
BERLIN = ZoneInfo("Europe/Berlin")
SCREENS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
# The sub-pages of Kreis Unna (tests/test_public_pages.py: the pages of one alliance).
# "Über uns" holds its documents (Downloads).
KREIS_UNNA_PAGES = [
    "",
    "ueber-uns/",
    "partner/",
    "projekte/",
    "projekte/pluspunkt-familie/",
    "kontakt/",
    "mitmachen/",
    "aktuelles/",
    "termine/",
]


def save_and_continue(page, button="_continue"):
    page.wait_for_function(WIDGETS_BUILT)
    page.click(f"input[name={button}]")
    page.wait_for_load_state()
    expect(page.locator(".messagelist")).to_be_visible()
    assert page.locator(".errornote").count() == 0, page.locator(".errorlist").all_inner_texts()


def follow_preview(page, origin, expected_path):
    """The change form's preview link leads to the public address, not into the admin."""
    link = page.locator(".object-tools a.viewsitelink")
    expect(link).to_have_text("Vorschau (noch nicht öffentlich)")
    link.click()
    page.wait_for_load_state()
    assert page.url == origin + expected_path
    expect(page.locator(".preview-banner")).to_contain_text(BANNER)


def assert_not_found(visitor, url):
    response = visitor.goto(url)
    assert response.status == 404, url
    expect(visitor.locator("h1")).to_have_text(NOT_FOUND)
    expect(visitor.locator(".preview-banner")).to_have_count(0)


def test_coordinator_previews_drafts_and_visitor_gets_404(live_server, demo, browser):
    origin = live_server.url
    admin = f"{origin}/admin"
    herzogenrath = Alliance.objects.get(slug="herzogenrath")
    editor = browser.new_page(viewport=SCREENS["desktop"], timezone_id="Europe/Berlin")
    visitor = browser.new_context().new_page()
    log_in(editor, origin, "koordination-herzogenrath")
    editor.wait_for_url(f"{admin}/")
    # The visitor's lists before: the cached pages must not keep what follows from showing.
    for path in ["/aktuelles/", "/termine/", "/projekte/", "/buendnisse/herzogenrath/projekte/"]:
        visitor.goto(origin + path)

    # A new news item, saved as a draft.
    editor.goto(f"{admin}/news/news/add/")
    editor.wait_for_function(WIDGETS_BUILT)
    # The coordinator's one alliance is already chosen.
    expect(editor.locator("#id_alliance option:checked")).to_have_text(herzogenrath.name)
    editor.fill("#id_title", "Neue Sprechstunde im Rathaus")
    editor.fill("#id_teaser", "Jeden Dienstag beraten wir Familien im Rathaus.")
    # The address's short name follows the title.
    expect(editor.locator("#id_slug")).to_have_value("neue-sprechstunde-im-rathaus")
    editor.locator(".field-body .tiptap").click()
    editor.keyboard.type("Die Sprechstunde beginnt im Januar.")
    editor.uncheck("#id_is_published")
    save_and_continue(editor)
    news = News.objects.get(slug="neue-sprechstunde-im-rathaus")
    assert not news.is_published
    news_path = "/buendnisse/herzogenrath/aktuelles/neue-sprechstunde-im-rathaus/"
    follow_preview(editor, origin, news_path)
    expect(editor.locator("main h1")).to_have_text("Neue Sprechstunde im Rathaus")
    expect(editor.locator("main")).to_contain_text("Die Sprechstunde beginnt im Januar.")

    # A date taken back to draft.
    event = herzogenrath.events.filter(starts_at__gt=datetime.datetime.now(BERLIN)).first()
    editor.goto(f"{admin}/news/event/{event.pk}/change/")
    expect(editor.locator(".object-tools a.viewsitelink")).to_have_text("Auf der Website anzeigen")
    editor.uncheck("#id_is_published")
    save_and_continue(editor)
    event_path = f"/buendnisse/herzogenrath/termine/{event.slug}/"
    follow_preview(editor, origin, event_path)
    expect(editor.locator("main h1")).to_have_text(event.title)

    # The project taken back to draft ...
    project = herzogenrath.projects.get(slug="kommunale-zeitpolitik")
    project_path = "/buendnisse/herzogenrath/projekte/kommunale-zeitpolitik/"
    editor.goto(f"{admin}/projects/project/{project.pk}/change/")
    editor.uncheck("#id_is_published")
    save_and_continue(editor)
    follow_preview(editor, origin, project_path)
    expect(editor.locator("main h1")).to_have_text(project.title)
    assert_not_found(visitor, origin + project_path)

    # ... then published, but only from next week.
    next_week = datetime.date.today() + datetime.timedelta(days=7)
    editor.goto(f"{admin}/projects/project/{project.pk}/change/")
    editor.check("#id_is_published")
    editor.fill("#id_publish_from_0", next_week.strftime("%d.%m.%Y"))
    editor.fill("#id_publish_from_1", "08:00:00")
    save_and_continue(editor)
    project.refresh_from_db()
    assert project.is_published
    assert project.publish_from == datetime.datetime.combine(
        next_week, datetime.time(8), tzinfo=BERLIN
    )
    follow_preview(editor, origin, project_path)
    expect(editor.locator("main h1")).to_have_text(project.title)

    # The visitor, and the coordinator of another alliance: the same addresses are not
    # found, the lists do not show them.
    other = browser.new_context().new_page()
    log_in(other, origin, "koordination-kassel")
    other.wait_for_url(f"{admin}/")
    for path in [news_path, event_path, project_path]:
        assert_not_found(visitor, origin + path)
        assert_not_found(other, origin + path)
    other.context.close()
    visitor.goto(f"{origin}/aktuelles/")
    expect(visitor.locator("main")).not_to_contain_text("Neue Sprechstunde")
    visitor.goto(f"{origin}/buendnisse/herzogenrath/aktuelles/")
    expect(visitor.locator("main")).not_to_contain_text("Neue Sprechstunde")
    visitor.goto(f"{origin}/buendnisse/herzogenrath/termine/")
    expect(visitor.locator(f"main a[href$='/termine/{event.slug}/']")).to_have_count(0)
    for path in ["/projekte/", "/buendnisse/herzogenrath/projekte/"]:
        visitor.goto(origin + path)
        expect(visitor.locator("main")).not_to_contain_text(project.title)
    visitor.context.close()


def test_published_item_changed_is_shown_as_saved_without_banner(live_server, demo, browser):
    origin = live_server.url
    herzogenrath = Alliance.objects.get(slug="herzogenrath")
    event = herzogenrath.events.filter(starts_at__gt=datetime.datetime.now(BERLIN)).first()
    path = f"/buendnisse/herzogenrath/termine/{event.slug}/"
    visitor = browser.new_context().new_page()
    visitor.goto(origin + path)  # in the page cache now
    editor = browser.new_page(viewport=SCREENS["desktop"])
    log_in(editor, origin, "koordination-herzogenrath")
    editor.wait_for_url(f"{origin}/admin/")

    editor.goto(f"{origin}/admin/news/event/{event.pk}/change/")
    editor.fill("#id_title", "Bündnistreffen mit Wahl der Sprecherin")
    save_and_continue(editor)
    link = editor.locator(".object-tools a.viewsitelink")
    expect(link).to_have_text("Auf der Website anzeigen")
    link.click()
    editor.wait_for_load_state()

    assert editor.url == origin + path
    expect(editor.locator("main h1")).to_have_text("Bündnistreffen mit Wahl der Sprecherin")
    expect(editor.locator(".preview-banner")).to_have_count(0)
    visitor.goto(origin + path)
    expect(visitor.locator("main h1")).to_have_text("Bündnistreffen mit Wahl der Sprecherin")
    visitor.context.close()


def test_network_editor_previews_a_draft_alliance_and_its_sub_pages(
    live_server, demo, browser, tmp_path
):
    origin = live_server.url
    base = "/buendnisse/kreis-unna/"
    alliance = Alliance.objects.get(slug="kreis-unna")
    visitor = browser.new_context().new_page()
    for sub in KREIS_UNNA_PAGES:
        assert visitor.goto(origin + base + sub).status == 200, sub
    editor = browser.new_page(viewport=SCREENS["desktop"])
    log_in(editor, origin, "admin")
    editor.wait_for_url(f"{origin}/admin/")

    editor.goto(f"{origin}/admin/buendnisse/alliance/{alliance.pk}/change/?teil=grunddaten")
    editor.uncheck("#id_is_published")
    save_and_continue(editor, "_save")  # a part of the form stays open after saving
    follow_preview(editor, origin, base)
    expect(editor.locator("main h1")).to_contain_text(alliance.name)

    for sub in KREIS_UNNA_PAGES:
        response = editor.goto(origin + base + sub)
        assert response.status == 200, sub
        expect(editor.locator(".preview-banner")).to_contain_text(BANNER)
        expect(editor.locator("main h1")).not_to_have_text(NOT_FOUND)
    editor.goto(origin + base + "ueber-uns/")
    expect(editor.locator("#downloads")).to_contain_text("Organigramm")

    # The banner on a desktop screen and on a phone: visible, inside the screen, readable.
    for name, size in SCREENS.items():
        editor.set_viewport_size(size)
        editor.goto(origin + base)
        banner = editor.locator(".preview-banner")
        expect(banner).to_be_in_viewport()
        box = banner.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= size["width"], name
        editor.screenshot(path=tmp_path / f"vorschau-{name}.png")

    # The visitor: every address is not found; the directory and the lists leave it out.
    for sub in KREIS_UNNA_PAGES:
        assert_not_found(visitor, origin + base + sub)
    visitor.goto(f"{origin}/buendnisse/")
    expect(visitor.locator("main")).not_to_contain_text(alliance.name)
    visitor.goto(f"{origin}/projekte/")
    expect(visitor.locator("main")).not_to_contain_text("Pluspunkt Familie")
    visitor.context.close()

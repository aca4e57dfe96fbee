"""Old addresses in Chromium: a bookmark from before two renames lands on the newest page."""

from playwright.sync_api import expect


def test_bookmark_of_a_twice_renamed_alliance_opens_its_page(live_server, kassel, page):
    for slug in ["familie-kassel", "kasseler-buendnis"]:
        kassel.slug = slug
        kassel.save()

    response = page.goto(
        live_server.url + "/buendnisse/kassel/projekte/familie-willkommen/drucken/"
    )

    first = response.request.redirected_from
    assert (first.redirected_from, first.response().status) == (None, 301)  # one step
    assert page.url == (
        live_server.url + "/buendnisse/kasseler-buendnis/projekte/familie-willkommen/drucken/"
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Familie Willkommen")

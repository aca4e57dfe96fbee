"""Phones: at 375 px no public page of the demo content scrolls sideways."""

import io
from urllib.parse import urljoin, urlsplit

import pytest
from django.core.management import call_command

from buendnisse.models import Alliance
from news.models import AllianceOfTheMonth, Event, News
from places.loading import ensure_places_loaded
from projects.models import Project

PHONE = {"width": 375, "height": 740}
NOT_PAGES = ("/admin/", "/static/", "/media/", "/farbe/")


@pytest.fixture
def demo(settings, transactional_db):
    ensure_places_loaded()  # the demo's areas; an earlier browser test emptied every table
    settings.DEBUG = True  # load_demo refuses to run without it
    call_command("load_demo", stdout=io.StringIO())
    settings.DEBUG = False


def public_pages():
    """Every public page of the demo content, by its path, each with its print view."""
    pages = ["/", "/buendnisse/", "/impressum/", "/datenschutz/", "/barrierefreiheit/"]
    pages += ["/aktuelles/", "/termine/", "/termine/archiv/", "/projekte/"]
    if AllianceOfTheMonth.objects.published().exists():  # linked from the home page then
        pages.append("/buendnis-des-monats/")
    for slug in Alliance.objects.published().values_list("slug", flat=True):
        pages += [
            f"/buendnisse/{slug}/{section}"
            for section in ["", "ueber-uns/", "partner/", "projekte/", "kontakt/", "mitmachen/"]
            + ["aktuelles/", "termine/", "termine/archiv/"]
        ]
    pages += [project.get_absolute_url() for project in Project.objects.published()]
    pages += [item.get_absolute_url() for item in News.objects.published()]
    pages += [event.get_absolute_url() for event in Event.objects.published()]
    pages.append("/karte/")
    lands = Alliance.objects.published().values_list("state", flat=True).distinct()
    return {page for path in pages for page in (path, path + "drucken/")} | {
        f"/buendnisse/{print_view}?land={land}" for land in lands for print_view in ["", "drucken/"]
    }


def links_on(page, origin):
    """The site's own pages this page links to, as paths (with query, without fragment)."""
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(link => link.href)")
    paths = set()
    for href in hrefs:
        url = urlsplit(urljoin(origin, href))
        if f"{url.scheme}://{url.netloc}" != origin or url.path.startswith(NOT_PAGES):
            continue
        if url.path.endswith("/") and not url.path.endswith("/feed/"):  # not a download or feed
            paths.add(url.path + (f"?{url.query}" if url.query else ""))
    return paths


def test_responsive_no_public_page_scrolls_sideways_at_375px(live_server, demo, page):
    page.set_viewport_size(PHONE)
    queue, seen, too_wide = ["/", "/buendnisse/?q=kassel"], set(), {}

    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        page.goto(live_server.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide[path] = width
        queue += links_on(page, live_server.url) - seen

    assert too_wide == {}
    assert seen == public_pages() | {"/buendnisse/?q=kassel", "/buendnisse/drucken/?q=kassel"}

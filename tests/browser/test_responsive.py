"""Phones: at 375 px no public page of the demo content scrolls sideways."""

from urllib.parse import urljoin, urlsplit

from django.contrib.auth.models import AnonymousUser

from buendnisse.models import Alliance
from news.models import AllianceOfTheMonth, Event, News
from pages.templatetags.navigation import filled_sections
from projects.models import Project

PHONE = {"width": 375, "height": 740}
NOT_PAGES = ("/admin/", "/static/", "/media/", "/farbe/")
ALLIANCE_PATHS = {
    "start": "",
    "ueber-uns": "ueber-uns/",
    "partner": "partner/",
    "projekte": "projekte/",
    "aktuelles": "aktuelles/",
    "termine": "termine/",
    "kontakt": "kontakt/",
    "mitmachen": "mitmachen/",
}


def public_pages():
    """Every public page of the demo content, by its path, each with its print view."""
    pages = ["/", "/buendnisse/", "/impressum/", "/datenschutz/", "/barrierefreiheit/"]
    pages += ["/aktuelles/", "/termine/", "/termine/archiv/", "/projekte/", "/leichte-sprache/"]
    if AllianceOfTheMonth.objects.published().exists():  # linked from the home page then
        pages.append("/buendnis-des-monats/")
    queries = []  # (path, query): the print view's address has drucken/ before the query
    lands = Alliance.objects.published().values_list("state", flat=True).distinct()
    queries += [("/buendnisse/", f"land={land}") for land in lands]
    queries.append(("/buendnisse/", "q=34117"))  # the example search of /leichte-sprache/
    projects = Project.objects.published()
    in_field = {(p.alliance.slug, f.slug) for p in projects for f in p.fields_of_action.all()}
    network_fields = {field for _slug, field in in_field}
    for alliance in Alliance.objects.published():
        slug = alliance.slug
        # The menu leaves out what is empty: only the sections with something to show.
        filled = filled_sections(alliance, AnonymousUser())
        pages += [
            f"/buendnisse/{slug}/{path}"
            for section, path in ALLIANCE_PATHS.items()
            if section in filled or (section == "termine" and "archiv" in filled)
        ]
        if {"termine", "archiv"} & filled:
            pages.append(f"/buendnisse/{slug}/termine/archiv/")
        pages += [f"/buendnisse/{slug}/impressum/", f"/buendnisse/{slug}/datenschutz/"]
        if alliance.easy_language:
            pages.append(f"/buendnisse/{slug}/leichte-sprache/")
        # Its fields of action lead to its projects in them, or to the other alliances'.
        own = {field for owner, field in in_field if owner == slug}
        queries += [(f"/buendnisse/{slug}/projekte/", f"feld={field}") for field in own]
        network_fields |= set(alliance.fields_of_action.values_list("slug", flat=True)) - own
    queries += [("/projekte/", f"feld={field}") for field in network_fields]
    pages += [project.get_absolute_url() for project in projects]
    pages += [item.get_absolute_url() for item in News.objects.published()]
    pages += [event.get_absolute_url() for event in Event.objects.published()]
    pages.append("/karte/")
    print_only = {
        f"/buendnisse/{slug}/alles/drucken/"
        for slug in Alliance.objects.published().values_list("slug", flat=True)
    }
    return (
        {page for path in pages for page in (path, path + "drucken/")}
        | {f"{path}{view}?{query}" for path, query in queries for view in ["", "drucken/"]}
        | print_only
    )


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

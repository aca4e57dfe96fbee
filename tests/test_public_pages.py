"""Every kind of public page: what it answers, and with how many queries, in each state.

One row a kind of page, on the content of `populate_news` (alliance `kassel`): the page
published, its print view, the page unpublished (its alliance, or the item itself a draft)
and under a slug that does not exist. The query counts are exact; for published pages they
are the same for one and for six of everything. A page of one alliance spends one query on
its navigation (which of its sections have something to show, and whether it is this
month's Bündnis des Monats), its print view none.
The counts of the 404 columns are the view's; every 404 adds one, the look-up of a moved
address (core.middleware.moved_addresses).
"""

import re
from dataclasses import dataclass, field

import pytest

from buendnisse.models import Alliance
from contacts.models import ContactPerson
from news.models import Event, News
from projects.models import Project
from search.index import rebuild as rebuild_search_index
from tests.factories import make_alliance, populate, populate_news

HTML = "text/html; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"
ICS = "text/calendar; charset=utf-8"
VCARD = "text/vcard; charset=utf-8"
MOVED_LOOKUP = 1  # a page not found asks whether its address moved


@dataclass(frozen=True)
class Page:
    """A kind of page and its query counts; None where the page has no such state."""

    path: str  # `{contact}` stands for the primary key of the first contact
    queries: int
    print_queries: int | None = None  # its print view
    alliance: int | None = None  # 404, the alliance unpublished
    draft: int | None = None  # 404, the item a draft
    missing: int | None = None  # 404, a slug that does not exist
    content_type: str = HTML
    query: dict = field(default_factory=dict)


DATES_FILTER = {"land": "HE", "buendnis": "Kassel", "von": "2000-01-01", "bis": "2100-12-31"}

PAGES = [
    # The network
    pytest.param(Page("/", 3, 3), id="home"),
    pytest.param(Page("/buendnisse/", 3, 3), id="directory"),
    pytest.param(Page("/buendnisse/", 3, 3, query={"land": "HE"}), id="directory-land"),
    # The place; the alliances covering it: count, page, their Kreise and places; the Länder.
    pytest.param(
        Page("/buendnisse/", 7, 7, query={"q": "kassel", "land": "HE"}), id="directory-search"
    ),
    pytest.param(Page("/karte/", 1, 1), id="map"),
    pytest.param(Page("/projekte/", 4, 4), id="network-projects"),
    pytest.param(
        Page("/projekte/", 4, 4, query={"feld": "feld-0", "land": "HE"}),
        id="network-projects-filtered",
    ),
    pytest.param(Page("/aktuelles/", 2, 2), id="network-news"),
    pytest.param(
        Page("/aktuelles/", 2, 2, query={"land": "HE", "buendnis": "Kassel"}),
        id="network-news-filtered",
    ),
    pytest.param(Page("/aktuelles/n-meldung-0/", 3, 3, draft=1, missing=1), id="network-news-item"),
    pytest.param(Page("/aktuelles/feed/", 1, content_type=ATOM), id="network-feed"),
    pytest.param(Page("/termine/", 2, 2), id="network-dates"),
    pytest.param(Page("/termine/archiv/", 2, 2), id="network-dates-archive"),
    pytest.param(Page("/termine/", 2, 2, query=DATES_FILTER), id="network-dates-filtered"),
    pytest.param(
        Page("/termine/archiv/", 2, 2, query=DATES_FILTER), id="network-dates-archive-filtered"
    ),
    # The matches counted by kind, the first few of each kind.
    pytest.param(Page("/suche/", 2, 2, query={"q": "Projekt"}), id="search"),
    pytest.param(
        Page("/suche/", 2, 2, query={"q": "Projekt", "art": "projekte"}), id="search-kind"
    ),
    pytest.param(Page("/termine/n-termin-0/", 1, 1, draft=1, missing=1), id="network-date"),
    pytest.param(Page("/termine.ics", 1, content_type=ICS), id="network-calendar"),
    pytest.param(
        Page("/termine/n-termin-0.ics", 1, draft=1, missing=1, content_type=ICS),
        id="network-date-ics",
    ),
    pytest.param(Page("/buendnis-des-monats/", 2, 2), id="alliance-of-the-month"),
    pytest.param(Page("/impressum/", 0, 0), id="imprint"),
    pytest.param(Page("/datenschutz/", 0, 0), id="privacy"),
    pytest.param(Page("/barrierefreiheit/", 0, 0), id="accessibility"),
    pytest.param(Page("/leichte-sprache/", 1, 1), id="easy-language"),
    # One alliance
    pytest.param(Page("/buendnisse/kassel/", 8, 7, alliance=1, missing=1), id="alliance"),
    pytest.param(Page("/buendnisse/kassel/ueber-uns/", 7, 7, alliance=1, missing=1), id="about"),
    pytest.param(
        Page("/buendnisse/kassel/leichte-sprache/", 2, 3, alliance=1, missing=1),
        id="alliance-easy-language",
    ),
    pytest.param(Page("/buendnisse/kassel/partner/", 3, 3, alliance=1, missing=1), id="partners"),
    pytest.param(Page("/buendnisse/kassel/projekte/", 4, 4, alliance=1, missing=1), id="projects"),
    pytest.param(
        Page("/buendnisse/kassel/projekte/projekt-0/", 5, 5, alliance=1, draft=2, missing=2),
        id="project",
    ),
    pytest.param(Page("/buendnisse/kassel/kontakt/", 3, 2, alliance=1, missing=1), id="contacts"),
    pytest.param(
        Page(
            "/buendnisse/kassel/kontakt/{contact}.vcf",
            1,
            alliance=1,
            draft=1,
            missing=1,
            content_type=VCARD,
        ),
        id="vcard",
    ),
    pytest.param(Page("/buendnisse/kassel/mitmachen/", 3, 3, alliance=1, missing=1), id="join"),
    pytest.param(
        Page("/buendnisse/kassel/aktuelles/", 4, 4, alliance=1, missing=1), id="alliance-news"
    ),
    pytest.param(
        Page("/buendnisse/kassel/aktuelles/b-meldung-0/", 5, 5, alliance=1, draft=2, missing=2),
        id="alliance-news-item",
    ),
    pytest.param(
        Page("/buendnisse/kassel/aktuelles/feed/", 2, alliance=1, missing=1, content_type=ATOM),
        id="alliance-feed",
    ),
    pytest.param(
        Page("/buendnisse/kassel/termine/", 4, 4, alliance=1, missing=1), id="alliance-dates"
    ),
    pytest.param(
        Page("/buendnisse/kassel/termine/archiv/", 4, 4, alliance=1, missing=1),
        id="alliance-dates-archive",
    ),
    pytest.param(
        Page("/buendnisse/kassel/termine/", 4, 4, query={"von": "2020-01-01", "bis": "2100-12-31"}),
        id="alliance-dates-filtered",
    ),
    pytest.param(
        Page("/buendnisse/kassel/suche/", 4, 4, alliance=1, missing=1, query={"q": "Projekt"}),
        id="alliance-search",
    ),
    pytest.param(
        Page("/buendnisse/kassel/termine/b-termin-0/", 3, 3, alliance=1, draft=2, missing=2),
        id="alliance-date",
    ),
    pytest.param(
        Page("/buendnisse/kassel/termine.ics", 2, alliance=1, missing=1, content_type=ICS),
        id="alliance-calendar",
    ),
    pytest.param(
        Page(
            "/buendnisse/kassel/termine/b-termin-0.ics",
            1,
            alliance=1,
            draft=1,
            missing=1,
            content_type=ICS,
        ),
        id="alliance-date-ics",
    ),
]


def hide_alliance():
    Alliance.objects.filter(slug="kassel").update(is_published=False)


def draft_every_item():
    for model in (News, Event, Project, ContactPerson):
        model.objects.update(is_published=False)


HIDE = {"alliance": hide_alliance, "draft": draft_every_item}
PRINTABLE = [row for row in PAGES if row.values[0].print_queries is not None]
MISSING = [row for row in PAGES if row.values[0].missing is not None]
HIDDEN = [
    pytest.param(row.values[0], how, id=f"{row.id}-{how}")
    for row in PAGES
    for how in HIDE
    if getattr(row.values[0], how) is not None
]


def address(page):
    if "{contact}" not in page.path:
        return page.path
    return page.path.format(contact=ContactPerson.objects.order_by("order").first().pk)


def missing_address(page):
    """The page's path with the slug it shows, its item's or else its alliance's, unknown."""
    if "{contact}" in page.path:
        return page.path.format(contact=0)
    item = re.search(r"[a-z-]+-0(?=[/.])", page.path)  # populate_news numbers items from 0
    return page.path.replace(item[0] if item else "kassel", "gibt-es-nicht")


@pytest.fixture(scope="module", params=[1, 6], ids=["small", "large"])
def content(request, module_transaction):
    """One, then six, of everything: the query counts must not change."""
    with module_transaction():
        alliance = populate(make_alliance("kassel"), request.param)
        populate_news(alliance, request.param)
        rebuild_search_index()
        yield alliance


@pytest.mark.parametrize("public_page", PAGES)
def test_public_page_published_answers_with_a_fixed_query_count(
    client, db, content, django_assert_num_queries, public_page
):
    path = address(public_page)

    with django_assert_num_queries(public_page.queries):
        response = client.get(path, public_page.query)

    assert (response.status_code, response["Content-Type"]) == (200, public_page.content_type)


@pytest.mark.parametrize("public_page", PRINTABLE)
def test_public_page_print_view_answers_with_a_fixed_query_count(
    client, db, content, django_assert_num_queries, public_page
):
    with django_assert_num_queries(public_page.print_queries):
        response = client.get(public_page.path + "drucken/", public_page.query)

    assert (response.status_code, response["Content-Type"]) == (200, HTML)


@pytest.mark.parametrize(("public_page", "how"), HIDDEN)
def test_public_page_unpublished_is_404_with_its_print_view(
    client, db, content, django_assert_num_queries, public_page, how
):
    path = address(public_page)
    paths = [path] if public_page.print_queries is None else [path, path + "drucken/"]
    HIDE[how]()
    statuses = []

    for each in paths:
        with django_assert_num_queries(getattr(public_page, how) + MOVED_LOOKUP):
            statuses.append(client.get(each).status_code)

    assert statuses == [404] * len(paths)


@pytest.mark.parametrize("public_page", MISSING)
def test_public_page_missing_slug_is_404(
    client, db, content, django_assert_num_queries, public_page
):
    with django_assert_num_queries(public_page.missing + MOVED_LOOKUP):
        response = client.get(missing_address(public_page))

    assert response.status_code == 404

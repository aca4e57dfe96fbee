"""sitemap.xml: every public page and its last change, in sections (Django's sitemaps).

The portal's host lists the network's pages and those of every published alliance without
a host of its own; an alliance's own host (buendnisse.hosts) lists that alliance's pages
only, at its own addresses.
"""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from buendnisse.models import Alliance
from news.models import Event, News
from projects.models import Project

# The network's pages, each with what its last change is the last change of.
NETWORK_PAGES = {
    "pages:home": "alliances",
    "pages:list": "alliances",
    "pages:map": "alliances",
    "projects:all": "projects",
    "news:list": "news",
    "news:events": "events",
    "news:event-archive": "events",
    "news:alliance-of-the-month": "alliances",
    "pages:imprint": None,
    "pages:privacy": None,
    "pages:accessibility": None,
}
# The pages every alliance has, by their URL names (each takes the alliance's slug).
ALLIANCE_PAGES = [
    "pages:alliance",
    "buendnisse:about",
    "partners:list",
    "projects:list",
    "news:alliance-list",
    "news:alliance-events",
    "news:alliance-event-archive",
    "contacts:list",
    "pages:join",
    "pages:alliance-imprint",
    "pages:alliance-privacy",
]


class OfAlliances(Sitemap):
    """A section of the sitemap for all published alliances, or for one (`alliance`)."""

    def __init__(self, alliance=None):
        self.alliance = alliance

    def of_alliances(self, items, path="alliance"):
        """Those of this sitemap's alliance; on the portal, of every alliance that has no
        host of its own (the portal's addresses of those redirect)."""
        if self.alliance is not None:
            return items.filter(**{path: self.alliance.pk})
        hosts = "hosts" if path == "pk" else f"{path}__hosts"
        return items.filter(**{f"{hosts}__isnull": True})


class ListSitemap(OfAlliances):
    """A section whose items are a list, found once: Django's views ask for them twice (the
    number of pages, the newest change)."""

    def items(self):
        if not hasattr(self, "found"):
            self.found = self.find()
        return self.found


class NetworkSitemap(ListSitemap):
    def find(self):
        if self.alliance is not None:
            return []
        published = {
            "alliances": Alliance.objects.published(),
            "projects": Project.objects.published(),
            "news": News.objects.published(),
            "events": Event.objects.published(),
        }
        self.changed = {
            kind: items.aggregate(last=Max("updated_at"))["last"]
            for kind, items in published.items()
        }
        return list(NETWORK_PAGES)

    def location(self, name):
        return reverse(name)

    def lastmod(self, name):
        kind = NETWORK_PAGES[name]
        return self.changed[kind] if kind else None


class AllianceSitemap(ListSitemap):
    def find(self):
        alliances = self.of_alliances(Alliance.objects.published(), "pk").order_by("slug")
        return [
            (alliance, name)
            for alliance in alliances.only("slug", "updated_at")
            for name in ALLIANCE_PAGES
        ]

    def location(self, item):
        alliance, name = item
        return reverse(name, args=[alliance.slug])

    def lastmod(self, item):
        return item[0].updated_at


class ItemSitemap(OfAlliances):
    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        return self.items().aggregate(last=Max("updated_at"))["last"]


class ProjectSitemap(ItemSitemap):
    def items(self):
        projects = Project.objects.published().select_related("alliance").order_by("pk")
        return self.of_alliances(projects)


class NewsSitemap(ItemSitemap):
    model = News

    def items(self):
        items = self.model.objects.published().select_related("alliance").order_by("pk")
        if self.alliance is None:
            return self.of_alliances(items)  # the network's own items too
        return items.filter(alliance=self.alliance)


class EventSitemap(NewsSitemap):
    model = Event


SECTIONS = {
    "seiten": NetworkSitemap,
    "buendnisse": AllianceSitemap,
    "projekte": ProjectSitemap,
    "aktuelles": NewsSitemap,
    "termine": EventSitemap,
}


def sitemaps(alliance=None):
    """The sections for the portal's host (alliance None) or for one alliance's own."""
    return {name: section(alliance) for name, section in SECTIONS.items()}

"""Atom feeds of news: the network's (all published news) and each alliance's."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from buendnisse.models import Alliance

from .models import News

FEED_ITEMS = 20


class GermanAtomFeed(Atom1Feed):
    language = "de"


class NetworkNewsFeed(Feed):
    feed_type = GermanAtomFeed
    title = f"Aktuelles – {settings.SITE_NAME}"
    subtitle = "Neuigkeiten der Lokalen Bündnisse für Familie und ihres Netzwerks"

    def link(self):
        return reverse("news:list")

    def items(self):
        return News.objects.published().select_related("alliance")[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser

    def item_link(self, item):
        return item.get_absolute_url()

    def item_author_name(self, item):
        return item.alliance.name if item.alliance_id else settings.SITE_NAME

    def item_pubdate(self, item):
        # When it appeared on the site: a scheduled item is new to readers when it shows up.
        return item.publish_from

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.alliance.name] if item.alliance_id else ["Netzwerk"]


class AllianceNewsFeed(NetworkNewsFeed):
    def get_object(self, request, alliance_slug):
        return get_object_or_404(Alliance.objects.published(), slug=alliance_slug)

    def title(self, alliance):
        return f"Aktuelles – {alliance.name}"

    def subtitle(self, alliance):
        return f"{alliance.name}: Neuigkeiten aus der Bündnisarbeit"

    def link(self, alliance):
        return reverse("news:alliance-list", args=[alliance.slug])

    def items(self, alliance):
        return (
            News.objects.published()
            .filter(alliance=alliance)
            .select_related("alliance")[:FEED_ITEMS]
        )

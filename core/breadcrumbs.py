"""Breadcrumb trails: each page's view passes its trail to the template."""

from core.urls import reverse

from .hosts import served_slug


def network_trail(*crumbs):
    return [("Startseite", reverse("pages:home")), *crumbs]


def alliance_trail(alliance, *crumbs):
    if served_slug() == alliance.slug:  # on its own host, its home is the start
        return [(alliance.name, alliance.get_absolute_url()), *crumbs]
    return network_trail(
        ("Bündnisse", reverse("pages:list")),
        (alliance.name, alliance.get_absolute_url()),
        *crumbs,
    )

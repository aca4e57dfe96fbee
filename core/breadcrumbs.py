"""Breadcrumb trails: each page's view passes its trail to the template."""

from django.urls import reverse


def network_trail(*crumbs):
    return [("Startseite", reverse("pages:home")), *crumbs]


def alliance_trail(alliance, *crumbs):
    return network_trail(
        ("Bündnisse", reverse("pages:list")),
        (alliance.name, alliance.get_absolute_url()),
        *crumbs,
    )

"""The network's navigation and an alliance's, marking where the visitor is.

Each view names the `section` its page belongs to. The link to the page itself gets
aria-current="page"; the link to its section, on a page below the section's own,
aria-current="true".
"""

from django import template
from django.urls import reverse

register = template.Library()

# (section, label, URL name)
SITE_SECTIONS = [
    ("start", "Startseite", "pages:home"),
    ("buendnisse", "Bündnis finden", "pages:list"),
    ("aktuelles", "Aktuelles", "news:list"),
    ("termine", "Termine", "news:events"),
    ("projekte", "Projekte", "projects:all"),
]
ALLIANCE_SECTIONS = [
    ("start", "Start", "pages:alliance"),
    ("ueber-uns", "Über uns", "buendnisse:about"),
    ("partner", "Partner", "partners:list"),
    ("projekte", "Projekte", "projects:list"),
    ("aktuelles", "Aktuelles", "news:alliance-list"),
    ("termine", "Termine", "news:alliance-events"),
    ("kontakt", "Kontakt", "contacts:list"),
    ("mitmachen", "Mitmachen", "pages:join"),
]


def _links(sections, path, current_section, args=()):
    result = []
    for section, label, url_name in sections:
        url = reverse(url_name, args=args)
        if url == path:
            current = "page"
        elif section == current_section:
            current = "true"
        else:
            current = None
        result.append({"label": label, "url": url, "current": current})
    return result


@register.inclusion_tag("includes/nav.html", takes_context=True)
def site_nav(context):
    # An alliance's pages are sections of its own navigation, not of the network's.
    section = None if context.get("alliance") else context.get("section")
    return {
        "class": "site-nav",
        "label": "Hauptnavigation",
        "links": _links(SITE_SECTIONS, context["request"].path, section),
    }


@register.inclusion_tag("includes/nav.html", takes_context=True)
def alliance_nav(context, alliance):
    return {
        "class": "alliance-nav wrap",
        "label": "Seiten des Bündnisses",
        "links": _links(
            ALLIANCE_SECTIONS, context["request"].path, context.get("section"), [alliance.slug]
        ),
    }

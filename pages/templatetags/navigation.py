"""The network's navigation and an alliance's, marking where the visitor is.

Each view names the `section` its page belongs to. The link to the page itself gets
aria-current="page"; the link to its section, on a page below the section's own,
aria-current="true". An alliance's sections that would open on an empty page (no
partners, projects, news, dates or contacts the visitor may see) are left out, unless
the visitor is on that page already; "Termine" without dates ahead leads to the past ones.
The same query asks whether the alliance is this month's "Bündnis des Monats", which its
header says (`month_distinctions`).

Wide screens show the navigation as bars (`site_nav`, `alliance_nav`); phones get the
same links in one menu button (`menu`, a <details> element: no JavaScript needed).
"""

from django import template
from django.conf import settings
from django.db import connection
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from buendnisse import hosts
from contacts.models import ContactPerson
from core.hosts import served_slug
from core.urls import reverse
from news.models import AllianceOfTheMonth, Event, News
from partners.models import Membership
from projects.models import Project

register = template.Library()

# (section, label, URL name)
SITE_SECTIONS = [
    ("start", "Startseite", "pages:home"),
    ("buendnisse", "Bündnis finden", "pages:list"),
    ("aktuelles", "Aktuelles", "news:list"),
    ("termine", "Termine", "news:events"),
    ("projekte", "Projekte", "projects:all"),
    ("leichte-sprache", "Leichte Sprache", "pages:easy-language"),
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
ALWAYS_FILLED = {"start", "ueber-uns", "mitmachen"}  # texts of the alliance itself
OF_THE_MONTH = "des-monats"  # not a section: the alliance is this month's Bündnis des Monats


def filled_sections(alliance, user, known=None):
    """The alliance's sections that have something to show to `user`, in one query.

    `known` maps sections to whether they are filled, as far as the page found out anyway
    (its view fetched their first items, `sections_known` in the context): only the others
    are asked for, and none at all when the page knows them all. "archiv" (past dates) is
    asked for only when there are no dates ahead: the navigation needs it only then.
    OF_THE_MONTH is in the answer if the alliance is this month's Bündnis des Monats.
    """
    known = dict(known or {})
    if known.get("termine"):
        known.setdefault("archiv", False)
    own = {"alliance": alliance.pk}
    shown = {"user": user, "of_shown_alliance": True}  # the page found the alliance visible
    checks = {
        "partner": lambda: Membership.objects.filter(**own),
        "projekte": lambda: Project.objects.visible_to(**shown).filter(**own),
        "aktuelles": lambda: News.objects.visible_to(**shown).filter(**own),
        "termine": lambda: Event.objects.visible_to(**shown).filter(**own).upcoming(),
        "archiv": lambda: Event.objects.visible_to(**shown).filter(**own).past(),
        "kontakt": lambda: ContactPerson.objects.visible_to(**shown).filter(**own),
        OF_THE_MONTH: lambda: AllianceOfTheMonth.objects.current().filter(**own),
    }
    asked = {section: check() for section, check in checks.items() if section not in known}
    found = dict(zip(asked, exist(asked.values()), strict=True)) if asked else {}
    return ALWAYS_FILLED | {section for section, filled in (known | found).items() if filled}


def exist(querysets):
    """Whether each queryset has a row, in one query: SELECT EXISTS(…), EXISTS(…), ….

    Each is compiled on its own, as the query it is; Django's Exists() annotations would
    compile them as subqueries of another query, relabelling every table, at about twice
    the cost.
    """
    parts, params = [], []
    for queryset in querysets:
        query = queryset.order_by().values("pk").query
        sql, query_params = query.get_compiler(using=queryset.db).as_sql()
        parts.append(f"EXISTS ({sql})")
        params.extend(query_params)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(parts)}", params)
        return [bool(value) for value in cursor.fetchone()]


def _filled_sections(context, alliance):
    # The header lists an alliance's sections twice (bar and phone menu), and pages may ask
    # too: once per rendering is enough.
    memo = context.render_context.setdefault("filled_sections", {})
    if alliance.pk not in memo:
        known = context.get("sections_known") if context.get("alliance") == alliance else None
        memo[alliance.pk] = filled_sections(alliance, context["request"].user, known)
    return memo[alliance.pk]


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


def _site_links(context):
    # An alliance's pages are sections of its own navigation, not of the network's.
    section = None if context.get("alliance") else context.get("section")
    request = context["request"]
    links = _links(SITE_SECTIONS, request.path, section)
    if served_slug() is not None:  # on an alliance's own host: the network is elsewhere
        for link, (_section, _label, name) in zip(links, SITE_SECTIONS, strict=True):
            link.update(url=on_portal(request, name), current=None)
    return links


def on_portal(request, name):
    return hosts.portal_url(request, reverse(name, urlconf=settings.ROOT_URLCONF))


@register.simple_tag(takes_context=True)
def portal_url(context, name):
    """The address of a page of the network: on an alliance's own host, on the portal's."""
    if served_slug() is None:
        return reverse(name)
    return on_portal(context["request"], name)


def _alliance_links(context, alliance):
    current = context.get("section")
    filled = _filled_sections(context, alliance)
    sections = []
    for section, label, url_name in ALLIANCE_SECTIONS:
        if section == "termine" and section not in filled and "archiv" in filled:
            url_name = "news:alliance-event-archive"  # no dates ahead: the past ones
        elif section not in filled and section != current:
            continue
        sections.append((section, label, url_name))
    return _links(sections, context["request"].path, current, [alliance.slug])


def _items(context, key, links):
    """The links as the <li> items of a list, built once per rendering: the bar and the
    phone menu show the same ones."""
    memo = context.render_context.setdefault("navigation_items", {})
    if key not in memo:
        memo[key] = format_html_join(
            "",
            '<li><a href="{}"{}>{}</a></li>',
            (
                (
                    link["url"],
                    format_html(' aria-current="{}"', link["current"]) if link["current"] else "",
                    link["label"],
                )
                for link in links()
            ),
        )
    return memo[key]


def _site_items(context):
    return _items(context, "site", lambda: _site_links(context))


def _alliance_items(context, alliance):
    return _items(context, alliance.pk, lambda: _alliance_links(context, alliance))


@register.simple_tag(takes_context=True)
def alliance_sections(context, alliance):
    """The alliance's sections worth a link, for pages that point to them (`as` a variable)."""
    return _filled_sections(context, alliance)


@register.inclusion_tag("news/_month_distinctions.html", takes_context=True)
def month_distinctions(context, alliance):
    """The alliance's "Bündnis des Monats" in its header during that month only (earlier
    months are in the archive), found out by the navigation's query."""
    if OF_THE_MONTH not in _filled_sections(context, alliance):
        return {"distinctions": []}
    this_month = timezone.localdate().replace(day=1)  # as AllianceOfTheMonth.current()
    return {"distinctions": [AllianceOfTheMonth(alliance=alliance, month=this_month)]}


@register.inclusion_tag("includes/nav.html", takes_context=True)
def site_nav(context):
    return {"class": "site-nav", "label": "Hauptnavigation", "items": _site_items(context)}


@register.inclusion_tag("includes/nav.html", takes_context=True)
def alliance_nav(context, alliance):
    return {
        "class": "alliance-nav wrap",
        "label": "Seiten des Bündnisses",
        "items": _alliance_items(context, alliance),
    }


@register.inclusion_tag("includes/menu.html", takes_context=True)
def menu(context):
    """Both navigations in one menu button, for narrow screens."""
    alliance = context.get("alliance")
    return {
        "alliance": alliance,
        "alliance_items": _alliance_items(context, alliance) if alliance else None,
        "site_items": _site_items(context),
        "SITE_NAME": context.get("SITE_NAME"),
    }

"""News, dates and the Bündnis des Monats.

Each page exists for the network (all published items, each labelled with its
alliance) and for one alliance (/buendnisse/<slug>/…): one view serves both, with the
alliance's slug as an optional argument.
"""

from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from buendnisse.models import Alliance
from buendnisse.views import get_alliance
from core.breadcrumbs import alliance_trail, network_trail
from core.pagination import paginate, query_without_page
from core.printing import PRINT_SUFFIX, last_change
from core.publishing import is_preview
from core.urls import reverse

from . import calendars
from .forms import EventFilterForm, NewsFilterForm
from .models import AllianceOfTheMonth, Event, News
from .structured_data import event_data, news_article_data

NEWS_PER_PAGE = 10
EVENTS_PER_PAGE = 20
MONTHS_PER_PAGE = 24


def owner(request, alliance_slug):
    """The alliance of the page (None for the network's pages)."""
    return get_alliance(request, alliance_slug) if alliance_slug else None


def of_owner(queryset, request, alliance):
    """The items a page of `alliance` (or of the network) shows to this user."""
    if alliance is None:
        return queryset.published()
    return queryset.visible_to(request.user, of_shown_alliance=True).filter(alliance=alliance)


def url(name, alliance, *args):
    """A news URL of the network or, with "alliance-" in front of its name, of the alliance."""
    if alliance is None:
        return reverse(f"news:{name}", args=args)
    return reverse(f"news:alliance-{name}", args=[alliance.slug, *args])


def trail(alliance, *crumbs):
    if alliance is None:
        return network_trail(*crumbs)
    return alliance_trail(alliance, *crumbs)


def filtered(form, items):
    """The items the list's filters let through; none where the filters are invalid."""
    if form.is_valid():
        return form.filter(items)
    return items.none() if form.is_bound else items


def filter_context(request, form):
    return {
        "form": form,
        "is_filtered": form.is_bound and any(form.data.get(name) for name in form.fields),
        "query": query_without_page(request),
        "action": request.path.removesuffix(PRINT_SUFFIX),  # the list, from its print view too
    }


def page_context(alliance, section, *objects):
    return {
        "alliance": alliance,
        "section": section,
        "preview": is_preview(alliance, *objects),
    }


def known(form, section, page):
    """For an alliance's navigation (pages/templatetags/navigation.py): an unfiltered list
    tells whether its section has anything, no need to ask again."""
    if form.is_bound and any(form.data.get(name) for name in form.fields):
        return {}
    return {"sections_known": {section: page.paginator.count > 0}}


def dated(alliance, *objects):
    """An alliance's page says when what it shows last changed ("Stand"); the network's keep
    the day they were rendered (core.printing.context)."""
    return {"as_of": last_change(alliance, *objects)} if alliance else {}


# News ---------------------------------------------------------------------------------


@require_safe
def news_list(request, alliance_slug=None):
    """News of one alliance, or of the network with every published alliance's, labelled."""
    alliance = owner(request, alliance_slug)
    form = NewsFilterForm(request.GET or None, alliance=alliance)
    news = filtered(form, of_owner(News.objects, request, alliance).select_related("alliance"))
    page = paginate(request, news, NEWS_PER_PAGE)
    return render(
        request,
        "news/news_list.html",
        {
            **page_context(alliance, "aktuelles"),
            **filter_context(request, form),
            **known(form, "aktuelles", page),
            **dated(alliance, *page),
            "page": page,
            "feed_url": url("feed", alliance),
            "breadcrumbs": trail(alliance, ("Aktuelles", url("list", alliance))),
        },
        status=400 if form.errors else 200,
    )


@require_safe
def news_detail(request, slug, alliance_slug=None):
    alliance = owner(request, alliance_slug)
    items = of_owner(News.objects, request, alliance)
    if alliance is None:
        items = items.network()
    item = get_object_or_404(items.select_related("image"), slug=slug)
    item.alliance = alliance
    projects = list(item.projects.visible_to(request.user).select_related("alliance", "image"))
    partners = list(item.partners.all())
    return render(
        request,
        "news/news_detail.html",
        {
            **page_context(alliance, "aktuelles", item),
            **dated(alliance, item, *projects, *partners),
            "item": item,
            "projects": projects,
            "partners": partners,
            "feed_url": url("feed", alliance),
            "share_url": request.build_absolute_uri(item.get_absolute_url()),
            "structured_data": news_article_data(request, item, alliance),
            "breadcrumbs": trail(
                alliance, ("Aktuelles", url("list", alliance)), (item.title, request.path)
            ),
        },
    )


# Dates --------------------------------------------------------------------------------


@require_safe
def event_list(request, alliance_slug=None, archive=False):
    """Upcoming (or, in the archive, past) dates of one alliance or of the whole network."""
    alliance = owner(request, alliance_slug)
    form = EventFilterForm(request.GET or None, alliance=alliance)
    events = filtered(form, of_owner(Event.objects, request, alliance))
    events = events.past() if archive else events.upcoming()
    upcoming_url = url("events", alliance)
    crumbs = [("Termine", upcoming_url), *([("Archiv", request.path)] if archive else [])]
    page = paginate(request, events.select_related("alliance"), EVENTS_PER_PAGE)
    return render(
        request,
        "news/event_list.html",
        {
            **page_context(alliance, "termine"),
            **filter_context(request, form),
            **known(form, "archiv" if archive else "termine", page),
            **dated(alliance, *page),
            "page": page,
            "archive": archive,
            "upcoming_url": upcoming_url,
            "archive_url": url("event-archive", alliance),
            "calendar_url": url("calendar", alliance),
            "calendar_address": request.build_absolute_uri(url("calendar", alliance)),
            "breadcrumbs": trail(alliance, *crumbs),
        },
        status=400 if form.errors else 200,
    )


@require_safe
def event_detail(request, slug, alliance_slug=None):
    alliance = owner(request, alliance_slug)
    events = of_owner(Event.objects, request, alliance)
    if alliance is None:
        events = events.network()
    event = get_object_or_404(events, slug=slug)
    event.alliance = alliance
    return render(
        request,
        "news/event_detail.html",
        {
            **page_context(alliance, "termine", event),
            **dated(alliance, event),
            "event": event,
            "share_url": request.build_absolute_uri(event.get_absolute_url()),
            "structured_data": event_data(request, event, alliance),
            "breadcrumbs": trail(
                alliance, ("Termine", url("events", alliance)), (event.title, request.path)
            ),
        },
    )


# Calendars (iCalendar): for subscribers, so only what is published ---------------------


@require_safe
def event_ics(request, slug, alliance_slug=None):
    events = Event.objects.published().select_related("alliance")
    if alliance_slug:
        events = events.filter(alliance__slug=alliance_slug)
    else:
        events = events.network()
    return calendars.event_response(request, get_object_or_404(events, slug=slug))


@require_safe
def calendar(request, alliance_slug=None):
    events = Event.objects.published().upcoming().select_related("alliance")
    if alliance_slug is None:
        return calendars.calendar_response(request, events, name="Termine der Lokalen Bündnisse")
    alliance = get_object_or_404(Alliance.objects.published(), slug=alliance_slug)
    return calendars.calendar_response(
        request,
        events.filter(alliance=alliance),
        name=f"Termine – {alliance.name}",
        filename=f"termine-{alliance.slug}",
    )


# Bündnis des Monats -------------------------------------------------------------------


@require_safe
def alliance_of_the_month_list(request):
    choices = AllianceOfTheMonth.objects.published().select_related("alliance__logo")
    return render(
        request,
        "news/alliance_of_the_month_list.html",
        {
            "page": paginate(request, choices, MONTHS_PER_PAGE),
            "breadcrumbs": network_trail(("Bündnis des Monats", request.path)),
        },
    )

from django.db.models import Q
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from buendnisse.breadcrumbs import alliance_trail, network_trail
from buendnisse.pagination import paginate
from buendnisse.views import get_alliance

from . import calendars
from .models import AllianceOfTheMonth, Event, News

NEWS_PER_PAGE = 10
EVENTS_PER_PAGE = 20
MONTHS_PER_PAGE = 24
ALLIANCE_BASE = "buendnisse/alliance_base.html"


def news_trail(alliance, *crumbs):
    if alliance is None:
        return network_trail(("Aktuelles", reverse("news:list")), *crumbs)
    return alliance_trail(
        alliance, ("Aktuelles", reverse("news:alliance-list", args=[alliance.slug])), *crumbs
    )


def events_trail(alliance, *crumbs):
    if alliance is None:
        return network_trail(("Termine", reverse("news:events")), *crumbs)
    return alliance_trail(
        alliance, ("Termine", reverse("news:alliance-events", args=[alliance.slug])), *crumbs
    )


def feed_url(alliance):
    if alliance is None:
        return reverse("news:feed")
    return reverse("news:alliance-feed", args=[alliance.slug])


# News ---------------------------------------------------------------------------------


def render_news_list(request, alliance, news):
    page = paginate(request, news.select_related("alliance"), NEWS_PER_PAGE)
    return render(
        request,
        "news/news_list.html",
        {
            "base_template": ALLIANCE_BASE if alliance else None,
            "alliance": alliance,
            "page": page,
            "feed_url": feed_url(alliance),
            "breadcrumbs": news_trail(alliance),
        },
    )


@require_safe
def news_list(request):
    """The network's news: its own and every published alliance's, each labelled."""
    return render_news_list(request, None, News.objects.published())


@require_safe
def alliance_news_list(request, alliance_slug):
    alliance = get_alliance(alliance_slug, request)
    return render_news_list(request, alliance, News.objects.listed().filter(alliance=alliance))


def render_news_detail(request, alliance, item):
    projects = item.projects.filter(is_published=True).select_related("alliance", "image")
    if alliance is None:
        projects = projects.filter(alliance__is_published=True)
    else:  # the alliance of the page may be previewed before it is published
        projects = projects.filter(Q(alliance=alliance) | Q(alliance__is_published=True))
    return render(
        request,
        "news/news_detail.html",
        {
            "base_template": ALLIANCE_BASE if alliance else None,
            "alliance": alliance,
            "item": item,
            "projects": projects,
            "partners": item.partners.all(),
            "feed_url": feed_url(alliance),
            "share_url": request.build_absolute_uri(item.get_absolute_url()),
            "breadcrumbs": news_trail(alliance, (item.title, request.path)),
        },
    )


@require_safe
def news_detail(request, slug):
    item = get_object_or_404(News.objects.published().network().select_related("image"), slug=slug)
    return render_news_detail(request, None, item)


@require_safe
def alliance_news_detail(request, alliance_slug, slug):
    alliance = get_alliance(alliance_slug, request)
    item = get_object_or_404(
        News.objects.listed().filter(alliance=alliance).select_related("image"), slug=slug
    )
    item.alliance = alliance
    return render_news_detail(request, alliance, item)


# Dates --------------------------------------------------------------------------------


def render_event_list(request, alliance, events, *, archive):
    page = paginate(request, events.select_related("alliance"), EVENTS_PER_PAGE)
    if alliance is None:
        urls = {
            "upcoming_url": reverse("news:events"),
            "archive_url": reverse("news:event-archive"),
            "calendar_url": reverse("news:calendar"),
        }
    else:
        urls = {
            "upcoming_url": reverse("news:alliance-events", args=[alliance.slug]),
            "archive_url": reverse("news:alliance-event-archive", args=[alliance.slug]),
            "calendar_url": reverse("news:alliance-calendar", args=[alliance.slug]),
        }
    crumbs = [("Archiv", request.path)] if archive else []
    return render(
        request,
        "news/event_list.html",
        {
            "base_template": ALLIANCE_BASE if alliance else None,
            "alliance": alliance,
            "page": page,
            "archive": archive,
            "calendar_address": request.build_absolute_uri(urls["calendar_url"]),
            **urls,
            "breadcrumbs": events_trail(alliance, *crumbs),
        },
    )


@require_safe
def event_list(request):
    """Upcoming dates of the network and of every published alliance, each labelled."""
    return render_event_list(request, None, Event.objects.published().upcoming(), archive=False)


@require_safe
def event_archive(request):
    return render_event_list(request, None, Event.objects.published().past(), archive=True)


@require_safe
def alliance_event_list(request, alliance_slug):
    alliance = get_alliance(alliance_slug, request)
    events = Event.objects.listed().filter(alliance=alliance).upcoming()
    return render_event_list(request, alliance, events, archive=False)


@require_safe
def alliance_event_archive(request, alliance_slug):
    alliance = get_alliance(alliance_slug, request)
    events = Event.objects.listed().filter(alliance=alliance).past()
    return render_event_list(request, alliance, events, archive=True)


def render_event_detail(request, alliance, event):
    return render(
        request,
        "news/event_detail.html",
        {
            "base_template": ALLIANCE_BASE if alliance else None,
            "alliance": alliance,
            "event": event,
            "share_url": request.build_absolute_uri(event.get_absolute_url()),
            "breadcrumbs": events_trail(alliance, (event.title, request.path)),
        },
    )


@require_safe
def event_detail(request, slug):
    event = get_object_or_404(Event.objects.published().network(), slug=slug)
    return render_event_detail(request, None, event)


@require_safe
def alliance_event_detail(request, alliance_slug, slug):
    alliance = get_alliance(alliance_slug, request)
    event = get_object_or_404(Event.objects.listed().filter(alliance=alliance), slug=slug)
    event.alliance = alliance
    return render_event_detail(request, alliance, event)


# Calendars (iCalendar) ----------------------------------------------------------------


@require_safe
def event_ics(request, slug):
    event = get_object_or_404(Event.objects.published().network(), slug=slug)
    return calendars.event_response(request, event)


@require_safe
def alliance_event_ics(request, alliance_slug, slug):
    event = get_object_or_404(
        Event.objects.published().filter(alliance__slug=alliance_slug).select_related("alliance"),
        slug=slug,
    )
    return calendars.event_response(request, event)


@require_safe
def calendar(request):
    events = Event.objects.published().upcoming().select_related("alliance")
    return calendars.calendar_response(request, events, name="Termine der Lokalen Bündnisse")


@require_safe
def alliance_calendar(request, alliance_slug):
    alliance = get_alliance(alliance_slug)
    events = Event.objects.listed().filter(alliance=alliance).upcoming()
    for event in events:
        event.alliance = alliance
    return calendars.calendar_response(
        request, events, name=f"Termine – {alliance.name}", filename=f"termine-{alliance.slug}"
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

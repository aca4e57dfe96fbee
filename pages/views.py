"""The pages that gather every app: network home, directory, an alliance's start and
Mitmachen pages (with its projects, contacts, news and dates), the legal pages; and the
addresses for machines: robots.txt, sitemap.xml, the favicon and the web manifest."""

import functools
import logging
import smtplib

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.contrib.staticfiles import finders
from django.http import HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_http_methods, require_safe

from buendnisse.models import Alliance
from buendnisse.views import about_context, get_alliance
from core.breadcrumbs import alliance_trail, network_trail
from core.pagination import paginate, query_without_page
from core.printing import last_change
from core.publishing import is_preview
from core.urls import reverse
from inquiries.forms import InquiryForm, over_limit, started_token
from news.models import AllianceOfTheMonth, News
from places.maps import germany

from .forms import FinderForm
from .sitemaps import sitemaps
from .structured_data import organization_data

ALLIANCES_PER_PAGE = 24

logger = logging.getLogger(__name__)


@require_safe
def home(request):
    return render(
        request,
        "pages/home.html",
        {
            "form": FinderForm(),
            "state_counts": Alliance.objects.published().count_by_state(),
            "alliance_of_the_month": (
                AllianceOfTheMonth.objects.published().current().select_related("alliance").first()
            ),
            "news": News.objects.published().select_related("alliance")[:3],
            "section": "start",
            "breadcrumbs": [],
        },
    )


@require_safe
def alliance_list(request):
    form = FinderForm(request.GET or None)
    alliances = Alliance.objects.published().select_related("logo")
    answer = land = None
    if form.is_valid():
        answer = form.answer(alliances, ALLIANCES_PER_PAGE)
        land = form.cleaned_data["land"]
        alliances = form.alliances(alliances)
    elif form.is_bound:
        alliances = alliances.none()
    return render(
        request,
        "pages/alliance_list.html",
        {
            "form": form,
            "answer": answer,
            "page": None if answer else paginate(request, alliances, ALLIANCES_PER_PAGE),
            "query": query_without_page(request),
            "is_search": form.is_bound,
            "land": land,
            "state_counts": Alliance.objects.published().count_by_state(),
            "section": "buendnisse",
            "breadcrumbs": network_trail(("Bündnisse", reverse("pages:list"))),
        },
        status=400 if form.errors else 200,
    )


@require_safe
def alliance_map(request):
    return render(
        request,
        "pages/alliance_map.html",
        {
            "map": germany(),
            "alliances": Alliance.objects.published().on_map(),
            "section": "buendnisse",
            "breadcrumbs": network_trail(
                ("Bündnisse", reverse("pages:list")), ("Karte", reverse("pages:map"))
            ),
        },
    )


def first_contact(request, alliance):
    return (
        alliance.contacts.visible_to(request.user, of_shown_alliance=True)
        .select_related("portrait")
        .first()
    )


@require_safe
def alliance_detail(request, slug):
    alliance = get_alliance(request, slug)
    contact = first_contact(request, alliance)
    # Through the alliance's own relations: each item knows its alliance without a join.
    shown = {"user": request.user, "of_shown_alliance": True}
    projects = list(alliance.projects.visible_to(**shown).select_related("image")[:3])
    news = list(alliance.news.visible_to(**shown)[:3])
    events = list(alliance.events.visible_to(**shown).upcoming()[:3])
    return render(
        request,
        "pages/alliance_detail.html",
        {
            "alliance": alliance,
            "projects": projects,
            "contact": contact,
            "structured_data": organization_data(request, alliance, contact),
            "news": news,
            "events": events,
            "as_of": last_change(alliance, contact, *projects, *news, *events),
            "preview": is_preview(alliance),
            # The navigation's sections (pages/templatetags/navigation.py) these answer.
            "sections_known": {
                "projekte": bool(projects),
                "aktuelles": bool(news),
                "termine": bool(events),
                "kontakt": contact is not None,
            },
            "section": "start",
            "breadcrumbs": alliance_trail(alliance),
        },
    )


@require_http_methods(["GET", "HEAD", "POST"])
def alliance_join(request, slug):
    """How to support the alliance, and "Machen Sie mit": a form to its coordination.

    A valid inquiry is stored for this alliance, mailed to its coordinators and answered
    with a redirect to the thanks (post/redirect/get); bad input comes back with German
    messages and everything typed (400), too many posts from one address too (429). The
    page hands out a CSRF token, so the page cache never stores it (core.pagecache); its
    print view has no form and is stored as any other.
    """
    alliance = get_alliance(request, slug)
    if request.is_print:
        if request.method == "POST":
            return HttpResponseNotAllowed(["GET", "HEAD"])
        form = None
    else:
        form = InquiryForm(request.POST if request.method == "POST" else None, alliance=alliance)
    status, limited = 200, False
    if request.method == "POST":
        if over_limit(request):
            status, limited = 429, True
        elif form.is_valid():
            if not form.is_bot:
                inquiry = form.save()
                notify(request, inquiry)
            return redirect("pages:join-thanks", slug=alliance.slug)
        else:
            status = 400
    contact = first_contact(request, alliance)
    return render(
        request,
        "pages/alliance_join.html",
        {
            "alliance": alliance,
            "contact": contact,
            "form": form,
            "started": started_token(),
            "limited": limited,
            "as_of": last_change(alliance, contact),
            "preview": is_preview(alliance),
            "section": "mitmachen",
            "breadcrumbs": alliance_trail(alliance, ("Mitmachen", request.path)),
        },
        status=status,
    )


def notify(request, inquiry):
    """Mail the coordination; the inquiry is kept in the admin even if the mail fails."""
    admin_url = reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])
    try:
        inquiry.notify(request.build_absolute_uri(admin_url))
    except (smtplib.SMTPException, OSError):
        logger.exception("Inquiry %s stored, but the e-mail to the coordination failed", inquiry.pk)


@require_safe
def alliance_join_thanks(request, slug):
    alliance = get_alliance(request, slug)
    response = render(
        request,
        "pages/alliance_join_thanks.html",
        {
            "alliance": alliance,
            "section": "mitmachen",
            "breadcrumbs": alliance_trail(
                alliance,
                ("Mitmachen", reverse("pages:join", args=[alliance.slug])),
                ("Vielen Dank", request.path),
            ),
        },
    )
    response.headers["X-Robots-Tag"] = "noindex"
    return response


@require_safe
def alliance_print_all(request, slug):
    """Everything of an alliance on paper at once: home, Über uns, projects, Mitmachen, contacts."""
    alliance = get_alliance(request, slug)
    about = about_context(request, alliance)
    projects = list(alliance.projects.visible_to(request.user, of_shown_alliance=True))
    contacts = list(
        alliance.contacts.visible_to(request.user, of_shown_alliance=True).select_related(
            "portrait"
        )
    )
    return render(
        request,
        "pages/alliance_print_all.html",
        {
            **about,
            "projects": projects,
            "contacts": contacts,
            "contact": contacts[0] if contacts else None,
            "as_of": last_change(
                alliance,
                *about["working_groups"],
                *about["milestones"],
                *about["documents"],
                *projects,
                *contacts,
            ),
            "preview": about["preview"] or is_preview(*projects, *contacts),
            # The printout stands for the alliance's home, where "Seite schließen" leads.
            "source_url": request.build_absolute_uri(alliance.get_absolute_url()),
            "section": "start",
        },
    )


LEGAL_PAGES = {
    "imprint": "Impressum",
    "privacy": "Datenschutz",
    "accessibility": "Erklärung zur Barrierefreiheit",
}


@require_safe
def legal_page(request, page, slug=None):
    """The network's Impressum and Datenschutz, or an alliance's: its responsible body where
    it names one, else the portal's operator."""
    title = LEGAL_PAGES[page]
    alliance = get_alliance(request, slug) if slug else None
    return render(
        request,
        f"pages/{page}.html",
        {
            "title": title,
            "alliance": alliance,
            # None: the template names the operator (site_operator, core.context_processors)
            "responsible": alliance.responsible if alliance else None,
            "retention_days": settings.INQUIRY_RETENTION_DAYS,  # of inquiries (Datenschutz)
            # An alliance's: when its responsible body last changed; the network's: today
            **({"as_of": last_change(alliance)} if alliance else {}),
            "preview": is_preview(alliance),
            "breadcrumbs": (
                alliance_trail(alliance, (title, request.path))
                if alliance
                else network_trail((title, request.path))
            ),
        },
    )


@require_safe
def easy_language(request):
    """The portal explained in Leichte Sprache, with the alliances that explain themselves so."""
    return render(
        request,
        "pages/easy_language.html",
        {
            "section": "leichte-sprache",
            "alliances": Alliance.objects.visible_to(request.user)
            .exclude(easy_language="")
            .order_by("name")
            .only("name", "slug"),
            "breadcrumbs": network_trail(("Leichte Sprache", request.path)),
        },
    )


# For machines --------------------------------------------------------------------------

ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /*drucken/
Disallow: /suche/
Disallow: /buendnisse/*/suche/

Sitemap: {sitemap}
"""
BRAND_COLOR = "#00507a"  # of static/img/buendnisportal.svg


def host_alliance(request):
    """The alliance whose own host this request came to (buendnisse.hosts), or None."""
    return getattr(request, "host_alliance", None)


@require_safe
def robots_txt(request):
    """Crawlers keep out of the admin, the print views and the search results."""
    sitemap = request.build_absolute_uri(reverse("pages:sitemap"))
    return HttpResponse(ROBOTS.format(sitemap=sitemap), content_type="text/plain; charset=utf-8")


@require_safe
def sitemap_index(request):
    return sitemap_views.index(
        request, sitemaps(host_alliance(request)), sitemap_url_name="pages:sitemap-section"
    )


@require_safe
def sitemap_section(request, section):
    return sitemap_views.sitemap(request, sitemaps(host_alliance(request)), section=section)


@functools.cache
def favicon_bytes():
    with open(finders.find("img/favicon.ico"), "rb") as file:
        return file.read()


@require_safe
@cache_control(public=True, max_age=60 * 60 * 24 * 7)
def favicon(request):
    """/favicon.ico, where browsers and feed readers look without asking the page."""
    return HttpResponse(favicon_bytes(), content_type="image/vnd.microsoft.icon")


@require_safe
def manifest(request):
    """The web manifest: the name and icons a phone shows for a page put on its home screen."""
    alliance = host_alliance(request)
    name = alliance.name if alliance else settings.SITE_NAME

    def icon(path, size, purpose="any"):
        return {
            "src": static(path),
            "sizes": f"{size}x{size}",
            "type": "image/png",
            "purpose": purpose,
        }

    return JsonResponse(
        {
            "name": name,
            "short_name": name if len(name) <= 15 else settings.SITE_NAME,
            "description": "Lokale Bündnisse für Familie",
            "lang": "de",
            "start_url": "/",
            "scope": "/",
            "display": "browser",
            "background_color": "#ffffff",
            "theme_color": alliance.accent_color if alliance else BRAND_COLOR,
            "icons": [
                icon("img/icon-192.png", 192),
                icon("img/icon-512.png", 512),
                icon("img/icon-maskable-512.png", 512, "maskable"),
            ],
        },
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )

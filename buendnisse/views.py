"""An alliance's own pages (Über uns, Leichte Sprache) and its accent colour."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from core.breadcrumbs import alliance_trail
from core.printing import last_change
from core.publishing import is_preview

from . import hosts
from .models import Alliance


def get_alliance(request, slug):
    """The alliance a page at /buendnisse/<slug>/… belongs to, as this user may see it, or 404.

    An alliance with a host name of its own is served there: asked for on the portal, its
    page answers with a permanent redirect to the same page on that host (hosts.py)."""
    alliance = get_object_or_404(
        Alliance.objects.visible_to(request.user)
        .select_related("logo", "lead_image")
        .with_own_host(),
        slug=slug,
    )
    hosts.redirect_to_own_host(request, alliance)
    return alliance


def about_context(request, alliance):
    """What "Über uns" shows (buendnisse/_about.html), for its page and for printing it all."""
    documents = list(alliance.documents.visible_to(request.user, of_shown_alliance=True))
    working_groups = list(alliance.working_groups.select_related("field_of_action"))
    milestones = list(alliance.milestones.all())
    return {
        "alliance": alliance,
        "working_groups": working_groups,
        "milestones": milestones,
        "documents": documents,
        "council_papers": [document for document in documents if document.is_council_paper],
        "as_of": last_change(alliance, *working_groups, *milestones, *documents),
        "preview": is_preview(alliance, *documents),
    }


@require_safe
def alliance_about(request, slug):
    alliance = get_alliance(request, slug)
    return render(
        request,
        "buendnisse/alliance_about.html",
        {
            **about_context(request, alliance),
            "section": "ueber-uns",
            "breadcrumbs": alliance_trail(alliance, ("Über uns", request.path)),
        },
    )


@require_safe
def alliance_easy_language(request, slug):
    """The alliance in Leichte Sprache: a page only where it has written such a text."""
    alliance = get_alliance(request, slug)
    if not alliance.easy_language:
        raise Http404
    return render(
        request,
        "buendnisse/alliance_easy_language.html",
        {
            "alliance": alliance,
            "section": "leichte-sprache",
            "as_of": last_change(alliance),
            "preview": is_preview(alliance),
            "breadcrumbs": alliance_trail(alliance, ("Leichte Sprache", request.path)),
        },
    )


@require_safe
@cache_control(public=True, max_age=60 * 60 * 24 * 365, immutable=True)
def accent_css(request, color):
    """The stylesheet that gives an alliance's pages its accent colour.

    A stylesheet rather than a style attribute, so the Content-Security-Policy can
    forbid inline styles; the colour is in the address, so it caches forever.
    """
    return HttpResponse(f":root {{ --accent: #{color}; }}\n", content_type="text/css")

"""The pages that gather every app: network home, directory, an alliance's start and
Mitmachen pages (with its projects, contacts, news and dates), the legal pages."""

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from buendnisse.models import Alliance
from buendnisse.views import about_context, get_alliance
from core.breadcrumbs import alliance_trail, network_trail
from core.pagination import paginate, query_without_page
from core.publishing import is_preview
from news.models import AllianceOfTheMonth, News
from places.maps import germany

from .forms import FinderForm

ALLIANCES_PER_PAGE = 24


@require_safe
def home(request):
    return render(
        request,
        "pages/home.html",
        {
            "form": FinderForm(),
            "state_counts": Alliance.objects.published().count_by_state(),
            "alliance_of_the_month": (
                AllianceOfTheMonth.objects.published().select_related("alliance").first()
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
    return alliance.contacts.visible_to(request.user).select_related("portrait").first()


@require_safe
def alliance_detail(request, slug):
    alliance = get_alliance(request, slug)
    # Through the alliance's own relations: each item knows its alliance without a join.
    return render(
        request,
        "pages/alliance_detail.html",
        {
            "alliance": alliance,
            "projects": alliance.projects.visible_to(request.user).select_related("image")[:3],
            "contact": first_contact(request, alliance),
            "news": alliance.news.visible_to(request.user)[:3],
            "events": alliance.events.visible_to(request.user).upcoming()[:3],
            "preview": is_preview(alliance),
            "section": "start",
            "breadcrumbs": alliance_trail(alliance),
        },
    )


@require_safe
def alliance_join(request, slug):
    alliance = get_alliance(request, slug)
    return render(
        request,
        "pages/alliance_join.html",
        {
            "alliance": alliance,
            "contact": first_contact(request, alliance),
            "preview": is_preview(alliance),
            "section": "mitmachen",
            "breadcrumbs": alliance_trail(alliance, ("Mitmachen", request.path)),
        },
    )


@require_safe
def alliance_print_all(request, slug):
    """Everything of an alliance on paper at once: home, Über uns, projects, Mitmachen, contacts."""
    alliance = get_alliance(request, slug)
    about = about_context(request, alliance)
    projects = list(alliance.projects.visible_to(request.user))
    contacts = list(alliance.contacts.visible_to(request.user).select_related("portrait"))
    return render(
        request,
        "pages/alliance_print_all.html",
        {
            **about,
            "projects": projects,
            "contacts": contacts,
            "contact": contacts[0] if contacts else None,
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
def legal_page(request, page):
    return render(
        request,
        f"pages/{page}.html",
        {
            "title": LEGAL_PAGES[page],
            "breadcrumbs": network_trail((LEGAL_PAGES[page], request.path)),
        },
    )

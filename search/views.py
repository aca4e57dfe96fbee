"""The site search: everything public, grouped by kind, the matching words marked."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from buendnisse.views import get_alliance
from core.breadcrumbs import alliance_trail, network_trail
from core.pagination import PAGE_PARAMETER, query_without_page

from .forms import SearchForm
from .models import SearchEntry
from .text import highlight

RESULTS_PER_KIND = 5  # on the overview; "Alle … Treffer" leads to the kind's own pages
RESULTS_PER_PAGE = 20
EXCERPT_LENGTH = 240


def marked(entries, stems):
    for entry in entries:
        entry.title_html = highlight(entry.title, stems)
        entry.excerpt_html = highlight(entry.text, stems, EXCERPT_LENGTH)
    return entries


@require_safe
def search(request, alliance_slug=None):
    """Everything public, or one alliance's (/buendnisse/<slug>/suche/, on its own host /suche/)."""
    alliance = get_alliance(request, alliance_slug) if alliance_slug else None
    form = SearchForm(request.GET or None)
    groups, page, counts = [], None, []
    stems = form.cleaned_data["stems"] if form.is_valid() else []
    if stems:
        entries = SearchEntry.objects.published().matching(stems).select_related("alliance")
        if alliance is not None:
            entries = entries.filter(alliance=alliance)
        counts = entries.count_by_kind()
        kind = form.cleaned_data["art"]
        if kind:
            paginator = Paginator(entries.filter(kind=kind).best_first(), RESULTS_PER_PAGE)
            paginator.count = dict(counts).get(kind, 0)  # counted above already
            page = paginator.get_page(request.GET.get(PAGE_PARAMETER))
            groups = [(SearchEntry.Kind(kind), paginator.count, marked(page.object_list, stems))]
        elif counts:
            first = marked(list(entries.first_of_each_kind(RESULTS_PER_KIND)), stems)
            groups = [
                (kind, count, [entry for entry in first if entry.kind == kind])
                for kind, count in counts
            ]
    action = (
        reverse("search:alliance", args=[alliance.slug]) if alliance else reverse("search:results")
    )
    crumb = ("Suche", action)
    return render(
        request,
        "search/results.html",
        {
            "alliance": alliance,
            "form": form,
            "action": action,
            "query": form.cleaned_data["q"] if stems else "",
            "kind": form.cleaned_data["art"] if stems else "",
            "groups": groups,
            "counts": counts,
            "total": sum(count for _kind, count in counts),
            "page": page,
            "page_query": query_without_page(request),
            "searched": bool(stems),
            "breadcrumbs": alliance_trail(alliance, crumb) if alliance else network_trail(crumb),
        },
        status=400 if form.errors else 200,
    )

"""Paginated public lists: pages are ?seite=N, and page links keep the rest of the query."""

from django.core.paginator import Paginator

PAGE_PARAMETER = "seite"


def paginate(request, items, per_page):
    """The requested page; a missing, invalid or too large number gives the nearest page."""
    return Paginator(items, per_page).get_page(request.GET.get(PAGE_PARAMETER))


def query_without_page(request):
    """The current search, urlencoded, for the page links of includes/pagination.html."""
    query = request.GET.copy()
    query.pop(PAGE_PARAMETER, None)
    return query.urlencode()

"""Public pages: each answers at its path and, as a print view, at its path plus `drucken/`.

A print view runs the page's own view and content template; only the layout changes
(templates/print.html instead of templates/base.html, through the `layout` variable).
"""

import re
from functools import wraps

from django.urls import path
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.encoding import iri_to_uri

from .pagecache import cached_page
from .pagination import PAGE_PARAMETER
from .publishing import is_editor

PRINT_SUFFIX = "drucken/"
PAGE_NUMBER = re.compile(rf"(?:^|&){PAGE_PARAMETER}=([0-9]{{1,6}})(?:&|$)")


def page_paths(route, view, kwargs=None, *, name, tags=()):
    """URL patterns for a public page (`name`) and its print view (`name-print`).

    Both come from the page cache for visitors (core.pagecache); `tags` name what the
    page shows besides its alliance: "alliance" where the route's `slug` is the
    alliance's, kinds like "news" for network-wide lists.
    """
    return [
        path(route, cached_page(_page(view, is_print=False), tags), kwargs, name=name),
        path(
            route + PRINT_SUFFIX,
            cached_page(_page(view, is_print=True), tags),
            kwargs,
            name=f"{name}-print",
        ),
    ]


def print_path(route, view, kwargs=None, *, name, tags=()):
    """The URL pattern of a print view without a page of its own, at `route` plus `drucken/`.

    Its view passes `source_url`, the page the printout stands for.
    """
    return path(
        route + PRINT_SUFFIX, cached_page(_page(view, is_print=True), tags), kwargs, name=name
    )


def _page(view, is_print):
    @wraps(view)
    def page(request, *args, **kwargs):
        request.is_print = is_print
        response = view(request, *args, **kwargs)
        if is_print:
            response.headers["X-Robots-Tag"] = "noindex, nofollow"
        if is_editor(request.user):
            # Editors see drafts here (core.publishing): never stored, never indexed.
            response.headers["X-Robots-Tag"] = "noindex, nofollow"
            add_never_cache_headers(response)
        return response

    return page


def _with_query(request, path):
    # The raw query string, as get_full_path() uses it: parsing request.GET here would raise
    # again while the 400 page for too many parameters renders, and turn it into a 500.
    query = iri_to_uri(request.META.get("QUERY_STRING", ""))
    return f"{path}?{query}" if query else path


def canonical_url(request, path):
    """The page's one address for search engines: of its print view too, and of a filtered
    or searched list the list itself; only a page number beyond the first stays. Read from
    the raw query string, like `_with_query`."""
    number = PAGE_NUMBER.search(request.META.get("QUERY_STRING", ""))
    query = f"?{PAGE_PARAMETER}={number[1]}" if number and int(number[1]) > 1 else ""
    return request.build_absolute_uri(path + query)


def context(request):
    """Template variables for the layout: which one, the way to and from print, and the
    source and date that every printout carries.

    The date is the day the page was rendered, shown as "Stand" (as of): a page from the
    cache is rendered afresh whenever what it shows changes, so its content is still what
    it was on that day, while a "printed on" date would be wrong the next morning. An
    alliance's pages say more: their view passes the day of the last change to what they
    show (`last_change`), on screen and on paper.
    """
    is_print = getattr(request, "is_print", None)
    if is_print is None:  # not a public page (the admin, error pages)
        return {"layout": "base.html"}
    source_path = request.path.removesuffix(PRINT_SUFFIX) if is_print else request.path
    printing = {
        "source_url": request.build_absolute_uri(_with_query(request, source_path)),
        "canonical_url": canonical_url(request, source_path),
        "as_of": timezone.localdate(),
    }
    if is_print:
        return {"layout": "print.html", **printing}
    print_path = request.path + PRINT_SUFFIX
    return {"layout": "base.html", "print_url": _with_query(request, print_path), **printing}


def last_change(*objects):
    """The day of the last change to what a page shows: the latest `updated_at` among these
    objects (None and rows from before the time was kept are passed over), or None."""
    moments = [getattr(obj, "updated_at", None) for obj in objects if obj is not None]
    moments = [moment for moment in moments if moment is not None]
    return timezone.localdate(max(moments)) if moments else None

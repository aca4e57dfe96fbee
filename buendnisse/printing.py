"""Print views: every public page also answers at its own path plus `drucken/`.

A print view runs the page's own view and content template; only the layout changes
(templates/print.html instead of templates/base.html, through the `layout` variable).
"""

import re
from functools import wraps

from django.urls import path
from django.utils import timezone

PRINT_SUFFIX = "drucken/"

# Links inside the site (href="/…") get the site's address in front in a print view,
# so print.css can write every link target out on paper.
INTERNAL_LINK = re.compile(r'(<a\s(?:[^>]*?\s)?href=")(/(?!/)[^"]*")')


def page_paths(route, view, kwargs=None, *, name):
    """URL patterns for a public page (`name`) and its print view (`name-print`)."""
    return [
        path(route, _page(view, is_print=False), kwargs, name=name),
        path(route + PRINT_SUFFIX, _page(view, is_print=True), kwargs, name=f"{name}-print"),
    ]


def _page(view, is_print):
    @wraps(view)
    def page(request, *args, **kwargs):
        request.is_print = is_print
        response = view(request, *args, **kwargs)
        if is_print:
            response.headers["X-Robots-Tag"] = "noindex, nofollow"
            if response.get("Content-Type", "").startswith("text/html"):
                origin = request.build_absolute_uri("/").removesuffix("/")
                html = response.content.decode(response.charset)
                response.content = INTERNAL_LINK.sub(lambda m: m[1] + origin + m[2], html)
        return response

    return page


def _with_query(request, path):
    query = request.GET.urlencode()
    return f"{path}?{query}" if query else path


def context(request):
    """Template variables for the layout: which one, and the way to and from print."""
    is_print = getattr(request, "is_print", None)
    if is_print is None:  # not a public page (the admin, error pages)
        return {"layout": "base.html"}
    if not is_print:
        print_path = request.path + PRINT_SUFFIX
        return {"layout": "base.html", "print_url": _with_query(request, print_path)}
    source_path = request.path.removesuffix(PRINT_SUFFIX)
    return {
        "layout": "print.html",
        "source_url": request.build_absolute_uri(_with_query(request, source_path)),
        "printed_on": timezone.localdate(),
    }

"""An alliance on its own domain: its pages at the root of its own host names.

A request comes in for a host name. The portal's own names are those in ALLOWED_HOSTS, as
always; any other name is looked up among the alliances' host names (AllianceHost, one
query). A known one is served with the addresses of config/alliance_urls.py: the
alliance's pages at "/" (its home, Über uns, partners, projects, news, dates, contact,
Mitmachen, search, print views, feeds, calendars, vCards, Impressum and Datenschutz), the
sitemap and robots.txt of that host; every other address of the portal is a redirect to
the portal. A name that is neither is refused by Django's own check (400), as before.

Why no entry in ALLOWED_HOSTS per alliance: this middleware accepts a host name only when
the database holds it, for this one request (by answering `get_host()` with it), before
anything else asks; Django's check still guards every other name. CSRF origins need no entry
either: an alliance's host serves GET pages only (the admin stays on the portal).

The other way round, the portal's address of such an alliance's page is a permanent
redirect to the same page on the alliance's main host name (`redirect_to_own_host`, from
get_alliance, with no query of its own). Editors who are logged in on the portal are not
redirected: they preview there, as before.
"""

import re

from django.conf import settings
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.http.request import split_domain_port
from django.urls import URLPattern, URLResolver, register_converter
from django.urls.resolvers import RoutePattern

from core.hosts import HereConverter, serving
from core.publishing import is_editor

register_converter(HereConverter, "here")

ALLIANCE_URLCONF = "config.alliance_urls"
ALLIANCE_ROUTE = re.compile(r"^buendnisse/<slug:(?P<name>slug|alliance_slug)>/(?P<rest>.*)$")


def portal_host():
    """The portal's own host name: SITE_HOST, or the first fixed name in ALLOWED_HOSTS."""
    fixed = [host for host in settings.ALLOWED_HOSTS if host != "*" and not host.startswith(".")]
    return settings.SITE_HOST or (fixed[0] if fixed else "localhost")


def portal_url(request, path):
    return f"{request.scheme}://{portal_host()}{path}"


def raw_host(request):
    """The host name the request names, as Django reads it, before Django checks it."""
    if settings.USE_X_FORWARDED_HOST and "x-forwarded-host" in request.headers:
        return request.headers["x-forwarded-host"]
    return request.headers.get("host") or request.META.get("SERVER_NAME", "")


class ServedElsewhere(Exception):  # noqa: N818 (like Http404: an answer, not an error)
    def __init__(self, url):
        self.url = url


def redirect_to_own_host(request, alliance):
    """On the portal, send visitors of an alliance with a host of its own there (301)."""
    if alliance.own_host is None or serving.get() is not None or is_editor(request.user):
        return
    prefix = f"/buendnisse/{alliance.slug}/"
    path = request.get_full_path()
    rest = path.removeprefix(prefix) if path.startswith(prefix) else path.lstrip("/")
    raise ServedElsewhere(f"{request.scheme}://{alliance.own_host}/{rest}")


class AllianceHostMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = raw_host(request)
        domain, _port = split_domain_port(host.lower())
        fixed = {name.lower() for name in settings.ALLOWED_HOSTS}
        if not domain or domain in fixed:
            return self.get_response(request)
        from .models import AllianceHost

        found = (
            AllianceHost.objects.filter(name=domain)
            .select_related("alliance")
            .with_primary()
            .first()
        )
        if found is None:
            return self.get_response(request)  # Django's own check refuses it
        if found.primary != domain:
            return HttpResponsePermanentRedirect(
                f"{request.scheme}://{found.primary}{request.get_full_path()}"
            )
        request.get_host = lambda: host  # accepted: the database knows it
        request.host_alliance = found.alliance
        request.urlconf = ALLIANCE_URLCONF
        token = serving.set(found.alliance.slug)
        try:
            return self.get_response(request)
        finally:
            serving.reset(token)

    def process_exception(self, request, exception):
        if isinstance(exception, ServedElsewhere):
            return HttpResponsePermanentRedirect(exception.url)
        return None


# The addresses of an alliance's own host (config/alliance_urls.py) ------------------------


def every_host(view):
    """Mark a view that answers on every host as it is (robots.txt, the sitemap, icons …)."""
    view.on_every_host = True
    return view


def to_portal(request, *args, **kwargs):
    """A page of the network, asked for on an alliance's host: it is on the portal."""
    return HttpResponseRedirect(portal_url(request, request.get_full_path()))


def at_alliance_root(patterns):
    """The portal's URL patterns as an alliance's host has them: its own pages at the root
    (`buendnisse/<slug>/x/` becomes `x/`, the slug taken from the host), before anything of
    the network under the same address; views marked `every_host` as they are; all else
    leads to the portal. Names and namespaces stay, so every {% url %} works on both."""
    own, everywhere, network = [], [], []
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            network.append(
                URLResolver(
                    pattern.pattern,
                    at_alliance_root(pattern.url_patterns),
                    pattern.default_kwargs,
                    pattern.app_name,
                    pattern.namespace,
                )
            )
            continue
        route = ALLIANCE_ROUTE.match(str(pattern.pattern))
        if route:  # this alliance's page at the root; another alliance's on the portal
            network.append(URLPattern(pattern.pattern, to_portal, pattern.default_args))
            own.append(
                URLPattern(
                    RoutePattern(
                        f"<here:{route['name']}>{route['rest']}",
                        name=pattern.name,
                        is_endpoint=True,
                    ),
                    pattern.callback,
                    pattern.default_args,
                    pattern.name,
                )
            )
        elif getattr(pattern.callback, "on_every_host", False):
            everywhere.append(pattern)
        else:
            network.append(
                URLPattern(pattern.pattern, to_portal, pattern.default_args, pattern.name)
            )
    return [*own, *everywhere, *network]

"""Answers for requests that cannot be served as asked: a bad query, a database that is down,
an address that moved."""

import logging
import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.encoding import iri_to_uri

from .hosts import served_slug
from .models import MovedAddress

logger = logging.getLogger(__name__)

DATABASE_DOWN = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 60
# Browsers keep a permanent redirect as long as they are told, and without a word forever;
# a day lets an address taken again by a new alliance or item reach it the next day.
MOVED_CACHE_SECONDS = 60 * 60 * 24


def parse_query_first(get_response):
    """Parse the query string before anything else, so that every page, whether it reads the
    query or not, answers more parameters than DATA_UPLOAD_MAX_NUMBER_FIELDS with the 400 page."""

    def middleware(request):
        if request.META.get("QUERY_STRING"):
            request.GET  # noqa: B018 (raises TooManyFieldsSent, which Django answers with a 400)
        return get_response(request)

    return middleware


class DatabaseUnavailableMiddleware:
    """A database that cannot be reached gives visitors the German 503 page, not a 500.

    Put it before the session middleware: a database error in the view (or in the lazy
    session and user lookups the view triggers) arrives at `process_exception`; one in the
    session or authentication middleware itself has already become a 500 response when it
    gets here, noted on the request through Django's `got_request_exception`.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        got_request_exception.connect(note_database_error, dispatch_uid="core-database-down")

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "database_error", None) is not None:
            return unavailable(request, request.database_error)
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_DOWN):
            return unavailable(request, exception)
        return None


def note_database_error(sender, request=None, **kwargs):
    # Django sends the signal while it handles the exception.
    exception = sys.exc_info()[1]
    if request is not None and isinstance(exception, DATABASE_DOWN):
        request.database_error = exception


def unavailable(request, exception):
    # One line per request: an outage would otherwise log a traceback for every visitor.
    logger.error("Database unavailable (%s): 503 for %s", exception, request.path)
    # Rendered without the request: no context processor, nothing that queries.
    response = HttpResponse(render_to_string("503.html"), status=503)
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


def moved_addresses(get_response):
    """A page that is not found under an address that moved (core.models.MovedAddress) is
    a permanent redirect to where it lives now. Only what finds nothing asks: an address
    taken again by a new object serves that object.

    Moves are recorded with the portal's addresses. On an alliance's own host (core.hosts)
    its pages lie at the root: the path is looked up below the alliance's portal address,
    and a target there is given back without it."""

    def middleware(request):
        response = get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        site = served_slug()
        prefix = ""
        if site is not None:
            home = reverse("pages:alliance", kwargs={"slug": site}, urlconf=settings.ROOT_URLCONF)
            prefix = home.rstrip("/")
        target = MovedAddress.objects.resolve(prefix + request.path)
        if target is None:
            return response
        if prefix and target.startswith(prefix + "/"):
            target = target.removeprefix(prefix)
        query = request.META.get("QUERY_STRING", "")
        location = iri_to_uri(target) + (f"?{iri_to_uri(query)}" if query else "")
        redirect = HttpResponsePermanentRedirect(location)
        patch_cache_control(redirect, max_age=MOVED_CACHE_SECONDS)
        return redirect

    return middleware

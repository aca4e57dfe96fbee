"""Public pages for visitors come from a cache, and are fresh the moment anything they show changes.

Every public page names the tags of what it shows (``page_paths(..., tags=…)``): the
alliance of its address ("alliance:kassel") and the kinds of content its network-wide
lists gather ("news", "projects" …). Each tag has a version in the cache. A response
for a visitor who is not logged in is stored with the versions of its tags; the next
request gets it back only while all those versions are unchanged. Saving or deleting
anything replaces the versions of the tags of what it touches (`invalidate`, called by
core.signals for every model with a ``cache_tags()`` method), so exactly the pages that
show it are rendered afresh, and nothing else. No entry outlives the next moment a
scheduled item appears or disappears (``sichtbar ab/bis``): models that schedule offer
``next_boundary()``, and an entry expires then at the latest.

The cache is Django's (settings.CACHES, CACHE_URL): a folder on one machine, Redis for
several. Editors (logged in) are never served from it, nor stored in it.
"""

import functools
import hashlib
import secrets
import time
from functools import wraps
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_response_headers
from django.utils.http import http_date, parse_etags

from .publishing import is_editor

TAG_PREFIX = "pagecache:tag:"
PAGE_PREFIX = "pagecache:page:"
BOUNDARY_KEY = "pagecache:boundary"
EVERYTHING = "all"  # on every page: catalogue changes (fields of action) refresh all


@functools.cache
def release():
    """A fingerprint of the code and templates: a new version never serves an old page."""
    digest = hashlib.sha256()
    root = Path(settings.BASE_DIR)
    code = [top for top in root.iterdir() if (top / "apps.py").exists() or top.name == "config"]
    for path in sorted(path for top in code for path in top.rglob("*.py")):
        digest.update(path.read_bytes())
    for path in sorted((root / "templates").rglob("*.html")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def page_key(request):
    raw = f"{release()}|{request.get_host()}|{request.get_full_path()}"
    return PAGE_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


def tag_versions(tags):
    """The current version of each tag; a tag without one gets one now."""
    keys = {TAG_PREFIX + tag: tag for tag in tags}
    found = cache.get_many(list(keys))
    missing = {key: secrets.token_hex(8) for key in keys if key not in found}
    if missing:
        cache.set_many(missing, timeout=None)
    return {keys[key]: value for key, value in (found | missing).items()}


def invalidate(tags):
    """Every cached page that shows one of these tags is rendered afresh on its next request."""
    cache.set_many({TAG_PREFIX + tag: secrets.token_hex(8) for tag in tags}, timeout=None)


def invalidate_schedule():
    cache.delete(BOUNDARY_KEY)


def next_boundary():
    """The next moment (a Unix time) a scheduled item appears or disappears, or None."""
    boundary = cache.get(BOUNDARY_KEY)
    if boundary is None:
        moments = [
            model.objects.next_boundary()
            for model in apps.get_models()
            if hasattr(model.objects, "next_boundary")
        ]
        moments = [moment.timestamp() for moment in moments if moment is not None]
        boundary = min(moments, default=0)  # 0: nothing scheduled
        cache.set(BOUNDARY_KEY, boundary, timeout=settings.PAGE_CACHE_SECONDS)
    return boundary or None


def lifetime():
    """Seconds an entry may live: the configured time, but never past the next boundary."""
    seconds = settings.PAGE_CACHE_SECONDS
    boundary = next_boundary()
    if boundary is not None:
        seconds = min(seconds, boundary - time.time())
    return int(seconds)


def is_cacheable(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not is_editor(request.user)
    )


def not_modified(request, entry):
    etags = parse_etags(request.headers.get("If-None-Match", ""))
    return entry["etag"] in etags or "*" in etags


def cached_page(view, tags):
    """Wrap a public view: serve and store visitors' responses, tagged with what they show."""

    @wraps(view)
    def page(request, *args, **kwargs):
        if not is_cacheable(request):
            return view(request, *args, **kwargs)
        own_tags = [EVERYTHING, *tags]
        slug = kwargs.get("alliance_slug") or (kwargs.get("slug") if "alliance" in tags else None)
        if slug:
            own_tags = [tag for tag in own_tags if tag != "alliance"] + [f"alliance:{slug}"]
        key = page_key(request)
        entry = cache.get(key)
        # Read before rendering: a change while the page renders makes the stored copy stale.
        versions = tag_versions(own_tags)
        if entry is not None and entry["versions"] == versions:
            if not_modified(request, entry):
                return not_modified_response(entry)
            return entry["response"]
        response = view(request, *args, **kwargs)
        seconds = lifetime()
        if response.status_code == 200 and storable(request, response) and seconds > 0:
            entry = store(key, response, versions, seconds)
            if not_modified(request, entry):
                return not_modified_response(entry)
        return response

    return page


def storable(request, response):
    # A page that handed out a CSRF token or set a cookie is that visitor's own.
    return (
        not getattr(response, "streaming", False)
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    )


def store(key, response, versions, seconds):
    if hasattr(response, "render") and callable(response.render):
        response = response.render()
    response["ETag"] = '"' + hashlib.md5(response.content, usedforsecurity=False).hexdigest() + '"'
    response["Last-Modified"] = http_date()
    # Browsers ask again every time and get a 304 while nothing changed.
    patch_response_headers(response, cache_timeout=0)
    response.headers["Cache-Control"] = "max-age=0, must-revalidate"
    entry = {"response": response, "versions": versions, "etag": response["ETag"]}
    cache.set(key, entry, timeout=seconds)
    return entry


def not_modified_response(entry):
    from django.http import HttpResponseNotModified

    response = HttpResponseNotModified()
    for header in ("ETag", "Last-Modified", "Cache-Control", "Expires"):
        if header in entry["response"]:
            response[header] = entry["response"][header]
    return response


class OnItsAlliancesPages:
    """For what only its alliance's pages show (contacts, history, documents …)."""

    def cache_tags(self):
        return {f"alliance:{self.alliance.slug}"}

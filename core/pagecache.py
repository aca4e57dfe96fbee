"""Public pages for visitors come from a cache, and are fresh the moment anything they show changes.

Tags. Every public page names the tags of what it shows (``page_paths(..., tags=…)``): the
alliance of its address ("alliance:kassel") and the kinds of content its network-wide
lists gather ("news", "projects" …); a page on an alliance's own host name carries that
alliance's tag as well. Each tag has a version in the cache. A page is stored with the
versions its tags had before it was rendered, and served only while they are unchanged.
Saving or deleting anything replaces the versions of the tags of what it touches
(`invalidate`, called by core.signals for every model with a ``cache_tags()`` method), so
exactly the pages that show it are rendered afresh, and nothing else. No entry outlives
the next moment a scheduled item appears or disappears (``sichtbar ab/bis``): models that
schedule offer ``next_boundary()``, and an entry expires then at the latest.

Two halves. `cached_page` wraps each public view: for a visitor it reads the versions of
the page's tags before the view runs and marks the response with them, with how long it
may live (`lifetime`) and with the headers for revalidation (ETag, Last-Modified,
Cache-Control). `PageCacheMiddleware`, early in settings.MIDDLEWARE (after whitenoise and
the check of the number of query parameters), stores the final response, with every
header the middleware inside it added (CSP, X-Frame-Options, Vary …), as a compact entry
(status, headers, body, tag versions, expiry), and answers the next request for that
address from it before sessions, CSRF, authentication, URL resolving and the view run: a
hit costs about what whitenoise's static file costs.

Who gets stored pages: GET and HEAD without a session cookie, while PAGE_CACHE_SECONDS is
above 0. Whoever sends a session cookie (an editor, who previews drafts at the same
addresses) goes the whole way, and `cached_page` leaves editors' pages alone. Only a
response `cached_page` marked, with status 200, that sets no cookie, hands out no CSRF
token, uses no CSP nonce and varies on nothing but the cookie, is stored. A request the
full way refuses (a host Django or buendnisse.hosts does not accept, too many query
parameters, an unknown address) therefore finds nothing under its key and goes the full
way again. The key is the scheme, the host as the request names it (what ``get_host()``
returns once the host is accepted; the middleware never asks Django to check it, so it
never raises DisallowedHost) and the full path, with the code's `release()`. Adding,
moving or removing an alliance's host name refreshes the alliance's tag
(AllianceHost.cache_tags), and so every page on that host.

Fresh on every instance at the next request. `invalidate()` writes new versions of its
tags and then a new random value of one generation key. A hit reads the page and the
generation together (one get_many: one round trip to Redis). Each process keeps the tag
versions it read last, with the generation it had read before reading them, and reads
them again only when the generation it finds differs (or a tag is new to it). Why that is
exact: when an edit's save has returned, its invalidate() has written the tags and then
the generation (core.signals, after the commit). A request that starts later finds that
generation or a newer one. If the process holds the same value, it read its versions after
reading that value (values are random and never come back), so after it was written, so
after the tags written before it; otherwise it reads the versions now. Either way the
versions compared are at least the edit's, and a page stored with older ones is a miss. A
page's versions are read before its view runs: a change committed while it renders leaves
it stored with the old versions, so it is never served. Creating a missing tag version
counts as a change too. A missing generation (a cleared or restarted cache) is a miss and
gets a new value.

Each process also keeps the entries it stored or served last in its memory (at most
MEMORY_BYTES), checked in the same way against the tag versions; a hit from there reads
only the generation from the shared cache.

Conditional requests (If-None-Match, If-Modified-Since) are answered by the middleware
from the entry's ETag and Last-Modified, for a hit and a miss alike (on a miss it hides
them from the middleware inside, which would answer 304 and leave nothing to store).

The cache is Django's (settings.CACHES, CACHE_URL): a folder on one machine, Redis for
several. When it cannot be reached (Redis down or too slow, a folder that cannot be
written), pages are rendered without it: a process that meets the failure leaves the cache
alone for OUTAGE_SECONDS rather than wait for it on every request (`Outage`). New tag
versions the cache did not receive are kept in the database (UnsentInvalidation), because
a cache that refused only them, or only this process, still holds the pages they make
stale. Every process looks for them every PAGE_CACHE_LOOK_SECONDS and sends them; while
the cache does not take them, it serves nothing from the cache. So after an edit no
process serves the old page for longer than that look, whatever part of the cache failed,
and no visitor or editor gets an error for it.
"""

import functools
import hashlib
import logging
import secrets
import threading
import time
from collections import OrderedDict
from functools import wraps
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.http import HttpResponse
from django.http.response import ResponseHeaders
from django.utils.cache import get_conditional_response, patch_response_headers
from django.utils.http import http_date, parse_http_date_safe
from redis.exceptions import RedisError

from .hosts import served_slug
from .publishing import is_editor

TAG_PREFIX = "pagecache:tag:"
PAGE_PREFIX = "pagecache:page:"
BOUNDARY_KEY = "pagecache:boundary"
GENERATION_KEY = "pagecache:generation"
EVERYTHING = "all"  # on every page: catalogue changes (fields of action) refresh all
# Entries each process keeps in memory besides the shared cache (their bodies' bytes).
MEMORY_BYTES = 16 * 1024 * 1024
# What an unreachable cache raises: Redis down or slower than its timeout (settings.CACHES),
# a cache folder that cannot be read or written.
UNREACHABLE = (RedisError, OSError)
# How long a process renders without the cache after the cache failed it.
OUTAGE_SECONDS = 5

logger = logging.getLogger(__name__)

CONDITIONS = (
    "HTTP_IF_MATCH",
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_UNMODIFIED_SINCE",
)


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
    # _get_raw_host() is what get_host() returns once Django accepts the host; it checks
    # nothing and raises nothing. Only accepted hosts' pages are ever stored under it.
    query = request.META.get("QUERY_STRING", "")
    raw = f"{release()}|{request.scheme}|{request._get_raw_host()}|{request.path}?{query}"
    return PAGE_PREFIX + hashlib.sha256(raw.encode(errors="backslashreplace")).hexdigest()


def new_version():
    return secrets.token_hex(8)


def tag_versions(tags):
    """The current version of each tag; a tag without one gets one now."""
    keys = {TAG_PREFIX + tag: tag for tag in tags}
    found = cache.get_many(list(keys))
    missing = {key: new_version() for key in keys if key not in found}
    if missing:
        cache.set_many(missing, timeout=None)
        cache.set(GENERATION_KEY, new_version(), timeout=None)
    return {keys[key]: value for key, value in (found | missing).items()}


class Outage:
    """The shared cache as this process last found it (module docstring): until when it
    is left alone after a failure, and when to look next for what it missed."""

    def __init__(self):
        self.until = 0.0  # time.monotonic() until which the cache is left alone
        self.next_look = None  # time.monotonic() of the next look for unsent invalidations

    def is_over(self):
        return time.monotonic() >= self.until

    def began(self, error):
        self.until = time.monotonic() + OUTAGE_SECONDS
        logger.warning(
            "Cache unreachable (%s: %s), pages are rendered without it for %s s",
            type(error).__name__,
            error,
            OUTAGE_SECONDS,
        )

    def attempt(self, call, *args):
        """call(*args), or None when the cache fails it: then the outage begins."""
        try:
            return call(*args)
        except UNREACHABLE as error:
            self.began(error)
            return None

    def time_to_look(self):
        """Every PAGE_CACHE_LOOK_SECONDS (the first time that long after the process's
        first request), and not while the cache is left alone."""
        now = time.monotonic()
        if self.next_look is None:
            self.next_look = now + settings.PAGE_CACHE_LOOK_SECONDS
        if now < self.next_look or now < self.until:
            return False
        self.next_look = now + settings.PAGE_CACHE_LOOK_SECONDS
        return True


outage = Outage()


def invalidate(tags, schedule=False):
    """Every cached page that shows one of these tags is rendered afresh on its next
    request; with `schedule`, the next scheduled moment is looked up again. What the cache
    does not receive is kept in the database for every process to send (module docstring)."""
    tags = set(tags)
    if outage.is_over():
        try:
            send(tags, schedule)
            return
        except UNREACHABLE as error:
            outage.began(error)
    from .models import UnsentInvalidation  # models are not loaded when this module is

    UnsentInvalidation.objects.create(tags=sorted(tags), schedule=schedule)


def send(tags, schedule):
    if tags:
        cache.set_many({TAG_PREFIX + tag: new_version() for tag in tags}, timeout=None)
        # After the tags: whoever finds this generation finds these versions (module
        # docstring).
        cache.set(GENERATION_KEY, new_version(), timeout=None)
    if schedule:
        cache.delete(BOUNDARY_KEY)


def send_unsent():
    """Sends the invalidations any process could not (UnsentInvalidation), and forgets
    them once the cache took them. If it does not, this process leaves the cache alone:
    it must not serve pages those invalidations make stale."""
    from .models import UnsentInvalidation

    try:
        unsent = list(UnsentInvalidation.objects.values_list("pk", "tags", "schedule"))
    except DatabaseError:
        return  # the database is down: DatabaseUnavailableMiddleware answers
    if not unsent:
        return
    try:
        send({tag for _pk, tags, _schedule in unsent for tag in tags}, any(s for *_, s in unsent))
    except UNREACHABLE as error:
        outage.began(error)
        return
    UnsentInvalidation.objects.filter(pk__in=[pk for pk, *_ in unsent]).delete()


def next_boundary():
    """The next moment (a Unix time) a scheduled item appears or disappears, or None."""
    boundary = cache.get(BOUNDARY_KEY)
    # A boundary that has passed is looked up again: else nothing would be stored until the
    # remembered one expired.
    if boundary is None or 0 < boundary <= time.time():
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
        and outage.is_over()
        and not is_editor(request.user)
    )


def cached_page(view, tags):
    """Wrap a public view: mark visitors' responses for the cache, with the versions of
    the tags of what they show (PageCacheMiddleware stores them)."""

    @wraps(view)
    def page(request, *args, **kwargs):
        if not is_cacheable(request):
            return view(request, *args, **kwargs)
        own_tags = [EVERYTHING, *tags]
        slug = kwargs.get("alliance_slug") or (kwargs.get("slug") if "alliance" in tags else None)
        if slug:
            own_tags = [tag for tag in own_tags if tag != "alliance"] + [f"alliance:{slug}"]
        site = served_slug()
        if site is not None:  # on an alliance's own host: gone when its host names change
            own_tags.append(f"alliance:{site}")
        # Read before rendering: a change while the page renders makes the stored copy stale.
        versions = outage.attempt(tag_versions, own_tags)
        response = view(request, *args, **kwargs)
        if versions is None:
            return response
        if response.status_code == 200 and not getattr(response, "streaming", False):
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            etag = hashlib.md5(response.content, usedforsecurity=False).hexdigest()
            response["ETag"] = f'"{etag}"'
            response["Last-Modified"] = http_date()
            # Browsers ask again every time and get a 304 while nothing changed.
            patch_response_headers(response, cache_timeout=0)
            response.headers["Cache-Control"] = "max-age=0, must-revalidate"
            seconds = outage.attempt(lifetime)
            if seconds is not None:
                response.page_cache = (versions, seconds)
        return response

    return page


def storable(request, response):
    # A page that handed out a CSRF token or a CSP nonce, or set a cookie, is that
    # visitor's own; the key knows nothing of other headers a page might vary on.
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",")}
    return (
        response.status_code == 200
        and not getattr(response, "streaming", False)
        and not response.cookies
        and "CSRF_COOKIE_NEEDS_UPDATE" not in request.META
        and getattr(request, "_csp_nonce", None) is None
        and vary <= {"", "cookie"}
    )


class Memory:
    """What this process knows: the tag versions it read last with the generation it read
    before them, and the entries it stored or served last (module docstring)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.known = (None, {})  # (generation, {tag: version})
        self.pages = OrderedDict()  # key: entry, the most recently used last
        self.size = 0

    def versions(self, generation, tags):
        """The versions of these tags, at least as new as `generation` (module docstring)."""
        known_generation, known = self.known
        if known_generation != generation:
            known = {}
        missing = [tag for tag in tags if tag not in known]
        if missing:
            found = cache.get_many([TAG_PREFIX + tag for tag in missing])
            read = {tag: found[TAG_PREFIX + tag] for tag in missing if TAG_PREFIX + tag in found}
            known = known | read
            self.known = (generation, known)
        return known

    def page(self, key):
        with self.lock:
            entry = self.pages.get(key)
            if entry is not None:
                self.pages.move_to_end(key)
            return entry

    def remember(self, key, entry):
        size = len(entry[2])
        if size > MEMORY_BYTES // 8:
            return
        with self.lock:
            self._drop(key)
            self.pages[key] = entry
            self.size += size
            while self.size > MEMORY_BYTES:
                self._drop(next(iter(self.pages)))  # the least recently used

    def forget(self, key):
        with self.lock:
            self._drop(key)

    def _drop(self, key):
        dropped = self.pages.pop(key, None)
        if dropped is not None:
            self.size -= len(dropped[2])


memory = Memory()


def is_current(entry, generation):
    _status, _headers, _body, versions, expires = entry
    known = memory.versions(generation, versions)
    return expires > time.time() and all(known.get(tag) == v for tag, v in versions.items())


def find(key):
    """The stored entry under `key` if it is still current, else None."""
    entry = memory.page(key)
    in_memory = entry is not None
    if in_memory:
        generation = cache.get(GENERATION_KEY)
    else:
        found = cache.get_many([key, GENERATION_KEY])
        entry, generation = found.get(key), found.get(GENERATION_KEY)
    if generation is None:  # a cleared or restarted cache: nothing is known to be current
        cache.add(GENERATION_KEY, new_version(), timeout=None)
        return None
    if in_memory and not is_current(entry, generation):
        memory.forget(key)
        entry, in_memory = cache.get(key), False  # another process may have stored it afresh
    if entry is None or not (in_memory or is_current(entry, generation)):
        return None
    if not in_memory:
        memory.remember(key, entry)
    return entry


def store(key, response):
    versions, seconds = response.page_cache
    if seconds <= 0:
        return None
    headers = tuple(response.items())
    entry = (response.status_code, headers, response.content, versions, time.time() + seconds)
    cache.set(key, entry, timeout=seconds)
    memory.remember(key, entry)
    return entry


class StoredHeaders(ResponseHeaders):
    """Headers as the response had them when it was stored, where Django checked them already:
    taken as they are (checking them again costs a cache hit a tenth of its time)."""

    def __init__(self, headers):
        self._store = {name.lower(): (name, value) for name, value in headers}


def answer(request, entry):
    """The stored response; without its body for HEAD, a 304 where the browser has it."""
    status, headers, body, _versions, _expires = entry
    response = HttpResponse(b"" if request.method == "HEAD" else body, status=status)
    response.headers = StoredHeaders(headers)
    if any(condition in request.META for condition in CONDITIONS):
        return conditional(request, response)
    return response


def conditional(request, response):
    """A 304 (or 412) where the request's conditions hold for the response's validators."""
    last_modified = response.get("Last-Modified")
    return get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=last_modified and parse_http_date_safe(last_modified),
        response=response,
    )


def is_candidate(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.PAGE_CACHE_SECONDS > 0
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and outage.is_over()
    )


class PageCacheMiddleware:
    """Answers visitors from the page cache, and stores what `cached_page` marked, as it
    leaves the middleware inside (module docstring). Put it after whitenoise and
    parse_query_first, before everything else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.PAGE_CACHE_SECONDS > 0 and outage.time_to_look():
            send_unsent()
        if not is_candidate(request):
            return self.get_response(request)
        key = page_key(request)
        # A cache that fails is a miss; the outage it begins keeps cached_page from marking
        # the response, so nothing is stored either.
        entry = outage.attempt(find, key)
        if entry is not None:
            return answer(request, entry)
        conditions = {name: request.META.pop(name) for name in CONDITIONS if name in request.META}
        try:
            response = self.get_response(request)
        finally:
            request.META.update(conditions)
        if hasattr(response, "page_cache") and storable(request, response):
            entry = outage.attempt(store, key, response)
            if entry is not None:
                return answer(request, entry)
        if conditions and request.method == "GET":
            return conditional(request, response)  # what ConditionalGetMiddleware would do
        return response


class OnItsAlliancesPages:
    """For what only its alliance's pages show (contacts, history, documents …)."""

    def cache_tags(self):
        return {f"alliance:{self.alliance.slug}"}

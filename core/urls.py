"""`reverse()` once per address and process.

A page links to the same few dozen addresses on every request (navigation, footer, an
alliance's sections, its items); Django's reverse() works each out anew, at some 20–30 µs
apiece. The path depends on nothing but the URLconf, the script prefix, the alliance whose
own host is served (core.hosts: its addresses there are its own host's), the name, its
arguments and the current app: this remembers it under exactly those. Arguments other
than strings and numbers (model instances, lazy texts) are reversed as usual.
"""

import functools

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf
from django.urls import reverse as django_reverse

from .hosts import served_slug

CACHEABLE = (str, int)


@functools.lru_cache(maxsize=8192)
def _reverse(urlconf, prefix, served, viewname, args, kwargs, current_app):
    # `prefix` and `served` are part of the key only: django_reverse reads the same.
    return django_reverse(
        viewname, urlconf=urlconf, args=args, kwargs=dict(kwargs), current_app=current_app
    )


def reverse(viewname, urlconf=None, args=None, kwargs=None, current_app=None):
    """django.urls.reverse(), remembered."""
    args = tuple(args or ())
    kwargs = tuple(sorted((kwargs or {}).items()))
    if not isinstance(viewname, str) or not all(
        type(value) in CACHEABLE for value in (*args, *(value for _key, value in kwargs))
    ):
        return django_reverse(
            viewname, urlconf=urlconf, args=args, kwargs=dict(kwargs), current_app=current_app
        )
    urlconf = urlconf or get_urlconf() or settings.ROOT_URLCONF
    return _reverse(
        urlconf, get_script_prefix(), served_slug(), viewname, args, kwargs, current_app
    )


@receiver(setting_changed)
def forget(setting, **kwargs):
    if setting == "ROOT_URLCONF":
        _reverse.cache_clear()

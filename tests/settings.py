"""Test settings: the real settings with fast hashing, local caching and plain static files."""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-not-secret")

from config.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Pages are rendered on every request here, so query counts are those of a cache miss;
# tests/test_page_cache.py turns the cache on.
PAGE_CACHE_SECONDS = 0
# No look for unsent invalidations between a test's requests: it would be a query a
# cache hit does not make (tests/test_page_cache_outage.py looks on purpose).
PAGE_CACHE_LOOK_SECONDS = 10**9
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT = None  # nothing is collected in tests; whitenoise serves from the finders

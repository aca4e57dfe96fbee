"""Settings for Bündnisportal, read from the environment (and an optional .env file)."""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
ENV_FILE = Path(env.str("ENV_FILE", default=str(BASE_DIR / ".env")))
if ENV_FILE.is_file():
    env.read_env(ENV_FILE)

DEBUG = env.bool("DEBUG", default=False)

SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY ist nicht gesetzt. Ohne geheimen Schlüssel startet Bündnisportal "
            "nicht im Produktionsbetrieb (DEBUG aus). Setzen Sie die Umgebungsvariable "
            "SECRET_KEY auf eine lange Zufallszeichenkette, zum Beispiel mit: "
            "python3 -c 'import secrets; print(secrets.token_urlsafe(50))'"
        )
    SECRET_KEY = "nur-fuer-die-entwicklung-nicht-geheim"  # noqa: S105 (DEBUG only)

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "core.apps.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",  # Django's widget templates, for FORM_RENDERER below
    "django_prose_editor",
    "axes",
    "reversion",  # earlier versions of the content (core/admin/history.py)
    # The project's apps, from the bottom layer to the top (pyproject.toml's import contracts).
    "core",
    "places",
    "buendnisse",
    "partners",
    "projects",
    "contacts",
    "inquiries",
    "news",
    "pages",
    "search",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Too many query parameters are a 400 on every page, not only on those that read them.
    "core.middleware.parse_query_first",
    # Visitors without a session get stored pages here, before anything else runs; what
    # the middleware below adds to a page is stored with it (core.pagecache).
    "core.pagecache.PageCacheMiddleware",
    # Before the session middleware, so a database outage there is a 503 too.
    "core.middleware.DatabaseUnavailableMiddleware",
    # An alliance's own host names serve its pages at "/" (buendnisse.hosts): before
    # anything asks for the host, which Django would refuse unless ALLOWED_HOSTS names it.
    "buendnisse.hosts.AllianceHostMiddleware",
    # A page not found at an address that moved redirects to the new one (core.models).
    "core.middleware.moved_addresses",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # ETags on every response, so a repeat visit costs a 304.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.site",
            ],
            # {% url %} remembers each address (core.urls).
            "builtins": ["core.templatetags.urls"],
        },
    },
]

# Widgets render with the templates above, so templates/ can override a widget's template
# (admin/widgets/split_datetime.html labels the date and the time input).
FORM_RENDERER = "core.forms.FormRenderer"

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several workers write at once: a write transaction takes the lock when it begins
    # (so no two read the same version and then both write), waits up to 20 s for it
    # instead of failing with "database is locked", and readers never block writers (WAL).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
FORMS_URLFIELD_ASSUME_HTTPS = True  # Django 6.0's default, now

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Login throttling (core.login_throttle): LOGIN_FAILURE_LIMIT failed attempts lock a login
# for LOGIN_LOCKOUT_MINUTES from the address they came from only, so an attacker locks out
# themselves and not the coordinator; LOGIN_FAILURE_LIMIT_PER_LOGIN failures from any
# addresses lock the login everywhere. Attempts during a lockout are not counted, or one
# address could reach that second limit on its own.
AXES_HANDLER = "core.login_throttle.LoginThrottleHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "username"]
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
LOGIN_FAILURE_LIMIT_PER_LOGIN = env.int("LOGIN_FAILURE_LIMIT_PER_LOGIN", default=50)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=15))
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
# The client's address: behind reverse proxies from X-Forwarded-For, trusting exactly
# TRUSTED_PROXY_COUNT of them (README, "Betrieb mit gunicorn und PostgreSQL"); by default
# the connection's address, which no client can forge.
AXES_CLIENT_IP_CALLABLE = "core.login_throttle.client_address"
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# The log names the attacked login (not the address: the admin shows that to network editors).
AXES_SENSITIVE_PARAMETERS = ["ip_address"]
AXES_LOCKOUT_TEMPLATE = "admin/lockout.html"
AXES_VERBOSE = False

LANGUAGE_CODE = "de"
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# The embedded one-machine shape lets Django serve uploads; behind a reverse proxy
# or with object storage, leave this off.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=DEBUG)

# In development, whitenoise serves straight from the source folders.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Uploaded files in S3-compatible object storage (AWS, MinIO, Ceph, IONOS, Hetzner, …):
# setting S3_BUCKET switches the default storage over. See README, "Medien".
S3_BUCKET = env.str("S3_BUCKET", default="")
if S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": env.str("S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("S3_REGION", default="") or None,
            "access_key": env.str("S3_ACCESS_KEY", default="") or None,
            "secret_key": env.str("S3_SECRET_KEY", default="") or None,
            "custom_domain": env.str("S3_CUSTOM_DOMAIN", default="") or None,
            "location": env.str("S3_PREFIX", default=""),
            # Public pictures and downloads: plain, cacheable addresses, no signed URLs.
            "querystring_auth": env.bool("S3_SIGNED_URLS", default=False),
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000"},
        },
    }
    SERVE_MEDIA = False

# Content-Security-Policy: the public pages load scripts, styles, fonts and pictures from
# this site only (and pictures from the object storage, where one is configured); no
# inline script or style, no frames, no plugins. The admin is left out: its rich-text
# editor needs an inline import map.
MEDIA_ORIGINS = []
if S3_BUCKET:
    if custom_domain := env.str("S3_CUSTOM_DOMAIN", default=""):
        MEDIA_ORIGINS = [f"https://{custom_domain}"]
    else:
        endpoint = env.str("S3_ENDPOINT_URL", default="https://s3.amazonaws.com")
        endpoint_host = endpoint.removeprefix("https://").removeprefix("http://").rstrip("/")
        # Path-style and virtual-host-style addresses of the bucket.
        MEDIA_ORIGINS = [f"https://{endpoint_host}", f"https://{S3_BUCKET}.{endpoint_host}"]
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, *MEDIA_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="buendnisportal@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# "Machen Sie mit" (inquiries): how long an inquiry is kept (the privacy page says so;
# `manage.py delete_old_inquiries` deletes older ones, run daily), how many posts one client
# address may send within an hour, and how many seconds a person needs at least to fill in
# the form (faster is a machine).
INQUIRY_RETENTION_DAYS = env.int("INQUIRY_RETENTION_DAYS", default=180)
INQUIRY_LIMIT_PER_HOUR = env.int("INQUIRY_LIMIT_PER_HOUR", default=10)
INQUIRY_MIN_SECONDS = env.int("INQUIRY_MIN_SECONDS", default=3)

# Shared by every worker process: a folder on one machine; CACHE_URL=redis://… for several
# machines (README, "Mehr als ein Server"). The public pages are cached there (core.pagecache).
CACHES = {
    "default": env.cache("CACHE_URL", default=f"filecache://{BASE_DIR / '.cache' / 'django'}")
}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # A Redis that does not answer within a second counts as down: pages are rendered
    # without the cache for a while (core.pagecache) rather than wait for it.
    CACHES["default"].setdefault("OPTIONS", {})
    CACHES["default"]["OPTIONS"].setdefault("socket_connect_timeout", 1)
    CACHES["default"]["OPTIONS"].setdefault("socket_timeout", 1)
# How long a public page may be served from the cache at most; 0 turns the cache off. Edits
# and schedules refresh pages earlier, exactly when they change.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=60 * 60 * 24)
# How often each process looks for invalidations the cache did not receive (seconds).
PAGE_CACHE_LOOK_SECONDS = env.float("PAGE_CACHE_LOOK_SECONDS", default=1.0)

# Behind a TLS-terminating reverse proxy (README, "Betrieb mit gunicorn und PostgreSQL"),
# which also redirects plain HTTP; whatever plain HTTP still reaches Django is redirected too.
BEHIND_TLS_PROXY = env.bool("BEHIND_TLS_PROXY", default=False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_TLS_PROXY else None
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=BEHIND_TLS_PROXY)
# HTTP Strict Transport Security: off until the operator knows HTTPS works everywhere.
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
# Asking for the browsers' preload list is the operator's choice (SECURE_HSTS_PRELOAD), for
# the whole registered domain; its absence is no deployment mistake.
SILENCED_SYSTEM_CHECKS = ["security.W021"]
SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Shown in the footer and on the legal pages (Impressum, Datenschutz, Barrierefreiheit).
SITE_NAME = env.str("SITE_NAME", default="Bündnisportal")
# The portal's own host name, where an alliance's own host sends the network's pages
# (buendnisse.hosts); empty: the first fixed name in ALLOWED_HOSTS.
SITE_HOST = env.str("SITE_HOST", default="")
SITE_OPERATOR = env.str("SITE_OPERATOR", default="Demo-Installation von Bündnisportal")
SITE_OPERATOR_ADDRESS = env.str(
    "SITE_OPERATOR_ADDRESS", default="Musterstraße 1, 12345 Musterstadt"
)
SITE_OPERATOR_EMAIL = env.str("SITE_OPERATOR_EMAIL", default="redaktion@example.org")
SITE_OPERATOR_PHONE = env.str("SITE_OPERATOR_PHONE", default="0000 000-0000")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # django-axes logs every login at INFO; failures and lockouts are warnings.
    "loggers": {"axes": {"level": "WARNING"}},
}

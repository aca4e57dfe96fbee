import os

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = get_wsgi_application()

# gunicorn runs no system checks: refuse to start rather than answer every page with a 500.
from core.checks import check_static_manifest  # noqa: E402 (needs the apps loaded)

if errors := check_static_manifest():
    raise ImproperlyConfigured("\n".join(f"{error.msg} {error.hint}" for error in errors))

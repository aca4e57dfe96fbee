"""System checks for what would otherwise fail on every request."""

from django.contrib.staticfiles.storage import ManifestFilesMixin
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import storages

COLLECTSTATIC = "python manage.py collectstatic --no-input"


def check_static_manifest(app_configs=None, **kwargs):
    """A manifest storage without its manifest (no `collectstatic` yet) fails every page."""
    storage = storages["staticfiles"]
    if not isinstance(storage, ManifestFilesMixin):
        return []
    try:
        if storage.manifest_storage.exists(storage.manifest_name):
            return []
        missing = storage.manifest_storage.path(storage.manifest_name)
    except ImproperlyConfigured:  # STATIC_ROOT not set
        missing = storage.manifest_name
    return [
        checks.Error(
            f"Die statischen Dateien sind nicht gesammelt: {missing} fehlt. Ohne sie "
            "antwortet im Produktionsbetrieb (DEBUG aus) jede Seite mit einem Fehler.",
            hint=f"Führen Sie vor dem Start `{COLLECTSTATIC}` aus (Ziel: STATIC_ROOT).",
            id="core.E001",
        )
    ]

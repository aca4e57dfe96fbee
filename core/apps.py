from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.core import checks
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from . import signals
from .checks import check_static_manifest


def create_coordinator_group(sender, **kwargs):
    from .admin.permissions import ensure_coordinator_group

    ensure_coordinator_group()


class CoreConfig(AppConfig):
    """What every app builds on and that is not about alliances."""

    name = "core"
    verbose_name = _("Grundlagen")

    def ready(self):
        # After migrate has created the permissions, so every installation has the group.
        post_migrate.connect(create_coordinator_group, dispatch_uid="core-coordinator-group")
        # Public pages are fresh the moment what they show changes (core.pagecache).
        signals.connect()
        # A deployment check: `migrate` and `collectstatic` itself run without the manifest;
        # config/wsgi.py runs it at every start.
        checks.register(check_static_manifest, checks.Tags.staticfiles, deploy=True)


class AdminConfig(admin_apps.AdminConfig):
    """The admin, with autocompletes that respect the alliance scope."""

    default = False  # installed by its own name in INSTALLED_APPS
    default_site = "core.admin.site.BuendnisAdminSite"

    def ready(self):
        super().ready()
        from .admin.german import name_boolean_icons_in_german

        name_boolean_icons_in_german()

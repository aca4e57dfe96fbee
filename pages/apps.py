from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """The pages that gather every app: home, directory, an alliance's start page, legal pages."""

    name = "pages"
    verbose_name = _("Seiten des Netzwerks")

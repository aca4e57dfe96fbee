from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlacesConfig(AppConfig):
    """Germany's postcodes, places, Kreise and Länder: the catalogue the finder searches."""

    name = "places"
    verbose_name = _("Orte und Postleitzahlen")

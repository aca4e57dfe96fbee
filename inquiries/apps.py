from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InquiriesConfig(AppConfig):
    """What visitors send an alliance through "Machen Sie mit", until it is deleted."""

    name = "inquiries"
    verbose_name = _("Anfragen")

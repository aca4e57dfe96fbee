from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BuendnisseConfig(AppConfig):
    name = "buendnisse"
    verbose_name = _("Bündnisse")

    def ready(self):
        from . import signals  # noqa: F401  (connects the handlers)

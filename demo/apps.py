from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo content of `make run`: the four alliances of the seeds (load_demo)."""

    name = "demo"
    verbose_name = _("Demo-Inhalte")

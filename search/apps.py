from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def fill_empty_index(sender, **kwargs):
    """An installation that had content before the search came gets its index at `migrate`."""
    from .index import fill_if_empty

    fill_if_empty()


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Suche")

    def ready(self):
        from . import index

        index.connect()
        post_migrate.connect(fill_empty_index, sender=self, dispatch_uid="search-fill-empty")

from django.urls import path, register_converter

from core.printing import page_paths

from . import views
from .hosts import every_host


class HexColorConverter:
    regex = "[0-9a-fA-F]{6}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value.lstrip("#")


register_converter(HexColorConverter, "hexcolor")

app_name = "buendnisse"

urlpatterns = [
    *page_paths(
        "buendnisse/<slug:slug>/ueber-uns/", views.alliance_about, name="about", tags=("alliance",)
    ),
    *page_paths(
        "buendnisse/<slug:slug>/leichte-sprache/",
        views.alliance_easy_language,
        name="easy-language",
        tags=("alliance",),
    ),
    path("farbe/<hexcolor:color>.css", every_host(views.accent_css), name="accent-css"),
]

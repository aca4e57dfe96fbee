from django.urls import path, register_converter

from . import views
from .printing import page_paths


class HexColorConverter:
    regex = "[0-9a-fA-F]{6}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value.lstrip("#")


register_converter(HexColorConverter, "hexcolor")

app_name = "buendnisse"

urlpatterns = [
    *page_paths("", views.home, name="home"),
    *page_paths("buendnisse/", views.alliance_list, name="list"),
    *page_paths("buendnisse/<slug:slug>/", views.alliance_detail, name="detail"),
    *page_paths("buendnisse/<slug:slug>/ueber-uns/", views.alliance_about, name="about"),
    *page_paths("buendnisse/<slug:slug>/mitmachen/", views.alliance_join, name="join"),
    *page_paths("impressum/", views.legal_page, {"page": "imprint"}, name="imprint"),
    *page_paths("datenschutz/", views.legal_page, {"page": "privacy"}, name="privacy"),
    *page_paths(
        "barrierefreiheit/", views.legal_page, {"page": "accessibility"}, name="accessibility"
    ),
    path("farbe/<hexcolor:color>.css", views.accent_css, name="accent-css"),
]

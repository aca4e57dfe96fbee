from django.urls import path, register_converter

from . import views


class HexColorConverter:
    regex = "[0-9a-fA-F]{6}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value.lstrip("#")


register_converter(HexColorConverter, "hexcolor")

app_name = "buendnisse"

urlpatterns = [
    path("", views.home, name="home"),
    path("buendnisse/", views.alliance_list, name="list"),
    path("buendnisse/<slug:slug>/", views.alliance_detail, name="detail"),
    path("buendnisse/<slug:slug>/ueber-uns/", views.alliance_about, name="about"),
    path("buendnisse/<slug:slug>/mitmachen/", views.alliance_join, name="join"),
    path("impressum/", views.legal_page, {"page": "imprint"}, name="imprint"),
    path("datenschutz/", views.legal_page, {"page": "privacy"}, name="privacy"),
    path("barrierefreiheit/", views.legal_page, {"page": "accessibility"}, name="accessibility"),
    path("farbe/<hexcolor:color>.css", views.accent_css, name="accent-css"),
]

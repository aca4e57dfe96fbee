from core.printing import page_paths

from . import views

app_name = "pages"

urlpatterns = [
    *page_paths("", views.home, name="home"),
    *page_paths("buendnisse/", views.alliance_list, name="list"),
    *page_paths("buendnisse/<slug:slug>/", views.alliance_detail, name="alliance"),
    *page_paths("buendnisse/<slug:slug>/mitmachen/", views.alliance_join, name="join"),
    *page_paths("impressum/", views.legal_page, {"page": "imprint"}, name="imprint"),
    *page_paths("datenschutz/", views.legal_page, {"page": "privacy"}, name="privacy"),
    *page_paths(
        "barrierefreiheit/", views.legal_page, {"page": "accessibility"}, name="accessibility"
    ),
]

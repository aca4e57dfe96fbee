from django.urls import path

from buendnisse.hosts import every_host
from core.pagecache import cached_page
from core.printing import page_paths, print_path

from . import views

app_name = "pages"

ALLIANCE = ("alliance",)  # the slug in these addresses is the alliance's
SITEMAP = ("alliances", "projects", "news", "events")

urlpatterns = [
    *page_paths("", views.home, name="home", tags=("alliances", "news", "month")),
    *page_paths("buendnisse/", views.alliance_list, name="list", tags=("alliances",)),
    *page_paths("karte/", views.alliance_map, name="map", tags=("alliances",)),
    *page_paths("buendnisse/<slug:slug>/", views.alliance_detail, name="alliance", tags=ALLIANCE),
    *page_paths(
        "buendnisse/<slug:slug>/mitmachen/", views.alliance_join, name="join", tags=ALLIANCE
    ),
    path(
        "buendnisse/<slug:slug>/mitmachen/danke/",
        cached_page(views.alliance_join_thanks, ALLIANCE),
        name="join-thanks",
    ),
    print_path(
        "buendnisse/<slug:slug>/alles/", views.alliance_print_all, name="print-all", tags=ALLIANCE
    ),
    # An alliance's own Impressum and Datenschutz (its responsible body, else the operator's)
    *page_paths(
        "buendnisse/<slug:slug>/impressum/",
        views.legal_page,
        {"page": "imprint"},
        name="alliance-imprint",
        tags=ALLIANCE,
    ),
    *page_paths(
        "buendnisse/<slug:slug>/datenschutz/",
        views.legal_page,
        {"page": "privacy"},
        name="alliance-privacy",
        tags=ALLIANCE,
    ),
    *page_paths("impressum/", views.legal_page, {"page": "imprint"}, name="imprint"),
    *page_paths("datenschutz/", views.legal_page, {"page": "privacy"}, name="privacy"),
    *page_paths(
        "barrierefreiheit/", views.legal_page, {"page": "accessibility"}, name="accessibility"
    ),
    *page_paths("leichte-sprache/", views.easy_language, name="easy-language", tags=("alliances",)),
    # For machines
    # For machines, on every host: an alliance's own host has its own (buendnisse.hosts).
    path("robots.txt", every_host(cached_page(views.robots_txt, ())), name="robots"),
    path("sitemap.xml", every_host(cached_page(views.sitemap_index, SITEMAP)), name="sitemap"),
    path(
        "sitemap-<slug:section>.xml",
        every_host(cached_page(views.sitemap_section, SITEMAP)),
        name="sitemap-section",
    ),
    path("favicon.ico", every_host(views.favicon), name="favicon"),
    path("manifest.webmanifest", every_host(cached_page(views.manifest, ())), name="manifest"),
]

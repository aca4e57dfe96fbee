from django.urls import path

from core.pagecache import cached_page
from core.printing import page_paths

from . import views
from .feeds import AllianceNewsFeed, NetworkNewsFeed

app_name = "news"

ALLIANCE = "buendnisse/<slug:alliance_slug>/"
# What the network-wide pages gather (core.pagecache); an alliance's pages go by its slug.
NEWS = ("news", "alliances")
EVENTS = ("events", "alliances")

urlpatterns = [
    # The network's news and dates, with every published alliance's, each labelled
    path("aktuelles/feed/", cached_page(NetworkNewsFeed(), NEWS), name="feed"),
    *page_paths("aktuelles/", views.news_list, name="list", tags=NEWS),
    *page_paths("aktuelles/<slug:slug>/", views.news_detail, name="detail", tags=NEWS),
    path("termine.ics", cached_page(views.calendar, EVENTS), name="calendar"),
    *page_paths("termine/", views.event_list, name="events", tags=EVENTS),
    *page_paths(
        "termine/archiv/", views.event_list, {"archive": True}, name="event-archive", tags=EVENTS
    ),
    path("termine/<slug:slug>.ics", cached_page(views.event_ics, EVENTS), name="event-ics"),
    *page_paths("termine/<slug:slug>/", views.event_detail, name="event-detail", tags=EVENTS),
    *page_paths(
        "buendnis-des-monats/",
        views.alliance_of_the_month_list,
        name="alliance-of-the-month",
        tags=("month",),
    ),
    # One alliance's
    path(f"{ALLIANCE}aktuelles/feed/", cached_page(AllianceNewsFeed(), ()), name="alliance-feed"),
    *page_paths(f"{ALLIANCE}aktuelles/", views.news_list, name="alliance-list"),
    *page_paths(f"{ALLIANCE}aktuelles/<slug:slug>/", views.news_detail, name="alliance-detail"),
    path(f"{ALLIANCE}termine.ics", cached_page(views.calendar, ()), name="alliance-calendar"),
    *page_paths(f"{ALLIANCE}termine/", views.event_list, name="alliance-events"),
    *page_paths(
        f"{ALLIANCE}termine/archiv/",
        views.event_list,
        {"archive": True},
        name="alliance-event-archive",
    ),
    path(
        f"{ALLIANCE}termine/<slug:slug>.ics",
        cached_page(views.event_ics, ()),
        name="alliance-event-ics",
    ),
    *page_paths(
        f"{ALLIANCE}termine/<slug:slug>/",
        views.event_detail,
        name="alliance-event-detail",
    ),
]

from django.urls import path

from core.printing import page_paths

from . import views
from .feeds import AllianceNewsFeed, NetworkNewsFeed

app_name = "news"

ALLIANCE = "buendnisse/<slug:alliance_slug>/"

urlpatterns = [
    # The network's news and dates, with every published alliance's, each labelled
    path("aktuelles/feed/", NetworkNewsFeed(), name="feed"),
    *page_paths("aktuelles/", views.news_list, name="list"),
    *page_paths("aktuelles/<slug:slug>/", views.news_detail, name="detail"),
    path("termine.ics", views.calendar, name="calendar"),
    *page_paths("termine/", views.event_list, name="events"),
    *page_paths("termine/archiv/", views.event_list, {"archive": True}, name="event-archive"),
    path("termine/<slug:slug>.ics", views.event_ics, name="event-ics"),
    *page_paths("termine/<slug:slug>/", views.event_detail, name="event-detail"),
    *page_paths(
        "buendnis-des-monats/", views.alliance_of_the_month_list, name="alliance-of-the-month"
    ),
    # One alliance's
    path(f"{ALLIANCE}aktuelles/feed/", AllianceNewsFeed(), name="alliance-feed"),
    *page_paths(f"{ALLIANCE}aktuelles/", views.news_list, name="alliance-list"),
    *page_paths(f"{ALLIANCE}aktuelles/<slug:slug>/", views.news_detail, name="alliance-detail"),
    path(f"{ALLIANCE}termine.ics", views.calendar, name="alliance-calendar"),
    *page_paths(f"{ALLIANCE}termine/", views.event_list, name="alliance-events"),
    *page_paths(
        f"{ALLIANCE}termine/archiv/",
        views.event_list,
        {"archive": True},
        name="alliance-event-archive",
    ),
    path(
        f"{ALLIANCE}termine/<slug:slug>.ics",
        views.event_ics,
        name="alliance-event-ics",
    ),
    *page_paths(
        f"{ALLIANCE}termine/<slug:slug>/",
        views.event_detail,
        name="alliance-event-detail",
    ),
]

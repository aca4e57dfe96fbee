from core.printing import page_paths

from . import views

app_name = "projects"

urlpatterns = [
    *page_paths(
        "projekte/", views.network_project_list, name="all", tags=("projects", "alliances")
    ),
    *page_paths("buendnisse/<slug:alliance_slug>/projekte/", views.project_list, name="list"),
    *page_paths(
        "buendnisse/<slug:alliance_slug>/projekte/<slug:slug>/", views.project_detail, name="detail"
    ),
]

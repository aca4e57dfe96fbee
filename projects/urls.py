from django.urls import path

from . import views

app_name = "projects"

urlpatterns = [
    path("buendnisse/<slug:alliance_slug>/projekte/", views.project_list, name="list"),
    path(
        "buendnisse/<slug:alliance_slug>/projekte/<slug:slug>/", views.project_detail, name="detail"
    ),
]

from django.urls import path

from . import views

app_name = "partners"

urlpatterns = [
    path("buendnisse/<slug:alliance_slug>/partner/", views.partner_list, name="list"),
]

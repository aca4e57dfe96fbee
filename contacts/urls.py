from django.urls import path

from . import views

app_name = "contacts"

urlpatterns = [
    path("buendnisse/<slug:alliance_slug>/kontakt/", views.contact_list, name="list"),
    path("buendnisse/<slug:alliance_slug>/kontakt/<int:pk>.vcf", views.contact_vcard, name="vcard"),
]

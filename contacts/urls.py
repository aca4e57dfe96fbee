from django.urls import path

from core.pagecache import cached_page
from core.printing import page_paths

from . import views

app_name = "contacts"

urlpatterns = [
    *page_paths("buendnisse/<slug:alliance_slug>/kontakt/", views.contact_list, name="list"),
    path(
        "buendnisse/<slug:alliance_slug>/kontakt/<int:pk>.vcf",
        cached_page(views.contact_vcard, ()),
        name="vcard",
    ),
]

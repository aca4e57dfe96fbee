from functools import partial

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

from buendnisse.hosts import every_host

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("pages.urls")),
    path("", include("buendnisse.urls")),
    path("", include("partners.urls")),
    path("", include("projects.urls")),
    path("", include("contacts.urls")),
    path("", include("news.urls")),
    path("", include("search.urls")),
]

if settings.SERVE_MEDIA:
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [
        re_path(
            rf"^{media_prefix}(?P<path>.*)$",
            every_host(partial(serve)),
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

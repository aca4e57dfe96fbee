from django.apps import apps
from django.contrib import admin
from django.contrib.contenttypes import views as contenttype_views
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.urls import path
from django.views.i18n import JavaScriptCatalog

from .german import LoginForm
from .scope import ALLIANCE_MODEL, ScopedAutocompleteJsonView, is_network_editor


class BuendnisAdminSite(admin.AdminSite):
    site_header = "Bündnisportal – Redaktion"
    site_title = "Bündnisportal"
    index_title = "Inhalte pflegen"
    login_form = LoginForm

    def index(self, request, extra_context=None):
        """The start page: for a coordinator it begins with "Mein Bündnis", for a network
        editor with the network at a glance; the alliance's admin fills both (pages/admin.py)."""
        alliance_admin = self._registry.get(apps.get_model(ALLIANCE_MODEL))
        if hasattr(alliance_admin, "my_alliances"):
            start = {"my_alliances": alliance_admin.my_alliances(request)}
            if is_network_editor(request.user):
                start["network"] = alliance_admin.network_overview(request)
            extra_context = {**start, **(extra_context or {})}
        return super().index(request, extra_context)

    def autocomplete_view(self, request):
        return ScopedAutocompleteJsonView.as_view(admin_site=self)(request)

    def i18n_javascript(self, request, extra_context=None):
        # The last package's translation of a text wins: core/locale fills the admin's gaps
        # in German (two-list selector) and names the rich-text editor's buttons; its dialogs
        # are German by its own catalogue, with a few texts put better by core/locale.
        packages = ["django.contrib.admin", "django_prose_editor", "core"]
        return JavaScriptCatalog.as_view(packages=packages)(request)

    def view_on_site(self, request, content_type_id, object_id):
        """The "Auf der Website ansehen" redirect, for objects the user may see only."""
        try:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
        except ContentType.DoesNotExist as error:
            raise Http404 from error
        model_admin = self._registry.get(model)
        if (
            model_admin is None
            or not model_admin.get_queryset(request).filter(pk=object_id).exists()
        ):
            raise Http404
        return contenttype_views.shortcut(request, content_type_id, object_id)

    def get_urls(self):
        return [
            path(
                "r/<int:content_type_id>/<path:object_id>/",
                self.admin_view(self.view_on_site),
                name="view_on_site",
            ),
            *super().get_urls(),
        ]

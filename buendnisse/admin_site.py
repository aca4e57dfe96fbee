from django.contrib import admin

from .admin_scope import ScopedAutocompleteJsonView


class BuendnisAdminSite(admin.AdminSite):
    site_header = "Bündnisportal – Redaktion"
    site_title = "Bündnisportal"
    index_title = "Inhalte pflegen"

    def autocomplete_view(self, request):
        return ScopedAutocompleteJsonView.as_view(admin_site=self)(request)

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin.bases import ReadOnlyAdminMixin
from core.admin.scope import SharedCatalogueAdmin

from .models import District, Place


class ReadOnlyCatalogueAdmin(ReadOnlyAdminMixin, SharedCatalogueAdmin):
    """Everyone may look up and pick; the data comes from GeoNames and is refreshed with
    `load_places` (README, "Orte und Postleitzahlen"), so nobody edits it here."""


@admin.register(District)
class DistrictAdmin(ReadOnlyCatalogueAdmin):
    list_display = ["name", "kind", "state"]
    list_filter = ["state", "kind"]
    search_fields = ["name"]


@admin.register(Place)
class PlaceAdmin(ReadOnlyCatalogueAdmin):
    list_display = ["name", "district", "postcode_list"]
    list_filter = ["district__state"]
    search_fields = ["^name", "=postcodes__code", "district__name"]
    list_select_related = ["district"]

    def get_queryset(self, request):
        # Autocomplete labels name the Kreis (Place.__str__); the list shows the postcodes.
        return (
            super().get_queryset(request).select_related("district").prefetch_related("postcodes")
        )

    @admin.display(description=_("Postleitzahlen"))
    def postcode_list(self, obj):
        return ", ".join(postcode.code for postcode in obj.postcodes.all())

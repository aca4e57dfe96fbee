from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from buendnisse.admin_previews import image_preview

from .models import Membership, Partner


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["alliance"]
    fields = ["alliance", "since", "is_founding_member", "role"]


@admin.register(Partner)
class PartnerAdmin(admin.ModelAdmin):
    list_display = ["logo_preview", "name", "kind", "place", "website"]
    list_display_links = ["logo_preview", "name"]
    list_filter = ["kind", "alliances"]
    search_fields = ["name", "place", "description"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["logo"]
    readonly_fields = ["logo_preview"]
    fields = ["name", "slug", "kind", "place", "website", "description", "logo", "logo_preview"]
    inlines = [MembershipInline]
    list_select_related = ["logo"]

    @admin.display(description=_("Logo"))
    def logo_preview(self, obj):
        return image_preview(obj.logo, size=48)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["partner", "alliance", "since", "is_founding_member", "role"]
    list_filter = ["alliance", "is_founding_member", "partner__kind"]
    search_fields = ["partner__name", "alliance__name", "role"]
    autocomplete_fields = ["partner", "alliance"]
    list_select_related = ["partner", "alliance"]

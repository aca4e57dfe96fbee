from django.contrib import admin
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from buendnisse.admin_base import AllianceAdminBase
from buendnisse.admin_preview import PreviewMixin
from buendnisse.admin_previews import image_preview

from .models import ContactPerson


@admin.register(ContactPerson)
class ContactPersonAdmin(PreviewMixin, AllianceAdminBase):
    def preview_public_path(self, obj):
        return reverse("contacts:list", kwargs={"alliance_slug": obj.alliance.slug})

    list_display = ["portrait_preview", "full_name", "role", "alliance", "order", "is_published"]
    list_display_links = ["portrait_preview", "full_name"]
    list_filter = ["alliance", "role", "is_published"]
    search_fields = ["first_name", "last_name", "institution", "position", "email"]
    autocomplete_fields = ["portrait"]
    readonly_fields = ["portrait_preview"]
    list_select_related = ["alliance", "portrait"]
    fieldsets = [
        (None, {"fields": ["alliance", "role", "order", "is_published"]}),
        (
            _("Person"),
            {
                "fields": [
                    ("academic_title", "first_name", "last_name"),
                    "portrait",
                    "portrait_preview",
                ]
            },
        ),
        (_("Funktion"), {"fields": ["position", "institution", "department"]}),
        (
            _("Erreichbarkeit"),
            {"fields": [("phone", "fax"), "email", ("street", "postcode", "city"), "transit_url"]},
        ),
    ]

    @admin.display(description=_("Porträt"))
    def portrait_preview(self, obj):
        return image_preview(obj.portrait, size=48)

    @admin.display(description=_("Name"), ordering="last_name")
    def full_name(self, obj):
        return obj.full_name

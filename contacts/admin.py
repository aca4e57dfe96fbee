from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin.bases import AllianceAdminBase, StackedInline
from core.admin.preview import PreviewMixin
from core.admin.thumbnails import image_preview

from .models import ContactPerson


class ContactPersonInline(StackedInline):
    """The contact persons of an alliance, on the alliance's form (pages/admin.py)."""

    model = ContactPerson
    extra = 0
    autocomplete_fields = ["portrait"]
    show_change_link = True
    fields = [
        ("role", "order", "is_published"),
        ("academic_title", "first_name", "last_name"),
        ("position", "institution", "department"),
        ("street", "postcode", "city"),
        ("phone", "fax", "email"),
        "transit_url",
        "portrait",
    ]


@admin.register(ContactPerson)
class ContactPersonAdmin(PreviewMixin, AllianceAdminBase):
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

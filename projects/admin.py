from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin.bases import AllianceAdminBase
from core.admin.preview import PreviewMixin
from core.admin.schedule import VisibilityColumn
from core.admin.thumbnails import image_preview

from .models import Project


@admin.register(Project)
class ProjectAdmin(VisibilityColumn, PreviewMixin, AllianceAdminBase):
    list_display = [
        "title",
        "alliance",
        "status",
        "start_year",
        "end_year",
        "visibility",
        "is_published",
        "order",
    ]
    list_filter = ["alliance", "status", "is_published", "fields_of_action"]
    search_fields = ["title", "teaser", "body"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["partners", "image", "working_group"]
    filter_horizontal = ["fields_of_action"]
    readonly_fields = ["image_preview", "updated_at"]
    list_select_related = ["alliance"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "alliance",
                    "title",
                    "slug",
                    "is_published",
                    ("publish_from", "publish_until"),
                    "order",
                    "updated_at",
                ]
            },
        ),
        (_("Inhalt"), {"fields": ["teaser", "body", "image", "image_preview"]}),
        (
            _("Einordnung"),
            {
                "fields": [
                    "status",
                    ("start_year", "end_year"),
                    "fields_of_action",
                    "working_group",
                    "partners",
                ]
            },
        ),
    ]

    @admin.display(description=_("Vorschau"))
    def image_preview(self, obj):
        return image_preview(obj.image)

from django import forms
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.admin.bases import (
    AllianceAdminBase,
    CatalogueAdminBase,
    ReadOnlyAdminMixin,
    StackedInline,
    TabularInline,
)
from core.admin.parts import FormPart, FormPartsMixin, fieldsets_of, inlines_of
from core.admin.permissions import make_coordinator
from core.admin.preview import PreviewMixin
from core.admin.schedule import VisibilityColumn
from core.admin.thumbnails import image_preview
from core.admin.uploads import PreparedUploadsMixin
from core.admin.widgets import ColorField, ColorInput
from core.images import CheckedImageFormField

from .models import AllianceHost, Document, FieldOfAction, Image, Milestone, WorkingGroup


@admin.register(FieldOfAction)
class FieldOfActionAdmin(CatalogueAdminBase):
    fieldsets = [
        (
            None,
            {
                "description": _(
                    "Die Handlungsfelder sind ein gemeinsamer Katalog aller Bündnisse, damit "
                    "Familien Projekte eines Feldes im ganzen Netzwerk finden. Bündnisse wählen "
                    "daraus aus; ändern oder ergänzen kann ihn die Netzwerk-Redaktion."
                ),
                "fields": ["name", "slug", "description", "order"],
            },
        )
    ]
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Image)
class ImageAdmin(PreparedUploadsMixin, AllianceAdminBase):
    formfield_overrides = {models.ImageField: {"form_class": CheckedImageFormField}}
    list_display = ["preview", "title", "alliance", "credit", "is_decorative", "uploaded_at"]
    list_display_links = ["preview", "title"]
    list_filter = ["alliance", "is_decorative"]
    search_fields = ["title", "alt_text", "credit", "caption"]
    readonly_fields = ["preview", "width", "height"]
    fields = [
        "alliance",
        "title",
        "file",
        "preview",
        ("width", "height"),
        "alt_text",
        "is_decorative",
        "credit",
        "caption",
    ]

    @admin.display(description=_("Vorschau"))
    def preview(self, obj):
        return image_preview(obj)


# Short text areas, so the table rows of an inline fit on the screen.
COMPACT_TEXT = {
    models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 30})},
    models.CharField: {"widget": forms.TextInput(attrs={"size": 30})},
}


class WorkingGroupInline(TabularInline):
    model = WorkingGroup
    extra = 0
    classes = ["collapse"]
    formfield_overrides = COMPACT_TEXT
    fields = ["name", "kind", "field_of_action", "description", "order"]


class MilestoneInline(TabularInline):
    model = Milestone
    extra = 0
    classes = ["collapse"]
    formfield_overrides = COMPACT_TEXT
    fields = ["date", "precision", "title", "description"]


class DocumentInline(StackedInline):
    model = Document
    extra = 0
    classes = ["collapse"]
    fields = [
        ("title", "kind"),
        "file",
        ("date", "is_published", "order"),
        "description",
        ("reference", "committee"),
    ]


class AllianceHostInline(TabularInline):
    """Host names of the alliance's own site: they move its pages, so network editors only."""

    model = AllianceHost
    extra = 0
    classes = ["collapse"]
    fields = ["name", "is_primary"]
    verbose_name_plural = _("Eigene Domain (nur Netzwerk-Redaktion)")

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_add_permission(self, request, obj=None):
        return self.has_view_permission(request)

    def has_change_permission(self, request, obj=None):
        return self.has_view_permission(request)

    def has_delete_permission(self, request, obj=None):
        return self.has_view_permission(request)


# The alliance form in parts that each fit on a screen (core.admin.parts); pages/admin.py
# puts them in order with its own (partners, contact persons) and registers the form.
BASIC_DATA = FormPart(
    "grunddaten",
    _("Grunddaten"),
    fieldsets=(
        (
            None,
            {
                "fields": [
                    "name",
                    "slug",
                    "is_published",
                    ("publish_from", "publish_until"),
                    "updated_at",
                ]
            },
        ),
        (_("Stand"), {"fields": ["status", ("founded_on", "founded_precision"), "website"]}),
    ),
)
AREA = FormPart(
    "gebiet",
    _("Ort und Gebiet"),
    fieldsets=(
        (
            _("Ort und Gebiet"),
            {"fields": [("place", "postcode"), ("territory", "state"), "districts", "places"]},
        ),
    ),
)
APPEARANCE = FormPart(
    "logo-und-farbe",
    _("Logo und Farbe"),
    fieldsets=(
        (
            _("Erscheinungsbild"),
            {
                "fields": [
                    "logo",
                    "logo_preview",
                    "lead_image",
                    "lead_image_preview",
                    "accent_color",
                ]
            },
        ),
    ),
)
HOME_TEXTS = FormPart(
    "startseite",
    _("Startseite"),
    fieldsets=((_("Startseite"), {"fields": ["motto", "introduction", "quote", "quote_author"]}),),
)
GOALS = FormPart(
    "ziele",
    _("Ziele und Aufgaben"),
    fieldsets=((_("Über uns"), {"fields": ["goals", "tasks"]}),),
)
ORGANISATION = FormPart(
    "organisation",
    _("Organisation"),
    fieldsets=((_("Organisation"), {"fields": ["organisation", "fields_of_action"]}),),
    inlines=(WorkingGroupInline,),
)
HISTORY = FormPart(
    "geschichte",
    _("Geschichte und Vernetzung"),
    fieldsets=((_("Geschichte und Vernetzung"), {"fields": ["founding", "network"]}),),
    inlines=(MilestoneInline,),
)
JOIN_TEXTS = FormPart(
    "mitmachen",
    _("Mitmachen"),
    fieldsets=((_("Mitmachen"), {"fields": ["join_text", "partnership_text"]}),),
)
EASY_LANGUAGE = FormPart(
    "leichte-sprache",
    _("Leichte Sprache"),
    fieldsets=(
        (
            _("Leichte Sprache"),
            {
                "description": _(
                    "Für Menschen, die schwere Texte schlecht lesen können. Regeln und Beispiele "
                    "stehen auf der Seite „Leichte Sprache“ des Portals."
                ),
                "fields": ["easy_language"],
            },
        ),
    ),
)
DOCUMENTS = FormPart("dokumente", _("Dokumente"), inlines=(DocumentInline,))
LEGAL = FormPart(
    "impressum",
    _("Impressum und Datenschutz"),
    fieldsets=(
        (
            _("Impressum und Datenschutz"),
            {
                "classes": ["collapse"],
                "description": _(
                    "Wer für die Seiten des Bündnisses verantwortlich ist. Leer gelassen, "
                    "nennen Impressum und Datenschutz den Betreiber des Portals."
                ),
                "fields": [
                    "legal_body",
                    "legal_representative",
                    "legal_address",
                    ("legal_email", "legal_phone"),
                    "privacy_officer",
                ],
            },
        ),
    ),
)
# Network editors only: coordinators have nothing to do in it and do not see it.
COORDINATION = FormPart(
    "koordination",
    _("Koordination und Domain"),
    fieldsets=((_("Koordination"), {"fields": ["coordinators"]}),),
    inlines=(AllianceHostInline,),
)
# A few lines each, so that their part fits on the screen.
SHORT_TEXTS = {"quote", "legal_address", "privacy_officer"}
ALLIANCE_PARTS = [
    BASIC_DATA,
    AREA,
    APPEARANCE,
    HOME_TEXTS,
    GOALS,
    ORGANISATION,
    HISTORY,
    JOIN_TEXTS,
    EASY_LANGUAGE,
    DOCUMENTS,
    LEGAL,
    COORDINATION,
]


class AllianceAdmin(VisibilityColumn, FormPartsMixin, PreviewMixin, AllianceAdminBase):
    alliance_path = ""
    network_editor_fields = ["coordinators"]
    list_display = [
        "logo_preview",
        "name",
        "place",
        "state",
        "status",
        "visibility",
        "updated_at",
    ]
    list_display_links = ["logo_preview", "name"]
    list_filter = ["is_published", "status", "state", "territory", "fields_of_action"]
    search_fields = ["name", "place", "postcode"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["logo", "lead_image", "districts", "places"]
    filter_horizontal = ["fields_of_action", "coordinators"]
    readonly_fields = ["logo_preview", "lead_image_preview", "updated_at"]
    form_parts = ALLIANCE_PARTS
    fieldsets = fieldsets_of(form_parts)
    inlines = inlines_of(form_parts)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "accent_color":
            # The browser's colour picker; the model still checks the contrast on white.
            kwargs.update(form_class=ColorField, widget=ColorInput)
        elif isinstance(db_field, models.TextField) and db_field.name in SHORT_TEXTS:
            kwargs["widget"] = forms.Textarea(attrs={"rows": 3, "cols": 60})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("Logo"))
    def logo_preview(self, obj):
        return image_preview(obj.logo, size=48)

    @admin.display(description=_("Vorschau Aufmacherbild"))
    def lead_image_preview(self, obj):
        return image_preview(obj.lead_image)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("logo")

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # A superuser only has to assign the alliance: the rest of the rights follow.
        for user in form.instance.coordinators.all():
            make_coordinator(user)


@admin.register(WorkingGroup)
class WorkingGroupAdmin(AllianceAdminBase):
    list_display = ["name", "alliance", "kind", "field_of_action", "order"]
    list_filter = ["alliance", "kind", "field_of_action"]
    search_fields = ["name", "description"]
    list_select_related = ["alliance", "field_of_action"]


@admin.register(Milestone)
class MilestoneAdmin(AllianceAdminBase):
    list_display = ["date_display", "title", "alliance"]
    list_filter = ["alliance"]
    search_fields = ["title", "description"]
    list_select_related = ["alliance"]

    @admin.display(description=_("Datum"), ordering="date")
    def date_display(self, obj):
        return obj.date_display


@admin.register(Document)
class DocumentAdmin(AllianceAdminBase):
    list_display = ["title", "alliance", "kind", "date", "file_size", "is_published"]
    list_filter = ["alliance", "kind", "is_published"]
    search_fields = ["title", "description", "reference", "committee"]
    list_select_related = ["alliance"]
    readonly_fields = ["file_size"]


@admin.register(LogEntry)
class LogEntryAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The audit log of every admin change, for network editors; read-only."""

    list_display = ["action_time", "user", "content_type", "object_repr", "action_flag", "change"]
    list_filter = ["action_flag", "content_type", "user"]
    search_fields = ["object_repr", "change_message", "user__username"]
    date_hierarchy = "action_time"
    list_select_related = ["user", "content_type"]

    @admin.display(description=_("Änderung"))
    def change(self, obj):
        return obj.get_change_message()

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

import datetime

from django import forms
from django.contrib import admin
from django.contrib.admin import widgets
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from core.admin.bases import AllianceAdminBase, CatalogueAdminBase
from core.admin.concurrency import VersionedModelForm
from core.admin.preview import PreviewMixin
from core.admin.schedule import VisibilityColumn, moment
from core.admin.scope import OwnAlliancesListFilter, is_network_editor
from core.admin.thumbnails import image_preview

from .models import AllianceOfTheMonth, Event, News


class OwnerListFilter(OwnAlliancesListFilter):
    """By alliance, and "ganzes Netzwerk" for network editors (only they have such items)."""

    def __init__(self, field, request, *args, **kwargs):
        self.for_network_editor = is_network_editor(request.user)
        super().__init__(field, request, *args, **kwargs)
        self.empty_value_display = _("ganzes Netzwerk")

    @property
    def include_empty_choice(self):
        return self.for_network_editor


class ScheduledAdmin(VisibilityColumn, PreviewMixin, AllianceAdminBase):
    """News and dates: a coordinator's own alliance's; network-wide ones for superusers only.

    Coordinators must pick an alliance (the scope makes the field required for them), so
    only network editors can write for the whole network.
    """

    list_filter = [("alliance", OwnerListFilter), "is_published"]
    list_select_related = ["alliance"]
    prepopulated_fields = {"slug": ["title"]}
    publishing_fieldset = (
        _("Veröffentlichung"),
        {
            "description": _(
                "Erscheint und verschwindet von selbst zu den eingetragenen Zeiten, "
                "ohne dass jemand etwas tun muss."
            ),
            "fields": ["is_published", ("publish_from", "publish_until"), "updated_at"],
        },
    )

    @admin.display(description=_("Bündnis"), ordering="alliance__name")
    def owner(self, obj):
        return obj.alliance or _("ganzes Netzwerk")


@admin.register(News)
class NewsAdmin(ScheduledAdmin):
    list_display = ["title", "owner", "date", "visibility", "is_published"]
    search_fields = ["title", "teaser", "body"]
    autocomplete_fields = ["image", "projects", "partners"]
    readonly_fields = ["image_preview", "updated_at"]
    fieldsets = [
        (None, {"fields": ["alliance", "title", "slug", ("date", "date_precision")]}),
        (_("Inhalt"), {"fields": ["teaser", "body", "image", "image_preview"]}),
        (_("Bezüge"), {"fields": ["projects", "partners"]}),
        ScheduledAdmin.publishing_fieldset,
    ]

    @admin.display(description=_("Vorschau"))
    def image_preview(self, obj):
        return image_preview(obj.image)


class DateWithOptionalTimeField(forms.SplitDateTimeField):
    """Date and time, where the time may stay empty (all-day dates need none)."""

    time_missing = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, require_all_fields=False, **kwargs)
        self.fields[1].required = False

    def compress(self, data_list):
        self.time_missing = bool(data_list) and data_list[1] in self.empty_values
        if self.time_missing and data_list[0] not in self.empty_values:
            data_list = [data_list[0], datetime.time.min]
        return super().compress(data_list)


class EventForm(VersionedModelForm):
    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("all_day"):
            for name in ("starts_at", "ends_at"):
                if getattr(self.fields.get(name), "time_missing", False) and cleaned_data.get(name):
                    self.add_error(
                        name, _("Bitte eine Uhrzeit angeben oder „ganztägig“ ankreuzen.")
                    )
        return cleaned_data


@admin.register(Event)
class EventAdmin(ScheduledAdmin):
    form = EventForm
    list_display = ["title", "owner", "when", "visibility", "is_published"]
    list_filter = [("alliance", OwnerListFilter), "all_day", "is_published"]
    search_fields = ["title", "description", "place_name", "city"]
    readonly_fields = ["updated_at"]
    ordering = ["-starts_at"]
    fieldsets = [
        (None, {"fields": ["alliance", "title", "slug"]}),
        (_("Wann"), {"fields": ["all_day", "starts_at", "ends_at"]}),
        (_("Wo"), {"fields": ["place_name", "street", ("postcode", "city")]}),
        (_("Beschreibung"), {"fields": ["description", "registration_url"]}),
        ScheduledAdmin.publishing_fieldset,
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in ("starts_at", "ends_at"):
            kwargs.update(form_class=DateWithOptionalTimeField, widget=widgets.AdminSplitDateTime)
            return db_field.formfield(**kwargs)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("Beginn"), ordering="starts_at")
    def when(self, obj):
        if obj.all_day:
            return date_format(obj.start_date, "j. F Y") + ", " + _("ganztägig")
        return moment(obj.starts_at)


@admin.register(AllianceOfTheMonth)
class AllianceOfTheMonthAdmin(CatalogueAdminBase):
    """Network editors only, whatever permissions a group is given."""

    list_display = ["month_display", "alliance"]
    list_select_related = ["alliance"]
    search_fields = ["alliance__name", "text"]
    autocomplete_fields = ["alliance"]
    fields = ["month", "alliance", "text"]

    @admin.display(description=_("Monat"), ordering="month")
    def month_display(self, obj):
        return obj.month_display

    def has_module_permission(self, request):
        return is_network_editor(request.user)

    def has_view_permission(self, request, obj=None):
        return is_network_editor(request.user)

    def has_add_permission(self, request):
        return is_network_editor(request.user)

    def has_change_permission(self, request, obj=None):
        return is_network_editor(request.user)

    def has_delete_permission(self, request, obj=None):
        return is_network_editor(request.user)

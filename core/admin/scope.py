"""Keep coordinators to their own alliances on every admin path.

Every ModelAdmin and inline of the project inherits from these mixins. A coordinator
(a staff user who is not a superuser) sees, picks and changes only objects of the
alliances listed in ``Alliance.coordinators``; everything else answers as if it did
not exist. Superusers (network editors) see everything.

Two kinds of querysets are involved:
- ``get_queryset``: what a coordinator may list, open, change and delete;
- ``get_choice_queryset``: what a coordinator may pick in a dropdown, list or
  autocomplete. It is the same, except for the shared records (the field-of-action
  catalogue and the partner directory), which the README describes.
"""

from django.contrib import admin
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext_lazy as _

# Named, not imported: this machinery sits below the apps it serves, as Django's admin
# names settings.AUTH_USER_MODEL. A user's alliances are `user.alliances`.
ALLIANCE_MODEL = "buendnisse.Alliance"


def is_alliance(model):
    return model is not None and model._meta.label == ALLIANCE_MODEL


def is_network_editor(user):
    return user.is_active and user.is_superuser


def alliance_ids(request):
    """The alliances the requesting user coordinates, read once per request."""
    if not hasattr(request, "_coordinated_alliance_ids"):
        request._coordinated_alliance_ids = frozenset(
            request.user.alliances.values_list("pk", flat=True)
        )
    return request._coordinated_alliance_ids


def choice_queryset(admin_site, request, model):
    """What the user may pick among objects of `model`."""
    model_admin = admin_site._registry.get(model)
    if model_admin is None:
        return model._default_manager.none()
    return model_admin.get_choice_queryset(request)


class ScopedFormfieldsMixin:
    """Dropdowns, lists and autocompletes offer only what the user may pick."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if not is_network_editor(request.user):
            kwargs["queryset"] = choice_queryset(self.admin_site, request, db_field.related_model)
        formfield = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if (
            formfield is not None
            and is_alliance(db_field.related_model)
            and not is_network_editor(request.user)
        ):
            ids = alliance_ids(request)
            formfield.required = True
            formfield.empty_label = None
            if len(ids) == 1:
                # New objects land in the coordinator's alliance without choosing it.
                formfield.initial = next(iter(ids))
                formfield.disabled = True
                formfield.help_text = _("Ihr Bündnis; wird automatisch eingetragen.")
        return formfield

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if not is_network_editor(request.user):
            kwargs["queryset"] = choice_queryset(self.admin_site, request, db_field.related_model)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class OwnAlliancesListFilter(admin.RelatedFieldListFilter):
    """The sidebar filter over alliances names only the user's own alliances."""

    def field_choices(self, field, request, model_admin):
        if is_network_editor(request.user):
            return super().field_choices(field, request, model_admin)
        ordering = self.field_admin_ordering(field, request, model_admin)
        return field.get_choices(
            include_blank=False,
            ordering=ordering,
            limit_choices_to={"pk__in": alliance_ids(request)},
        )


class AllianceScopedAdmin(ScopedFormfieldsMixin, admin.ModelAdmin):
    """A ModelAdmin whose objects belong to an alliance through `alliance_path`."""

    #: Lookup from this model to its alliance; "" for Alliance itself.
    alliance_path = "alliance"
    #: Fields only network editors may see and change.
    network_editor_fields = ()

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if is_network_editor(request.user):
            return queryset
        return self.scope(queryset, alliance_ids(request))

    def scope(self, queryset, alliance_ids):
        """What a coordinator of these alliances may list, open, change and delete."""
        if self.alliance_path == "":
            return queryset.filter(pk__in=alliance_ids)
        return queryset.filter(**{f"{self.alliance_path}__in": alliance_ids}).distinct()

    def get_choice_queryset(self, request):
        return self.get_queryset(request)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if is_network_editor(request.user) or not self.network_editor_fields:
            return fieldsets
        hidden = set(self.network_editor_fields)
        kept = []
        for name, options in fieldsets:
            fields = [
                field
                for field in options.get("fields", ())
                if not (set(field) if isinstance(field, tuple | list) else {field}) <= hidden
            ]
            if fields:
                kept.append((name, {**options, "fields": fields}))
        return kept

    def get_list_filter(self, request):
        """Filters over alliances list only the alliances the user may see."""
        filters = []
        for entry in super().get_list_filter(request):
            if isinstance(entry, str) and self._points_to_alliance(entry):
                entry = (entry, OwnAlliancesListFilter)
            filters.append(entry)
        return filters

    def _points_to_alliance(self, field_name):
        try:
            field = self.model._meta.get_field(field_name)
        except FieldDoesNotExist:
            return False
        return is_alliance(getattr(field, "related_model", None))


class SharedCatalogueAdmin(ScopedFormfieldsMixin, admin.ModelAdmin):
    """A shared record everyone may pick; who may change it is left to permissions."""

    def get_choice_queryset(self, request):
        return self.get_queryset(request)


class AllianceScopedInline(ScopedFormfieldsMixin):
    """Inline mixin: choices are scoped; rows are those of the parent object."""

    #: For inlines whose parent is shared (a partner), the lookup to the row's alliance.
    alliance_path = None

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if self.alliance_path and not is_network_editor(request.user):
            queryset = queryset.filter(**{f"{self.alliance_path}__in": alliance_ids(request)})
        return queryset


class ScopedAutocompleteJsonView(AutocompleteJsonView):
    """Autocompletes offer what the user may pick, not what the target's list shows."""

    def get_queryset(self):
        queryset = self.model_admin.get_choice_queryset(self.request)
        queryset = queryset.complex_filter(self.source_field.get_limit_choices_to())
        queryset, use_distinct = self.model_admin.get_search_results(
            self.request, queryset, self.term
        )
        return queryset.distinct() if use_distinct else queryset

"""The base classes every admin of the project uses: scoped to alliances, no lost updates,
earlier versions kept and restorable."""

from django.contrib import admin

from .concurrency import ConcurrentEditMixin
from .german import DeletionSummaryMixin
from .history import HistoryMixin
from .labels import EditableListMixin, InlineFormSet
from .scope import AllianceScopedAdmin, AllianceScopedInline, SharedCatalogueAdmin


class AllianceAdminBase(
    HistoryMixin,
    DeletionSummaryMixin,
    EditableListMixin,
    ConcurrentEditMixin,
    AllianceScopedAdmin,
):
    """For objects that belong to one alliance."""


class CatalogueAdminBase(
    HistoryMixin,
    DeletionSummaryMixin,
    EditableListMixin,
    ConcurrentEditMixin,
    SharedCatalogueAdmin,
):
    """For records the whole network shares; permissions decide who may change them."""


class TabularInline(AllianceScopedInline, admin.TabularInline):
    formset = InlineFormSet


class StackedInline(AllianceScopedInline, admin.StackedInline):
    pass


class ReadOnlyAdminMixin:
    """Records nobody adds, changes or deletes in the admin (an audit log, imported data)."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

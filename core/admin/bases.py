"""The base classes every admin of the project uses: scoped to alliances, no lost updates."""

from django.contrib import admin

from .concurrency import ConcurrentEditMixin
from .scope import AllianceScopedAdmin, AllianceScopedInline, SharedCatalogueAdmin


class AllianceAdminBase(ConcurrentEditMixin, AllianceScopedAdmin):
    """For objects that belong to one alliance."""


class CatalogueAdminBase(ConcurrentEditMixin, SharedCatalogueAdmin):
    """For records the whole network shares; permissions decide who may change them."""


class TabularInline(AllianceScopedInline, admin.TabularInline):
    pass


class StackedInline(AllianceScopedInline, admin.StackedInline):
    pass

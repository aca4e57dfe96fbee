from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from buendnisse.models import Alliance
from core.admin.bases import AllianceAdminBase, TabularInline
from core.admin.scope import alliance_ids, is_network_editor
from core.admin.thumbnails import image_preview

from .models import Membership, Partner


class AllianceMembershipInline(TabularInline):
    """The partners of an alliance, on the alliance's form (pages/admin.py)."""

    model = Membership
    extra = 0
    autocomplete_fields = ["partner"]
    fields = ["partner", "since", "is_founding_member", "role"]
    verbose_name_plural = _("Partner des Bündnisses")


class MembershipInline(TabularInline):
    model = Membership
    alliance_path = "alliance"  # a coordinator sees only their own alliances' memberships
    extra = 0
    autocomplete_fields = ["alliance"]
    fields = ["alliance", "since", "is_founding_member", "role"]


@admin.register(Partner)
class PartnerAdmin(AllianceAdminBase):
    """Partners are a directory the network shares (see README, "Gemeinsame Datensätze").

    A coordinator lists and opens the partners of their own alliances and partners that
    belong to no alliance yet; may pick any partner that is already public; and may
    change a partner's master data only while it belongs to no other alliance.
    """

    alliance_path = "memberships__alliance"
    list_display = ["logo_preview", "name", "kind", "place", "website"]
    list_display_links = ["logo_preview", "name"]
    list_filter = ["kind", "alliances"]
    search_fields = ["name", "place", "description"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["logo"]
    readonly_fields = ["logo_preview"]
    fieldsets = [
        (
            None,
            {
                "description": _(
                    "Bündnispartner sind ein gemeinsames Verzeichnis aller Bündnisse: Eine "
                    "Organisation wie die IHK steht hier nur einmal, auch wenn sie in mehreren "
                    "Bündnissen mitmacht. Ihre Stammdaten können Sie ändern, solange nur Ihr "
                    "Bündnis den Partner nutzt (als Mitglied, in Projekten oder Meldungen); "
                    "nutzt ihn auch ein anderes Bündnis oder das Netzwerk, ändert sie die "
                    "Netzwerk-Redaktion. Die Mitgliedschaften Ihres Bündnisses (seit wann, "
                    "Partner der ersten Stunde, Rolle) pflegen Sie immer selbst."
                ),
                "fields": ["name", "slug", "kind", "place", "website", "description"],
            },
        ),
        (_("Logo"), {"fields": ["logo", "logo_preview"]}),
    ]
    inlines = [MembershipInline]
    list_select_related = ["logo"]

    @admin.display(description=_("Logo"))
    def logo_preview(self, obj):
        return image_preview(obj.logo, size=48)

    def scope(self, queryset, alliance_ids):
        return (queryset.used_by(alliance_ids) | queryset.unused()).distinct()

    def get_choice_queryset(self, request):
        """Besides their own, coordinators may pick every partner that is already public."""
        own = self.get_queryset(request)
        if is_network_editor(request.user):
            return own
        return self.model.objects.filter(
            Q(pk__in=own.values("pk")) | Alliance.objects.public_q("memberships__alliance__")
        ).distinct()

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        if obj is None or is_network_editor(request.user):
            return True
        # Only while no other alliance (and not the network) shows it.
        return obj.users() <= alliance_ids(request)


@admin.register(Membership)
class MembershipAdmin(AllianceAdminBase):
    list_display = ["partner", "alliance", "since", "is_founding_member", "role"]
    list_filter = ["alliance", "is_founding_member", "partner__kind"]
    search_fields = ["partner__name", "alliance__name", "role"]
    autocomplete_fields = ["partner", "alliance"]
    list_select_related = ["partner", "alliance"]

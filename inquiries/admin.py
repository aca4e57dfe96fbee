from django.contrib import admin, messages
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.admin.bases import AllianceAdminBase

from .models import Inquiry


@admin.register(Inquiry)
class InquiryAdmin(AllianceAdminBase):
    """What visitors wrote ("Anfragen"); the coordination sets only its state and a note."""

    list_display = ["received_at", "name", "kind", "alliance", "status"]
    list_display_links = ["received_at", "name"]
    list_filter = ["status", "kind", "alliance"]
    search_fields = ["name", "organisation", "email", "message"]
    list_select_related = ["alliance"]
    keeps_versions = False  # no copies of what visitors sent beyond INQUIRY_RETENTION_DAYS
    actions = ["mark_answered", "mark_done"]
    readonly_fields = [
        "alliance",
        "received_at",
        "kind",
        "message",
        "name",
        "organisation",
        "email_link",
        "phone",
    ]
    fieldsets = [
        (_("Anfrage"), {"fields": ["alliance", "received_at", "kind", "message"]}),
        (_("Von"), {"fields": ["name", "organisation", "email_link", "phone"]}),
        (_("Bearbeitung"), {"fields": ["status", "note"]}),
    ]

    def has_add_permission(self, request):
        return False  # inquiries come from the "Machen Sie mit" form only

    @admin.display(description=_("E-Mail"), ordering="email")
    def email_link(self, obj):
        return format_html('<a href="mailto:{}">{}</a>', obj.email, obj.email)

    @admin.action(description=_("Ausgewählte Anfragen als „beantwortet“ markieren"))
    def mark_answered(self, request, queryset):
        self._mark(request, queryset, Inquiry.Status.ANSWERED)

    @admin.action(description=_("Ausgewählte Anfragen als „erledigt“ markieren"))
    def mark_done(self, request, queryset):
        self._mark(request, queryset, Inquiry.Status.DONE)

    def _mark(self, request, queryset, status):
        count = queryset.update(status=status)
        message = ngettext(
            "%(count)d Anfrage ist jetzt „%(status)s“.",
            "%(count)d Anfragen sind jetzt „%(status)s“.",
            count,
        ) % {"count": count, "status": status.label}
        self.message_user(request, message, messages.SUCCESS)

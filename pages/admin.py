"""The alliance form, registered here because it gathers rows from the apps above
buendnisse: the alliance's partners (memberships) and its contact persons."""

from django.contrib import admin

from buendnisse import admin as buendnisse_admin
from buendnisse.models import Alliance
from contacts.admin import ContactPersonInline
from partners.admin import AllianceMembershipInline


@admin.register(Alliance)
class AllianceAdmin(buendnisse_admin.AllianceAdmin):
    inlines = [
        AllianceMembershipInline,
        ContactPersonInline,
        *buendnisse_admin.AllianceAdmin.inlines,
    ]

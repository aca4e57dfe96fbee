"""The "öffentlich" column of lists of scheduled objects (news, dates, projects).

Whether an object shows now by its own flag and window ("sichtbar ab/bis", either may be
empty): a draft, planned from a moment, public (until a moment) or over.
"""

from django.contrib import admin
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _


def moment(value):
    """A moment as the admin's lists write it: "3. Mai 2027, 09:30 Uhr", local time."""
    return date_format(timezone.localtime(value), "j. F Y, H:i") + " Uhr"


def visibility(obj, now=None):
    now = now or timezone.now()
    if not obj.is_published:
        return _("nein, Entwurf")
    if obj.publish_from is not None and obj.publish_from > now:
        return _("ab %(when)s") % {"when": moment(obj.publish_from)}
    if obj.publish_until is not None and obj.publish_until <= now:
        return _("nein, abgelaufen")
    if obj.publish_until is not None:
        return _("ja, bis %(when)s") % {"when": moment(obj.publish_until)}
    return _("ja")


class VisibilityColumn:
    """For a ModelAdmin: put "visibility" in `list_display`."""

    @admin.display(description=_("öffentlich"))
    def visibility(self, obj):
        return visibility(obj)

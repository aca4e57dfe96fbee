"""The alliance form, registered here because it gathers rows from the apps above
buendnisse: the alliance's partners (memberships) and its contact persons; and "Mein
Bündnis" on the admin's start page, which leads to everything of the alliance."""

from django.contrib import admin
from django.db.models import Count, Q
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from buendnisse import admin as buendnisse_admin
from buendnisse.models import Alliance, Image
from contacts.admin import ContactPersonInline
from core.admin.links import admin_url
from core.admin.parts import FormPart, fieldsets_of, inlines_of
from core.admin.scope import alliance_ids
from inquiries.models import Inquiry
from news.models import Event, News
from partners.admin import AllianceMembershipInline
from projects.models import Project

# What Inquiry.objects.open() counts, as the filter of the list "Anfragen".
OPEN_STATUSES = ",".join(status for status in Inquiry.Status if status != Inquiry.Status.DONE)

PARTNERS = FormPart("partner", _("Partner"), inlines=(AllianceMembershipInline,))
CONTACTS = FormPart("ansprechpersonen", _("Ansprechpersonen"), inlines=(ContactPersonInline,))


@admin.register(Alliance)
class AllianceAdmin(buendnisse_admin.AllianceAdmin):
    form_parts = [
        buendnisse_admin.BASIC_DATA,
        buendnisse_admin.AREA,
        buendnisse_admin.APPEARANCE,
        buendnisse_admin.HOME_TEXTS,
        buendnisse_admin.GOALS,
        buendnisse_admin.ORGANISATION,
        buendnisse_admin.HISTORY,
        buendnisse_admin.JOIN_TEXTS,
        buendnisse_admin.EASY_LANGUAGE,
        PARTNERS,
        CONTACTS,
        buendnisse_admin.DOCUMENTS,
        buendnisse_admin.LEGAL,
        buendnisse_admin.COORDINATION,
    ]
    fieldsets = fieldsets_of(form_parts)
    inlines = inlines_of(form_parts)

    def my_alliances(self, request):
        """ "Mein Bündnis": the alliances the user coordinates, each with its next steps."""
        alliances = list(Alliance.objects.filter(pk__in=alliance_ids(request)))
        open_inquiries = dict(
            Inquiry.objects.open()
            .filter(alliance__in=alliances)
            .order_by()
            .values_list("alliance")
            .annotate(count=Count("pk"))
        )
        return [
            {
                "alliance": alliance,
                "open_inquiries": open_inquiries.get(alliance.pk, 0),
                "inquiries_url": self.changelist_url(Inquiry, alliance, status__in=OPEN_STATUSES),
                "public_url": self.get_view_on_site_url(alliance),
                "steps": self.next_steps(alliance),
            }
            for alliance in alliances
        ]

    def network_overview(self, request):
        """For network editors: how many alliances, drafts and open inquiries there are."""
        alliances = admin_url(self.admin_site, Alliance, "changelist")
        inquiries = admin_url(self.admin_site, Inquiry, "changelist")
        counts = Alliance.objects.aggregate(
            alliances=Count("pk"), drafts=Count("pk", filter=Q(is_published=False))
        )
        return {
            **counts,
            "open_inquiries": Inquiry.objects.open().count(),
            "alliances_url": alliances,
            "drafts_url": f"{alliances}?{urlencode({'is_published__exact': 0})}",
            "inquiries_url": f"{inquiries}?{urlencode({'status__in': OPEN_STATUSES})}",
        }

    def next_steps(self, alliance):
        """(What to do, where) for one alliance, in the order a coordinator needs them."""
        part = {part.slug: self.get_part_url(alliance, part) for part in self.form_parts}
        return [
            (_("Texte bearbeiten"), part["startseite"]),
            (_("Grunddaten"), part["grunddaten"]),
            (_("Partner"), part["partner"]),
            (_("Projekte"), self.changelist_url(Project, alliance)),
            (_("Ansprechpersonen"), part["ansprechpersonen"]),
            (_("Aktuelles"), self.changelist_url(News, alliance)),
            (_("Termine"), self.changelist_url(Event, alliance)),
            (_("Dokumente"), part["dokumente"]),
            (_("Bilder"), self.changelist_url(Image, alliance)),
        ]

    def changelist_url(self, model, alliance, **filters):
        """The admin's list of `model`, filtered to the alliance (and by `filters`)."""
        url = admin_url(self.admin_site, model, "changelist")
        return f"{url}?{urlencode({'alliance__id__exact': alliance.pk, **filters})}"

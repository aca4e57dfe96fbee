from itertools import groupby

from django.shortcuts import render
from django.views.decorators.http import require_safe

from buendnisse.views import get_alliance
from core.breadcrumbs import alliance_trail
from core.printing import last_change
from core.publishing import is_preview

from .models import Membership, Partner

KIND_ORDER = {kind: index for index, kind in enumerate(Partner.Kind.values)}


@require_safe
def partner_list(request, alliance_slug):
    alliance = get_alliance(request, alliance_slug)
    memberships = sorted(
        Membership.objects.filter(alliance=alliance).select_related("partner__logo"),
        key=lambda membership: (KIND_ORDER[membership.partner.kind], membership.partner.name),
    )
    person_count = sum(
        membership.partner.kind == Partner.Kind.INDIVIDUAL for membership in memberships
    )
    groups = [
        (Partner.Kind(kind).label, list(members))
        for kind, members in groupby(memberships, key=lambda membership: membership.partner.kind)
    ]
    return render(
        request,
        "partners/partner_list.html",
        {
            "alliance": alliance,
            "groups": groups,
            "partner_count": len(memberships),
            "person_count": person_count,
            "organisation_count": len(memberships) - person_count,
            "founding_count": sum(membership.is_founding_member for membership in memberships),
            "logo_credits": [
                (membership.partner.name, membership.partner.logo.credit)
                for membership in memberships
                if membership.partner.logo
            ],
            "as_of": last_change(
                alliance, *memberships, *(membership.partner for membership in memberships)
            ),
            "preview": is_preview(alliance),
            # For the navigation (pages/templatetags/navigation.py): no need to ask again.
            "sections_known": {"partner": bool(memberships)},
            "section": "partner",
            "breadcrumbs": alliance_trail(alliance, ("Partner", request.path)),
        },
    )

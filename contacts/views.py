from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from buendnisse.views import get_alliance
from core.breadcrumbs import alliance_trail
from core.printing import last_change
from core.publishing import is_preview

from .models import ContactPerson


@require_safe
def contact_list(request, alliance_slug):
    alliance = get_alliance(request, alliance_slug)
    contacts = list(
        ContactPerson.objects.visible_to(request.user, of_shown_alliance=True)
        .filter(alliance=alliance)
        .select_related("portrait")
    )
    return render(
        request,
        "contacts/contact_list.html",
        {
            "alliance": alliance,
            "contacts": contacts,
            "as_of": last_change(alliance, *contacts),
            "preview": is_preview(alliance, *contacts),
            # For the navigation (pages/templatetags/navigation.py): no need to ask again.
            "sections_known": {"kontakt": bool(contacts)},
            "section": "kontakt",
            "breadcrumbs": alliance_trail(alliance, ("Kontakt", request.path)),
        },
    )


@require_safe
def contact_vcard(request, alliance_slug, pk):
    contact = get_object_or_404(
        ContactPerson.objects.published().select_related("alliance"),
        alliance__slug=alliance_slug,
        pk=pk,
    )
    if not contact.has_vcard:  # a name alone is no card worth saving: none is offered
        raise Http404
    response = HttpResponse(contact.to_vcard(), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{contact.vcard_filename}"'
    return response

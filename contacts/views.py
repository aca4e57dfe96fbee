from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from buendnisse import preview
from buendnisse.breadcrumbs import alliance_trail
from buendnisse.views import get_alliance

from .models import ContactPerson


@require_safe
def contact_list(request, alliance_slug):
    alliance = get_alliance(alliance_slug, request)
    contacts = list(
        ContactPerson.objects.listed().filter(alliance=alliance).select_related("portrait")
    )
    previewed = preview.previewed(request, ContactPerson)
    if previewed is not None and previewed.alliance_id == alliance.pk:
        contacts = sorted(
            [contact for contact in contacts if contact.pk != previewed.pk] + [previewed],
            key=lambda contact: (contact.order, contact.last_name, contact.first_name),
        )
    return render(
        request,
        "contacts/contact_list.html",
        {
            "alliance": alliance,
            "contacts": contacts,
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
    response = HttpResponse(contact.to_vcard(), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{contact.vcard_filename}"'
    return response

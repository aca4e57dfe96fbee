from django import template

from contacts.models import ContactPerson

register = template.Library()


@register.inclusion_tag("includes/print_contact.html")
def print_contact(alliance):
    """The alliance's first published contact person, as a print view's contact block.

    Only print.html asks for it, so the normal pages keep their query counts.
    """
    contact = ContactPerson.objects.published().filter(alliance=alliance).first()
    return {"alliance": alliance, "contact": contact}

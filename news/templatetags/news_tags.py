from django import template

from news.models import AllianceOfTheMonth

register = template.Library()


@register.inclusion_tag("news/_month_distinctions.html")
def month_distinctions(alliance):
    """The months this alliance was Bündnis des Monats: one query on every alliance page."""
    return {"distinctions": list(AllianceOfTheMonth.objects.started().filter(alliance=alliance))}

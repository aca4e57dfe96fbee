from collections import Counter

from django import template

from projects.models import Project

register = template.Library()


@register.simple_tag(takes_context=True)
def fields_with_projects(context, alliance):
    """The alliance's fields of action, each with the number of its projects in it
    (`projects_here`) that the visitor may see.

    Two plain queries, both starting from the alliance, so neither reads beyond its rows:
    its fields, and the field of each of its visible projects (one row per pair). Django
    compiles the two faster than their union in one query.
    """
    own = Project.objects.visible_to(context["request"].user, of_shown_alliance=True)
    counts = Counter(own.filter(alliance=alliance).values_list("fields_of_action", flat=True))
    fields = list(alliance.fields_of_action.order_by("order", "name"))
    for field in fields:
        field.projects_here = counts[field.pk]
    return fields

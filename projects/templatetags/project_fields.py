from django import template
from django.db.models import BooleanField, Value

from buendnisse.models import FieldOfAction
from projects.models import Project

register = template.Library()


@register.simple_tag(takes_context=True)
def fields_with_projects(context, alliance):
    """The alliance's fields of action, each with the number of its projects in it
    (`projects_here`) that the visitor may see; one query.

    The alliance's own fields, then one row per (field, visible project of the alliance):
    both halves start from the alliance, so the query reads only its rows, never a count
    over every project of the network.
    """
    own = Project.objects.visible_to(context["request"].user, of_shown_alliance=True).filter(
        alliance=alliance
    )
    declared = alliance.fields_of_action.annotate(used=Value(False, BooleanField()))
    used = FieldOfAction.objects.filter(projects__in=own).annotate(used=Value(True, BooleanField()))
    fields, counts = {}, {}
    for field in declared.order_by().union(used.order_by(), all=True).order_by("order", "name"):
        if field.used:
            counts[field.pk] = counts.get(field.pk, 0) + 1
        else:
            fields[field.pk] = field
    for field in fields.values():
        field.projects_here = counts.get(field.pk, 0)
    return list(fields.values())

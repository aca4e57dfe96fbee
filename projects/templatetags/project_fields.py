from django import template
from django.db.models import Count, Q

from projects.models import Project

register = template.Library()


@register.simple_tag(takes_context=True)
def fields_with_projects(context, alliance):
    """The alliance's fields of action, each with the number of its projects in it
    (`projects_here`) that the visitor may see; one query."""
    own = Project.objects.visible_to(context["request"].user).filter(alliance=alliance)
    return list(
        alliance.fields_of_action.annotate(
            projects_here=Count("projects", filter=Q(projects__in=own), distinct=True)
        )
    )

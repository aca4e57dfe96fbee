from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from buendnisse import preview
from buendnisse.breadcrumbs import alliance_trail
from buendnisse.views import get_alliance

from .models import Project


@require_safe
def project_list(request, alliance_slug):
    alliance = get_alliance(alliance_slug, request)
    projects = (
        Project.objects.listed()
        .filter(alliance=alliance)
        .select_related("alliance", "image", "working_group")
        .prefetch_related("fields_of_action")
    )
    return render(
        request,
        "projects/project_list.html",
        {
            "alliance": alliance,
            "projects": projects,
            "breadcrumbs": alliance_trail(alliance, ("Projekte", request.path)),
        },
    )


@require_safe
def project_detail(request, alliance_slug, slug):
    alliance = get_alliance(alliance_slug, request)
    project = preview.previewed(request, Project)
    if project is None or project.slug != slug or project.alliance_id != alliance.pk:
        project = get_object_or_404(
            Project.objects.listed()
            .filter(alliance=alliance)
            .select_related("alliance", "image", "working_group"),
            slug=slug,
        )
    return render(
        request,
        "projects/project_detail.html",
        {
            "alliance": alliance,
            "project": project,
            "fields_of_action": project.fields_of_action.all(),
            "partners": project.partners.all(),
            "breadcrumbs": alliance_trail(
                alliance,
                ("Projekte", reverse("projects:list", kwargs={"alliance_slug": alliance.slug})),
                (project.title, request.path),
            ),
        },
    )

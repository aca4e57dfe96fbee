from itertools import groupby

from django.db.models import F, Q, Sum
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.decorators.http import require_safe

from buendnisse.models import FieldOfAction
from buendnisse.views import get_alliance
from core.breadcrumbs import alliance_trail, network_trail
from core.pagination import paginate, query_without_page
from core.printing import last_change
from core.publishing import is_preview
from core.urls import reverse

from .forms import ProjectFilterForm
from .models import PairCount, Project

PROJECT_ROWS_PER_PAGE = 50


@require_safe
def project_list(request, alliance_slug):
    """The alliance's projects; with ?feld=<slug> those in one field of action."""
    alliance = get_alliance(request, alliance_slug)
    projects = (
        Project.objects.visible_to(request.user, of_shown_alliance=True)
        .filter(alliance=alliance)
        .select_related("alliance", "image", "working_group")
        .prefetch_related("fields_of_action")
    )
    field = None
    if "feld" in request.GET:
        field = get_object_or_404(FieldOfAction, slug=request.GET["feld"])
        projects = projects.filter(fields_of_action=field)
    return render(
        request,
        "projects/project_list.html",
        {
            "alliance": alliance,
            "projects": projects,
            "field": field,
            "as_of": last_change(alliance, *projects),
            "preview": is_preview(alliance, *projects),
            # For the navigation (pages/templatetags/navigation.py): the list without a
            # field of action is all of them, so it tells whether there are any.
            "sections_known": {} if field else {"projekte": bool(projects)},
            "section": "projekte",
            "breadcrumbs": alliance_trail(alliance, ("Projekte", request.path)),
        },
    )


@require_safe
def project_detail(request, alliance_slug, slug):
    alliance = get_alliance(request, alliance_slug)
    project = get_object_or_404(
        Project.objects.visible_to(request.user, of_shown_alliance=True)
        .filter(alliance=alliance)
        .select_related("alliance", "image", "working_group"),
        slug=slug,
    )
    partners = list(project.partners.all())
    return render(
        request,
        "projects/project_detail.html",
        {
            "alliance": alliance,
            "project": project,
            "as_of": last_change(alliance, project, project.working_group, *partners),
            "preview": is_preview(alliance, project),
            "sections_known": {"projekte": True},  # this one (navigation.py)
            "section": "projekte",
            "fields_of_action": project.fields_of_action.all(),
            "partners": partners,
            "breadcrumbs": alliance_trail(
                alliance,
                ("Projekte", reverse("projects:list", kwargs={"alliance_slug": alliance.slug})),
                (project.title, request.path),
            ),
        },
    )


class FieldRows:
    """The list's (field, project) pairs in its order, for the paginator, without sorting
    every project of the network: the number of pairs per field comes from PairCount, and
    a page reads only the pairs of the fields it shows (in the fields' order, projects
    without a field last; within a field by title, alliance and number)."""

    def __init__(self, projects, chosen, pair_counts, fields_of_action):
        # pair_counts: PairCount rows of the same moment and filter as the projects.
        self.projects, self.chosen, self.pair_counts = projects, chosen, pair_counts
        self.order = [field.pk for field in fields_of_action] + [None]

    @cached_property
    def counts(self):
        counts = dict(
            self.pair_counts.order_by().values_list("field_of_action").annotate(pairs=Sum("pairs"))
        )
        return [(field, counts[field]) for field in self.order if counts.get(field)]

    def count(self):
        return sum(pairs for _field, pairs in self.counts)

    def __getitem__(self, index):
        start, stop = index.start or 0, index.stop  # the paginator asks for slices only
        shown, before, position = [], 0, 0
        for field, pairs in self.counts:
            if position + pairs <= start:
                before += pairs
            elif position < stop:
                shown.append(field)
            position += pairs
        if not shown:
            return []
        on_page = Q(fields_of_action__in=[field for field in shown if field is not None])
        if None in shown:
            without = Q(fields_of_action__isnull=True)
            on_page = on_page | without if len(shown) > 1 else without
        # One filter() with the chosen field: the rows are read through the same join.
        rows = (
            self.projects.filter(self.chosen & on_page)
            .values_list("fields_of_action", "pk")
            .order_by(
                F("fields_of_action__order").asc(nulls_last=True),
                F("fields_of_action__name").asc(nulls_last=True),
                "title",
                "alliance__name",
                "pk",
            )
        )
        return list(rows[start - before : stop - before])


@require_safe
def network_project_list(request):
    """Every published project of every published alliance, by field of action.

    A project in several fields is listed under each, so whoever looks for ideas in one
    field finds it there. The pages are cut from the (field, project) pairs, projects
    without a field come last.
    """
    fields_of_action = list(FieldOfAction.objects.all())
    form = ProjectFilterForm(request.GET or None, fields_of_action=fields_of_action)
    now = timezone.now()  # one moment for the rows and their counts
    projects, pair_counts = Project.objects.published(now), PairCount.objects.at(now)
    chosen = Q()  # the field of action asked for, on the join the rows are read through
    if form.is_valid():
        if form.cleaned_data["feld"]:
            chosen = Q(fields_of_action__slug=form.cleaned_data["feld"])
            pair_counts = pair_counts.filter(field_of_action__slug=form.cleaned_data["feld"])
        if form.cleaned_data["land"]:
            projects = projects.filter(alliance__state=form.cleaned_data["land"])
            pair_counts = pair_counts.filter(state=form.cleaned_data["land"])
    elif form.is_bound:
        projects, pair_counts = projects.none(), pair_counts.none()
    rows = FieldRows(projects, chosen, pair_counts, fields_of_action)
    page = paginate(request, rows, PROJECT_ROWS_PER_PAGE)
    pairs = list(page.object_list)
    # Only what a card shows: not the projects' and alliances' long texts.
    by_pk = (
        Project.objects.select_related("alliance")
        .only("title", "slug", "teaser", "alliance__name", "alliance__slug", "alliance__state")
        .in_bulk([pk for _field, pk in pairs])
    )
    by_field = {field.pk: field for field in fields_of_action}
    groups = [
        (by_field.get(field_pk), [by_pk[pk] for _field, pk in group])
        for field_pk, group in groupby(pairs, key=lambda pair: pair[0])
    ]
    return render(
        request,
        "projects/network_project_list.html",
        {
            "form": form,
            "page": page,
            "groups": groups,
            "query": query_without_page(request),
            "is_search": form.is_bound,
            "section": "projekte",
            "breadcrumbs": network_trail(("Projekte", reverse("projects:all"))),
        },
        status=400 if form.errors else 200,
    )

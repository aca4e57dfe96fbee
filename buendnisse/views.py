from django import forms
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from contacts.models import ContactPerson
from news.models import AllianceOfTheMonth, Event, News
from projects.models import Project

from . import preview
from .breadcrumbs import alliance_trail, network_trail
from .models import Alliance
from .pagination import paginate, query_without_page

ALLIANCES_PER_PAGE = 24


def get_alliance(slug, request=None):
    """The published alliance a public page belongs to (or the one previewed), or 404."""
    alliance = preview.previewed(request, Alliance)
    if alliance is not None and alliance.slug == slug:
        return alliance
    return get_object_or_404(
        Alliance.objects.published().select_related("logo", "lead_image"), slug=slug
    )


class FinderForm(forms.Form):
    q = forms.CharField(
        label="Name, Ort oder Postleitzahl",
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    land = forms.ChoiceField(
        label="Bundesland",
        required=False,
        choices=[("", "alle Bundesländer"), *Alliance.State.choices],
    )

    def describe(self):
        """The valid search in words, for the printed list of results."""
        parts = []
        if self.cleaned_data["q"]:
            parts.append(f"„{self.cleaned_data['q']}“")
        if self.cleaned_data["land"]:
            parts.append(Alliance.State(self.cleaned_data["land"]).label)
        return ", ".join(parts) or "alle Bündnisse"


@require_safe
def home(request):
    alliances = Alliance.objects.published().select_related("logo")
    return render(
        request,
        "buendnisse/home.html",
        {
            "alliances": alliances,
            "form": FinderForm(),
            "alliance_of_the_month": (
                AllianceOfTheMonth.objects.published().select_related("alliance").first()
            ),
            "news": News.objects.published().select_related("alliance")[:3],
            "breadcrumbs": [],
        },
    )


@require_safe
def alliance_list(request):
    form = FinderForm(request.GET or None)
    alliances = Alliance.objects.published().select_related("logo")
    if form.is_valid():
        alliances = alliances.search(form.cleaned_data["q"])
        if form.cleaned_data["land"]:
            alliances = alliances.filter(state=form.cleaned_data["land"])
    elif form.is_bound:
        alliances = alliances.none()
    page = paginate(request, alliances, ALLIANCES_PER_PAGE)
    return render(
        request,
        "buendnisse/alliance_list.html",
        {
            "form": form,
            "page": page,
            "query": query_without_page(request),
            "is_search": form.is_bound,
            "breadcrumbs": network_trail(("Bündnisse", reverse("buendnisse:list"))),
        },
        status=400 if form.errors else 200,
    )


@require_safe
def alliance_detail(request, slug):
    alliance = get_alliance(slug, request)
    projects = (
        Project.objects.listed().filter(alliance=alliance).select_related("image", "alliance")[:3]
    )
    contact = (
        ContactPerson.objects.listed().filter(alliance=alliance).select_related("portrait").first()
    )
    return render(
        request,
        "buendnisse/alliance_detail.html",
        {
            "alliance": alliance,
            "fields_of_action": alliance.fields_of_action.all(),
            "projects": projects,
            "contact": contact,
            "news": (
                News.objects.listed().filter(alliance=alliance).select_related("alliance")[:3]
            ),
            "events": (
                Event.objects.listed()
                .filter(alliance=alliance)
                .upcoming()
                .select_related("alliance")[:3]
            ),
            "breadcrumbs": alliance_trail(alliance),
        },
    )


@require_safe
def alliance_about(request, slug):
    alliance = get_alliance(slug, request)
    documents = list(alliance.documents.listed())
    return render(
        request,
        "buendnisse/alliance_about.html",
        {
            "alliance": alliance,
            "fields_of_action": alliance.fields_of_action.all(),
            "working_groups": alliance.working_groups.select_related("field_of_action"),
            "milestones": alliance.milestones.all(),
            "documents": documents,
            "council_papers": [document for document in documents if document.is_council_paper],
            "breadcrumbs": alliance_trail(alliance, ("Über uns", request.path)),
        },
    )


@require_safe
def alliance_join(request, slug):
    alliance = get_alliance(slug, request)
    contact = (
        ContactPerson.objects.listed().filter(alliance=alliance).select_related("portrait").first()
    )
    return render(
        request,
        "buendnisse/alliance_join.html",
        {
            "alliance": alliance,
            "contact": contact,
            "breadcrumbs": alliance_trail(alliance, ("Mitmachen", request.path)),
        },
    )


LEGAL_PAGES = {
    "imprint": "Impressum",
    "privacy": "Datenschutz",
    "accessibility": "Erklärung zur Barrierefreiheit",
}


@require_safe
def legal_page(request, page):
    return render(
        request,
        f"pages/{page}.html",
        {
            "title": LEGAL_PAGES[page],
            "breadcrumbs": network_trail((LEGAL_PAGES[page], request.path)),
        },
    )


@require_safe
@cache_control(public=True, max_age=60 * 60 * 24 * 365, immutable=True)
def accent_css(request, color):
    """The stylesheet that gives an alliance's pages its accent colour.

    A stylesheet rather than a style attribute, so the Content-Security-Policy can
    forbid inline styles; the colour is in the address, so it caches forever.
    """
    return HttpResponse(f":root {{ --accent: #{color}; }}\n", content_type="text/css")

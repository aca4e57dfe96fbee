"""A coordinator of one alliance can never see or change another alliance's data.

The matrix is built from the admin registry: every registered model must be listed
below as owned by an alliance, shared, or for network editors only, so a new model
fails these tests until its isolation is decided.
"""

import datetime

import pytest
import reversion
from django.contrib import admin
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.forms import ModelChoiceField
from django.urls import reverse
from reversion.models import Version

from buendnisse.models import Alliance, Document, FieldOfAction, Image, Milestone, WorkingGroup
from contacts.models import ContactPerson
from inquiries.models import Inquiry
from news.models import AllianceOfTheMonth, Event, News
from partners.models import Membership, Partner
from places.models import District, Place
from projects.models import Project
from tests.factories import MINIMAL_PDF, make_image


def own_everything(alliance):
    """One object of every alliance-owned model, belonging to `alliance`."""
    slug = alliance.slug
    image = make_image(alliance, title=f"Bild {slug}")
    group = WorkingGroup.objects.create(alliance=alliance, name=f"AG {slug}")
    partner = Partner.objects.create(name=f"Partner nur {slug}", slug=f"partner-{slug}")
    membership = Membership.objects.create(alliance=alliance, partner=partner, since=2010)
    return {
        Alliance: alliance,
        Image: image,
        WorkingGroup: group,
        Milestone: Milestone.objects.create(
            alliance=alliance, date=datetime.date(2004, 1, 1), title=f"Start {slug}"
        ),
        Document: Document.objects.create(
            alliance=alliance, title=f"Flyer {slug}", file=ContentFile(MINIMAL_PDF, name="f.pdf")
        ),
        Partner: partner,
        Membership: membership,
        Project: Project.objects.create(
            alliance=alliance, title=f"Projekt {slug}", slug=f"projekt-{slug}", teaser="-"
        ),
        ContactPerson: ContactPerson.objects.create(
            alliance=alliance, first_name="Erika", last_name=f"Muster-{slug}"
        ),
        News: News.objects.create(
            alliance=alliance, title=f"Meldung {slug}", slug=f"meldung-{slug}", teaser="-"
        ),
        Event: Event.objects.create(
            alliance=alliance,
            title=f"Termin {slug}",
            slug=f"termin-{slug}",
            starts_at=datetime.datetime(2030, 6, 1, 18, 0, tzinfo=datetime.UTC),
        ),
        Inquiry: Inquiry.objects.create(
            alliance=alliance, name=f"Anfrage an {slug}", email="a@example.org", message="-"
        ),
    }


OWNED_MODELS = {
    Alliance,
    Image,
    WorkingGroup,
    Milestone,
    Document,
    Partner,
    Membership,
    Project,
    ContactPerson,
    News,
    Event,
    Inquiry,
}
# Forms with nothing to pick: an inquiry's alliance and sender are fixed, only its state changes.
PICKS_NOTHING = {Inquiry}
# Catalogues: coordinators view and pick, never change (Germany's places: nobody changes them).
SHARED_MODELS = {FieldOfAction, District, Place}
NETWORK_ONLY_APPS = {"admin", "auth", "axes"}  # the audit log, users, groups, login attempts
NETWORK_ONLY_MODELS = {AllianceOfTheMonth}  # the network editors' choice


def is_network_only(model):
    return model._meta.app_label in NETWORK_ONLY_APPS or model in NETWORK_ONLY_MODELS


def registered_models():
    return sorted(admin.site._registry, key=lambda model: model._meta.label)


def owned_models():
    return [model for model in registered_models() if model in OWNED_MODELS]


def url(model, view, *args):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


@pytest.fixture
def other(herzogenrath):
    return own_everything(herzogenrath)


@pytest.fixture
def own(kassel):
    return own_everything(kassel)


def test_every_registered_model_has_a_decided_isolation():
    undecided = [
        model._meta.label
        for model in registered_models()
        if model not in OWNED_MODELS and model not in SHARED_MODELS and not is_network_only(model)
    ]

    assert undecided == []


@pytest.mark.parametrize("model", owned_models(), ids=lambda m: m._meta.label)
def test_changelist_lists_only_own_objects(kassel_client, own, other, model):
    response = kassel_client.get(url(model, "changelist"))

    changelist = response.context["cl"]
    assert [obj.pk for obj in changelist.result_list] == [own[model].pk]
    assert (changelist.result_count, changelist.full_result_count) == (1, 1)
    assert "Bündnis Herzogenrath" not in response.text  # not even in the filters


@pytest.mark.parametrize("model", owned_models(), ids=lambda m: m._meta.label)
@pytest.mark.parametrize("view", ["change", "delete", "history"])
def test_other_alliances_object_answers_as_if_missing(
    kassel_client, kassel_coordinator, own, other, model, view
):
    response = kassel_client.get(url(model, view, other[model].pk), follow=True)

    if view == "delete" and not kassel_coordinator.has_perm(
        f"{model._meta.app_label}.delete_{model._meta.model_name}"
    ):
        # Refused before the object is looked up, exactly as for the coordinator's own.
        assert response.status_code == 403
        assert kassel_client.get(url(model, view, own[model].pk)).status_code == 403
        return
    assert response.redirect_chain == [(reverse("admin:index"), 302)]
    assert "existiert nicht" in response.text


def stored_version(obj):
    """A version of obj, as a save in the admin stores it (with its inline rows)."""
    with reversion.create_revision():
        reversion.add_to_revision(obj)
    return Version.objects.get_for_object(obj).first()


def versioned_owned_models():
    return [model for model in owned_models() if admin.site._registry[model].keeps_versions]


@pytest.mark.parametrize("model", versioned_owned_models(), ids=lambda m: m._meta.label)
def test_other_alliances_versions_answer_404(kassel_client, own, other, model):
    theirs, mine = stored_version(other[model]), stored_version(own[model])
    before = model._default_manager.filter(pk=other[model].pk).values().get()

    by_their_object = kassel_client.get(url(model, "version", other[model].pk, theirs.pk))
    by_own_object = kassel_client.get(url(model, "version", own[model].pk, theirs.pk))
    restored = kassel_client.post(url(model, "version", other[model].pk, theirs.pk))
    history = kassel_client.get(url(model, "history", own[model].pk))

    assert (by_their_object.status_code, by_own_object.status_code) == (404, 404)
    assert restored.status_code == 404
    assert model._default_manager.filter(pk=other[model].pk).values().get() == before
    assert [entry["version"] for entry in history.context["versions"]] == [mine]
    assert Version.objects.get_for_object(other[model]).count() == 1


@pytest.mark.parametrize("model", versioned_owned_models(), ids=lambda m: m._meta.label)
def test_superuser_sees_every_alliances_versions(super_client, own, other, model):
    for obj in (own[model], other[model]):
        version = stored_version(obj)
        assert super_client.get(url(model, "version", obj.pk, version.pk)).status_code == 200


@pytest.mark.parametrize("model", owned_models(), ids=lambda m: m._meta.label)
def test_post_to_other_alliances_object_changes_nothing(kassel_client, other, model):
    before = model._default_manager.filter(pk=other[model].pk).values().get()

    kassel_client.post(url(model, "change", other[model].pk), {"name": "Übernommen"})
    kassel_client.post(url(model, "delete", other[model].pk), {"post": "yes"})

    assert model._default_manager.filter(pk=other[model].pk).values().get() == before


@pytest.mark.parametrize("model", owned_models(), ids=lambda m: m._meta.label)
def test_bulk_delete_ignores_other_alliances_ids(kassel_client, other, model):
    kassel_client.post(
        url(model, "changelist"),
        {"action": "delete_selected", "_selected_action": [other[model].pk], "post": "yes"},
    )

    assert model._default_manager.filter(pk=other[model].pk).exists()


def form_choice_fields(response):
    """Every choice field of the admin form and its inline formsets."""
    fields = dict(response.context["adminform"].form.fields)
    for inline in response.context["inline_admin_formsets"]:
        fields.update(
            {
                f"{inline.formset.prefix}-{name}": field
                for name, field in inline.formset.form.base_fields.items()
            }
        )
    return {name: field for name, field in fields.items() if isinstance(field, ModelChoiceField)}


def offered_other_objects(field, other):
    offered = set(field.queryset.values_list("pk", flat=True))
    foreign = other.get(field.queryset.model)
    return foreign is not None and foreign.pk in offered


@pytest.mark.parametrize("model", owned_models(), ids=lambda m: m._meta.label)
def test_forms_offer_no_other_alliances_objects(kassel_client, own, other, model):
    if model is Alliance:  # nobody adds these in the admin; its form comes in parts
        fields = {}
        for part in admin.site._registry[Alliance].form_parts:
            response = kassel_client.get(f"{url(model, 'change', own[model].pk)}?teil={part.slug}")
            fields |= form_choice_fields(response)
    elif model in PICKS_NOTHING:
        fields = form_choice_fields(kassel_client.get(url(model, "change", own[model].pk)))
    else:
        fields = form_choice_fields(kassel_client.get(url(model, "add")))

    assert bool(fields) is (model not in PICKS_NOTHING), (
        "every other form here picks an alliance or something of one"
    )
    assert [name for name, field in fields.items() if offered_other_objects(field, other)] == []


def autocomplete_sources():
    """Every (source model, field) whose target has an admin with search fields."""
    sources = []
    for model in registered_models():
        for field in model._meta.get_fields():
            target = getattr(field, "related_model", None)
            if field.is_relation and field.concrete and target in admin.site._registry:
                if admin.site._registry[target].search_fields:
                    sources.append((model, field.name))
    return sources


@pytest.mark.parametrize(
    ("model", "field_name"), autocomplete_sources(), ids=lambda v: getattr(v, "__name__", v)
)
def test_autocomplete_offers_no_other_alliances_objects(
    kassel_client, own, other, model, field_name
):
    target = model._meta.get_field(field_name).related_model
    response = kassel_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": model._meta.app_label,
            "model_name": model._meta.model_name,
            "field_name": field_name,
        },
    )

    if response.status_code == 403:  # a coordinator may not even view the target
        assert is_network_only(target)
        return
    ids = {int(result["id"]) for result in response.json()["results"]}
    if target in other:
        assert other[target].pk not in ids
    if target in own:
        assert own[target].pk in ids


def test_add_form_puts_new_object_into_own_alliance_whatever_is_posted(
    kassel_client, kassel, other
):
    response = kassel_client.post(
        url(Project, "add"),
        {
            "alliance": other[Alliance].pk,
            "title": "Untergeschoben",
            "slug": "untergeschoben",
            "teaser": "-",
            "status": "running",
            "order": 0,
            "_version": "",
        },
    )

    assert response.status_code == 302
    assert Project.objects.get(slug="untergeschoben").alliance == kassel


def test_add_form_refuses_other_alliances_related_ids(kassel_client, other):
    response = kassel_client.post(
        url(Project, "add"),
        {
            "title": "Mit fremder AG",
            "slug": "fremde-ag",
            "teaser": "-",
            "status": "running",
            "order": 0,
            "working_group": other[WorkingGroup].pk,
            "partners": [other[Partner].pk],
            "image": other[Image].pk,
        },
    )

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert sorted(errors) == ["image", "partners", "working_group"]
    assert not Project.objects.filter(slug="fremde-ag").exists()


def test_inline_post_cannot_adopt_other_alliances_rows(kassel_client, kassel, own, other):
    """A membership row posted with another alliance's id is not saved over it."""
    response = kassel_client.get(url(Alliance, "change", kassel.pk))
    form = response.context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    payload = {
        **{k: v for k, v in data.items() if not isinstance(v, list)},
        "fields_of_action": [],
        "_version": form.initial["_version"],
    }
    for inline in response.context["inline_admin_formsets"]:
        prefix = inline.formset.prefix
        payload.update(
            {
                f"{prefix}-TOTAL_FORMS": 0,
                f"{prefix}-INITIAL_FORMS": 0,
                f"{prefix}-MIN_NUM_FORMS": 0,
                f"{prefix}-MAX_NUM_FORMS": 1000,
            }
        )
    payload.update(
        {
            "memberships-TOTAL_FORMS": 1,
            "memberships-INITIAL_FORMS": 1,
            "memberships-0-id": other[Membership].pk,
            "memberships-0-alliance": kassel.pk,
            "memberships-0-partner": own[Partner].pk,
            "memberships-0-since": 1999,
        }
    )

    kassel_client.post(url(Alliance, "change", kassel.pk), payload)

    other[Membership].refresh_from_db()
    assert (other[Membership].alliance, other[Membership].since) == (other[Alliance], 2010)


def test_recent_actions_show_no_other_alliances_changes(kassel_client, superuser, other):
    LogEntry.objects.log_actions(
        user_id=superuser.pk,
        queryset=[other[Project]],
        action_flag=CHANGE,
        change_message="Geändert",
    )

    response = kassel_client.get(reverse("admin:index"))

    assert "Projekt herzogenrath" not in response.text


@pytest.mark.parametrize(
    "model",
    [m for m in registered_models() if is_network_only(m)],
    ids=lambda m: m._meta.label,
)
def test_network_only_models_are_closed_to_coordinators(kassel_client, model):
    assert kassel_client.get(url(model, "changelist")).status_code == 403
    assert kassel_client.get(url(model, "add")).status_code == 403


def test_network_only_models_stay_closed_whatever_the_group_may(kassel_client, kassel):
    """Even a coordinator group given every right of the model cannot choose the month."""
    from django.contrib.auth.models import Group, Permission

    from core.admin.permissions import COORDINATOR_GROUP

    choice = AllianceOfTheMonth.objects.create(
        alliance=kassel, month=datetime.date(2019, 7, 1), text="-"
    )
    Group.objects.get(name=COORDINATOR_GROUP).permissions.add(
        *Permission.objects.filter(content_type__model="allianceofthemonth")
    )

    assert kassel_client.get(url(AllianceOfTheMonth, "changelist")).status_code == 403
    assert kassel_client.get(url(AllianceOfTheMonth, "change", choice.pk)).status_code == 403


@pytest.mark.parametrize("model", [News, Event], ids=lambda m: m._meta.label)
def test_network_wide_items_are_hidden_from_coordinators(kassel_client, own, model):
    network_item = model._default_manager.create(
        alliance=None,
        title="Netzwerk",
        slug="netzwerk",
        **(
            {"teaser": "-"}
            if model is News
            else {"starts_at": datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)}
        ),
    )

    listed = kassel_client.get(url(model, "changelist")).context["cl"].result_list
    opened = kassel_client.get(url(model, "change", network_item.pk), follow=True)

    assert [obj.pk for obj in listed] == [own[model].pk]
    assert opened.redirect_chain == [(reverse("admin:index"), 302)]


@pytest.mark.parametrize("model", owned_models(), ids=lambda m: m._meta.label)
def test_superuser_sees_every_alliances_objects(super_client, own, other, model):
    response = super_client.get(url(model, "changelist"))

    listed = {obj.pk for obj in response.context["cl"].result_list}
    assert listed == {own[model].pk, other[model].pk}


def test_admin_index_lists_only_what_coordinators_may_use(kassel_client):
    response = kassel_client.get(reverse("admin:index"))

    models = sorted(
        model["object_name"] for app in response.context["app_list"] for model in app["models"]
    )
    assert models == sorted(model.__name__ for model in OWNED_MODELS | SHARED_MODELS)


def test_log_entries_of_coordinators_are_recorded(kassel_client, own):
    kassel_client.post(
        url(Milestone, "change", own[Milestone].pk),
        {
            "alliance": own[Alliance].pk,
            "date": "2004-01-01",
            "precision": "year",
            "title": "Gründung mit 70 Organisationen",
            "_version": kassel_client.get(url(Milestone, "change", own[Milestone].pk))
            .context["adminform"]
            .form.initial["_version"],
        },
    )

    entry = LogEntry.objects.get(
        content_type=ContentType.objects.get_for_model(Milestone), object_id=str(own[Milestone].pk)
    )
    assert (entry.user.username, entry.action_flag) == ("koordination-kassel", CHANGE)
    assert "Ereignis" in entry.get_change_message()


@pytest.mark.parametrize(
    "model",
    [m for m in owned_models() if hasattr(m, "get_absolute_url")],
    ids=lambda m: m._meta.label,
)
def test_view_on_site_redirect_hides_other_alliances_objects(kassel_client, own, other, model):
    content_type = ContentType.objects.get_for_model(model)

    foreign = kassel_client.get(
        reverse("admin:view_on_site", args=[content_type.pk, other[model].pk])
    )
    mine = kassel_client.get(reverse("admin:view_on_site", args=[content_type.pk, own[model].pk]))

    assert foreign.status_code == 404
    assert (mine.status_code, mine["Location"]) == (
        302,
        f"http://testserver{own[model].get_absolute_url()}",
    )

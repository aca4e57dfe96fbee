"""After load_demo, every demo object has a first version, so the admin's history has a start."""

import io

import pytest
import reversion
from django.core.management import call_command
from django.test import override_settings
from reversion.models import Revision, Version

from buendnisse.models import Alliance
from demo.management.commands.load_demo import INITIAL_VERSION_COMMENT
from projects.models import Project

pytestmark = pytest.mark.django_db


def test_every_versioned_demo_object_has_its_first_version(demo):
    for model in reversion.get_registered_models():
        versioned = set(Version.objects.get_for_model(model).values_list("object_id", flat=True))
        ids = {str(pk) for pk in model._default_manager.values_list("pk", flat=True)}
        assert ids - versioned == set(), model._meta.label


def test_the_alliance_version_holds_its_rows_and_says_where_it_came_from(demo):
    herzogenrath = Alliance.objects.get(slug="herzogenrath")
    [version] = Version.objects.get_for_object(herzogenrath)
    stored = {(v.content_type.model, v.object_id) for v in version.revision.version_set.all()}

    assert version.revision.comment == INITIAL_VERSION_COMMENT
    assert {
        ("membership", str(pk)) for pk in herzogenrath.memberships.values_list("pk", flat=True)
    } <= stored
    assert {
        ("contactperson", str(pk)) for pk in herzogenrath.contacts.values_list("pk", flat=True)
    } <= stored
    assert Version.objects.get_for_model(Project).exists()


def test_a_second_load_adds_no_versions(demo):
    revisions = Revision.objects.count()

    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=io.StringIO())

    assert Revision.objects.count() == revisions

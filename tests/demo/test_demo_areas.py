"""The demo alliances state the areas the finder finds them under."""

import io

import pytest
from django.core.management import call_command

from buendnisse.models import Alliance

pytestmark = pytest.mark.django_db


def areas():
    return {
        alliance.slug: (
            [district.name for district in alliance.districts.all()],
            [str(place) for place in alliance.places.all()],
        )
        for alliance in Alliance.objects.prefetch_related("districts", "places__district")
    }


def test_demo_alliances_cover_their_kreis_city_or_town(settings):
    settings.DEBUG = True

    call_command("load_demo", stdout=io.StringIO())
    first = areas()
    call_command("load_demo", stdout=io.StringIO())

    assert (
        first
        == areas()
        == {
            "herzogenrath": ([], ["Herzogenrath (Städteregion Aachen)"]),
            "kassel": (["Stadt Kassel"], []),
            "kreis-unna": (["Kreis Unna"], []),
            "laatzen": ([], ["Laatzen (Region Hannover)"]),
        }
    )

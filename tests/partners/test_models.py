import pytest
from django.db import IntegrityError, transaction

from partners.models import Membership, Partner
from tests.factories import make_alliance


@pytest.fixture
def ihk(db):
    return Partner.objects.create(name="IHK", slug="ihk", kind=Partner.Kind.CHAMBER)


def test_partner_can_belong_to_several_alliances(ihk):
    for slug in ("kassel", "kreis-unna"):
        Membership.objects.create(alliance=make_alliance(slug), partner=ihk)

    assert sorted(a.slug for a in ihk.alliances.all()) == ["kassel", "kreis-unna"]


def test_membership_is_unique_per_partner_and_alliance(ihk):
    kassel = make_alliance("kassel")
    Membership.objects.create(alliance=kassel, partner=ihk)

    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(alliance=kassel, partner=ihk)


def test_membership_since_must_be_a_plausible_year(ihk):
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(alliance=make_alliance(), partner=ihk, since=204)


def test_partner_slug_is_unique(ihk):
    with pytest.raises(IntegrityError), transaction.atomic():
        Partner.objects.create(name="IHK 2", slug="ihk")

"""visible_to(user, of_shown_alliance=True): the items of an alliance whose page is shown, without
asking again whether the alliance is public, and the same items as without it."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from contacts.models import ContactPerson
from news.models import Event, News
from projects.models import Project
from tests.factories import coordinator_of, make_alliance, make_event, make_news

pytestmark = pytest.mark.django_db

LATER = timezone.now() + datetime.timedelta(days=7)


@pytest.fixture
def kassel():
    kassel = make_alliance("kassel")
    Project.objects.create(alliance=kassel, title="Öffentlich", slug="oeffentlich")
    Project.objects.create(alliance=kassel, title="Entwurf", slug="entwurf", is_published=False)
    Project.objects.create(alliance=kassel, title="Geplant", slug="geplant", publish_from=LATER)
    make_news(kassel, slug="meldung")
    make_news(kassel, slug="entwurf", is_published=False)
    make_event(kassel, slug="termin")
    make_event(kassel, slug="geplant", publish_from=LATER)
    ContactPerson.objects.create(alliance=kassel, first_name="A", last_name="B")
    ContactPerson.objects.create(alliance=kassel, first_name="C", last_name="D", is_published=False)
    return kassel


def slugs(queryset):
    return sorted(getattr(item, "slug", None) or item.pk for item in queryset)


@pytest.mark.parametrize("model", [Project, News, Event, ContactPerson])
@pytest.mark.parametrize("who", ["visitor", "coordinator"])
def test_publishing_of_shown_alliance_gives_what_visible_to_gives(kassel, model, who):
    user = AnonymousUser() if who == "visitor" else coordinator_of(kassel)
    everything = model.objects.filter(alliance=kassel)

    shown = everything.visible_to(user, of_shown_alliance=True)

    assert slugs(shown) == slugs(everything.visible_to(user))
    # Visitors miss the drafts and what is planned; the alliance's coordinator sees them all.
    if model is ContactPerson:
        expected = everything.filter(is_published=True)
    else:
        expected = everything.filter(slug__in=["oeffentlich", "meldung", "termin"])
    assert shown.count() == (expected.count() if who == "visitor" else everything.count())


@pytest.mark.parametrize("model", [Project, News, Event, ContactPerson])
def test_publishing_of_shown_alliance_asks_only_the_items_own_conditions(kassel, model):
    sql = str(model.objects.visible_to(AnonymousUser(), of_shown_alliance=True).query)
    asked = str(model.objects.visible_to(AnonymousUser()).query)

    assert "buendnisse_alliance" not in sql
    assert "buendnisse_alliance" in asked

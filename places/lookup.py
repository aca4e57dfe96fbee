"""What a visitor typed into the finder, as places: a postcode or its first digits, a
place, a Kreis or a Land. Spans the catalogue's models, so it is a function of its own."""

import re
from dataclasses import dataclass, field

from django.db.models import Avg, QuerySet, prefetch_related_objects

from .models import District, Place, State, search_key

POSTCODE = re.compile(r"(\d{1,5})\s*(.*)")
NAME_THEN_POSTCODE = re.compile(r"(\D+?)\s*(\d{5})")
DISTRICT_WORDS = ("kreis ", "landkreis ", "stadt ", "region ", "staedteregion ", "regionalverband ")
MAX_CHOICES = 30
MAX_NAMES = 3


@dataclass(frozen=True)
class Choice:
    """One of several places or Kreise a name may mean, and the finder query for it."""

    query: str
    label: str


@dataclass
class Location:
    """Where the visitor looks: `places` (a queryset), what to call it (`label`), whether it
    is one place or postcode (`is_single`); or the `choices` when a name is ambiguous, or a
    whole `state`."""

    label: str
    places: QuerySet = field(default_factory=Place.objects.none)
    is_single: bool = False
    choices: list = field(default_factory=list)
    state: State | None = None

    def point(self):
        """The middle of the places, for the distance to the nearest alliances."""
        middle = self.places.aggregate(latitude=Avg("latitude"), longitude=Avg("longitude"))
        return None if middle["latitude"] is None else (middle["latitude"], middle["longitude"])


def locate(text):
    """The Location the text names, or None if it names none."""
    text = " ".join(text.split())
    if match := POSTCODE.fullmatch(text):
        return by_postcode(*match.groups())
    if match := NAME_THEN_POSTCODE.fullmatch(text):
        return by_postcode(match[2], match[1])
    if state := State.matching(text):
        return Location(label=state.label, state=state)
    key = search_key(text)
    if key.startswith(DISTRICT_WORDS) and (location := by_district(text)):
        return location
    return by_place(text) or by_district(text)


def by_postcode(digits, name):
    places = Place.objects.with_postcode(digits)
    if name and (named := places.filter(pk__in=Place.objects.matching(name))).exists():
        places = named
    names = list(dict.fromkeys(places.values_list("name", flat=True)[: MAX_NAMES + 1]))
    if not names:
        return None
    if len(digits) < 5:
        return Location(label=f"Postleitzahlen ab {digits}", places=places)
    listed = ", ".join(names[:MAX_NAMES]) + (" …" if len(names) > MAX_NAMES else "")
    return Location(label=f"{digits} {listed}", places=places, is_single=True)


def by_place(text):
    found = list(
        Place.objects.matching(text)
        .select_related("district")
        .order_by("name", "district__name")[: MAX_CHOICES + 1]
    )
    if not found:
        return None
    if len({place.district_id for place in found}) > 1:
        prefetch_related_objects(found, "postcodes")
        choices = [
            Choice(f"{place.postcodes.all()[0].code} {place.name}", place.full_name())
            for place in found[:MAX_CHOICES]
        ]
        return Location(label=text, choices=choices)
    places = Place.objects.filter(pk__in=[place.pk for place in found])
    return Location(label=found[0].name if len(found) == 1 else text, places=places, is_single=True)


def by_district(text):
    districts = list(District.objects.matching(text))
    if len(districts) != 1:
        # Several Kreise of that name ("Kassel": city and Landkreis) are offered as choices.
        choices = [
            Choice(district.name, f"{district.name}, {district.get_state_display()}")
            for district in districts
        ]
        return Location(label=text, choices=choices) if choices else None
    district = districts[0]
    return Location(label=district.name, places=Place.objects.filter(district=district))

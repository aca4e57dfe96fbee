"""Germany's postcodes, places and Kreise from GeoNames (CC BY 4.0), loaded by migration
0002 from places/data/places.json.gz; the README says how to refresh them."""

import math
import re
import unicodedata

from django.db import models
from django.utils.translation import gettext_lazy as _

EARTH_RADIUS_KM = 6371.0


class State(models.TextChoices):
    """The Länder, by the suffix of their ISO 3166-2 code."""

    BW = "BW", "Baden-Württemberg"
    BY = "BY", "Bayern"
    BE = "BE", "Berlin"
    BB = "BB", "Brandenburg"
    HB = "HB", "Bremen"
    HH = "HH", "Hamburg"
    HE = "HE", "Hessen"
    MV = "MV", "Mecklenburg-Vorpommern"
    NI = "NI", "Niedersachsen"
    NW = "NW", "Nordrhein-Westfalen"
    RP = "RP", "Rheinland-Pfalz"
    SL = "SL", "Saarland"
    SN = "SN", "Sachsen"
    ST = "ST", "Sachsen-Anhalt"
    SH = "SH", "Schleswig-Holstein"
    TH = "TH", "Thüringen"

    @classmethod
    def matching(cls, text):
        """The Land the text names ("NRW" too), or None."""
        key = search_key(text)
        for state in cls:
            if key in (search_key(state.label), state.value.lower()):
                return state
        return {"nrw": cls.NW, "bawue": cls.BW, "meckpomm": cls.MV}.get(key.replace(" ", ""))


def search_key(text):
    """How a name is compared: lower case, ä/ö/ü as ae/oe/ue, ß as ss, accents dropped,
    hyphens, slashes and other punctuation as single spaces ("Baden-Baden" = "baden baden")."""
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def base_name(text):
    """The name without an addition after a slash or in brackets: "Fröndenberg/Ruhr" ->
    "Fröndenberg", "Frankfurt (Oder)" -> "Frankfurt"."""
    return re.split(r"[/(]", text, maxsplit=1)[0].strip()


def distance_km(a, b):
    """Great-circle distance between two (latitude, longitude) points (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


class DistrictQuerySet(models.QuerySet):
    def matching(self, text):
        """Kreise named by the text: "Kreis Unna", "Unna", "Landkreis Kassel"."""
        key = search_key(text)
        return self.filter(models.Q(key=key) | models.Q(short_key=key)) if key else self.none()


class District(models.Model):
    """A Kreis: a (Land)kreis, a kreisfreie Stadt or a region such as the Region Hannover."""

    class Kind(models.TextChoices):
        CITY = "city", _("kreisfreie Stadt")
        DISTRICT = "district", _("Kreis")
        REGION = "region", _("Region")

    name = models.CharField(_("Name"), max_length=120)
    short_name = models.CharField(
        _("Kurzname"), max_length=120, help_text=_("Ohne „Kreis“, „Stadt“ oder „Region“.")
    )
    kind = models.CharField(_("Art"), max_length=10, choices=Kind)
    state = models.CharField(_("Bundesland"), max_length=2, choices=State)
    key = models.CharField(_("Suchschlüssel"), max_length=120, db_index=True, editable=False)
    short_key = models.CharField(
        _("Suchschlüssel des Kurznamens"), max_length=120, db_index=True, editable=False
    )

    objects = DistrictQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("Kreis")
        verbose_name_plural = _("Kreise und kreisfreie Städte")
        constraints = [
            models.UniqueConstraint(fields=["name", "state"], name="district_unique_name"),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_state_display()})"

    def save(self, *args, **kwargs):
        self.key, self.short_key = search_key(self.name), search_key(base_name(self.short_name))
        super().save(*args, **kwargs)


class PlaceQuerySet(models.QuerySet):
    def matching(self, text):
        """Places named by the text, forgiving case, umlauts written as ae/oe/ue/ss, an
        addition ("Fröndenberg/Ruhr" finds "Fröndenberg"); else those whose name starts
        with it ("Frankfurt" finds "Frankfurt am Main" and "Frankfurt (Oder)")."""
        for key in dict.fromkeys([search_key(text), search_key(base_name(text))]):
            if key and (found := self.filter(key=key)).exists():
                return found
        key = search_key(text)
        return self.filter(key__startswith=key) if len(key) >= 3 else self.none()

    def with_postcode(self, digits):
        """Places with this postcode, or with a postcode starting with these digits."""
        lookup = "postcodes__code" if len(digits) == 5 else "postcodes__code__startswith"
        return self.filter(**{lookup: digits}).distinct()


class Place(models.Model):
    """A town, municipality or part of one, as a postcode names it, with its coordinates."""

    name = models.CharField(_("Name"), max_length=120)
    district = models.ForeignKey(
        District, verbose_name=_("Kreis"), on_delete=models.CASCADE, related_name="places"
    )
    latitude = models.FloatField(_("Breitengrad"))
    longitude = models.FloatField(_("Längengrad"))
    key = models.CharField(_("Suchschlüssel"), max_length=120, db_index=True, editable=False)

    objects = PlaceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("Ort")
        verbose_name_plural = _("Orte")
        constraints = [
            models.UniqueConstraint(fields=["name", "district"], name="place_unique_name"),
        ]

    def __str__(self):
        return f"{self.name} ({self.district.name})"

    def save(self, *args, **kwargs):
        self.key = search_key(self.name)
        super().save(*args, **kwargs)

    def full_name(self):
        """The name with its Kreis and Land; a kreisfreie Stadt's name only once."""
        district = self.district
        parts = [self.name, district.get_state_display()]
        if not (district.kind == District.Kind.CITY and district.short_name == self.name):
            parts.insert(1, district.name)
        return ", ".join(parts)

    @property
    def point(self):
        return (self.latitude, self.longitude)


class Postcode(models.Model):
    """One postcode of one place; a postcode may cover several places, a city many codes."""

    code = models.CharField(_("Postleitzahl"), max_length=5, db_index=True)
    place = models.ForeignKey(
        Place, verbose_name=_("Ort"), on_delete=models.CASCADE, related_name="postcodes"
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("Postleitzahl")
        verbose_name_plural = _("Postleitzahlen")
        constraints = [
            models.UniqueConstraint(fields=["code", "place"], name="postcode_unique_place"),
        ]

    def __str__(self):
        return f"{self.code} {self.place.name}"

import math
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import FileExtensionValidator, RegexValidator
from django.db import models, transaction
from django.db.models import Count, Expression, F, OuterRef, Prefetch, Q, Subquery
from django.utils.translation import gettext_lazy as _

from core import documents, images
from core.choices import ChoiceLabels
from core.colors import HEX_COLOR, contrast_ratio
from core.documents import validate_pdf
from core.fields import (
    PartialDatePrecision,
    RichTextField,
    format_partial_date,
    normalise_partial_date,
    postcode_validator,
    validate_not_print_path,
)
from core.pagecache import EVERYTHING, OnItsAlliancesPages
from core.publishing import (
    PublishedFlag,
    PublishingQuerySet,
    ScheduledFlag,
    next_change,
    window_constraint,
    window_q,
)
from core.urls import reverse
from places.maps import project
from places.models import District, Place, Postcode, State, distance_km

MIN_ACCENT_CONTRAST = 4.5  # WCAG 2.1 AA for normal text, against white


class FieldOfAction(models.Model):
    """One entry of the network-wide catalogue of fields of action."""

    name = models.CharField(_("Name"), max_length=120, unique=True)
    slug = models.SlugField(_("Kurzname in der Adresse"), max_length=120, unique=True)
    description = models.TextField(
        _("Beschreibung"), blank=True, help_text=_("Ein bis zwei Sätze, was zu diesem Feld gehört.")
    )
    order = models.PositiveSmallIntegerField(
        _("Reihenfolge"), default=0, help_text=_("Kleinere Zahlen stehen weiter vorn.")
    )

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("Handlungsfeld")
        verbose_name_plural = _("Handlungsfelder")

    def __str__(self):
        return self.name

    def cache_tags(self):
        return {EVERYTHING}  # the shared catalogue: on alliance, project and network pages


class Image(models.Model):
    """An uploaded picture with the alt text and credit it is always shown with."""

    alliance = models.ForeignKey(
        "Alliance",
        verbose_name=_("Bündnis"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="images",
        help_text=_(
            "Leer lassen für Bilder, die das Netzwerk gemeinsam nutzt (z. B. Partnerlogos)."
        ),
    )
    title = models.CharField(
        _("Bezeichnung"),
        max_length=200,
        help_text=_("Nur für die Verwaltung, damit Sie das Bild in Auswahllisten wiederfinden."),
    )
    file = models.ImageField(
        _("Bilddatei"),
        upload_to=images.upload_path,
        width_field="width",
        height_field="height",
        validators=[images.validate_image_file],
        help_text=_(
            "JPEG, PNG oder WebP, höchstens 15 MB und 40 Megapixel. Ortsangaben, Kameradaten "
            "und andere Metadaten werden beim Speichern entfernt."
        ),
    )
    width = models.PositiveIntegerField(_("Breite in Pixeln"), editable=False, default=0)
    height = models.PositiveIntegerField(_("Höhe in Pixeln"), editable=False, default=0)
    alt_text = models.CharField(
        _("Alternativtext"),
        max_length=300,
        blank=True,
        help_text=_(
            "Beschreibt, was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen "
            "können. Pflicht, außer das Bild ist rein dekorativ."
        ),
    )
    is_decorative = models.BooleanField(
        _("rein dekorativ"),
        default=False,
        help_text=_("Nur ankreuzen, wenn das Bild keine Information trägt."),
    )
    credit = models.CharField(
        _("Bildnachweis"),
        max_length=300,
        help_text=_(
            "Urheber und Rechteinhaber, zum Beispiel „© Stadt Kassel; Foto: Harry Soremski“."
        ),
    )
    caption = models.CharField(
        _("Bildunterschrift"),
        max_length=300,
        blank=True,
        help_text=_("Wird unter dem Bild gezeigt."),
    )
    renditions = models.JSONField(_("Varianten"), default=list, editable=False)
    uploaded_at = models.DateTimeField(_("hochgeladen am"), auto_now_add=True)

    class Meta:
        ordering = ["title"]
        verbose_name = _("Bild")
        verbose_name_plural = _("Bilder")
        constraints = [
            models.CheckConstraint(
                condition=Q(is_decorative=True) | ~Q(alt_text=""),
                name="image_alt_text_unless_decorative",
                violation_error_message=_(
                    "Bitte einen Alternativtext eingeben "
                    "oder das Bild als rein dekorativ markieren."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(credit=""),
                name="image_credit_required",
                violation_error_message=_("Bitte einen Bildnachweis angeben."),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        new_upload = bool(self.file) and not self.file._committed
        if new_upload:
            # Checked, cleaned and rendered once per upload (core.images.prepare).
            prepared = images.prepare(self.file.file, self.file.name)
            replaced = self._stored_files_in_database()
            self.file = prepared.content
        super().save(*args, **kwargs)
        if new_upload:
            self._store_renditions(prepared.renditions)
            delete_files_after_commit(self.file.storage, replaced)

    def cache_tags(self):
        if self.alliance_id is None:  # shared (partner logos, network news): could be anywhere
            return {EVERYTHING}
        return {f"alliance:{self.alliance.slug}", "alliances", "news", "projects"}

    @property
    def alt(self):
        return "" if self.is_decorative else self.alt_text

    @property
    def srcset(self):
        return ", ".join(
            f"{self.file.storage.url(rendition['name'])} {rendition['width']}w"
            for rendition in self.renditions
        )

    def stored_files(self):
        """The names of every file this picture has in storage: original and renditions."""
        return [name for name in [self.file.name] if name] + [r["name"] for r in self.renditions]

    def _stored_files_in_database(self):
        if self.pk is None:
            return []
        stored = type(self)._default_manager.filter(pk=self.pk).values("file", "renditions")
        return [
            name
            for row in stored
            for name in [row["file"], *(r["name"] for r in row["renditions"])]
            if name
        ]

    def ensure_renditions(self, force=False):
        """Make the WebP renditions of a stored file once; again only with force (a new file)."""
        storage = self.file.storage
        if (
            not force
            and self.renditions
            and all(storage.exists(r["name"]) for r in self.renditions)
        ):
            return
        old = [r["name"] for r in self.renditions]
        self._store_renditions(images.renditions_of_stored(self.file))
        delete_files_after_commit(
            storage, [name for name in old if name not in self.stored_files()]
        )

    def _store_renditions(self, renditions):
        """Beside the original, named after it: `storage.save` never overwrites a file."""
        stem = self.file.name.rsplit(".", 1)[0]
        self.renditions = [
            {
                "width": width,
                "height": height,
                "name": self.file.storage.save(f"{stem}.{width}w.webp", ContentFile(data)),
            }
            for width, height, data in renditions
        ]
        type(self)._default_manager.filter(pk=self.pk).update(renditions=self.renditions)


def delete_files_after_commit(storage, names):
    """Remove files once the change that let go of them is committed (on disk and in S3)."""

    def delete():
        for name in names:
            storage.delete(name)

    if names:
        transaction.on_commit(delete)


class OwnHost(Expression):
    """The host name an alliance's pages are served at (AllianceHost's first in its
    ordering), or NULL: a subquery written out, for the alliance table under whatever
    alias the query gives it. Django's Subquery with an OuterRef took a third of the time
    of the whole alliance query to compile, on every page of an alliance."""

    output_field = models.CharField()

    def as_sql(self, compiler, connection):
        alliance = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        host = connection.ops.quote_name(AllianceHost._meta.db_table)
        # Only quoted table names and aliases go in, no value.
        sql = (
            f"(SELECT host.name FROM {host} host WHERE host.alliance_id = {alliance}.id "  # noqa: S608
            "ORDER BY host.is_primary DESC, host.name LIMIT 1)"
        )
        return sql, ()


class AllianceQuerySet(PublishingQuerySet):
    alliance_path = ""

    @staticmethod
    def public_q(prefix="", now=None):
        """ "The alliance is public at `now`" (default: the time of the query) as a Q: marked
        "veröffentlicht" and inside its window ("sichtbar ab/bis"). For the alliance itself
        (prefix "") or reached through a lookup: ``Alliance.objects.public_q("alliance__")``,
        ``…public_q("memberships__alliance__")``. Everything of an alliance is public only
        while the alliance is, so every query that asks goes through here, never through
        ``alliance__is_published`` alone."""
        return Q(**{f"{prefix}is_published": True}) & window_q(prefix, now)

    def published(self, now=None):
        return self.filter(self.public_q(now=now))

    def next_boundary(self, now=None):
        """The next moment an alliance appears or disappears by its schedule (core.pagecache)."""
        return next_change(self, now)

    def search(self, text):
        """Alliances whose name, place or postcode contains the text."""
        text = text.strip()
        if not text:
            return self
        return self.filter(
            Q(name__icontains=text) | Q(place__icontains=text) | Q(postcode__startswith=text)
        )

    def covering(self, places):
        """Alliances whose area holds one of these places, itself or through its Kreis; each
        with the matching parts of its area in `covered_districts` and `covered_places`.
        An alliance that states no area yet counts as covering the place of its office."""
        office = Q(
            places=None,
            districts=None,
            postcode__in=Postcode.objects.filter(place__in=places).values("code"),
        )
        # Each way of covering a place looked up by number on its own, from the link
        # tables' indexes: no DISTINCT over whole rows (long texts included) across joins
        # of every alliance's places and districts.
        by_place = Alliance.places.through.objects.filter(place__in=places)
        by_district = Alliance.districts.through.objects.filter(district__places__in=places)
        return self.filter(
            Q(pk__in=by_place.values("alliance_id"))
            | Q(pk__in=by_district.values("alliance_id"))
            | Q(pk__in=Alliance.objects.filter(office).values("pk"))
        ).prefetch_related(
            Prefetch(
                "districts",
                District.objects.filter(places__in=places).distinct(),
                to_attr="covered_districts",
            ),
            Prefetch(
                "places",
                Place.objects.filter(pk__in=places.values("pk")),
                to_attr="covered_places",
            ),
        )

    def with_coordinates(self):
        """Each alliance with the `latitude` and `longitude` of its office's postcode."""
        office = Place.objects.filter(postcodes__code=OuterRef("postcode")).order_by("pk")
        return self.annotate(
            latitude=Subquery(office.values("latitude")[:1]),
            longitude=Subquery(office.values("longitude")[:1]),
        )

    def nearest(self, point, count=5):
        """The `count` alliances nearest to a (latitude, longitude) point, nearest first, each
        with its `distance_km`. The database orders by a flat approximation, exact enough
        within Germany; the kilometres shown are great-circle distances."""
        latitude, longitude = point
        # A degree of longitude is shorter than one of latitude, by the cosine of the latitude.
        squeeze = math.cos(math.radians(latitude))
        north, east = F("latitude") - latitude, (F("longitude") - longitude) * squeeze
        alliances = list(
            self.with_coordinates()
            .filter(latitude__isnull=False)
            .annotate(closeness=north * north + east * east)
            .order_by("closeness", "name")[:count]
        )
        for alliance in alliances:
            alliance.distance_km = distance_km(point, (alliance.latitude, alliance.longitude))
        return alliances

    def on_map(self):
        """The alliances whose office postcode is known, by Land and name, each with its
        `x` and `y` on the map of Germany (places.maps)."""
        alliances = list(
            self.with_coordinates().filter(latitude__isnull=False).order_by("state", "name")
        )
        for alliance in alliances:
            alliance.x, alliance.y = project(alliance.latitude, alliance.longitude)
        return alliances

    def with_own_host(self):
        """Each alliance with the `own_host` its pages are served at, or None (the portal):
        its main host name, else its first by name (AllianceHost's ordering)."""
        return self.annotate(own_host=OwnHost())

    def count_by_state(self):
        """(Land, number of alliances) for each Land that has any, in alphabetical order."""
        counts = dict(self.order_by().values_list("state").annotate(count=Count("pk")))
        return [(state, counts[state.value]) for state in State if state.value in counts]


class Alliance(ChoiceLabels, ScheduledFlag, models.Model):
    """A local alliance for families (Lokales Bündnis für Familie)."""

    class Territory(models.TextChoices):
        CITY = "city", _("Stadt")
        MUNICIPALITY = "municipality", _("Gemeinde")
        DISTRICT = "district", _("Kreis / Landkreis")
        REGION = "region", _("Region")

    State = State

    class Status(models.TextChoices):
        FOUNDING = "founding", _("in Gründung")
        ACTIVE = "active", _("aktiv")
        DORMANT = "dormant", _("ruhend")

    name = models.CharField(
        _("Name"), max_length=200, help_text=_("Wie das Bündnis sich selbst nennt.")
    )
    slug = models.SlugField(
        _("Kurzname in der Adresse"),
        max_length=80,
        unique=True,
        validators=[validate_not_print_path],
        help_text=_("Kleinbuchstaben und Bindestriche, z. B. „kreis-unna“. Teil jeder Adresse."),
    )
    place = models.CharField(_("Ort"), max_length=120, help_text=_("Stadt, Gemeinde oder Kreis."))
    territory = models.CharField(
        _("Gebietsart"), max_length=20, choices=Territory, default=Territory.CITY
    )
    state = models.CharField(_("Bundesland"), max_length=2, choices=State)
    postcode = models.CharField(
        _("Postleitzahl"),
        max_length=5,
        validators=[postcode_validator],
        help_text=_("Postleitzahl des Sitzes, für die Suche nach Postleitzahl."),
    )
    status = models.CharField(_("Stand"), max_length=20, choices=Status, default=Status.ACTIVE)
    founded_on = models.DateField(
        _("gegründet am"),
        null=True,
        blank=True,
        help_text=_("Ist nur das Jahr bekannt, ein beliebiges Datum in diesem Jahr eingeben."),
    )
    founded_precision = models.CharField(
        _("Genauigkeit des Gründungsdatums"),
        max_length=10,
        choices=PartialDatePrecision,
        default=PartialDatePrecision.DAY,
    )
    motto = models.CharField(
        _("Leitsatz"),
        max_length=200,
        blank=True,
        help_text=_("Eine Zeile, groß auf der Startseite."),
    )
    introduction = RichTextField(
        _("Einleitung"), help_text=_("Wer Sie sind und was Sie wollen, in wenigen Absätzen.")
    )
    goals = RichTextField(_("Ziele"), help_text=_("Vision und Ziele des Bündnisses."))
    tasks = RichTextField(_("Aufgaben"), help_text=_("Was das Bündnis tut."))
    organisation = RichTextField(
        _("Organisation"),
        help_text=_("Wie das Bündnis arbeitet: Lenkungsgruppe, Arbeitsgruppen, Treffen."),
    )
    founding = RichTextField(
        _("Gründung"), help_text=_("Wie und von wem das Bündnis gegründet wurde.")
    )
    network = RichTextField(
        _("Vernetzung"),
        help_text=_("Netzwerke, denen das Bündnis angehört, z. B. die Bundesinitiative."),
    )
    join_text = RichTextField(
        _("Machen Sie mit"), help_text=_("Wie man das Bündnis unterstützen kann.")
    )
    partnership_text = RichTextField(
        _("Partner werden"), help_text=_("Wie eine Organisation oder Person Bündnispartner wird.")
    )
    easy_language = RichTextField(
        _("Leichte Sprache"),
        # Empty for new objects, and in the database for rows written by code from before
        # the field (data migrations); RichTextField sanitises values, not a DatabaseDefault.
        default="",
        db_default="",
        help_text=_(
            "Das Bündnis in Leichter Sprache: kurze Sätze, eine Aussage je Satz, schwere Wörter "
            "erklärt. Ausgefüllt, bekommt das Bündnis eine Seite „Leichte Sprache“, auf die "
            "jede seiner Seiten verweist."
        ),
    )
    quote = models.TextField(_("Zitat"), blank=True)
    quote_author = models.CharField(
        _("Zitat von"), max_length=200, blank=True, help_text=_("Name und Funktion.")
    )
    logo = models.ForeignKey(
        Image,
        verbose_name=_("Logo"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    lead_image = models.ForeignKey(
        Image,
        verbose_name=_("Aufmacherbild"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Großes Bild auf der Startseite des Bündnisses."),
    )
    accent_color = models.CharField(
        _("Akzentfarbe"),
        max_length=7,
        default="#005A8C",
        validators=[RegexValidator(HEX_COLOR, _("Bitte als #RRGGBB angeben, z. B. #005A8C."))],
        help_text=_(
            "Farbe für Kopfzeile, Links und Überschriften. Sie muss auf Weiß gut lesbar sein "
            "(Kontrast mindestens 4,5 : 1), sonst wird sie abgelehnt."
        ),
    )
    website = models.URLField(_("eigene Website"), blank=True)
    is_published = models.BooleanField(
        _("veröffentlicht"),
        default=False,
        help_text=_("Erst dann ist das Bündnis öffentlich sichtbar."),
    )
    # Empty for every alliance from before scheduling: public as long as it is published.
    publish_from = models.DateTimeField(
        _("sichtbar ab"),
        null=True,
        blank=True,
        help_text=_(
            "Für eine geplante Veröffentlichung einen späteren Zeitpunkt eintragen; das Bündnis "
            "erscheint dann von selbst mit allen seinen Seiten. Leer lassen: öffentlich, "
            "sobald es veröffentlicht ist."
        ),
    )
    publish_until = models.DateTimeField(
        _("sichtbar bis"),
        null=True,
        blank=True,
        help_text=_(
            "Danach verschwindet das Bündnis mit allen seinen Seiten von selbst. Leer lassen: "
            "bleibt sichtbar."
        ),
    )
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Koordination"),
        blank=True,
        related_name="alliances",
        help_text=_("Diese Personen pflegen die Inhalte des Bündnisses."),
    )
    districts = models.ManyToManyField(
        District,
        verbose_name=_("Kreise und kreisfreie Städte"),
        blank=True,
        related_name="alliances",
        help_text=_(
            "Die ganzen Kreise oder kreisfreien Städte, für die das Bündnis da ist, z. B. "
            "„Kreis Unna“ oder „Stadt Kassel“. Die Bündnissuche findet es dann unter jedem "
            "Ort und jeder Postleitzahl darin."
        ),
    )
    places = models.ManyToManyField(
        Place,
        verbose_name=_("Städte und Gemeinden"),
        blank=True,
        related_name="alliances",
        help_text=_(
            "Einzelne Städte oder Gemeinden, für die das Bündnis da ist, wenn es nicht einen "
            "ganzen Kreis abdeckt, z. B. „Herzogenrath“."
        ),
    )
    fields_of_action = models.ManyToManyField(
        FieldOfAction, verbose_name=_("Handlungsfelder"), blank=True, related_name="alliances"
    )
    # Impressum and Datenschutz of its pages; empty: the portal's operator answers for them.
    # db_default: rows written by the historical models of earlier migrations get one too.
    legal_body = models.CharField(
        _("verantwortliche Stelle"),
        max_length=200,
        blank=True,
        db_default="",
        help_text=_(
            "Wer für die Seiten des Bündnisses verantwortlich ist, z. B. „Stadt Kassel, "
            "Jugendamt“. Leer lassen: Impressum und Datenschutz nennen den Betreiber des Portals."
        ),
    )
    legal_representative = models.CharField(
        _("vertreten durch"),
        max_length=200,
        blank=True,
        db_default="",
        help_text=_("z. B. „Oberbürgermeister …“; zugleich verantwortlich für den Inhalt."),
    )
    legal_address = models.TextField(_("Anschrift"), blank=True, db_default="")
    legal_email = models.EmailField(_("E-Mail"), blank=True, db_default="")
    legal_phone = models.CharField(_("Telefon"), max_length=50, blank=True, db_default="")
    privacy_officer = models.TextField(
        _("Datenschutzbeauftragte"),
        blank=True,
        db_default="",
        help_text=_("Name und Erreichbarkeit der oder des Datenschutzbeauftragten der Stelle."),
    )
    updated_at = models.DateTimeField(_("zuletzt geändert"), auto_now=True)

    objects = AllianceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("Bündnis")
        verbose_name_plural = _("Bündnisse")
        constraints = [window_constraint("alliance_publish_until_after_from")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.founded_on = normalise_partial_date(self.founded_on, self.founded_precision)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("pages:alliance", kwargs={"slug": self.slug})

    def cache_tags(self):
        # Its name, logo and colour stand on its pages and on every network list.
        return {f"alliance:{self.slug}", "alliances", "news", "events", "projects", "month"}

    def addresses(self):
        """Every page of the alliance lies below its own (core.models.MovedAddress)."""
        return (self.get_absolute_url(),)

    def coverage_reason(self, place_label=None):
        """Why the finder lists it, from `covering()`: "deckt Bergkamen ab – Kreis Unna" for
        one place or postcode, else the parts of its area that lie in the searched one."""
        districts = [district.name for district in self.covered_districts]
        if not (districts or self.covered_places):
            return f"hat seinen Sitz in {self.postcode} {self.place}"
        if place_label:
            return f"deckt {place_label} ab" + (f" – {', '.join(districts)}" if districts else "")
        areas = [*districts, *(place.name for place in self.covered_places)]
        return f"deckt {', '.join(areas)} ab"

    def clean(self):
        if HEX_COLOR.match(self.accent_color or ""):
            ratio = contrast_ratio(self.accent_color, "#FFFFFF")
            if ratio < MIN_ACCENT_CONTRAST:
                raise ValidationError(
                    {
                        "accent_color": _(
                            "Diese Farbe ist auf Weiß zu schwach (Kontrast %(ratio)s : 1, nötig "
                            "sind 4,5 : 1). Bitte einen dunkleren Farbton wählen."
                        )
                        % {"ratio": f"{ratio:.1f}".replace(".", ",")}
                    }
                )

    @property
    def founded_display(self):
        return format_partial_date(self.founded_on, self.founded_precision)

    @property
    def responsible(self):
        """Who answers for its pages (Impressum, Datenschutz), or None: the portal's operator."""
        if not self.legal_body:
            return None
        return {
            "name": self.legal_body,
            "representative": self.legal_representative,
            "address": self.legal_address,
            "email": self.legal_email,
            "phone": self.legal_phone,
            "privacy_officer": self.privacy_officer,
        }

    @property
    def is_founding(self):
        return self.status == self.Status.FOUNDING


HOST_NAME = re.compile(r"(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")


def validate_host_name(name):
    name = normalise_host_name(name)
    if not HOST_NAME.fullmatch(name):
        raise ValidationError(
            _(
                "Bitte nur den Hostnamen eingeben, ohne http:// und ohne Pfad, "
                "z. B. „www.familie-herzogenrath.de“."
            ),
            code="host_name",
        )
    if name in {host.lower() for host in settings.ALLOWED_HOSTS}:
        raise ValidationError(_("Das ist eine Adresse des Portals selbst."), code="portal")


class AllianceHostQuerySet(models.QuerySet):
    def with_primary(self):
        """Each with the `primary` host name of its alliance, where its pages are served."""
        first = AllianceHost.objects.filter(alliance=OuterRef("alliance")).order_by(
            "-is_primary", "name"
        )
        return self.annotate(primary=Subquery(first.values("name")[:1]))


class AllianceHost(models.Model):
    """A host name under which an alliance's pages are served at the root (buendnisse.hosts)."""

    alliance = models.ForeignKey(
        Alliance, verbose_name=_("Bündnis"), on_delete=models.CASCADE, related_name="hosts"
    )
    name = models.CharField(
        _("Hostname"),
        max_length=253,
        unique=True,
        validators=[validate_host_name],
        help_text=_(
            "z. B. „www.familie-herzogenrath.de“. Der Name muss im DNS auf dieses Portal "
            "zeigen und ein TLS-Zertifikat haben (README, „Eigene Domain“)."
        ),
        error_messages={"unique": _("Diesen Hostnamen hat schon ein Bündnis.")},
    )
    is_primary = models.BooleanField(
        _("Hauptadresse"),
        default=False,
        help_text=_(
            "Unter ihr stehen die Seiten; die übrigen Namen und die Adressen im Portal "
            "leiten dorthin um."
        ),
    )

    objects = AllianceHostQuerySet.as_manager()

    class Meta:
        ordering = ["-is_primary", "name"]
        verbose_name = _("eigene Adresse")
        verbose_name_plural = _("eigene Adressen (Domains)")
        constraints = [
            models.UniqueConstraint(
                fields=["alliance"],
                condition=Q(is_primary=True),
                name="one_primary_host_per_alliance",
                violation_error_message=_("Ein Bündnis hat nur eine Hauptadresse."),
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = normalise_host_name(self.name)
        super().save(*args, **kwargs)

    def cache_tags(self):
        return {f"alliance:{self.alliance.slug}"}  # its pages on the portal now redirect

    def clean(self):
        self.name = normalise_host_name(self.name)


def normalise_host_name(name):
    """Lower case, without scheme, path or trailing dot; international names in ASCII."""
    name = (name or "").strip().lower().removeprefix("https://").removeprefix("http://")
    name = name.split("/", 1)[0].rstrip(".")
    try:
        return name.encode("idna").decode("ascii")
    except UnicodeError:
        return name


class WorkingGroup(ChoiceLabels, OnItsAlliancesPages, models.Model):
    """A steering group or working group of one alliance."""

    class Kind(models.TextChoices):
        STEERING = "steering", _("Lenkungsgruppe")
        WORKING = "working", _("Arbeitsgruppe")

    alliance = models.ForeignKey(
        Alliance, verbose_name=_("Bündnis"), on_delete=models.CASCADE, related_name="working_groups"
    )
    name = models.CharField(_("Name"), max_length=200)
    kind = models.CharField(_("Art"), max_length=20, choices=Kind, default=Kind.WORKING)
    field_of_action = models.ForeignKey(
        FieldOfAction,
        verbose_name=_("Handlungsfeld"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="working_groups",
    )
    description = models.TextField(_("Aufgabe"), blank=True)
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    # For the "Stand" of the pages that show it; empty for rows from before it was kept.
    updated_at = models.DateTimeField(_("zuletzt geändert"), auto_now=True, null=True)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("Arbeitsgruppe")
        verbose_name_plural = _("Lenkungs- und Arbeitsgruppen")
        constraints = [
            models.UniqueConstraint(
                fields=["alliance", "name"],
                name="unique_working_group_name_per_alliance",
                violation_error_message=_("Dieses Bündnis hat schon eine Gruppe mit diesem Namen."),
            )
        ]

    def __str__(self):
        return self.name


class Milestone(OnItsAlliancesPages, models.Model):
    """A dated line of an alliance's history."""

    alliance = models.ForeignKey(
        Alliance, verbose_name=_("Bündnis"), on_delete=models.CASCADE, related_name="milestones"
    )
    date = models.DateField(
        _("Datum"), help_text=_("Ist nur das Jahr bekannt, ein beliebiges Datum in diesem Jahr.")
    )
    precision = models.CharField(
        _("Genauigkeit"),
        max_length=10,
        choices=PartialDatePrecision,
        default=PartialDatePrecision.YEAR,
    )
    title = models.CharField(_("Ereignis"), max_length=200)
    description = models.TextField(_("Beschreibung"), blank=True)
    # For the "Stand" of the pages that show it; empty for rows from before it was kept.
    updated_at = models.DateTimeField(_("zuletzt geändert"), auto_now=True, null=True)

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("Meilenstein")
        verbose_name_plural = _("Geschichte (Meilensteine)")

    def __str__(self):
        return f"{self.date_display}: {self.title}"

    def save(self, *args, **kwargs):
        self.date = normalise_partial_date(self.date, self.precision)
        super().save(*args, **kwargs)

    @property
    def date_display(self):
        return format_partial_date(self.date, self.precision)


class AllianceContentQuerySet(PublishingQuerySet):
    """Objects of one alliance with their own published flag (documents, projects, contacts)."""

    def own_public_q(self, now=None):
        """The item's own conditions, without its alliance's."""
        return Q(is_published=True)

    def published(self, now=None):
        return self.filter(self.own_public_q(now), AllianceQuerySet.public_q("alliance__", now))

    def published_in_shown_alliance(self, now=None):
        return self.filter(self.own_public_q(now))


class Document(ChoiceLabels, OnItsAlliancesPages, PublishedFlag, models.Model):
    """A download: flyer, presentation, organigram, founding agreement or council paper."""

    class Kind(models.TextChoices):
        FLYER = "flyer", _("Flyer")
        PRESENTATION = "presentation", _("Präsentation")
        ORGANIGRAM = "organigram", _("Organigramm")
        AGREEMENT = "agreement", _("Gründungsvereinbarung")
        COUNCIL_PAPER = "council_paper", _("Ratsvorlage / Drucksache")
        REPORT = "report", _("Bericht")
        OTHER = "other", _("Sonstiges")

    alliance = models.ForeignKey(
        Alliance, verbose_name=_("Bündnis"), on_delete=models.CASCADE, related_name="documents"
    )
    title = models.CharField(_("Titel"), max_length=200)
    kind = models.CharField(_("Art"), max_length=20, choices=Kind, default=Kind.OTHER)
    file = models.FileField(
        _("Datei (PDF)"),
        upload_to=documents.upload_path,
        validators=[
            FileExtensionValidator(["pdf"], _("Bitte eine PDF-Datei hochladen.")),
            validate_pdf,
        ],
        help_text=_("Nur PDF, höchstens 20 MB."),
    )
    file_size = models.PositiveIntegerField(_("Dateigröße in Bytes"), editable=False, default=0)
    date = models.DateField(_("Stand / Datum"), null=True, blank=True)
    description = models.TextField(_("Kurzbeschreibung"), blank=True)
    reference = models.CharField(
        _("Drucksachen-Nr."),
        max_length=50,
        blank=True,
        help_text=_("Nur bei Ratsvorlagen, z. B. „073/2009“."),
    )
    committee = models.CharField(
        _("Gremium"),
        max_length=200,
        blank=True,
        help_text=_("Nur bei Ratsvorlagen, z. B. „Ausschuss für Arbeit, Wirtschaft und Soziales“."),
    )
    is_published = models.BooleanField(_("veröffentlicht"), default=True)
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    # For the "Stand" of the pages that show it; empty for rows from before it was kept.
    updated_at = models.DateTimeField(_("zuletzt geändert"), auto_now=True, null=True)

    objects = AllianceContentQuerySet.as_manager()

    class Meta:
        ordering = ["order", "-date", "title"]
        verbose_name = _("Dokument")
        verbose_name_plural = _("Dokumente (Downloads)")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        new_upload = bool(self.file) and not self.file._committed
        replaced = []
        if new_upload and self.pk is not None:
            replaced = list(
                type(self)._default_manager.filter(pk=self.pk).values_list("file", flat=True)
            )
        if self.file:
            self.file_size = self.file.size
        super().save(*args, **kwargs)
        delete_files_after_commit(
            self.file.storage, [name for name in replaced if name != self.file.name]
        )

    def stored_files(self):
        return [self.file.name] if self.file else []

    @property
    def is_council_paper(self):
        return self.kind == self.Kind.COUNCIL_PAPER

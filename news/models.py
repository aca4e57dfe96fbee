"""News and dates of an alliance or of the whole network, and the "Bündnis des Monats".

Scheduled publishing needs no job and no cache: every public query compares
publish_from / publish_until with the time of the request (`published(now=None)`).
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Min, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from buendnisse.models import Alliance, Image
from core.fields import (
    RICH_TEXT_EXTENSIONS,
    PartialDatePrecision,
    RichTextField,
    format_partial_date,
    normalise_partial_date,
    partial_date_iso,
    postcode_validator,
)
from core.publishing import PublishingQuerySet, ScheduledFlag, next_change
from core.urls import reverse
from partners.models import Partner
from projects.models import Project

# News and dates show their text right under the page's h1, so its headings start at h2.
TEXT_UNDER_TITLE = {**RICH_TEXT_EXTENSIONS, "Heading": {"levels": [2, 3]}}

# Paths next to the items' own: /aktuelles/feed/, /termine/archiv/ and every list's drucken/.
RESERVED_SLUGS = {"feed", "archiv", "drucken"}


def validate_not_reserved(slug):
    if slug in RESERVED_SLUGS:
        raise ValidationError(
            _("„%(slug)s“ ist als Kurzname vergeben. Bitte einen anderen wählen."),
            params={"slug": slug},
            code="reserved",
        )


def start_of_day(moment):
    """Local midnight at the start of the day `moment` falls on."""
    day = timezone.localtime(moment).date()
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def a_year_before(day):
    """The same day a year earlier (28 February for a 29th)."""
    return day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day)


def is_older_than_a_year(day):
    """News of that day are no news of today any more: lists mark them "Archiv"."""
    return day is not None and day < a_year_before(timezone.localdate())


def a_year_after(day):
    """The same day a year later (1 March for a 29th of February)."""
    if (day.month, day.day) == (2, 29):
        return datetime.date(day.year + 1, 3, 1)
    return day.replace(year=day.year + 1)


class ScheduledQuerySet(PublishingQuerySet):
    def own_public_q(self, now):
        """Marked for publication and inside its time window (its alliance is asked apart)."""
        return (Q(publish_until__isnull=True) | Q(publish_until__gt=now)) & Q(
            is_published=True, publish_from__lte=now
        )

    def published(self, now=None):
        """Marked for publication, inside its time window, of the network or a public alliance."""
        now = now or timezone.now()
        return self.filter(
            Q(alliance__isnull=True) | Alliance.objects.public_q("alliance__", now),
            self.own_public_q(now),
        )

    def published_in_shown_alliance(self, now=None):
        return self.filter(self.own_public_q(now or timezone.now()))

    def network(self):
        return self.filter(alliance__isnull=True)

    def next_boundary(self, now=None):
        """The next moment an item appears or disappears by its schedule (core.pagecache)."""
        return next_change(self, now)


class Scheduled(ScheduledFlag, models.Model):
    """What news and dates share: an owner (an alliance or the network) and a schedule."""

    alliance = models.ForeignKey(
        Alliance,
        verbose_name=_("Bündnis"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        help_text=_("Leer lassen für das ganze Netzwerk (nur die Netzwerk-Redaktion)."),
    )
    title = models.CharField(_("Titel"), max_length=200)
    slug = models.SlugField(
        _("Kurzname in der Adresse"),
        max_length=200,
        validators=[validate_not_reserved],
        help_text=_("Kleinbuchstaben und Bindestriche; innerhalb des Bündnisses eindeutig."),
    )
    is_published = models.BooleanField(
        _("veröffentlicht"),
        default=True,
        help_text=_(
            "Ohne Haken bleibt der Eintrag ein Entwurf, auch im Veröffentlichungszeitraum."
        ),
    )
    publish_from = models.DateTimeField(
        _("sichtbar ab"),
        default=timezone.now,
        help_text=_(
            "Ab diesem Zeitpunkt öffentlich. Für eine geplante Veröffentlichung einen späteren "
            "Zeitpunkt eintragen; der Eintrag erscheint dann von selbst."
        ),
    )
    publish_until = models.DateTimeField(
        _("sichtbar bis"),
        null=True,
        blank=True,
        help_text=_("Danach verschwindet der Eintrag von selbst. Leer lassen: bleibt sichtbar."),
    )
    updated_at = models.DateTimeField(_("zuletzt geändert"), auto_now=True)

    class Meta:
        abstract = True

    def __str__(self):
        return self.title

    def cache_tags(self):
        kind = "events" if isinstance(self, Event) else "news"
        return {kind} | ({f"alliance:{self.alliance.slug}"} if self.alliance_id else set())

    def addresses(self):
        return (self.get_absolute_url(),)

    @property
    def is_network(self):
        return self.alliance_id is None


def _owner_constraints(prefix, label):
    """Slugs unique per alliance and among the network's own entries; a sane schedule."""
    return [
        models.UniqueConstraint(
            fields=["alliance", "slug"],
            name=f"unique_{prefix}_slug_per_alliance",
            violation_error_message=_("Dieses Bündnis hat schon %(label)s mit diesem Kurznamen.")
            % {"label": label},
        ),
        # NULL never equals NULL in a unique index, so the network's own entries need their own.
        models.UniqueConstraint(
            fields=["slug"],
            condition=Q(alliance__isnull=True),
            name=f"unique_{prefix}_slug_network",
            violation_error_message=_("Das Netzwerk hat schon %(label)s mit diesem Kurznamen.")
            % {"label": label},
        ),
        models.CheckConstraint(
            condition=Q(publish_until__isnull=True) | Q(publish_until__gt=F("publish_from")),
            name=f"{prefix}_publish_until_after_from",
            violation_error_message=_("„Sichtbar bis“ muss nach „sichtbar ab“ liegen."),
        ),
    ]


class NewsQuerySet(ScheduledQuerySet):
    def next_boundary(self, now=None):
        """Also the midnight the newest item under a year old turns one: lists mark it then."""
        now = now or timezone.now()
        young = self.filter(is_published=True, date__gte=a_year_before(timezone.localdate(now)))
        oldest_young = young.aggregate(m=Min("date"))["m"]
        moments = [super().next_boundary(now)]
        if oldest_young is not None:
            turns_old = a_year_after(oldest_young + datetime.timedelta(days=1))
            moments.append(
                timezone.make_aware(datetime.datetime.combine(turns_old, datetime.time.min))
            )
        return min((moment for moment in moments if moment), default=None)


class News(Scheduled):
    """A news item (Aktuelles) of one alliance or of the whole network."""

    date = models.DateField(
        _("Datum"),
        default=timezone.localdate,
        help_text=_("Das Datum, unter dem die Meldung erscheint. Sortiert die Meldungen."),
    )
    date_precision = models.CharField(
        _("Genauigkeit des Datums"),
        max_length=10,
        choices=PartialDatePrecision,
        default=PartialDatePrecision.DAY,
        help_text=_("Für ältere Meldungen, deren Tag nicht mehr bekannt ist."),
    )
    teaser = models.CharField(
        _("Kurztext"),
        max_length=300,
        help_text=_("Ein bis zwei Sätze für Übersichten, den Feed und Suchmaschinen."),
    )
    body = RichTextField(_("Text"), extensions=TEXT_UNDER_TITLE)
    image = models.ForeignKey(
        Image,
        verbose_name=_("Bild"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Wird mit Bildunterschrift und Bildnachweis gezeigt."),
    )
    projects = models.ManyToManyField(
        Project,
        verbose_name=_("zugehörige Projekte"),
        blank=True,
        related_name="news",
        help_text=_("Projekte, um die es in der Meldung geht; sie werden darunter verlinkt."),
    )
    partners = models.ManyToManyField(
        Partner,
        verbose_name=_("beteiligte Partner"),
        blank=True,
        related_name="news",
        help_text=_("Bündnispartner, die in der Meldung vorkommen."),
    )

    objects = NewsQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-publish_from", "-pk"]
        verbose_name = _("Meldung")
        verbose_name_plural = _("Aktuelles (Meldungen)")
        default_related_name = "news"
        constraints = _owner_constraints("news", _("eine Meldung"))
        indexes = [models.Index(fields=["-date", "-publish_from"], name="news_newest_first")]

    def save(self, *args, **kwargs):
        self.date = normalise_partial_date(self.date, self.date_precision)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        if self.alliance_id is None:
            return reverse("news:detail", kwargs={"slug": self.slug})
        return reverse(
            "news:alliance-detail",
            kwargs={"alliance_slug": self.alliance.slug, "slug": self.slug},
        )

    @property
    def date_display(self):
        return format_partial_date(self.date, self.date_precision)

    @property
    def is_old(self):
        """More than a year old: every list marks it, so it is not read as news of today."""
        return is_older_than_a_year(self.date)

    @property
    def date_iso(self):
        """The date as precise as it is known, for <time datetime="…">."""
        return partial_date_iso(self.date, self.date_precision)


class EventQuerySet(ScheduledQuerySet):
    """Upcoming and past are decided at the time of the query, like publishing."""

    def upcoming(self, now=None):
        """Not over yet: all-day dates until their last day ends, others until their end.

        A date without an end counts until the end of its day.
        """
        now = now or timezone.now()
        today = start_of_day(now)
        return self.filter(
            Q(all_day=False, ends_at__gt=now)
            | Q(ends_at__isnull=True, starts_at__gte=today)
            | Q(all_day=True, ends_at__gte=today)
        ).order_by("starts_at", "pk")

    def next_boundary(self, now=None):
        """Also when a date ends and, for dates by the day, at midnight: then it is past."""
        now = now or timezone.now()
        ends = self.filter(is_published=True, ends_at__gt=now).aggregate(m=Min("ends_at"))["m"]
        midnight = start_of_day(now) + datetime.timedelta(days=1)
        moments = [super().next_boundary(now), ends, midnight]
        return min(moment for moment in moments if moment)

    def past(self, now=None):
        now = now or timezone.now()
        today = start_of_day(now)
        return self.filter(
            Q(all_day=False, ends_at__lte=now)
            | Q(ends_at__isnull=True, starts_at__lt=today)
            | Q(all_day=True, ends_at__lt=today)
        ).order_by("-starts_at", "-pk")


class Event(Scheduled):
    """A date (Termin) of one alliance or of the whole network."""

    all_day = models.BooleanField(
        _("ganztägig"),
        default=False,
        help_text=_("Bei ganztägigen Terminen zählt nur das Datum; die Uhrzeit kann leer bleiben."),
    )
    starts_at = models.DateTimeField(_("Beginn"))
    ends_at = models.DateTimeField(
        _("Ende"),
        null=True,
        blank=True,
        help_text=_(
            "Bei mehrtägigen ganztägigen Terminen der letzte Tag. Leer lassen, wenn das Ende "
            "offen ist."
        ),
    )
    place_name = models.CharField(
        _("Veranstaltungsort"),
        max_length=200,
        blank=True,
        help_text=_("z. B. „Rathaus, Magistratssaal“."),
    )
    street = models.CharField(_("Straße und Hausnummer"), max_length=200, blank=True)
    postcode = models.CharField(
        _("Postleitzahl"), max_length=5, blank=True, validators=[postcode_validator]
    )
    city = models.CharField(_("Ort"), max_length=120, blank=True)
    description = RichTextField(_("Beschreibung"), extensions=TEXT_UNDER_TITLE)
    registration_url = models.URLField(
        _("Anmeldung (Adresse)"),
        blank=True,
        help_text=_("Adresse der Anmeldeseite, falls eine Anmeldung nötig ist."),
    )

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("Termin")
        verbose_name_plural = _("Termine")
        default_related_name = "events"
        constraints = [
            *_owner_constraints("event", _("einen Termin")),
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gte=F("starts_at")),
                name="event_ends_not_before_start",
                violation_error_message=_("Das Ende darf nicht vor dem Beginn liegen."),
            ),
        ]
        indexes = [
            models.Index(fields=["starts_at"], name="event_starts_at"),
            # Covers what published() and upcoming()/past() ask of every date, so counting
            # the network's dates (/termine/, its archive) reads this index, not the rows.
            models.Index(
                fields=[
                    "alliance",
                    "is_published",
                    "publish_from",
                    "publish_until",
                    "all_day",
                    "ends_at",
                    "starts_at",
                ],
                name="event_published",
            ),
        ]

    def save(self, *args, **kwargs):
        self.normalise_all_day()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        if self.alliance_id is None:
            return reverse("news:event-detail", kwargs={"slug": self.slug})
        return reverse(
            "news:alliance-event-detail",
            kwargs={"alliance_slug": self.alliance.slug, "slug": self.slug},
        )

    def get_calendar_url(self):
        if self.alliance_id is None:
            return reverse("news:event-ics", kwargs={"slug": self.slug})
        return reverse(
            "news:alliance-event-ics",
            kwargs={"alliance_slug": self.alliance.slug, "slug": self.slug},
        )

    def addresses(self):
        # The .ics file lies beside the date's page, not below it.
        return (self.get_absolute_url(), self.get_calendar_url())

    def clean(self):
        # Before the constraints are checked, so an all-day date is compared by its days.
        self.normalise_all_day()

    def normalise_all_day(self):
        """All-day dates are stored as local midnight of their first and last day."""
        if self.all_day and self.starts_at:
            self.starts_at = start_of_day(self.starts_at)
            if self.ends_at:
                self.ends_at = start_of_day(self.ends_at)

    @property
    def start(self):
        return timezone.localtime(self.starts_at)

    @property
    def end(self):
        return timezone.localtime(self.ends_at) if self.ends_at else None

    @property
    def start_date(self):
        return self.start.date()

    @property
    def last_date(self):
        """The day the date ends on (its start day when it has no end)."""
        return self.end.date() if self.ends_at else self.start_date

    @property
    def is_multi_day(self):
        return self.last_date != self.start_date

    @property
    def is_over(self):
        """Over by now, by the same rule as EventQuerySet.past()."""
        now = timezone.now()
        if self.all_day or self.ends_at is None:
            return self.last_date < timezone.localdate(now)
        return self.ends_at <= now

    @property
    def address(self):
        """Place and address in one line, for calendars and share texts."""
        town = " ".join(part for part in [self.postcode, self.city] if part)
        return ", ".join(part for part in [self.place_name, self.street, town] if part)


class AllianceOfTheMonthQuerySet(models.QuerySet):
    def started(self, today=None):
        """Months that have begun: a choice made ahead appears on the first of its month."""
        today = today or timezone.localdate()
        return self.filter(month__lte=today.replace(day=1))

    def published(self, today=None):
        return self.started(today).filter(Alliance.objects.public_q("alliance__"))

    def current(self, today=None):
        """This month's choice: only in its own month is it shown as the current one (on the
        home page and in its alliance's header); afterwards it stands in the archive."""
        today = today or timezone.localdate()
        return self.filter(month=today.replace(day=1))

    def next_boundary(self, now=None):
        """When the current choice changes: at the end of this month if it has one, else on
        the first of the next month chosen ahead."""
        this_month = timezone.localdate(now).replace(day=1)
        month = self.filter(month__gte=this_month).aggregate(m=Min("month"))["m"]
        if month is None:
            return None
        if month == this_month:
            month = (this_month + datetime.timedelta(days=31)).replace(day=1)
        return timezone.make_aware(datetime.datetime.combine(month, datetime.time.min))


class AllianceOfTheMonth(models.Model):
    """The network editors' choice of an alliance for one month (Bündnis des Monats)."""

    alliance = models.ForeignKey(
        Alliance,
        verbose_name=_("Bündnis"),
        on_delete=models.CASCADE,
        related_name="month_distinctions",
    )
    month = models.DateField(
        _("Monat"),
        unique=True,
        help_text=_(
            "Ein beliebiger Tag des Monats; gespeichert wird der Monatserste. Ein künftiger "
            "Monat erscheint am Monatsersten von selbst."
        ),
        error_messages={"unique": _("Für diesen Monat ist schon ein Bündnis ausgewählt.")},
    )
    text = models.TextField(
        _("Kurztext"),
        help_text=_("Zwei, drei Sätze, was dieses Bündnis auszeichnet. Steht auf der Startseite."),
    )

    objects = AllianceOfTheMonthQuerySet.as_manager()

    class Meta:
        ordering = ["-month"]
        verbose_name = _("Bündnis des Monats")
        verbose_name_plural = _("Bündnisse des Monats")

    def __str__(self):
        return f"{self.month_display}: {self.alliance}"

    def save(self, *args, **kwargs):
        self.month = normalise_partial_date(self.month, PartialDatePrecision.MONTH)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return self.alliance.get_absolute_url()

    def cache_tags(self):
        return {f"alliance:{self.alliance.slug}", "month"}

    def clean(self):
        # Before uniqueness is checked, so any day of a taken month is refused.
        self.month = normalise_partial_date(self.month, PartialDatePrecision.MONTH)

    @property
    def month_display(self):
        return date_format(self.month, "F Y")

    @property
    def anchor(self):
        return f"monat-{self.month:%Y-%m}"

from django.core.exceptions import ValidationError
from django.db import connections, models, transaction
from django.db.models import Count, F, Q
from django.db.models.functions import Coalesce, Greatest, Least
from django.utils.translation import gettext_lazy as _

from buendnisse.models import Alliance, AllianceContentQuerySet, FieldOfAction, Image, WorkingGroup
from core.choices import ChoiceLabels
from core.fields import RichTextField, validate_not_print_path
from core.publishing import ScheduledFlag, next_change, window_constraint, window_q
from core.urls import reverse
from partners.models import Partner


class ProjectQuerySet(AllianceContentQuerySet):
    def own_public_q(self, now=None):
        """Marked for publication and inside its window (its alliance is asked apart)."""
        return super().own_public_q(now) & window_q(now=now)

    def next_boundary(self, now=None):
        """The next moment a project appears or disappears by its schedule (core.pagecache)."""
        return next_change(self, now)


class Project(ChoiceLabels, ScheduledFlag, models.Model):
    """A project of one alliance."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("geplant")
        RUNNING = "running", _("läuft")
        FINISHED = "finished", _("abgeschlossen")
        RECURRING = "recurring", _("wiederkehrend")

    alliance = models.ForeignKey(
        Alliance, verbose_name=_("Bündnis"), on_delete=models.CASCADE, related_name="projects"
    )
    title = models.CharField(_("Titel"), max_length=200)
    slug = models.SlugField(
        _("Kurzname in der Adresse"),
        max_length=200,
        validators=[validate_not_print_path],
        help_text=_("Innerhalb des Bündnisses eindeutig."),
    )
    teaser = models.CharField(
        _("Kurztext"), max_length=300, help_text=_("Ein Satz für Übersichten und Suchmaschinen.")
    )
    body = RichTextField(_("Beschreibung"))
    status = models.CharField(_("Stand"), max_length=20, choices=Status, default=Status.RUNNING)
    start_year = models.PositiveSmallIntegerField(_("Beginn (Jahr)"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(
        _("Ende (Jahr)"),
        null=True,
        blank=True,
        help_text=_("Leer lassen, solange das Projekt läuft."),
    )
    fields_of_action = models.ManyToManyField(
        FieldOfAction, verbose_name=_("Handlungsfelder"), blank=True, related_name="projects"
    )
    working_group = models.ForeignKey(
        WorkingGroup,
        verbose_name=_("verantwortliche Arbeitsgruppe"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="projects",
    )
    partners = models.ManyToManyField(
        Partner,
        verbose_name=_("beteiligte Partner"),
        blank=True,
        related_name="projects",
        help_text=_("Organisationen, die am Projekt mitwirken."),
    )
    image = models.ForeignKey(
        Image,
        verbose_name=_("Bild"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    is_published = models.BooleanField(
        _("veröffentlicht"),
        default=True,
        help_text=_(
            "Ohne Haken bleibt das Projekt ein Entwurf, auch im Veröffentlichungszeitraum."
        ),
    )
    # Empty for every project from before scheduling: public as long as it is published.
    publish_from = models.DateTimeField(
        _("sichtbar ab"),
        null=True,
        blank=True,
        help_text=_(
            "Für eine geplante Veröffentlichung einen späteren Zeitpunkt eintragen; das Projekt "
            "erscheint dann von selbst. Leer lassen: öffentlich, sobald es veröffentlicht ist."
        ),
    )
    publish_until = models.DateTimeField(
        _("sichtbar bis"),
        null=True,
        blank=True,
        help_text=_("Danach verschwindet das Projekt von selbst. Leer lassen: bleibt sichtbar."),
    )
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    updated_at = models.DateTimeField(_("zuletzt geändert"), auto_now=True)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        ordering = ["order", "title"]
        verbose_name = _("Projekt")
        verbose_name_plural = _("Projekte")
        indexes = [
            # Covers what published() asks of every project, so counting the network's
            # projects (/projekte/) reads this index, not the wide rows with their texts.
            models.Index(
                fields=["alliance", "is_published", "publish_from", "publish_until"],
                name="project_published",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["alliance", "slug"],
                name="unique_project_slug_per_alliance",
                violation_error_message=_(
                    "Dieses Bündnis hat schon ein Projekt mit diesem Kurznamen."
                ),
            ),
            models.CheckConstraint(
                condition=Q(end_year__isnull=True)
                | Q(start_year__isnull=True)
                | Q(end_year__gte=F("start_year")),
                name="project_end_not_before_start",
                violation_error_message=_("Das Endjahr darf nicht vor dem Anfangsjahr liegen."),
            ),
            window_constraint("project_publish_until_after_from"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(
            "projects:detail", kwargs={"alliance_slug": self.alliance.slug, "slug": self.slug}
        )

    def cache_tags(self):
        # News items link the projects they are about, on their alliance's pages too.
        slugs = {self.alliance.slug, *self.news.values_list("alliance__slug", flat=True)}
        return {f"alliance:{slug}" for slug in slugs if slug} | {"projects", "news"}

    def addresses(self):
        return (self.get_absolute_url(),)

    def clean(self):
        if self.working_group_id and self.working_group.alliance_id != self.alliance_id:
            raise ValidationError(
                {"working_group": _("Bitte eine Arbeitsgruppe dieses Bündnisses wählen.")}
            )

    @property
    def years_display(self):
        if self.start_year and self.end_year and self.end_year != self.start_year:
            return f"{self.start_year}–{self.end_year}"
        if self.start_year and self.end_year:
            return str(self.start_year)
        if self.start_year:
            return _("seit %(year)s") % {"year": self.start_year}
        return ""


class PairCountQuerySet(models.QuerySet):
    def recount(self):
        """Counts the pairs afresh from the projects, in the transaction of the change that
        asked for it (projects.signals). Concurrent changes on PostgreSQL wait for each
        other, so the last to commit counts what the first committed."""
        with transaction.atomic(using=self.db):
            lock_for_recount(self.db)
            # Straight to the table: nothing refers to these rows, and the collector would
            # read each one and send it through every delete signal of the site.
            self.all()._raw_delete(self.db)
            self.bulk_create(
                self.model(
                    state=row["state"],
                    field_of_action_id=row["field"],
                    publish_from=row["starts"],
                    publish_until=row["ends"],
                    pairs=row["pairs"],
                )
                for row in pair_counts(Project.objects)
            )

    def at(self, now=None):
        """The counts that apply at `now` (default: the time of the query)."""
        return self.filter(window_q(now=now))


class PairCount(models.Model):
    """How many (project, field of action) pairs the network's project list (/projekte/)
    shows: per Bundesland of the alliance, field of action (none: "Ohne Handlungsfeld") and
    the window in which they are public, counting only projects and alliances marked
    "veröffentlicht". The list's pages are cut from these counts; counting the pairs of
    the whole network on every page was its most expensive query. Derived data, never
    edited: projects.signals recounts on every change of a project, its fields of action
    or its alliance, ``migrate`` after every migration."""

    state = models.CharField(_("Bundesland"), max_length=2)
    field_of_action = models.ForeignKey(
        FieldOfAction,
        verbose_name=_("Handlungsfeld"),
        on_delete=models.CASCADE,
        null=True,
        related_name="+",
    )
    publish_from = models.DateTimeField(_("sichtbar ab"), null=True)
    publish_until = models.DateTimeField(_("sichtbar bis"), null=True)
    pairs = models.PositiveIntegerField(_("Anzahl"))

    objects = PairCountQuerySet.as_manager()

    class Meta:
        verbose_name = _("Projektzahl im Netzwerk")
        verbose_name_plural = _("Projektzahlen im Netzwerk")

    def __str__(self):
        return f"{self.state} {self.field_of_action_id}: {self.pairs}"


def pair_counts(projects):
    """The rows of PairCount (state, field, starts, ends, pairs) from the projects.

    A pair is public while both the project and its alliance are: from the later of their
    "sichtbar ab" to the earlier of their "sichtbar bis". Coalesce first, so an empty
    date sets no limit on every database (SQLite's max() of a NULL is NULL)."""
    return (
        projects.filter(is_published=True, alliance__is_published=True)
        .order_by()
        .values(
            state=F("alliance__state"),
            field=F("fields_of_action"),
            starts=Greatest(
                Coalesce("publish_from", "alliance__publish_from"),
                Coalesce("alliance__publish_from", "publish_from"),
            ),
            ends=Least(
                Coalesce("publish_until", "alliance__publish_until"),
                Coalesce("alliance__publish_until", "publish_until"),
            ),
        )
        .annotate(pairs=Count("pk"))
    )


def lock_for_recount(using):
    connection = connections[using]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # held until the transaction ends
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [PAIR_COUNT_LOCK])


PAIR_COUNT_LOCK = 4_711_001  # any number no other advisory lock of the site uses

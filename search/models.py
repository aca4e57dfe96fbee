"""The search index: one row per public thing the site search finds, in one table.

Rows are written by search.index (after every save or delete of what they stand for, and
by `rebuild_search_index`). `title_terms` and `text_terms` hold the Snowball stems of the
title and the text (search.text): PostgreSQL searches them with its German full-text
configuration through a GIN index, SQLite through an FTS5 table kept in step by triggers
(both made by migration 0001). Whether a row is public is decided at query time, like
every public page: its own flag and schedule, and its alliance's
(`Alliance.objects.public_q`).
"""

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection, models
from django.db.models import Count, F, Q
from django.db.models.expressions import RawSQL, Window
from django.db.models.functions import RowNumber
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from buendnisse.models import Alliance
from core.fields import PartialDatePrecision, format_partial_date, partial_date_iso
from news.models import is_older_than_a_year

from .text import is_prefix

FTS_TABLE = "search_fts"  # SQLite only: FTS5 over title_terms and text_terms
TITLE_WEIGHT = 10.0  # how much more a word in the title counts than one in the text
FTS_MATCH = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"  # noqa: S608
# bm25() is smaller for better matches; the rank is larger for them, as PostgreSQL's.
FTS_RANK = (
    f"(SELECT -bm25({FTS_TABLE}, {TITLE_WEIGHT}, 1.0) FROM {FTS_TABLE} "  # noqa: S608
    f'WHERE {FTS_TABLE} MATCH %s AND rowid = "search_searchentry"."id")'
)


#: What search.index compares to decide whether a row changed.
CONTENT_FIELDS = [
    "alliance_id",
    "title",
    "text",
    "path",
    "date",
    "date_precision",
    "is_published",
    "publish_from",
    "publish_until",
    "title_terms",
    "text_terms",
]


def search_vector():
    """The expression PostgreSQL's GIN index holds (migration 0001) and queries match."""
    return SearchVector("title_terms", weight="A", config="german") + SearchVector(
        "text_terms", weight="B", config="german"
    )


class SearchEntryQuerySet(models.QuerySet):
    def published(self, now=None):
        now = now or timezone.now()
        return self.filter(
            Q(alliance__isnull=True) | Alliance.objects.public_q("alliance__", now),
            Q(publish_from__isnull=True) | Q(publish_from__lte=now),
            Q(publish_until__isnull=True) | Q(publish_until__gt=now),
            is_published=True,
        )

    def matching(self, stems):
        """Rows holding every stem (longer ones also as a word's start), with their `rank`."""
        if connection.vendor == "postgresql":
            terms = " & ".join(f"{stem}:*" if is_prefix(stem) else stem for stem in stems)
            query = SearchQuery(terms, config="german", search_type="raw")
            vector = search_vector()
            return (
                self.alias(found=vector)
                .annotate(rank=SearchRank(vector, query))
                .filter(found=query)
            )
        # FTS5: each stem quoted (so no word is read as query syntax), * for a prefix.
        terms = " AND ".join(f'"{stem}"*' if is_prefix(stem) else f'"{stem}"' for stem in stems)
        return self.filter(pk__in=RawSQL(FTS_MATCH, [terms])).annotate(  # noqa: S611
            rank=RawSQL(FTS_RANK, [terms])  # noqa: S611 (constant SQL, the terms a parameter)
        )

    def best_first(self):
        return self.order_by(F("rank").desc(), "title", "pk")

    def count_by_kind(self):
        counts = dict(self.order_by().values_list("kind").annotate(count=Count("pk")))
        return [(kind, counts[kind]) for kind in SearchEntry.Kind if kind in counts]

    def first_of_each_kind(self, count):
        """The `count` best rows of each kind, in one query."""
        ranked = self.annotate(
            place=Window(
                RowNumber(),
                partition_by=F("kind"),
                order_by=[F("rank").desc(), F("title").asc(), F("pk").asc()],
            )
        )
        return ranked.filter(place__lte=count).order_by("kind", "place")


class SearchEntry(models.Model):
    class Kind(models.TextChoices):
        # In the order the results page shows them; the value is the address's ?art=.
        ALLIANCE = "buendnisse", _("Bündnisse")
        PROJECT = "projekte", _("Projekte")
        NEWS = "aktuelles", _("Aktuelles")
        EVENT = "termine", _("Termine")
        PARTNER = "partner", _("Partner")
        CONTACT = "kontakt", _("Ansprechpersonen")
        DOCUMENT = "dokumente", _("Dokumente")

    kind = models.CharField(_("Art"), max_length=20, choices=Kind)
    object_id = models.PositiveBigIntegerField(_("Nummer des Eintrags"))
    alliance = models.ForeignKey(
        Alliance,
        verbose_name=_("Bündnis"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    title = models.CharField(_("Titel"), max_length=300)
    text = models.TextField(_("Text"), blank=True)
    path = models.CharField(
        _("Adresse"),
        max_length=500,
        help_text=_("Bei Einträgen eines Bündnisses relativ zu seiner Startseite."),
    )
    date = models.DateField(_("Datum"), null=True, blank=True)
    date_precision = models.CharField(
        _("Genauigkeit des Datums"),
        max_length=5,
        choices=PartialDatePrecision,
        default=PartialDatePrecision.DAY,
        help_text=_("Wie die Meldung ihr Datum kennt: eine Jahreszahl bleibt eine Jahreszahl."),
    )
    is_published = models.BooleanField(_("veröffentlicht"), default=True)
    publish_from = models.DateTimeField(_("sichtbar ab"), null=True, blank=True)
    publish_until = models.DateTimeField(_("sichtbar bis"), null=True, blank=True)
    title_terms = models.TextField(_("Wortstämme des Titels"), blank=True)
    text_terms = models.TextField(_("Wortstämme des Texts"), blank=True)

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("Sucheintrag")
        verbose_name_plural = _("Sucheinträge")
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="unique_search_entry")
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        if self.alliance_id is None:
            return self.path
        return reverse("pages:alliance", args=[self.alliance.slug]) + self.path

    @property
    def date_display(self):
        return format_partial_date(self.date, self.date_precision)

    @property
    def date_iso(self):
        return partial_date_iso(self.date, self.date_precision)

    @property
    def is_old(self):
        """A news item more than a year old: marked as in every list of news."""
        return self.kind == self.Kind.NEWS and is_older_than_a_year(self.date)

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from buendnisse.models import Alliance, Image
from core.pagecache import OnItsAlliancesPages


class PartnerQuerySet(models.QuerySet):
    def used_by(self, alliance_ids):
        """Partners these alliances use: as members, in projects or in news (call distinct())."""
        return self.filter(
            Q(memberships__alliance__in=alliance_ids)
            | Q(projects__alliance__in=alliance_ids)
            | Q(news__alliance__in=alliance_ids)
        )

    def unused(self):
        """Partners nobody uses yet."""
        return self.filter(memberships__isnull=True, projects__isnull=True, news__isnull=True)


class Partner(models.Model):
    """An organisation or person that is partner of one or more alliances.

    A partner belongs to every alliance that uses it: as a member, in a project or in a
    news item (`projects` and `news` are the reverse relations of the apps above this
    one). Whoever shows it on their pages depends on its name and address.
    """

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Kommune und Verwaltung")
        COMPANY = "company", _("Unternehmen")
        CHAMBER = "chamber", _("Kammer")
        ASSOCIATION = "association", _("Verband")
        CHURCH = "church", _("Kirche")
        WELFARE = "welfare", _("Wohlfahrtsverband")
        CLUB = "club", _("Verein und Initiative")
        EDUCATION = "education", _("Schule, Hochschule und Bildung")
        HEALTH_INSURER = "health_insurer", _("Krankenkasse")
        UNION = "union", _("Gewerkschaft")
        PARTY = "party", _("Partei")
        FOUNDATION = "foundation", _("Stiftung")
        INDIVIDUAL = "individual", _("Einzelperson")
        OTHER = "other", _("Sonstige")

    name = models.CharField(_("Name"), max_length=200)
    slug = models.SlugField(_("Kurzname"), max_length=200, unique=True)
    kind = models.CharField(_("Art"), max_length=20, choices=Kind, default=Kind.OTHER)
    place = models.CharField(_("Ort"), max_length=120, blank=True)
    website = models.URLField(_("Website"), blank=True)
    description = models.CharField(
        _("Kurzbeschreibung"),
        max_length=300,
        blank=True,
        help_text=_("Ein Satz, was der Partner tut."),
    )
    logo = models.ForeignKey(
        Image,
        verbose_name=_("Logo"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    alliances = models.ManyToManyField(
        Alliance, through="Membership", verbose_name=_("Bündnisse"), related_name="partners"
    )
    # For the "Stand" of the pages that show it; empty for rows from before it was kept.
    updated_at = models.DateTimeField(_("zuletzt geändert"), auto_now=True, null=True)

    objects = PartnerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("Bündnispartner")
        verbose_name_plural = _("Bündnispartner")

    def __str__(self):
        return f"{self.name} ({self.place})" if self.place else self.name

    def cache_tags(self):
        """Every alliance that shows it; network news items show partners too."""
        slugs = (
            set(self.memberships.values_list("alliance__slug", flat=True))
            | set(self.projects.values_list("alliance__slug", flat=True))
            | set(self.news.values_list("alliance__slug", flat=True))
        )
        return {f"alliance:{slug}" for slug in slugs if slug} | {"news"}

    def users(self):
        """The ids of the alliances that use this partner; None stands for the network."""
        return (
            set(self.memberships.values_list("alliance_id", flat=True))
            | set(self.projects.values_list("alliance_id", flat=True))
            | set(self.news.values_list("alliance_id", flat=True))
        )


class MembershipQuerySet(models.QuerySet):
    def published(self):
        return self.filter(Alliance.objects.public_q("alliance__"))


class Membership(OnItsAlliancesPages, models.Model):
    """A partner's membership in one alliance."""

    alliance = models.ForeignKey(
        Alliance, verbose_name=_("Bündnis"), on_delete=models.CASCADE, related_name="memberships"
    )
    partner = models.ForeignKey(
        Partner, verbose_name=_("Partner"), on_delete=models.CASCADE, related_name="memberships"
    )
    since = models.PositiveSmallIntegerField(
        _("Mitglied seit (Jahr)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
    )
    is_founding_member = models.BooleanField(
        _("Partner der ersten Stunde"), default=False, help_text=_("War bei der Gründung dabei.")
    )
    role = models.CharField(
        _("Rolle im Bündnis"), max_length=200, blank=True, help_text=_("z. B. „Mitinitiator“.")
    )
    # For the "Stand" of the pages that show it; empty for rows from before it was kept.
    updated_at = models.DateTimeField(_("zuletzt geändert"), auto_now=True, null=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["partner__name"]
        verbose_name = _("Mitgliedschaft")
        verbose_name_plural = _("Mitgliedschaften")
        constraints = [
            models.UniqueConstraint(
                fields=["alliance", "partner"],
                name="unique_membership_per_partner_and_alliance",
                violation_error_message=_("Dieser Partner ist schon Mitglied dieses Bündnisses."),
            ),
            models.CheckConstraint(
                condition=Q(since__isnull=True) | Q(since__gte=1990, since__lte=2100),
                name="membership_since_plausible_year",
                violation_error_message=_("Bitte ein Jahr zwischen 1990 und 2100 angeben."),
            ),
        ]

    def __str__(self):
        return f"{self.partner.name} im {self.alliance.name}"

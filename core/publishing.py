"""What the public sees of a page, and what its editors preview at the same address.

Every public view finds its objects through ``visible_to(request.user)``: for visitors
that is ``published()``; an editor also gets what they may change in the admin, drafts
and scheduled items included, and the page says it is a preview. There is no separate
preview route and no second way to look an object up.

Alliances and projects may be scheduled like news ("sichtbar ab", "sichtbar bis"; empty:
no limit): `window_q()` is the condition on those two fields at the time of the request,
`next_change()` the next moment one of them is crossed (core.pagecache), and
`ScheduledFlag.is_public()` the same for one object.
"""

from django.db import models
from django.db.models import F, Min, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def is_editor(user):
    """Logged in to the admin: a network editor or an alliance's coordinator."""
    return user.is_authenticated and user.is_active and user.is_staff


def window_q(prefix="", now=None):
    """Inside its window at `now` (default: the time of the query), as a Q for the object
    itself (prefix "") or one reached through a lookup ("alliance__"). An empty
    `publish_from` or `publish_until` sets no limit."""
    now = now or timezone.now()
    started = Q(**{f"{prefix}publish_from__isnull": True}) | Q(
        **{f"{prefix}publish_from__lte": now}
    )
    not_over = Q(**{f"{prefix}publish_until__isnull": True}) | Q(
        **{f"{prefix}publish_until__gt": now}
    )
    return started & not_over


def next_change(queryset, now=None):
    """The next moment (after `now`) one of these published objects appears or disappears by
    its window, or None; in one query."""
    now = now or timezone.now()
    found = queryset.filter(is_published=True).aggregate(
        appears=Min("publish_from", filter=Q(publish_from__gt=now)),
        disappears=Min("publish_until", filter=Q(publish_until__gt=now)),
    )
    return min((moment for moment in found.values() if moment is not None), default=None)


def window_constraint(name):
    """ "Sichtbar bis" after "sichtbar ab" where both are given."""
    return models.CheckConstraint(
        condition=Q(publish_from__isnull=True)
        | Q(publish_until__isnull=True)
        | Q(publish_until__gt=F("publish_from")),
        name=name,
        violation_error_message=_("„Sichtbar bis“ muss nach „sichtbar ab“ liegen."),
    )


class PublishingQuerySet(models.QuerySet):
    #: Lookup from the model to the alliance it belongs to; "" for the alliance itself.
    alliance_path = "alliance"

    def published(self):
        raise NotImplementedError

    def published_in_shown_alliance(self, now=None):
        """What `published()` gives of the items of an alliance already found public: only
        their own flag and schedule are asked (see `visible_to`)."""
        return self.published() if now is None else self.published(now)

    def editable_by(self, user):
        """What `user` may change in the admin: all for network editors, else their alliances'."""
        if user.is_superuser:
            return self.all()
        # A subquery, not a join over the coordinators, so no row comes twice.
        own = user.alliances.values("pk")
        if self.alliance_path == "":
            return self.filter(pk__in=own)
        return self.filter(**{f"{self.alliance_path}__in": own})

    def visible_to(self, user, *, of_shown_alliance=False):
        """What `user` may see. `of_shown_alliance`: the caller keeps to the items of the
        alliance its page shows, found through ``Alliance.objects.visible_to(user)``
        (buendnisse.views.get_alliance), so whether that alliance is public is not asked a
        second time (each such condition costs a join and its share of every query's
        compilation)."""
        published = self.published_in_shown_alliance() if of_shown_alliance else self.published()
        if not is_editor(user):
            return published
        return published | self.editable_by(user)


class PublishedFlag:
    """For models whose own "veröffentlicht" flag decides (their alliance's is checked apart)."""

    def is_public(self):
        return self.is_published


class ScheduledFlag(PublishedFlag):
    """For models with a flag and an optional window (publish_from, publish_until)."""

    def is_public(self, now=None):
        now = now or timezone.now()
        return (
            self.is_published
            and (self.publish_from is None or self.publish_from <= now)
            and (self.publish_until is None or self.publish_until > now)
        )


def is_preview(*objects):
    """Whether a page showing these objects shows something the public cannot see yet."""
    return not all(obj.is_public() for obj in objects if obj is not None)

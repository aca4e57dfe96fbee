"""What the public sees of a page, and what its editors preview at the same address.

Every public view finds its objects through ``visible_to(request.user)``: for visitors
that is ``published()``; an editor also gets what they may change in the admin, drafts
and scheduled items included, and the page says it is a preview. There is no separate
preview route and no second way to look an object up.
"""

from django.db import models


def is_editor(user):
    """Logged in to the admin: a network editor or an alliance's coordinator."""
    return user.is_authenticated and user.is_active and user.is_staff


class PublishingQuerySet(models.QuerySet):
    #: Lookup from the model to the alliance it belongs to; "" for the alliance itself.
    alliance_path = "alliance"

    def published(self):
        raise NotImplementedError

    def editable_by(self, user):
        """What `user` may change in the admin: all for network editors, else their alliances'."""
        if user.is_superuser:
            return self.all()
        # A subquery, not a join over the coordinators, so no row comes twice.
        own = user.alliances.values("pk")
        if self.alliance_path == "":
            return self.filter(pk__in=own)
        return self.filter(**{f"{self.alliance_path}__in": own})

    def visible_to(self, user):
        if not is_editor(user):
            return self.published()
        return self.published() | self.editable_by(user)


class PublishedFlag:
    """For models whose own "veröffentlicht" flag decides (their alliance's is checked apart)."""

    def is_public(self):
        return self.is_published


def is_preview(*objects):
    """Whether a page showing these objects shows something the public cannot see yet."""
    return not all(obj.is_public() for obj in objects if obj is not None)

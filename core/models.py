"""What core keeps in the database: addresses that moved, and what the page cache missed.

Addresses that last: an address whose object moved answers with a redirect to the new one.

Models with public pages name the address prefixes they own (``addresses()``: an alliance
"/buendnisse/kassel/", a date its page and its .ics file); core.signals compares them
before and after every save and records each one that changed here. A request that finds
nothing (404) under an old prefix is sent on to the same place under the new one
(core.middleware.moved_addresses), so one record covers an alliance's every sub-page,
print view, feed and calendar.

UnsentInvalidation: new tag versions the page cache did not receive (core.pagecache).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


def path_prefixes(path):
    """Every prefix of `path` a record could be for: each one ending in "/", and the path."""
    cuts = [index + 1 for index, char in enumerate(path) if char == "/"]
    return {path[:cut] for cut in cuts} | {path}


class MovedAddressQuerySet(models.QuerySet):
    def record(self, old, new):
        """`old` now lives at `new`: redirect there, and keep every record one step long.

        Records that led into `old` or below it lead to `new` now (a → b, b → c: a → c);
        records whose target lies above `old` gain one for the moved part under their old
        prefix (kassel → familie-kassel, then a project of familie-kassel renamed: the
        project's address under kassel leads to its new one directly). An address taken
        again by the object itself is no longer redirected.
        """
        if old == new:
            return
        for moved in self.filter(new_prefix__startswith=old):
            moved.new_prefix = new + moved.new_prefix.removeprefix(old)
            moved.save(update_fields=["new_prefix", "moved_at"])
        for above in self.filter(new_prefix__in=path_prefixes(old) - {old}):
            self.update_or_create(
                old_prefix=above.old_prefix + old.removeprefix(above.new_prefix),
                defaults={"new_prefix": new},
            )
        self.update_or_create(old_prefix=old, defaults={"new_prefix": new})
        # Back at an earlier address: that one is alive again, and no record points to itself.
        self.filter(old_prefix=new).delete()
        self.filter(old_prefix=models.F("new_prefix")).delete()

    def forget(self, address):
        """The object at `address` is gone: its old addresses lead nowhere any more."""
        self.filter(new_prefix__startswith=address).delete()

    def resolve(self, path):
        """Where `path` lives now, by the longest recorded prefix (one query), or None."""
        found = max(
            self.filter(old_prefix__in=path_prefixes(path)),
            key=lambda moved: len(moved.old_prefix),
            default=None,
        )
        if found is None:
            return None
        target = found.new_prefix + path.removeprefix(found.old_prefix)
        return None if target == path else target


class MovedAddress(models.Model):
    """An address prefix that moved, with where it lives now."""

    old_prefix = models.CharField(_("alte Adresse"), max_length=500, unique=True)
    new_prefix = models.CharField(_("neue Adresse"), max_length=500)
    moved_at = models.DateTimeField(_("umgezogen am"), auto_now=True)

    objects = MovedAddressQuerySet.as_manager()

    class Meta:
        verbose_name = _("umgezogene Adresse")
        verbose_name_plural = _("umgezogene Adressen")

    def __str__(self):
        return f"{self.old_prefix} → {self.new_prefix}"


class UnsentInvalidation(models.Model):
    """Tags whose new versions the page cache did not receive while it was unreachable.
    Every process looks for these and sends them once the cache answers again; until then
    it serves nothing from the cache (core.pagecache, "Outage")."""

    tags = models.JSONField(_("Tags"), default=list)
    schedule = models.BooleanField(_("nächsten Termin neu suchen"), default=False)
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)

    class Meta:
        verbose_name = _("nicht zugestellte Cache-Erneuerung")
        verbose_name_plural = _("nicht zugestellte Cache-Erneuerungen")

    def __str__(self):
        return ", ".join(self.tags) or "Zeitplan"

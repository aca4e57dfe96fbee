"""Every change that can move a project into or out of the network's list recounts its
pairs (PairCount), in the same transaction: the count a page is cut from never lags
behind the rows it shows, whichever process renders it.

Signals, not save(): the admin's inlines, many-to-many changes, cascades and restores of
old versions do not all go through one save(). A save recounts only when it changed what
is counted (COUNTED: the stored values are read before it). The recount's lock
(PostgreSQL) is taken before the change, so a transaction never waits for it while
holding rows another recount needs. Not recounted: bulk_create and QuerySet.update() send
no signal, loaddata's raw saves are left alone (its dump brings its counts); whoever
writes that way recounts (generate_network does), as every ``migrate`` does.
"""

from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_migrate,
    post_save,
    pre_delete,
    pre_save,
)

from buendnisse.models import Alliance, FieldOfAction

from .models import PairCount, Project, lock_for_recount

# What a save must change for the counts to change.
COUNTED = {
    Project: ("alliance_id", "is_published", "publish_from", "publish_until"),
    Alliance: ("state", "is_published", "publish_from", "publish_until"),
}


def counted_values(instance):
    return tuple(getattr(instance, name) for name in COUNTED[type(instance)])


def lock(sender, using="default", **kwargs):
    lock_for_recount(using)


def remember_counted(sender, instance, raw=False, using="default", **kwargs):
    if raw:
        return
    lock_for_recount(using)
    instance._counted_before = None
    if instance.pk is not None:
        stored = sender._default_manager.using(using).filter(pk=instance.pk)
        instance._counted_before = stored.values_list(*COUNTED[sender]).first()


def recount_saved(sender, instance, created=False, raw=False, using="default", **kwargs):
    if raw:
        return
    if created or getattr(instance, "_counted_before", None) != counted_values(instance):
        recount(sender, using=using)


def recount(sender, using="default", **kwargs):
    PairCount.objects.db_manager(using).recount()


def lock_linked(sender, action, using="default", **kwargs):
    if action in ("pre_add", "pre_remove", "pre_clear"):
        lock_for_recount(using)


def recount_linked(sender, action, using="default", **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        recount(sender, using=using)


def recount_after_migrate(sender, using="default", apps=None, **kwargs):
    """After every ``migrate`` (and a test database's flush): counts the existing projects
    the first time, and puts right whatever a bulk change in between missed."""
    try:
        if apps is not None:  # None from flush: the tables are those of the code
            apps.get_model("projects", "PairCount")
    except LookupError:  # migrated back to before the table
        return
    PairCount.objects.db_manager(using).recount()


def connect(app_config):
    for model in COUNTED:
        name = model.__name__
        pre_save.connect(remember_counted, sender=model, dispatch_uid=f"pair-count-pre-{name}")
        post_save.connect(recount_saved, sender=model, dispatch_uid=f"pair-count-save-{name}")
    for model in (Project, Alliance, FieldOfAction):
        name = model.__name__
        pre_delete.connect(lock, sender=model, dispatch_uid=f"pair-count-lock-{name}")
        post_delete.connect(recount, sender=model, dispatch_uid=f"pair-count-delete-{name}")
    through = Project.fields_of_action.through
    m2m_changed.connect(lock_linked, sender=through, dispatch_uid="pair-count-m2m-lock")
    m2m_changed.connect(recount_linked, sender=through, dispatch_uid="pair-count-m2m")
    post_migrate.connect(
        recount_after_migrate, sender=app_config, dispatch_uid="pair-count-migrate"
    )

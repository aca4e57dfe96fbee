"""Every change that can move a project into or out of the network's list recounts its
pairs (PairCount), in the same transaction: the count a page is cut from never lags
behind the rows it shows, whichever process renders it.

Signals, not save(): the admin's inlines, many-to-many changes, cascades and restores of
old versions do not all go through one save(). bulk_create and QuerySet.update() send
none: who uses them recounts (generate_network does).
"""

from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

from buendnisse.models import Alliance, FieldOfAction

from .models import PairCount, Project


def recount(sender, raw=False, using="default", **kwargs):
    PairCount.objects.db_manager(using).recount()


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
    for model in (Project, Alliance):
        post_save.connect(recount, sender=model, dispatch_uid=f"pair-count-save-{model.__name__}")
    for model in (Project, Alliance, FieldOfAction):
        post_delete.connect(
            recount, sender=model, dispatch_uid=f"pair-count-delete-{model.__name__}"
        )
    m2m_changed.connect(
        recount_linked, sender=Project.fields_of_action.through, dispatch_uid="pair-count-m2m"
    )
    post_migrate.connect(
        recount_after_migrate, sender=app_config, dispatch_uid="pair-count-migrate"
    )

"""Saving or deleting anything shown on public pages refreshes exactly those pages, and
records the addresses it moved from.

Signals, not save(): the admin's bulk actions, inlines, many-to-many changes and
cascades do not call save() or delete() on each object. Models take part by having a
``cache_tags()`` method (core.pagecache); the tags of the stored state before the
change count too (a renamed alliance's old pages must go as well). The cache is told
only after the transaction commits, so no request can store a page rendered from the
old data under the new versions.

Models with public addresses have an ``addresses()`` method (core.models): the stored
state, read once before the save for both, tells which of them changed; each is
recorded as moved in the same transaction as the change. This way every model with
addresses takes part by declaring them, without a save() of its own that compares
slugs, and a move of a news item to another alliance counts as well as a new slug.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from . import pagecache


def tags_of(instance):
    return instance.cache_tags() if hasattr(instance, "cache_tags") else set()


def refresh_after_commit(tags, model):
    scheduled = hasattr(model.objects, "next_boundary") if hasattr(model, "objects") else False
    if tags or scheduled:
        transaction.on_commit(lambda: pagecache.invalidate(tags, schedule=scheduled))


def addresses_of(instance):
    return instance.addresses() if hasattr(instance, "addresses") else ()


def remember_stored_state(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    if not (hasattr(instance, "cache_tags") or hasattr(instance, "addresses")):
        return
    stored = type(instance)._default_manager.filter(pk=instance.pk).first()
    instance._stored_cache_tags = tags_of(stored) if stored is not None else set()
    instance._stored_addresses = addresses_of(stored) if stored is not None else ()


def refresh_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if hasattr(instance, "addresses"):
        record_moves(getattr(instance, "_stored_addresses", ()), addresses_of(instance))
    if hasattr(instance, "cache_tags"):
        tags = tags_of(instance) | getattr(instance, "_stored_cache_tags", set())
        refresh_after_commit(tags, type(instance))


def record_moves(old_addresses, new_addresses):
    from .models import MovedAddress  # models are not loaded yet when this module is

    for old, new in zip(old_addresses, new_addresses, strict=False):
        if old != new:
            MovedAddress.objects.record(old, new)


def remember_deleted_state(sender, instance, **kwargs):
    # Before the delete: afterwards its relations are gone.
    if hasattr(instance, "cache_tags"):
        instance._stored_cache_tags = tags_of(instance)
    if hasattr(instance, "addresses"):
        instance._stored_addresses = addresses_of(instance)


def refresh_deleted(sender, instance, **kwargs):
    if hasattr(instance, "cache_tags"):
        refresh_after_commit(getattr(instance, "_stored_cache_tags", set()), type(instance))
    if hasattr(instance, "addresses"):
        from .models import MovedAddress

        for address in getattr(instance, "_stored_addresses", ()):
            MovedAddress.objects.forget(address)


def refresh_linked(sender, instance, action, model, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    tags = tags_of(instance)
    if pk_set and hasattr(model, "cache_tags"):
        for other in model._default_manager.filter(pk__in=pk_set):
            tags |= tags_of(other)
    refresh_after_commit(tags, type(instance))


def connect():
    pre_save.connect(remember_stored_state, dispatch_uid="pagecache-pre-save")
    post_save.connect(refresh_saved, dispatch_uid="pagecache-post-save")
    pre_delete.connect(remember_deleted_state, dispatch_uid="pagecache-pre-delete")
    post_delete.connect(refresh_deleted, dispatch_uid="pagecache-post-delete")
    m2m_changed.connect(refresh_linked, dispatch_uid="pagecache-m2m")

"""Keeping the search index in step with what it finds.

After every save or delete of an alliance, partner, membership, project, news item, date,
contact person or document, the rows of what changed are written afresh once the
transaction commits (the pattern of core.signals: signals, because the admin's inlines,
bulk deletes and cascades do not call save() or delete() on each object; after the
commit, so the index holds what was committed). Each row is built from what is stored
then, so writing a row twice does no harm. `rebuild_search_index` writes all of them.
"""

import threading
from dataclasses import dataclass

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.urls import get_urlconf, reverse, set_urlconf

from buendnisse.models import Alliance, Document
from contacts.models import ContactPerson
from core import pagecache
from core.fields import PartialDatePrecision
from news.models import Event, News
from partners.models import Membership, Partner
from projects.models import Project

from .models import CONTENT_FIELDS, SearchEntry
from .text import plain_text, stems

Kind = SearchEntry.Kind
MAX_TEXT = 20_000  # characters of text kept per row: enough for any page of the site
CACHE_TAG = "search"  # the results pages (search.urls)


def joined(*parts):
    return "\n".join(part for part in parts if part)


def on_alliance_page(alliance, url):
    """The part of `url` after the alliance's home: the same on every host it is served on."""
    return url.removeprefix(reverse("pages:alliance", args=[alliance.slug]))


def alliance_entry(alliance):
    return {
        "alliance_id": alliance.pk,
        "title": alliance.name,
        "text": joined(
            alliance.motto,
            f"{alliance.place}, {alliance.get_state_display()}",
            *(
                plain_text(getattr(alliance, name))
                for name in (
                    "introduction",
                    "goals",
                    "tasks",
                    "organisation",
                    "founding",
                    "network",
                    "join_text",
                    "partnership_text",
                )
            ),
            alliance.quote,
        ),
        "path": "",
    }


def project_entry(project):
    return {
        "alliance_id": project.alliance_id,
        "title": project.title,
        "text": joined(project.teaser, plain_text(project.body)),
        "path": on_alliance_page(project.alliance, project.get_absolute_url()),
        **scheduled(project),
    }


def scheduled(item):
    return {
        "is_published": item.is_published,
        "publish_from": item.publish_from,
        "publish_until": item.publish_until,
    }


def item_path(item):
    url = item.get_absolute_url()
    return url if item.alliance_id is None else on_alliance_page(item.alliance, url)


def news_entry(item):
    return {
        "alliance_id": item.alliance_id,
        "title": item.title,
        "text": joined(item.teaser, plain_text(item.body)),
        "path": item_path(item),
        "date": item.date,
        "date_precision": item.date_precision,
        **scheduled(item),
    }


def event_entry(event):
    return {
        "alliance_id": event.alliance_id,
        "title": event.title,
        "text": joined(event.address, plain_text(event.description)),
        "path": item_path(event),
        "date": event.start_date,
        **scheduled(event),
    }


def partner_entry(membership):
    partner = membership.partner
    list_url = reverse("partners:list", args=[membership.alliance.slug])
    return {
        "alliance_id": membership.alliance_id,
        "title": partner.name,
        "text": joined(
            partner.get_kind_display(),
            partner.place,
            partner.description,
            membership.role,
            "Partner der ersten Stunde" if membership.is_founding_member else "",
        ),
        "path": on_alliance_page(membership.alliance, f"{list_url}#partner-{partner.slug}"),
    }


def contact_entry(contact):
    return {
        "alliance_id": contact.alliance_id,
        "title": contact.full_name,
        "text": joined(
            contact.get_role_display(),
            "" if contact.is_office else contact.position,
            contact.institution,
            contact.department,
            contact.city,
        ),
        "path": on_alliance_page(contact.alliance, contact.get_absolute_url()),
        "is_published": contact.is_published,
    }


def document_entry(document):
    about_url = reverse("buendnisse:about", args=[document.alliance.slug])
    return {
        "alliance_id": document.alliance_id,
        "title": document.title,
        "text": joined(
            document.get_kind_display(),
            document.description,
            f"Drucksache {document.reference}" if document.reference else "",
            document.committee,
        ),
        "path": on_alliance_page(document.alliance, f"{about_url}#downloads"),
        "is_published": document.is_published,
    }


@dataclass(frozen=True)
class Source:
    queryset: object
    entry: object


SOURCES = {
    Kind.ALLIANCE: Source(Alliance.objects.all(), alliance_entry),
    Kind.PROJECT: Source(Project.objects.select_related("alliance"), project_entry),
    Kind.NEWS: Source(News.objects.select_related("alliance"), news_entry),
    Kind.EVENT: Source(Event.objects.select_related("alliance"), event_entry),
    Kind.PARTNER: Source(Membership.objects.select_related("alliance", "partner"), partner_entry),
    Kind.CONTACT: Source(ContactPerson.objects.select_related("alliance"), contact_entry),
    Kind.DOCUMENT: Source(Document.objects.select_related("alliance"), document_entry),
}
KIND_OF_MODEL = {source.queryset.model: kind for kind, source in SOURCES.items()}


def row(kind, obj):
    values = {
        "date": None,
        "date_precision": PartialDatePrecision.DAY,
        "is_published": True,
        "publish_from": None,
        "publish_until": None,
        **SOURCES[kind].entry(obj),
    }
    values["text"] = values["text"][:MAX_TEXT]
    values["title"] = values["title"][:300]
    values["title_terms"] = stems(values["title"])
    values["text_terms"] = stems(values["text"])
    return values


def sync(kind, ids=None):
    """Write the rows of `kind` for these object ids (None: all of them); drop the rows of
    objects that are gone. Rows that would not change are left alone."""
    objects = SOURCES[kind].queryset
    entries = SearchEntry.objects.filter(kind=kind)
    if ids is not None:
        objects, entries = objects.filter(pk__in=ids), entries.filter(object_id__in=ids)
    stored = {entry.object_id: entry for entry in entries}
    new, changed = [], []
    for obj in objects.iterator(chunk_size=500):
        values = row(kind, obj)
        entry = stored.pop(obj.pk, None)
        if entry is None:
            new.append(SearchEntry(kind=kind, object_id=obj.pk, **values))
        elif any(getattr(entry, name) != values[name] for name in CONTENT_FIELDS):
            for name, value in values.items():
                setattr(entry, name, value)
            changed.append(entry)
    SearchEntry.objects.bulk_create(new, batch_size=500)
    SearchEntry.objects.bulk_update(changed, CONTENT_FIELDS, batch_size=500)
    if stored:
        SearchEntry.objects.filter(pk__in=[entry.pk for entry in stored.values()]).delete()
    return len(new) + len(changed) + len(stored)


def rebuild():
    """Every row afresh; the number of rows written or removed."""
    with portal_urls():
        written = sum(sync(kind) for kind in SOURCES)
    pagecache.invalidate({CACHE_TAG})
    return written


def fill_if_empty():
    if not SearchEntry.objects.exists() and Alliance.objects.exists():
        rebuild()


class portal_urls:
    """Addresses as the portal's host has them, whichever host the change was made on."""

    def __enter__(self):
        self.urlconf = get_urlconf()
        set_urlconf(None)

    def __exit__(self, *exc):
        set_urlconf(self.urlconf)


# After saves and deletes ------------------------------------------------------------------

_pending = threading.local()


def pending():
    if not hasattr(_pending, "keys"):
        _pending.keys = set()
    return _pending.keys


def schedule(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if isinstance(instance, Partner):  # its name and text stand in each of its memberships
        if kwargs.get("signal") is post_delete:
            return  # its memberships go with it, each with its own signal
        keys = {(Kind.PARTNER, pk) for pk in instance.memberships.values_list("pk", flat=True)}
    else:
        keys = {(KIND_OF_MODEL[sender], instance.pk)}
    pending().update(keys)
    transaction.on_commit(flush)


def flush():
    keys, _pending.keys = pending(), set()
    if not keys:
        return
    with portal_urls():
        for kind in SOURCES:
            ids = {pk for key_kind, pk in keys if key_kind == kind}
            if ids:
                sync(kind, ids)
    pagecache.invalidate({CACHE_TAG})


def connect():
    for model in [*KIND_OF_MODEL, Partner]:
        post_save.connect(schedule, sender=model, dispatch_uid=f"search-save-{model.__name__}")
        post_delete.connect(schedule, sender=model, dispatch_uid=f"search-delete-{model.__name__}")

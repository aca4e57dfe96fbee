"""The ready-made permission group for alliance coordinators."""

from django.contrib.auth.models import Group, Permission

COORDINATOR_GROUP = "Bündniskoordination"

# What coordinators may do in the admin. *Which* objects they may do it to (those of
# their own alliances) is enforced by core.admin.scope. The field-of-action
# catalogue is shared and only viewed; partners are a shared directory that
# coordinators add to but never delete from.
COORDINATOR_PERMISSIONS = {
    "buendnisse": {
        "alliance": ["view", "change"],
        "fieldofaction": ["view"],
        "image": ["view", "add", "change", "delete"],
        "workinggroup": ["view", "add", "change", "delete"],
        "milestone": ["view", "add", "change", "delete"],
        "document": ["view", "add", "change", "delete"],
    },
    # Germany's places and Kreise: picked as an alliance's area, never changed.
    "places": {"district": ["view"], "place": ["view"]},
    "partners": {
        "partner": ["view", "add", "change"],
        "membership": ["view", "add", "change", "delete"],
    },
    "projects": {"project": ["view", "add", "change", "delete"]},
    "contacts": {"contactperson": ["view", "add", "change", "delete"]},
    # What visitors send through "Machen Sie mit": read, marked answered or done, deleted;
    # never written by the coordination itself.
    "inquiries": {"inquiry": ["view", "change", "delete"]},
    # The Bündnis des Monats (news.allianceofthemonth) is for network editors only.
    "news": {
        "news": ["view", "add", "change", "delete"],
        "event": ["view", "add", "change", "delete"],
    },
}


def coordinator_permissions():
    codenames = [
        (app_label, f"{action}_{model}")
        for app_label, models in COORDINATOR_PERMISSIONS.items()
        for model, actions in models.items()
        for action in actions
    ]
    permissions = Permission.objects.filter(
        content_type__app_label__in=COORDINATOR_PERMISSIONS, codename__in=[c for _a, c in codenames]
    ).select_related("content_type")
    return [p for p in permissions if (p.content_type.app_label, p.codename) in codenames]


def ensure_coordinator_group():
    """Create the group or bring its permissions up to date; idempotent."""
    group, _created = Group.objects.get_or_create(name=COORDINATOR_GROUP)
    wanted = set(coordinator_permissions())
    if set(group.permissions.all()) != wanted:
        group.permissions.set(wanted)
    return group


def make_coordinator(user):
    """A user assigned to an alliance can log in to the admin with the coordinator's rights."""
    group = ensure_coordinator_group()
    if not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    user.groups.add(group)

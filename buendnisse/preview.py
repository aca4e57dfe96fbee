"""Preview: the admin shows unpublished content on its public pages, to its editors only.

The admin's preview view (buendnisse.admin_preview) puts the objects being previewed on
the request; the public views take them from there instead of looking for published
ones. Everyone else still gets 404.
"""


def mark(request, *objects):
    request.preview_objects = {type(obj): obj for obj in objects}


def previewed(request, model):
    """The object of `model` being previewed in this request, if any."""
    return getattr(request, "preview_objects", {}).get(model) if request else None


def is_preview(request):
    return bool(getattr(request, "preview_objects", None))

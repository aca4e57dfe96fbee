"""Addresses of the admin's own pages for a model."""

from django.urls import reverse


def admin_url(admin_site, model, page, *args):
    """The address of `model`'s admin page ("changelist", "change", "history", "version" …)
    on `admin_site`, with the page's arguments (an object's id, a version's id)."""
    opts = model._meta
    return reverse(f"{admin_site.name}:{opts.app_label}_{opts.model_name}_{page}", args=args)

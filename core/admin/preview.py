"""Vorschau: from the change form to the object's public page, drafts included.

The public page itself shows an editor what they may change, unpublished or not
(core.publishing), with a banner saying it is a preview; everyone else still gets 404
until it is published. So the admin only has to link there.
"""

from django.contrib.admin.utils import unquote

from core.publishing import is_preview


class PreviewMixin:
    """The change form offers "Vorschau" for what the public cannot see yet."""

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is not None and is_preview(obj, getattr(obj, "alliance", None)):
            url = self.get_view_on_site_url(obj)
            extra_context = {**(extra_context or {}), "preview_url": url}
        return super().change_view(request, object_id, form_url, extra_context)

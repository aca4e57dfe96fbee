"""Vorschau: editors see a page exactly as it will look, before it is published.

The preview runs the public page's own view (so it looks exactly as it will), with the
objects being previewed put on the request (buendnisse.preview). Links to the
alliance's other pages are bent into the preview, so an unpublished alliance can be
browsed page by page. Only users who may view the object in the admin get there; the
public keeps getting 404 until it is published.
"""

import re

from django.contrib.admin.utils import quote, unquote
from django.http import Http404
from django.urls import Resolver404, path, resolve, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from . import preview
from .printing import PRINT_SUFFIX


class PreviewMixin:
    """Adds <object>/vorschau/ (and its print view) to a ModelAdmin."""

    def preview_objects(self, obj):
        """The alliance whose pages show obj, and the objects to show unpublished."""
        return obj.alliance, [obj.alliance, obj]

    def preview_public_path(self, obj):
        raise NotImplementedError

    def is_public(self, obj):
        return obj.is_published and obj.alliance.is_published

    def preview_url(self, obj):
        opts = self.model._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_preview", args=[quote(obj.pk)])

    def get_urls(self):
        opts = self.model._meta
        name = f"{opts.app_label}_{opts.model_name}_preview"
        view = self.admin_site.admin_view(self.preview_view)
        return [
            path("<path:object_id>/vorschau/", view, name=name),
            path(f"<path:object_id>/vorschau/{PRINT_SUFFIX}", view, {"page": PRINT_SUFFIX}),
            *super().get_urls(),
        ]

    def preview_view(self, request, object_id, page=""):
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.has_view_permission(request, obj):
            raise Http404(_("Diesen Eintrag gibt es nicht."))
        alliance, objects = self.preview_objects(obj)
        public_path = self.preview_public_path(obj) + page
        return render_preview(request, alliance, objects, public_path, self.change_url(obj))

    def change_url(self, obj):
        opts = self.model._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[quote(obj.pk)])

    def get_view_on_site_url(self, obj=None):
        if obj is not None and not self.is_public(obj):
            return self.preview_url(obj)
        return super().get_view_on_site_url(obj)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is not None and not self.is_public(obj):
            extra_context = {**(extra_context or {}), "preview_url": self.preview_url(obj)}
        return super().change_view(request, object_id, form_url, extra_context)


def render_preview(request, alliance, objects, public_path, back_url):
    try:
        match = resolve(public_path)
    except Resolver404 as error:
        raise Http404(_("Diese Seite gibt es nicht.")) from error
    preview.mark(request, *objects)
    request.preview_back_url = back_url
    response = match.func(request, *match.args, **match.kwargs)
    if response.get("Content-Type", "").startswith("text/html"):
        base = reverse("admin:buendnisse_alliance_preview", args=[quote(alliance.pk)])
        pattern = re.compile(r'href="(?:https?://[^/"]+)?' + re.escape(alliance.get_absolute_url()))
        html = response.content.decode(response.charset)
        response.content = pattern.sub(f'href="{base}', html)
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    add_never_cache_headers(response)
    return response


class AlliancePreviewMixin(PreviewMixin):
    """An alliance's preview can show any of its pages: vorschau/ueber-uns/ and so on."""

    def preview_objects(self, obj):
        return obj, [obj]

    def preview_public_path(self, obj):
        return obj.get_absolute_url()

    def is_public(self, obj):
        return obj.is_published

    def get_urls(self):
        opts = self.model._meta
        view = self.admin_site.admin_view(self.preview_view)
        return [
            path(
                "<path:object_id>/vorschau/<path:page>",
                view,
                name=f"{opts.app_label}_{opts.model_name}_preview_page",
            ),
            *super().get_urls(),
        ]

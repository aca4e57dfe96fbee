from django.conf import settings

from . import preview, printing


def site(request):
    return {
        "SITE_NAME": settings.SITE_NAME,
        "preview": preview.is_preview(request),
        **printing.context(request),
    }

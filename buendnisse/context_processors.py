from django.conf import settings

from . import printing


def site(request):
    return {"SITE_NAME": settings.SITE_NAME, **printing.context(request)}

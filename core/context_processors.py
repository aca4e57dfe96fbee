from django.conf import settings

from . import printing


def site(request):
    return {
        "SITE_NAME": settings.SITE_NAME,
        # Who runs the site: the legal pages and the print view's footer show it.
        "site_operator": {
            "name": settings.SITE_OPERATOR,
            "address": settings.SITE_OPERATOR_ADDRESS,
            "email": settings.SITE_OPERATOR_EMAIL,
            "phone": settings.SITE_OPERATOR_PHONE,
        },
        **printing.context(request),
    }

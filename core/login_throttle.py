"""Login throttling (django-axes) that an attacker cannot turn against a coordinator.

Failures count per login name *and* client address: whoever guesses a coordinator's password
locks out only their own address. The login name as such is locked only after
LOGIN_FAILURE_LIMIT_PER_LOGIN failures from any addresses within the cool-off time.
"""

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum


def client_address(request):
    """The client's address: the connection's, or behind TRUSTED_PROXY_COUNT reverse proxies
    the one the outermost of them appended to X-Forwarded-For (what comes before that entry
    is whatever the client sent, and so not to be trusted)."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = request.headers.get("x-forwarded-for", "").split(",")
        addresses = [address.strip() for address in forwarded if address.strip()]
        if len(addresses) >= proxies:
            return addresses[-proxies]
    return request.META.get("REMOTE_ADDR")


class LoginThrottleHandler(AxesDatabaseHandler):
    """Two limits where axes has one: AXES_FAILURE_LIMIT for a login name from one address
    (AXES_LOCKOUT_PARAMETERS' first entry), LOGIN_FAILURE_LIMIT_PER_LOGIN for the login name
    from everywhere (its second)."""

    def get_failures(self, request, credentials=None):
        per_address, per_login = (
            attempts.aggregate(failures=Sum("failures_since_start"))["failures"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        if per_login >= settings.LOGIN_FAILURE_LIMIT_PER_LOGIN:
            return per_login
        return per_address

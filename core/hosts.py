"""Which site a request's host serves: the portal (None), or one alliance's site by its slug.

An alliance with a host name of its own (buendnisse.hosts) is served at that host's root;
while such a request runs, `serving` holds the alliance's slug. The URL converter `here`
stands for it in the addresses of that host (config/alliance_urls.py): it matches the empty
text, turns it into the slug, and turns that slug, and no other, back into nothing; any
other alliance's address is then the portal's.
"""

from contextvars import ContextVar

serving = ContextVar("serving", default=None)


def served_slug():
    """The slug of the alliance whose own host this request came to, or None."""
    return serving.get()


class HereConverter:
    regex = ""

    def to_python(self, value):
        return serving.get()

    def to_url(self, value):
        if value != serving.get():
            raise ValueError("not the alliance of this host")  # another pattern may match
        return ""

"""The addresses of an alliance on a host name of its own: the portal's, its own pages at
the root (buendnisse.hosts.at_alliance_root). The host middleware chooses this module for
such a request; the names stay the same, so every reverse() and {% url %} works here too."""

from buendnisse.hosts import at_alliance_root
from config.urls import urlpatterns as portal_urlpatterns

urlpatterns = at_alliance_root(portal_urlpatterns)

from core.printing import page_paths

from . import views

app_name = "search"

# The results change with anything that is indexed (search.index.CACHE_TAG).
SEARCH = ("search",)

urlpatterns = [
    *page_paths("suche/", views.search, name="results", tags=SEARCH),
    *page_paths(
        "buendnisse/<slug:alliance_slug>/suche/", views.search, name="alliance", tags=SEARCH
    ),
]

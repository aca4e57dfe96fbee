from core.printing import page_paths

from . import views

app_name = "partners"

urlpatterns = [
    *page_paths("buendnisse/<slug:alliance_slug>/partner/", views.partner_list, name="list"),
]

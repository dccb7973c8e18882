app_name = "returns_dashboard"
urlpatterns = []

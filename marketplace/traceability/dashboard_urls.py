app_name = "traceability_dashboard"
urlpatterns = []

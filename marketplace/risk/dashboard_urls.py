app_name = "risk_dashboard"
urlpatterns = []

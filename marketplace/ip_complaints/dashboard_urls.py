app_name = "ip_complaints_dashboard"
urlpatterns = []

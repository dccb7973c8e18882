app_name = "ip_complaints"
urlpatterns = []

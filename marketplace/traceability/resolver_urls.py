app_name = "gs1"
urlpatterns = []

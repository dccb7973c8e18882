app_name = "freight"

urlpatterns = []

app_name = "bank_transfer"

urlpatterns = []

app_name = "product_import"
urlpatterns = []

app_name = "seller_rating"
urlpatterns = []

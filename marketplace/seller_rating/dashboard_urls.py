app_name = "seller_rating_dashboard"
urlpatterns = []

import oscar.apps.basket.apps as apps
from django.urls import path


class BasketConfig(apps.BasketConfig):
    name = 'marketplace.oscar_apps.basket'

    def ready(self):
        super().ready()
        from . import offers  # noqa: F401  (forgets the offers flag when staff change offers)

    def get_urls(self):
        from .views import AddSampleView

        urls = super().get_urls()
        urls.append(path("add-sample/<int:pk>/", AddSampleView.as_view(), name="add-sample"))
        return urls

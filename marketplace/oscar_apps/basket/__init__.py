default_app_config = 'marketplace.oscar_apps.basket.apps.BasketConfig'

default_app_config = 'marketplace.oscar_apps.order.apps.OrderConfig'

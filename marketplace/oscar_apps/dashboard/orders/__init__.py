default_app_config = 'marketplace.oscar_apps.dashboard.orders.apps.OrdersDashboardConfig'

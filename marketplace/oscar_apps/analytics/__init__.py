default_app_config = 'marketplace.oscar_apps.analytics.apps.AnalyticsConfig'

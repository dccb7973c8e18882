default_app_config = 'marketplace.oscar_apps.checkout.apps.CheckoutConfig'

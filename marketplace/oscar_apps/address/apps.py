import oscar.apps.address.apps as apps


class AddressConfig(apps.AddressConfig):
    name = "marketplace.oscar_apps.address"

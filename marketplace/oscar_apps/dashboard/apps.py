import oscar.apps.dashboard.apps as apps


class DashboardConfig(apps.DashboardConfig):
    """Oscar's dashboard, with a seller's home page counting only its own goods (views)."""

    name = "marketplace.oscar_apps.dashboard"

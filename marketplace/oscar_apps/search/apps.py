import oscar.apps.search.apps as apps


class SearchConfig(apps.SearchConfig):
    """Oscar's search app, forked: its pages are served by the marketplace's product search.

    The label stays "search" because Oscar's Shop and catalogue look the app up by it.
    """

    name = "marketplace.oscar_apps.search"

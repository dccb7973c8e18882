"""Access functions for dashboard menu entries whose pages are guarded by their own app.

Oscar's default menu check looks a URL's permissions up in the OscarDashboardConfig that
mounts it; the trust-and-safety apps mount their pages themselves (marketplace/urls.py),
so their entries say who sees them here, in Oscar's notation (a tuple of alternatives,
each a list that must all hold). Imported by the settings: nothing here loads a model.
"""


def visible_to(*alternatives):
    def access(user, url_name=None, url_args=None, url_kwargs=None):
        from oscar.views.decorators import check_permissions

        return check_permissions(user, alternatives)

    return access

from wagtail import hooks

from .choosers import product_chooser, seller_chooser


@hooks.register("register_admin_viewset")
def register_choosers():
    # Registered, each chooser is also the widget of every foreign key to its model in the
    # CMS's forms (ChooserViewSet.register_widget): the pick rows of content.models.picks.
    return [product_chooser, seller_chooser]

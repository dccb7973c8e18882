import oscar.apps.partner.apps as apps


class PartnerConfig(apps.PartnerConfig):
    """Oscar's partner app, forked for the marketplace's pricing strategy."""

    name = "marketplace.oscar_apps.partner"

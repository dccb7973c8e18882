import oscar.apps.partner.apps as apps


class PartnerConfig(apps.PartnerConfig):
    """Oscar's partner app, forked for the marketplace's pricing strategy."""

    name = "marketplace.oscar_apps.partner"

    def ready(self):
        super().ready()
        from django.db.models.signals import post_delete, post_save

        from .selectors import forget_sellers

        # An enterprise's status decides whether its partner's goods can be bought
        # (strategy.ForSaleOnly) and its product pages shown: a decision on it must not
        # wait for cached pages or the cached set of sellers to expire.
        Enterprise = self.apps.get_model("sellers", "Enterprise")
        post_save.connect(forget_sellers, sender=Enterprise, dispatch_uid="partner-sellers-save")
        post_delete.connect(forget_sellers, sender=Enterprise,
                            dispatch_uid="partner-sellers-delete")

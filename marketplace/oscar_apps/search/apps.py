import oscar.apps.search.apps as apps
from django.db.models.signals import post_delete, post_save
from django.urls import path
from oscar.core.loading import get_class, get_model


class SearchConfig(apps.SearchConfig):
    """Oscar's search app, forked: its pages are served by the marketplace's product search.

    The label stays "search" because Oscar's Shop and catalogue look the app up by it.
    Adds /search/suggest/, the search box's autocomplete.
    """

    name = "marketplace.oscar_apps.search"

    def ready(self):
        super().ready()
        self.suggest_view = get_class("search.views", "SuggestView")

        from marketplace.product_search.facets import invalidate_labels

        # The facet sidebar keeps these names cached (product_search/facets.py).
        for model in (
            get_model("catalogue", "ProductClass"),
            get_model("catalogue", "ProductAttribute"),
            get_model("catalogue", "AttributeOption"),
            get_model("catalogue", "Certification"),
            get_model("partner", "Partner"),
            get_model("sellers", "Enterprise"),
        ):
            for action, signal in (("save", post_save), ("delete", post_delete)):
                signal.connect(invalidate_labels, sender=model,
                               dispatch_uid=f"facet-labels-{action}-{model._meta.label}")

    def get_urls(self):
        urls = [path("suggest/", self.suggest_view.as_view(), name="suggest")]
        return self.post_process_urls(urls) + super().get_urls()

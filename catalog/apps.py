import oscar.apps.catalogue.apps as apps


class CatalogueConfig(apps.CatalogueConfig):
    """Oscar's catalogue, forked so the marketplace can extend its models.

    The package is `catalog` but the label stays `catalogue`, so Oscar's
    get_model("catalogue", ...) and its migrations keep pointing here.
    """

    name = "catalog"
    label = "catalogue"

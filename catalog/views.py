"""Oscar's product page, reading what its template shows in a fixed number of queries."""

from django.core.cache import cache
from django.db.models import (
    Aggregate,
    CharField,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Subquery,
    Value,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce
from django.utils.translation import get_language
from oscar.apps.catalogue import views
from oscar.core.loading import get_model

from catalog.models import ReviewStatus
from marketplace.core import template_overrides
from marketplace.core.chrome import cache_version
from marketplace.core.templatetags.chrome_tags import shared_cache_key
from marketplace.oscar_apps.partner.selectors import with_seller_withdrawn

Option = get_model("catalogue", "Option")
Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
ProductRecommendation = get_model("catalogue", "ProductRecommendation")
ProductReview = get_model("reviews", "ProductReview")
StockRecord = get_model("partner", "StockRecord")

# Oscar's classes for the other catalogue pages (served by the forked search app).
CatalogueView = views.CatalogueView
ProductCategoryView = views.ProductCategoryView


class _JoinedCodes(Aggregate):
    """Codes joined by commas: SQLite's GROUP_CONCAT, PostgreSQL's STRING_AGG."""

    function = "GROUP_CONCAT"
    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function="STRING_AGG",
                           template="%(function)s(%(expressions)s, ',')", **extra_context)


def approved_review_count():
    """Oscar's `num_approved_reviews` (a cached property the page reads), counted in the
    query that reads the product instead of one more query per page."""
    return Coalesce(Subquery(
        ProductReview.objects.approved().filter(product=OuterRef("pk"))
        .values("product").annotate(count=Count("pk")).values("count")[:1],
        output_field=IntegerField()), 0)


def certification_codes():
    """The product's certification codes, "CE,LFGB" (or None), read with the product row.

    The facts table (templatetags/storefront_tags.py trade_facts) reads them from here, so
    the page costs no query more for them.
    """
    through = Product.certifications.through
    return Subquery(
        through.objects.filter(product=OuterRef("pk"))
        .values("product")
        .annotate(codes=_JoinedCodes("certification__code"))
        .values("codes")[:1]
    )


def machine_translated_fields(language):
    """The product's fields whose text in `language` the translation service wrote, joined
    by commas, read with the product: the page's "machine translated" marks
    (machine_translation/templatetags) then ask nothing more."""
    from marketplace.machine_translation.models import TextProvenance

    return Subquery(
        TextProvenance.objects.filter(product=OuterRef("pk"), language=language,
                                      origin=TextProvenance.MACHINE)
        .values("product")
        .annotate(fields=_JoinedCodes("field"))
        .values("fields")[:1]
    )


class ProductPage:
    """The product page's cached parts: their key, and the product they are rendered from.

    The breadcrumbs and the body (pictures, prices, breaks, Incoterms, attributes, basket
    form) are the same for every anonymous visitor of a language and display currency;
    they are cached under the "listing" version, which every save of the product, its
    stock record, breaks, Incoterms, attributes, pictures or a rate bumps
    (marketplace/core/apps.py). The key needs only the id in the URL, so the view looks
    first: a cached body needs a few columns of the product row (LIGHT), a missing one
    the whole product with what the body reads, fetched as one set of queries.
    """

    timeout = 60  # as long as the rate table is cached (currency.selectors)
    #: What the page reads outside its cached parts: the redirect and visibility checks,
    #: the template name (product class), the title and description in the head.
    #: The head's JSON-LD (seo/head.py) reads gtin, and date_updated names its cache entry:
    #: left out, each would cost a query of its own (a deferred field's refresh).
    LIGHT = ("id", "structure", "parent_id", "is_public", "review_status", "slug", "upc",
             "gtin", "date_updated", "title", "description", "meta_title", "meta_description",
             "product_class__id", "product_class__slug")

    def __init__(self, request, pk, full_queryset, lookups):
        # full_queryset and lookups: callables, called only when the body is not cached
        # (building the queryset with its annotations and prefetches costs more than the
        # light query runs).
        self._full_queryset, self._lookups = full_queryset, lookups
        self.key = ":".join(map(str, (
            "product", cache_version("listing"), pk, get_language(),
            getattr(request, "display_currency", ""),
        )))
        user = getattr(request, "user", None)
        self.light = (not (user and user.is_authenticated)
                      and cache.get(shared_cache_key(self.key, "body")) is not None)
        self.product = None

    def queryset(self, base):
        if self.light:
            return with_seller_withdrawn(base.select_related("product_class").only(*self.LIGHT))
        return self._full_queryset()

    def loaded(self, product):
        """The product the view fetched; a whole one gets its parent and prefetches now."""
        self.product = product
        if not self.light:
            lookups = self._lookups()
            if product.parent_id is None:  # a child's lookups through its parent find nothing
                lookups = [lookup for lookup in lookups
                           if not getattr(lookup, "prefetch_through", lookup).startswith("parent__")]
            else:
                # A query of its own, only for a variant: joined into the product's query
                # (select_related), the parent's fifty-odd columns made every product page's
                # query cost three times as much to build and read (2 ms of a cold page).
                # A variant's own categories are never read (Oscar's get_categories reads
                # its parent's): that query is left out, and the page keeps its budget.
                product.parent = (Product.objects.select_related("product_class")
                                  .get(pk=product.parent_id))
                lookups = [lookup for lookup in lookups
                           if getattr(lookup, "prefetch_through", lookup) != "categories"]
            prefetch_related_objects([product], *lookups)
            # The options of multi-option values (sizes, colours) only when there are such
            # values: most products have none, and the page saves that query.
            values = list(getattr(product, "_prefetched_attribute_values", ()))
            if product.parent_id:
                values += getattr(product.parent, "_prefetched_parent_attribute_values", ())
            prefetch_related_objects([v for v in values if v.attribute.is_multi_option],
                                     "value_multi_option")
        return product

    def load(self):
        """For a fragment not cached after all: the whole product, fetched if it was not."""
        if self.light:
            self.light = False
            self.loaded(self._full_queryset().get(pk=self.product.pk))
        return {"product": self.product}


class ProductDetailView(views.ProductDetailView):
    """Oscar's product page; its queries do not grow with breaks, Incoterms or attributes.

    The stock record comes with its quantity breaks and Incoterms (the pricing strategy
    finds them prefetched), the attribute values with their attributes and options, and
    the categories the breadcrumbs start from.

    A listing that is not for sale answers 404, as Oscar answers for one that is not
    public: one waiting for review or refused, or offered by a seller whose filing is not
    approved (suspended, for one). A 404 rather than a notice: a page answering 200 goes on
    publishing goods the platform took off sale (search engines and shared links keep it),
    the marketplace's search already drops these products (product_search.documents), and
    a pending listing answers the same way. Staff still see the page, as in Oscar.
    """

    def is_viewable(self, product, request):
        if request.user.is_staff:
            return True
        if not super().is_viewable(product, request):
            return False
        return (product.review_status == ReviewStatus.APPROVED
                and not getattr(product, "seller_withdrawn", False))

    def get_object(self, queryset=None):
        if not hasattr(self, "object"):
            self.page = ProductPage(self.request, self.kwargs.get("pk"),
                                    self.full_queryset, self.body_lookups)
            self.object = self.page.loaded(
                super().get_object(self.page.queryset(super().get_queryset())))
        return self.object

    #: {language: the full queryset}: built once per process and language (building its
    #: annotations cost about a tenth of a cold product page); each request clones it.
    _full_querysets = {}

    def full_queryset(self):
        language = get_language()
        queryset = self._full_querysets.get(language)
        if queryset is None:
            queryset = self._full_querysets[language] = self.build_full_queryset()
        return queryset.all()

    def build_full_queryset(self):
        return with_seller_withdrawn(
            super()
            .get_queryset()
            # The parent, for a variant, is read by ProductPage.loaded.
            .select_related("product_class")
            # Oscar's has_options reads these instead of asking the database again.
            .annotate(
                has_product_class_options=Exists(
                    Option.objects.filter(productclass=OuterRef("product_class"))
                ),
                has_product_options=Exists(Option.objects.filter(product=OuterRef("pk"))),
                certification_codes=certification_codes(),
                machine_fields_joined=machine_translated_fields(get_language()),
                machine_fields_language=Value(get_language(), output_field=CharField()),
                num_approved_reviews=approved_review_count(),
                # Most products have none: the page asks for them only when there are some.
                has_recommendations=Exists(
                    ProductRecommendation.objects.filter(primary=OuterRef("pk"))
                ),
            )
        )

    def get_template_names(self):
        """Oscar's choice (a UPC's own page, its class's, the page) without asking the disk
        for the templates that do not exist (core/template_overrides)."""
        return template_overrides.existing(super().get_template_names(),
                                           f"oscar/{self.template_folder}/")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["product_page"] = self.page
        return context

    def body_lookups(self):
        # The multi-option values' options are read by ProductPage.loaded, for those only.
        values = ProductAttributeValue.objects.select_related(
            "attribute", "value_option", "value_option__group"
        )
        categories = Category.objects.browsable()
        return (
            "images",
            Prefetch(
                "stockrecords",
                # The partner and its enterprise: the head's JSON-LD names the seller.
                queryset=StockRecord.objects.select_related("partner__enterprise")
                .prefetch_related("price_tiers", "incoterms"),
            ),
            # The attributes Oscar's get_attribute_values lists, a child's merged with its
            # parent's (both prefetches are needed for a child, the second costs nothing otherwise).
            Prefetch("attribute_values", queryset=values, to_attr="_prefetched_attribute_values"),
            Prefetch(
                "parent__attribute_values",
                queryset=values,
                to_attr="_prefetched_parent_attribute_values",
            ),
            # Oscar's prefetch_browsable_categories(), read by get_categories() (breadcrumbs).
            Prefetch("categories", queryset=categories, to_attr="_prefetched_browsable_categories"),
            Prefetch(
                "parent__categories", queryset=categories, to_attr="_prefetched_browsable_categories"
            ),
        )

"""Loading the demo marketplace: catalogue, makers, rates, CMS pages and an admin account.

Every phase finds what an earlier run made by a stable key (category slug path,
partner code, product UPC, rate pair and date, page slug, username) and only adds
what is missing, so the seeder can run on every start-up. Products are written in
bulk, a batch per transaction: an interrupted run leaves whole products only, and
the next run carries on where it stopped. A product's attribute values and
certifications go in with it, a few inserts per batch, never a query per product.
"""

import math
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone, translation
from modeltranslation.utils import build_localized_fieldname
from oscar.core.loading import get_model
from oscar.core.utils import slugify
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from catalog.product_classes import option_code
from catalog.services import (
    ensure_certifications,
    ensure_cluster_product_classes,
    load_shipped_hs_codes,
)
from marketplace.content.models import ContentPage, HomePage
from marketplace.currency.models import ExchangeRate
from marketplace.oscar_apps.partner.ladder import validate_ladder
from marketplace.product_search.tasks import queue_index

from . import content_pages as content_pages_module
from . import page_data
from .catalogue_data import CLUSTERS, DEMO_RATES_FROM_CNY, LANGUAGES, MAKERS
from .content_pages import SOURCE_LANGUAGE
from .images import ensure_placeholder
from .products import IMAGES_PER_SUBCATEGORY, SUBCATEGORIES, demo_upc, product_spec

Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductAttribute = get_model("catalogue", "ProductAttribute")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
AttributeOption = get_model("catalogue", "AttributeOption")
ProductImage = get_model("catalogue", "ProductImage")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
PriceTier = get_model("partner", "PriceTier")
IncotermOffer = get_model("partner", "IncotermOffer")

ADMIN_USERNAME = "admin"
ADMIN_EMAIL = "admin@example.com"
RATE_SOURCE = "demo"
# A batch is one transaction: short enough that the web process, reading the same SQLite
# file, never waits long for the seeder's write lock.
MAX_BATCH = 500
UPC_QUERY_CHUNK = 900


def translated(field, text):
    """Model keyword arguments for one text in the demo languages, e.g. name_en=..., name_es=..."""
    values = {
        build_localized_fieldname(field, language): text.get(language) for language in LANGUAGES
    }
    values[field] = text.en
    return values


def _silent(message):
    pass


# --- catalogue -------------------------------------------------------------------


def _child_category(parent, text):
    slug = slugify(text.en)
    siblings = Category.get_root_nodes() if parent is None else parent.get_children()
    found = siblings.filter(slug=slug).first()
    if found is not None:
        return found
    fields = {"slug": slug, **translated("name", text)}
    return Category.add_root(**fields) if parent is None else parent.add_child(**fields)


@transaction.atomic
def seed_categories():
    """Each cluster as a top category with its sub-categories: {subcategory code: Category}."""
    categories = {}
    for cluster in CLUSTERS:
        top = _child_category(None, cluster.name)
        for subcategory in cluster.subcategories:
            categories[subcategory.code] = _child_category(top, subcategory.name)
    return categories


class TradeReference:
    """What the products' trade data points at, looked up once per run.

    Product classes by slug, attributes by (class slug, code), option ids by full option
    code, certification ids by code: with these a batch of products needs no query to
    find the rows its attribute values and certifications refer to.
    """

    def __init__(self, classes, certifications):
        self.classes = classes
        self.certification_ids = {code: c.pk for code, c in certifications.items()}
        self.attributes = {
            (attribute.product_class.slug, attribute.code): attribute
            for attribute in ProductAttribute.objects.filter(
                product_class__in=classes.values()
            ).select_related("product_class", "option_group")
        }
        self.option_ids = dict(
            AttributeOption.objects.exclude(code=None).values_list("code", "pk")
        )

    def attribute_value(self, product, class_slug, code, value):
        """An unsaved ProductAttributeValue, and the option ids of a multi-option value."""
        attribute = self.attributes[(class_slug, code)]
        row = ProductAttributeValue(product_id=product.pk, attribute_id=attribute.pk)
        if attribute.type == attribute.MULTI_OPTION:
            group = attribute.option_group.code
            return row, [self.option_ids[option_code(group, option)] for option in value]
        if attribute.type == attribute.OPTION:
            row.value_option_id = self.option_ids[option_code(attribute.option_group.code, value)]
        else:
            setattr(row, f"value_{attribute.type}", value)
        return row, []


def seed_reference_data():
    """The HS table, certifications and product classes the demo products refer to.

    Migrations load them; this puts back what a flushed test database or an older
    database lacks. The demo HS table only adds missing codes, never overwriting an
    official table loaded with `manage.py load_hs_codes`.
    """
    load_shipped_hs_codes(update_existing=False)
    return TradeReference(ensure_cluster_product_classes(), ensure_certifications())


@transaction.atomic
def seed_partners():
    """The demo manufacturers as Oscar partners, keyed by partner code."""
    return {
        maker.code: Partner.objects.get_or_create(code=maker.code, defaults={"name": maker.name})[0]
        for maker in MAKERS
    }


def seed_images():
    """Storage names of the placeholder pictures, keyed by (subcategory code, number)."""
    return {
        (subcategory.code, number): ensure_placeholder(cluster, subcategory, number)
        for cluster, subcategory in SUBCATEGORIES
        for number in range(IMAGES_PER_SUBCATEGORY)
    }


def existing_upcs(upcs):
    found = set()
    for start in range(0, len(upcs), UPC_QUERY_CHUNK):
        chunk = upcs[start : start + UPC_QUERY_CHUNK]
        found.update(Product.objects.filter(upc__in=chunk).values_list("upc", flat=True))
    return found


def _product(spec, product_class):
    trade = spec.trade
    fields = {"structure": Product.STANDALONE, "is_public": True, "upc": spec.upc,
              "product_class": product_class, "slug": slugify(spec.titles["en"])[:255],
              "hs_code_id": trade.hs_code, "declared_elements": trade.declared_elements,
              "gtin": trade.gtin, "unit_of_measure": trade.unit_of_measure,
              "net_weight_kg": trade.net_weight_kg, "gross_weight_kg": trade.gross_weight_kg,
              "units_per_carton": trade.units_per_carton,
              "origin_district": trade.origin_district, "lead_time_days": trade.lead_time_days,
              "oem_available": trade.oem_available,
              "customisation_notes": trade.customisation_notes}
    fields.update(zip(Product.CARTON_SIDES, trade.carton_cm, strict=True))
    for language in LANGUAGES:
        fields[build_localized_fieldname("title", language)] = spec.titles[language]
        fields[build_localized_fieldname("description", language)] = spec.descriptions[language]
    fields["title"], fields["description"] = spec.titles["en"], spec.descriptions["en"]
    return Product(**fields)


def _ensure_ids(objects, model, key, **filters):
    """Databases that cannot return ids from a bulk insert: look them up by a natural key."""
    if all(obj.pk is not None for obj in objects):
        return
    found = {key(row): row.pk for row in model.objects.filter(**filters)}
    for obj in objects:
        obj.pk = found[key(obj)]


def _attribute_values(specs, products, reference):
    """Each product's attribute values: three inserts for the whole batch."""
    rows, options = [], []
    for spec, product in zip(specs, products, strict=True):
        for code, value in spec.trade.attributes:
            row, option_ids = reference.attribute_value(product, spec.trade.product_class, code,
                                                        value)
            rows.append(row)
            options.append(option_ids)
    ProductAttributeValue.objects.bulk_create(rows)
    _ensure_ids(rows, ProductAttributeValue, lambda row: (row.product_id, row.attribute_id),
                product__in=products)
    Through = ProductAttributeValue.value_multi_option.through
    Through.objects.bulk_create([
        Through(productattributevalue_id=row.pk, attributeoption_id=option_id)
        for row, option_ids in zip(rows, options, strict=True) for option_id in option_ids
    ])


def _trade_terms(specs, records):
    """Each stock record's quantity breaks and Incoterms: two inserts for the whole batch.

    What services.set_trade_terms would write, without its queries per stock record;
    the rows pass the same checks first (the ladder rules, a port for sea terms only).
    """
    tiers, offers = [], []
    for spec, record in zip(specs, records, strict=True):
        terms = spec.terms
        validate_ladder(terms.moq, spec.price, terms.tiers)
        tiers += [PriceTier(stockrecord_id=record.pk, min_quantity=quantity, price=price)
                  for quantity, price in terms.tiers]
        for term, port in terms.incoterms:
            offer = IncotermOffer(stockrecord_id=record.pk, term=term, port=port)
            offer.clean()
            offers.append(offer)
    PriceTier.objects.bulk_create(tiers)
    IncotermOffer.objects.bulk_create(offers)


@transaction.atomic
def create_product_batch(specs, categories, reference, partners, images):
    """Products with their stock record and its trade terms, category, image, certifications
    and attribute values: a handful of inserts for the whole batch.

    Returns the new products' ids.
    """
    products = Product.objects.bulk_create(
        [_product(spec, reference.classes[spec.trade.product_class]) for spec in specs]
    )
    _ensure_ids(products, Product, lambda product: product.upc,
                upc__in=[p.upc for p in products])
    records = StockRecord.objects.bulk_create([
        StockRecord(product=product, partner=partners[spec.maker.code], partner_sku=spec.model,
                    price_currency="CNY", price=spec.price, num_in_stock=spec.num_in_stock,
                    moq=spec.terms.moq, sample_price=spec.terms.sample_price,
                    sample_limit=spec.terms.sample_limit)
        for spec, product in zip(specs, products, strict=True)
    ])
    _ensure_ids(records, StockRecord, lambda record: record.product_id, product__in=products)
    _trade_terms(specs, records)
    ProductCategory.objects.bulk_create([
        ProductCategory(product=product, category=categories[spec.subcategory.code])
        for spec, product in zip(specs, products, strict=True)
    ])
    ProductImage.objects.bulk_create([
        ProductImage(product=product, original=images[(spec.subcategory.code, spec.image_number)],
                     caption=spec.titles["en"][:200], display_order=0)
        for spec, product in zip(specs, products, strict=True)
    ])
    Certified = Product.certifications.through
    Certified.objects.bulk_create([
        Certified(product_id=product.pk, certification_id=reference.certification_ids[code])
        for spec, product in zip(specs, products, strict=True)
        for code in spec.trade.certifications
    ])
    _attribute_values(specs, products, reference)
    return [product.pk for product in products]


def seed_products(count, categories, reference, partners, images, report=_silent):
    """Demo products number 0 to count - 1, creating only those whose UPC is not there yet.

    Returns how many were created.
    """
    numbers = {demo_upc(number): number for number in range(count)}
    existing = existing_upcs(list(numbers))
    missing = [number for upc, number in numbers.items() if upc not in existing]
    if not missing:
        report(f"  all {count} products exist already")
        return 0
    # About a tenth of the work per batch, so progress can be reported every 10%.
    batch_size = min(MAX_BATCH, max(1, math.ceil(len(missing) / 10)))
    done, next_report = 0, 10
    for start in range(0, len(missing), batch_size):
        batch = missing[start : start + batch_size]
        ids = create_product_batch([product_spec(n) for n in batch], categories, reference,
                                   partners, images)
        # Bulk inserts bypass the save signals that keep a search index current.
        queue_index(ids)
        done += len(batch)
        percent = done * 100 // len(missing)
        if percent >= next_report or done == len(missing):
            report(f"  {done}/{len(missing)} products ({percent}%)")
            next_report = (percent // 10 + 1) * 10
    return len(missing)


# --- exchange rates -----------------------------------------------------------------


@transaction.atomic
def seed_exchange_rates(on=None, report=_silent):
    """Today's demo rate from yuan to every display currency, unless that day already has one.

    A rate already recorded for the day (say, imported from a bank) is left alone: demo
    figures must never overwrite real ones.
    """
    on = on or timezone.localdate()
    base = settings.MARKETPLACE_BASE_CURRENCY
    created = 0
    for quote in settings.MARKETPLACE_DISPLAY_CURRENCIES:
        if quote == base:
            continue
        if quote not in DEMO_RATES_FROM_CNY:
            report(f"  no demo rate for {quote}; add it to marketplace/demo/catalogue_data.py")
            continue
        _rate, was_created = ExchangeRate.objects.get_or_create(
            base_currency=base, quote_currency=quote, rate_date=on,
            defaults={"rate": DEMO_RATES_FROM_CNY[quote], "source": RATE_SOURCE},
        )
        created += was_created
    return created


# --- CMS pages ----------------------------------------------------------------------------


def seed_locales():
    """A Wagtail locale for every site language, so any of them can get translations."""
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def _fill(page, texts, language):
    page.title = texts["title"]
    page.intro = texts["intro"]
    page.body = [
        (kind, RichText(value) if kind == "paragraph" else _localize_links(value, language))
        for kind, value in texts["body"]
    ]


def _localize_links(value, language):
    if isinstance(value, dict):
        return {key: text.replace("{lang}", language) for key, text in value.items()}
    return value


def _remove_wagtail_welcome_page(root):
    """Delete the "Welcome to your new Wagtail site!" page that Wagtail's migrations create.

    Only a plain Page without children is removed: anything an editor made stays. Sites
    rooted at it are pointed at the tree root first, because deleting a site's root page
    would delete the site with it.
    """
    welcome = (
        Page.objects.child_of(root)
        .filter(slug=page_data.HOME_SLUG, content_type=ContentType.objects.get_for_model(Page),
                numchild=0)
        .first()
    )
    if welcome is not None:
        Site.objects.filter(root_page=welcome).update(root_page=root)
        welcome.delete()


def _publish_new_page(parent, page_class, slug, texts, locale):
    page = page_class(slug=slug, locale=locale)
    _fill(page, texts, locale.language_code)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _ensure_translation(page, texts, language):
    """Publish `page`'s translation into `language` through wagtail-localize, from the
    demo's own wording of that language: the editors' translation view then knows every
    string and tells them when the Chinese source changes."""
    locale = Locale.objects.get(language_code=language)
    if page.get_translations().filter(locale=locale).exists():
        return
    wording = _wording_between(type(page), texts[SOURCE_LANGUAGE], texts[language], language)
    content_pages_module.publish_translation(page, locale, wording)


def _wording_between(page_class, source_texts, target_texts, language):
    """{source string: translation} of a page written in the source language and in
    `language`: the translatable strings of both versions, in the same order."""
    strings = []
    for texts, code in ((source_texts, SOURCE_LANGUAGE), (target_texts, language)):
        page = page_class(slug="wording")
        _fill(page, texts, code)
        page.body.get_prep_value()  # gives the new blocks their ids, as saving would
        strings.append([segment.string.data for segment in extract_segments(page)
                        if isinstance(segment, StringSegmentValue)])
    source, target = strings
    if len(source) != len(target):
        raise ValueError(f"The {language} wording of {page_class.__name__} has "
                         f"{len(target)} strings, the source {len(source)}")
    return dict(zip(source, target, strict=True))


def _point_default_site_at(home):
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page = "localhost", 80, home
    site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
    site.save()


@transaction.atomic
def seed_pages():
    """The localized home page as the default site's root, and an "About the platform" page.

    Written in simplified Chinese, the source locale (as the CMS sections of
    content_pages), and translated into every other site language through wagtail-localize.
    Pages that exist, and the site once it has its home page, are left as editors may have
    changed them.
    """
    seed_locales()
    source_locale = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=source_locale, slug=page_data.HOME_SLUG).first()
    if home is None:
        _remove_wagtail_welcome_page(root)
        home = _publish_new_page(root, HomePage, page_data.HOME_SLUG,
                                 page_data.HOME[SOURCE_LANGUAGE], source_locale)
        # Only with a new home page: a site someone has configured since keeps its settings.
        _point_default_site_at(home)
    about = ContentPage.objects.child_of(home).filter(slug=page_data.ABOUT_SLUG).first()
    if about is None:
        about = _publish_new_page(home, ContentPage, page_data.ABOUT_SLUG,
                                  page_data.ABOUT[SOURCE_LANGUAGE], source_locale)
    for language in LANGUAGES:
        if language != SOURCE_LANGUAGE:
            # The home page first: a translated page needs its translated parent.
            _ensure_translation(home, page_data.HOME, language)
            _ensure_translation(about, page_data.ABOUT, language)
    content_pages_module.recount_children()
    return home


# --- admin account ------------------------------------------------------------------------


def admin_password_file():
    return Path(settings.VAR_DIR) / "admin-password.txt"


def ensure_admin_account():
    """The embedded profile's superuser; a new one gets a random password written to var/.

    Returns True when the account was created by this call.
    """
    User = get_user_model()
    if User.objects.filter(username=ADMIN_USERNAME).exists():
        return False
    password = secrets.token_urlsafe(12)
    # If the file cannot be written, the account is rolled back: nobody could log in to it.
    with transaction.atomic():
        User.objects.create_superuser(username=ADMIN_USERNAME, email=ADMIN_EMAIL, password=password)
        path = admin_password_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        path.write_text(password + "\n", encoding="utf-8")
    return True


def admin_login_line():
    where = "(dashboard: /dashboard/, CMS: /cms/)"
    path = admin_password_file()
    if path.exists():
        return f"Admin login: {ADMIN_EMAIL} / {path.read_text(encoding='utf-8').strip()}  {where}"
    if get_user_model().objects.filter(username=ADMIN_USERNAME).exists():
        return f"Admin login: {ADMIN_EMAIL} / (password set earlier, not stored in {path})  {where}"
    return "No admin account yet: run `manage.py seed_demo` or `manage.py createsuperuser`."


# --- everything ---------------------------------------------------------------------------


def seed_demo(products=200, if_empty=False, report=_silent, today=None, content_pages=True):
    """Load the demo marketplace; safe to run again, it only adds what is missing.

    With `if_empty`, nothing is loaded when any product exists (a start-up hook must not
    mix demo goods into a real catalogue). Without `content_pages`, the cluster, park,
    news, guide and event pages are left out: about 130 pages written through
    wagtail-localize take longer than the rest of the demo, and most of the catalogue's
    tests never read them. Returns the number of products created.
    """
    if if_empty and Product.objects.exists():
        report("Products exist already: demo data skipped (--if-empty).")
        return 0
    # modeltranslation writes `name = ...` to the active language's column; the English
    # texts must land in the English and original columns whatever language is active.
    with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        report("Categories")
        categories = seed_categories()
        report("HS codes, certifications and product classes")
        reference = seed_reference_data()
        report("Manufacturers")
        partners = seed_partners()
        # Every demo maker is a filed, approved manufacturer from the start: its storefront
        # answers and `import_products --seller <code>` accepts it even before (or without)
        # the order history. Imported here: order_history imports this module.
        from .order_history import seed_enterprises

        seed_enterprises(partners)
        report("Product pictures")
        images = seed_images()
        report(f"Products ({products})")
        created = seed_products(products, categories, reference, partners, images, report=report)
        report("Exchange rates")
        seed_exchange_rates(on=today, report=report)
        report("Pages")
        seed_pages()
        if content_pages:
            report("Content pages in ten languages")
            content_pages_module.seed_content_pages(today=today)
        report("Admin account")
        ensure_admin_account()
    return created

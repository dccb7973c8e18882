"""Every public page type, in all ten languages, with a hostile seller's data in the database.

The seller's product titles, descriptions and attribute values, the seller's names,
description and website, and the category names and descriptions are written straight
into the tables (`.update()`, past the models' cleaning), as an old row or a restored
backup would hold them. No page may turn any of it into live markup: pages are parsed
and their elements and attributes inspected, not searched as text.
"""

import json

import pytest
from django.conf import settings
from django.utils import translation
from oscar.core.loading import get_model

from marketplace.demo.services import seed_pages
from marketplace.sellers.models import Enterprise
from tests.factories import PartnerFactory, add_category, product_in_category
from tests.sellers.factories import EnterpriseFactory

from .conftest import live_markup

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
ProductAttribute = get_model("catalogue", "ProductAttribute")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PAYLOADS = (
    '<script>alert(1)</script>"><img src=x onerror=alert(1)>'
    '<a href="javascript:alert(1)">link</a><svg onload=alert(1)>'
    "<iframe src=javascript:alert(1)></iframe>'><body onload=alert(1)>"
)


def column(field, language):
    return f"{field}_{language.replace('-', '_')}"


def hostile(text):
    return f"{text} {PAYLOADS}"


def fitted(model, values):
    """`values` cut to their columns' lengths: PostgreSQL refuses longer text, SQLite keeps it."""
    return {name: value[:model._meta.get_field(name).max_length or None]
            for name, value in values.items()}


@pytest.fixture
def hostile_shop():
    """One seller's catalogue with markup in every language's columns."""
    seed_pages()  # the home page lists the clusters (top-level categories)
    cluster = add_category(["Hostile cluster", "Hostile shelf"]).get_parent()
    shelf = cluster.get_children().get()
    enterprise = EnterpriseFactory(status=Enterprise.Status.APPROVED, slug="hostile-blades",
                                   partner=PartnerFactory(name="Hostile blades"))
    product = product_in_category(
        shelf, partner=enterprise.partner,
        **{f"product__{column('title', code)}": f"Hostile knife {code}" for code in LANGUAGES},
    )
    for code, kind in (("steel", "text"), ("notes", "richtext")):
        attribute = ProductAttribute.objects.create(
            product_class=product.product_class, code=code, name=code, type=kind)
        ProductAttributeValue.objects.create(product=product, attribute=attribute,
                                             **{f"value_{kind}": "VG10"})

    # Past the models: what an old row or a restored backup may hold.
    Product.objects.filter(pk=product.pk).update(**fitted(Product, {
        name: hostile(f"Hostile knife {code}") if field == "title" else f"<p>Forged</p>{PAYLOADS}"
        for code in LANGUAGES for field in ("title", "description")
        for name in [column(field, code)]
    }))
    for category in (cluster, shelf):
        Category.objects.filter(pk=category.pk).update(**fitted(Category, {
            name: hostile(f"Hostile {category.name_en} {code}") if field == "name"
            else f"<p>Steel</p>{PAYLOADS}"
            for code in LANGUAGES for field in ("name", "description")
            for name in [column(field, code)]
        }))
    ProductAttributeValue.objects.filter(product=product, attribute__code="steel").update(
        value_text=hostile("VG10"))
    ProductAttributeValue.objects.filter(product=product, attribute__code="notes").update(
        value_richtext=f"<b>VG10</b>{PAYLOADS}")
    ProductAttribute.objects.filter(product_class=product.product_class).update(
        **fitted(ProductAttribute, {column("name", code): hostile("Steel") for code in LANGUAGES}))
    Enterprise.objects.filter(pk=enterprise.pk).update(**fitted(Enterprise, dict(
        name_en=hostile("Hostile blades"), legal_name_zh=hostile("阳江凶刀"),
        description_en=hostile("We forge."), description_zh=hostile("锻造。"),
        website="javascript:alert(1)",
    )))
    return {"product": Product.objects.get(pk=product.pk), "cluster": cluster, "shelf": shelf,
            "seller": enterprise}


def public_pages(shop, language):
    """(page type, path, text the page must show) of every public page type."""
    with translation.override(language):
        return [
            ("home", f"/{language}/", "Hostile"),
            ("product", shop["product"].get_absolute_url(), "Hostile knife"),
            ("catalogue", f"/{language}/catalogue/", "Hostile knife"),
            ("cluster", shop["cluster"].get_absolute_url(), "Hostile knife"),
            ("category", shop["shelf"].get_absolute_url(), "Hostile knife"),
            ("search", f"/{language}/search/?q=Hostile", "Hostile knife"),
            ("seller storefront", f"/{language}/sellers/hostile-blades/", "Hostile knife"),
            ("basket", f"/{language}/basket/", "Hostile knife"),
        ]


def test_no_public_page_runs_a_hostile_sellers_markup_in_any_language(client, hostile_shop):
    added = client.post(f"/en/basket/add/{hostile_shop['product'].pk}/", {"quantity": 1})
    assert added.status_code == 302

    problems = []
    for language in LANGUAGES:
        for kind, path, shown in public_pages(hostile_shop, language):
            response = client.get(path)
            if response.status_code != 200:
                problems.append(f"{language} {kind} {path}: HTTP {response.status_code}")
                continue
            html = response.content.decode()
            if shown not in html:  # the hostile data is really on the page being checked
                problems.append(f"{language} {kind}: {shown!r} not shown")
            problems.extend(f"{language} {kind}: {finding}" for finding in live_markup(html))

        suggest = client.get(f"/{language}/search/suggest/", {"q": "Hostile"})
        assert suggest["Content-Type"].startswith("application/json")
        assert suggest["X-Content-Type-Options"] == "nosniff"  # never sniffed as HTML
        suggestions = json.loads(suggest.content)["suggestions"]
        if not suggestions:
            problems.append(f"{language} suggest: no suggestion for the hostile products")
        for suggestion in suggestions:
            # Labels are data: search.js puts them in with textContent (tests/e2e). Links
            # must stay on the site.
            if not isinstance(suggestion["label"], str):
                problems.append(f"{language} suggest: label {suggestion['label']!r}")
            if not suggestion["url"].startswith("/") or suggestion["url"].startswith("//"):
                problems.append(f"{language} suggest: url {suggestion['url']!r}")

    assert problems == []

"""What happens to a listing when its seller creates or edits it."""

import pytest
from oscar.core.loading import get_model

from marketplace.moderation import services
from marketplace.moderation.models import ListingDecision
from tests.factories import ProductFactory, StockRecordFactory

from .conftest import option

pytestmark = pytest.mark.django_db
Product = get_model("catalogue", "Product")


def public_pages(client, product):
    detail = client.get(product.get_absolute_url())
    catalogue = client.get("/en/catalogue/").content.decode()
    return detail.status_code, product.title_en in catalogue


def test_an_unverified_sellers_new_listing_waits_for_review_and_is_hidden(client, seller, knife):
    product = knife(seller, title_en="Santoku 7 inch")

    assert product.review_status == "pending"
    assert not product.is_public
    assert public_pages(client, product) == (404, False)


def test_an_unverified_sellers_edited_listing_goes_back_to_review(client, seller, knife, officer):
    product = knife(seller, title_en="Santoku 7 inch")
    services.approve_listing(product, decided_by=officer)
    product.refresh_from_db()
    assert public_pages(client, product) == (200, True)

    product.title_en = "Santoku 7 inch, new handle"
    product.save()
    services.listing_changed(product, user=seller.applicant)

    product.refresh_from_db()
    assert (product.review_status, product.is_public) == ("pending", False)
    assert public_pages(client, product) == (404, False)


def test_a_verified_sellers_listing_goes_live(client, verified_seller, knife):
    product = knife(verified_seller, title_en="Chef knife 8 inch")

    assert (product.review_status, product.is_public) == ("approved", True)
    assert public_pages(client, product) == (200, True)


def test_a_verified_sellers_controlled_knife_is_refused_with_the_reason_logged(
    client, verified_seller, knife, mailoutbox
):
    product = knife(verified_seller, title_en="Slicer 12 inch", blade=300, tip=40)

    assert product.review_status == "refused"
    assert not product.is_public
    assert "rule 4" in product.review_reason
    logged = ListingDecision.objects.get(product=product)
    assert (logged.decision, logged.decided_by, logged.reason) == (
        "refused", None, product.review_reason)
    assert public_pages(client, product) == (404, False)
    assert mailoutbox == []  # the seller sees it at once in the dashboard


def test_a_verified_sellers_knife_without_declared_build_waits_for_a_person(
    verified_seller, knife
):
    product = knife(verified_seller, build=None)

    assert (product.review_status, product.is_public) == ("pending", False)


def test_a_refused_listing_that_is_corrected_is_reviewed_again_even_for_verified_sellers(
    verified_seller, knife
):
    product = knife(verified_seller, build="dagger")
    assert product.review_status == "refused"

    product.attr.knife_build = option("knife_build.fixed_blade")
    product.attr.save()
    services.listing_changed(product, user=verified_seller.applicant)

    product.refresh_from_db()
    assert (product.review_status, product.review_reason, product.is_public) == (
        "pending", "", False)


def test_a_verified_seller_who_hid_a_listing_keeps_it_hidden_after_an_edit(verified_seller, knife):
    product = knife(verified_seller)
    Product.objects.filter(pk=product.pk).update(is_public=False)

    services.listing_changed(Product.objects.get(pk=product.pk), user=verified_seller.applicant)

    product.refresh_from_db()
    assert (product.review_status, product.is_public) == ("approved", False)


def test_a_listing_without_stock_record_yet_is_judged_by_the_users_enterprise(seller, knife):
    product = knife(seller, screen=False)
    product.stockrecords.all().delete()

    services.listing_changed(product, user=seller.applicant)

    product.refresh_from_db()
    assert product.review_status == "pending"


@pytest.mark.commit_hooks  # the index is brought up to date after commit, not counted here
def test_an_import_is_screened_in_a_fixed_number_of_queries(
    classes, seller, verified_seller, django_assert_max_num_queries
):
    def rows(enterprise, count, **attributes):
        made = []
        for number in range(count):
            product = ProductFactory(product_class=classes["knives"], hs_code_id="8211920000",
                                     title_en=f"{enterprise.name_en} knife {number}")
            for code, value in {"blade_length_mm": 180, "tip_angle_deg": 70,
                                **attributes}.items():
                setattr(product.attr, code, value)
            product.attr.save()
            StockRecordFactory(product=product, partner=enterprise.partner)
            made.append(Product.objects.get(pk=product.pk))
        return made

    fixed = option("knife_build.fixed_blade")
    unverified = rows(seller, 20, knife_build=fixed)
    live = rows(verified_seller, 20, knife_build=fixed)
    refused = rows(verified_seller, 20, knife_build=fixed, blade_length_mm=260)
    swords = rows(verified_seller, 5, knife_build=fixed)
    Product.objects.filter(pk__in=[p.pk for p in swords]).update(hs_code_id="9307000000")

    with django_assert_max_num_queries(12):
        services.listings_changed(unverified + live + refused + swords,
                                  user=verified_seller.applicant)

    statuses = dict(Product.objects.filter(pk__in=[p.pk for p in unverified + live + refused
                                                     + swords])
                    .values_list("pk", "review_status"))
    assert {statuses[p.pk] for p in unverified} == {"pending"}
    assert {statuses[p.pk] for p in live} == {"approved"}
    assert {statuses[p.pk] for p in refused} == {"refused"}
    assert {statuses[p.pk] for p in swords} == {"refused"}
    # The caller's objects carry the outcome, so an import can report it per row.
    assert refused[0].review_status == "refused" and "rule 5" in refused[0].review_reason
    assert "9307" in swords[0].review_reason
    assert ListingDecision.objects.filter(decision="refused").count() == 25

"""A seller saves a listing: missing languages are filled after commit, marked, correctable."""

import pytest
from django.template import Context, Template
from django.utils import translation
from oscar.core.loading import get_model

from marketplace.machine_translation import services, tasks
from marketplace.machine_translation.backends import OfflineTranslator, TranslationUnavailable
from marketplace.machine_translation.models import TextProvenance
from tests.seller_dashboard.conftest import page_data

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
PATH = "tests.machine_translation.test_flow"


def url(product):
    return f"/dashboard/catalogue/products/{product.pk}/"


class Failing(OfflineTranslator):
    calls = 0

    def translate_batch(self, texts, source, target, *, html=False):
        Failing.calls += 1
        raise TranslationUnavailable("service down")


class Hostile(OfflineTranslator):
    name = "hostile"

    def translate_batch(self, texts, source, target, *, html=False):
        return ['<script>alert(1)</script><p onclick="steal()">ok</p><img src=x onerror=y>'
                if html else "<b>Knife</b>\n<script>x</script>" for _text in texts]


def save(client, product, django_capture_on_commit_callbacks, **changes):
    page = client.get(url(product))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(url(product), page_data(page) | changes)
    assert response.status_code == 302, response.context["form"].errors
    product.refresh_from_db()
    return callbacks


def origin(product, field, language):
    row = TextProvenance.objects.filter(product=product, field=field, language=language).first()
    return row and row.origin


def test_saving_fills_missing_languages_in_the_background(
        seller_a, django_capture_on_commit_callbacks):
    product = seller_a.product
    save(seller_a.client, product, django_capture_on_commit_callbacks,
         title_es="Cuchillo de chef", description_en="<p>Steel.</p>")

    assert product.title_fr == "[fr] Eighteen Chef Knife 8in"
    assert product.title_ar == "[ar] Eighteen Chef Knife 8in"
    assert product.description_de == "[de] <p>Steel.</p>"
    assert product.title_es == "Cuchillo de chef"  # the seller's own
    assert product.title_zh_hans == "Eighteen Chef Knife 8in（中文）"
    assert origin(product, "title", "fr") == TextProvenance.MACHINE
    assert origin(product, "title", "es") == TextProvenance.SELLER
    row = TextProvenance.objects.get(product=product, field="title", language="ja")
    assert (row.backend, row.source_language) == ("offline", "en")


def test_off_sends_nothing_and_queues_nothing(
        settings, seller_a, django_capture_on_commit_callbacks, monkeypatch):
    settings.MARKETPLACE_TRANSLATION_BACKEND = "off"
    monkeypatch.setattr(OfflineTranslator, "translate_batch", pytest.fail)
    product = seller_a.product
    callbacks = save(seller_a.client, product, django_capture_on_commit_callbacks,
                     title_en="New title")
    assert not product.title_fr
    assert not any("queue_fill" in callback.__qualname__ for callback in callbacks)
    assert services.fill_product(product.pk) == 0
    assert not TextProvenance.objects.filter(origin=TextProvenance.MACHINE).exists()


def test_a_failing_service_never_blocks_the_save_and_is_retried(
        settings, seller_a, django_capture_on_commit_callbacks):
    settings.MARKETPLACE_TRANSLATION_BACKEND = f"{PATH}.Failing"
    Failing.calls = 0
    product = seller_a.product
    save(seller_a.client, product, django_capture_on_commit_callbacks, title_en="Saved anyway")

    assert product.title_en == "Saved anyway"
    assert not product.title_fr
    assert Failing.calls >= 1
    assert TranslationUnavailable in tasks.fill_product.autoretry_for
    assert tasks.fill_product.retry_backoff and tasks.fill_product.max_retries
    with pytest.raises(TranslationUnavailable):
        services.fill_product(product.pk)
    assert not TextProvenance.objects.filter(origin=TextProvenance.MACHINE).exists()

    # The service is back: the retried task fills the listing.
    settings.MARKETPLACE_TRANSLATION_BACKEND = "marketplace.machine_translation.backends.OfflineTranslator"
    tasks.fill_product(product.pk)
    product.refresh_from_db()
    assert product.title_fr == "[fr] Saved anyway"


def test_seller_sees_machine_languages_and_a_correction_is_never_overwritten(
        seller_a, django_capture_on_commit_callbacks):
    product = seller_a.product
    save(seller_a.client, product, django_capture_on_commit_callbacks)
    page = seller_a.client.get(url(product))
    form = page.context["form"]
    assert "title_fr" in form.machine_made and "title_es" in form.machine_made
    assert "title_en" not in form.machine_made and "title_zh_hans" not in form.machine_made
    assert "Français" in form.machine_languages()
    assert page.text.count("machine-translated") == len(form.machine_made)
    assert "Made by a machine from the English text" in page.text

    save(seller_a.client, product, django_capture_on_commit_callbacks,
         title_fr="Couteau de chef Eighteen")
    assert origin(product, "title", "fr") == TextProvenance.HUMAN
    assert "title_fr" not in seller_a.client.get(url(product)).context["form"].machine_made

    # The source changes: machine translations follow, the correction stays.
    save(seller_a.client, product, django_capture_on_commit_callbacks,
         title_en="Eighteen Chef Knife 8in, walnut handle")
    assert product.title_fr == "Couteau de chef Eighteen"
    assert product.title_de == "[de] Eighteen Chef Knife 8in, walnut handle"
    assert origin(product, "title", "de") == TextProvenance.MACHINE
    assert services.fill_product(product.pk) == 0  # nothing stale left


def test_a_cleared_machine_translation_is_filled_again(
        seller_a, django_capture_on_commit_callbacks):
    product = seller_a.product
    save(seller_a.client, product, django_capture_on_commit_callbacks)
    save(seller_a.client, product, django_capture_on_commit_callbacks, title_ko="")
    assert product.title_ko == "[ko] Eighteen Chef Knife 8in"


def test_hostile_machine_output_is_sanitised(settings, seller_a, django_capture_on_commit_callbacks):
    settings.MARKETPLACE_TRANSLATION_BACKEND = f"{PATH}.Hostile"
    product = seller_a.product
    save(seller_a.client, product, django_capture_on_commit_callbacks,
         description_en="<p>Steel.</p>")
    assert "script" not in product.description_fr
    assert "onclick" not in product.description_fr and "onerror" not in product.description_fr
    assert "<p>ok</p>" in product.description_fr
    assert "<" not in product.title_fr and "\n" not in product.title_fr


def test_other_sellers_forms_show_nothing_of_this_product(
        seller_a, seller_b, django_capture_on_commit_callbacks):
    save(seller_a.client, seller_a.product, django_capture_on_commit_callbacks)
    assert seller_b.client.get(url(seller_a.product), follow=True).status_code == 404
    assert not seller_b.client.get(url(seller_b.product)).context["form"].machine_made


MARK = Template('{% load machine_translation %}{% machine_translation_mark product "title" %}'
                '|{% machine_translation_mark product "description" %}')


def test_buyers_see_the_mark_only_in_machine_made_languages(
        seller_a, django_capture_on_commit_callbacks):
    product = seller_a.product
    save(seller_a.client, product, django_capture_on_commit_callbacks, title_es="Cuchillo")
    with translation.override("fr"):
        html = MARK.render(Context({"product": product}))
    # In French the mark says so in French.
    assert html.count('class="badge badge-light machine-translated"') == 1
    assert 'data-mt-field="title"' in html and "traduction automatique" in html
    for language in ("es", "en", "zh-hans"):
        with translation.override(language):
            assert "machine" not in MARK.render(Context({"product": product}))
    assert MARK.render(Context({"product": None})) == "|"

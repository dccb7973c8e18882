"""The pages of an unknown address and of a server error speak the buyer's language, not
Django's English "Not Found" / "Server Error (500)"."""

import pytest
from django.test import Client, RequestFactory
from django.utils import translation
from django.views.defaults import server_error

from tests.i18n.test_catalogs import compiled_catalogs  # noqa: F401  (fresh .mo files)
from tests.i18n.test_english_sentences import LANGUAGES, english_sentences

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unknown_address_answers_in_the_language_of_its_prefix(language):
    response = Client().get(f"/{language}/catalogue/no-such-knife_999999/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'lang="{language}"' in html and 'class="page_inner"' in html
    assert "Not Found" not in html and "Page not found" not in html
    assert not english_sentences(html, language)


def test_the_english_404_keeps_the_shop_around_it():
    html = Client().get("/en/catalogue/no-such-knife_999999/").content.decode()
    assert "Page not found" in html and 'href="/en/"' in html


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_a_server_error_is_a_calm_page_in_the_language_of_the_request(language):
    with translation.override(language):
        response = server_error(RequestFactory().get(f"/{language}/basket/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert f'lang="{language}"' in html and f'href="/{language}/"' in html
    assert ('dir="rtl"' in html) == (language == "ar")
    if language == "en":
        assert "Something went wrong" in html
    else:
        assert "Something went wrong" not in html and not english_sentences(html, language)

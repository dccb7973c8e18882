"""The facet sidebar's choices written in Python (search_tags.facet_choices) against their
specification, oscar/search/partials/facet_choice.html: the same HTML for the same choices."""

import pytest
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy

from marketplace.oscar_apps.search.sidebar import ChoiceLink
from marketplace.oscar_apps.search.templatetags.search_tags import facet_choices

HOSTILE = '"><script>alert(1)</script> & co'

CHOICES = [
    ChoiceLink("yj-blades", "Yangjiang Blades", 12345, False, "/en/search/?q=knife&seller=yj-blades"),
    ChoiceLink(HOSTILE, f"Seller {HOSTILE}", 3, True, f"/en/search/?seller={HOSTILE}"),
    ChoiceLink("typed", "¥10 – ¥50", None, True, "/en/search/?q=knife"),
    ChoiceLink("true", gettext_lazy("Yes"), 0, False, "/en/search/?attr_dishwasher_safe=true"),
]


@pytest.mark.parametrize("language", ["en", "de", "ar"])
def test_the_python_choices_are_the_templates(language):
    with translation.override(language):
        python = facet_choices(CHOICES)
        template = "".join(render_to_string("oscar/search/partials/facet_choice.html", {"choice": choice})
                           for choice in CHOICES)
    assert python == template
    assert "<script>alert(1)</script>" not in python


def test_no_choices_write_nothing():
    assert facet_choices([]) == ""

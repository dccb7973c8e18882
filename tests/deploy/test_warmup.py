"""marketplace/core/warmup.py: the gunicorn master loads each language once before forking,
so a worker's first request in a language builds no URL resolver and reads no catalogue."""

import json

import pytest

from tests.settings.environment import embedded_environment, run_python

pytestmark = pytest.mark.same_on_every_database

# In a fresh interpreter (this test process has long since warmed what it used): warm some
# languages but not Korean, then make building a resolver or a catalogue fail loudly, and ask
# each language for what a page in it needs (a namespaced reverse, the hreflang
# alternates' translate_url, a translated string) and for the buyer pages' templates.
PROBE = """
import json
import django
django.setup()
from django.db import connection
from django.template import base, loader
from django.urls import resolvers, reverse, translate_url
from django.utils import translation
from django.utils.translation import trans_real
from marketplace.core.warmup import warm_up

# Three languages of three scripts (one right-to-left) warmed, Korean left cold: warming
# all ten is the same loop, only slower.
warmed = ["en", "zh-hans", "ar"]
languages = [*warmed, "ko"]
warm_up(warmed)
inherited_connection = connection.connection is not None
built = []
def refuse(what, original, language=lambda *args: translation.get_language()):
    def call(*args, **kwargs):
        built.append((language(*args), what))
        return original(*args, **kwargs)
    return call
resolvers.normalize = refuse("resolver", resolvers.normalize)
# A catalogue is built while the previous language is still the active one: its own
# language is the constructor's argument.
trans_real.DjangoTranslation.__init__ = refuse(
    "catalogue", trans_real.DjangoTranslation.__init__, lambda self, language, *rest: language)
base.Template.compile_nodelist = refuse("template", base.Template.compile_nodelist,
                                        lambda template: template.name)
for name in ("oscar/catalogue/detail.html", "oscar/search/results.html",
             "content/home_page.html", "oscar/dashboard/index.html"):
    loader.get_template(name)
for code in languages:
    with translation.override(code):
        reverse("catalogue:index")
        reverse("dashboard:catalogue-product-list")
        translate_url("/en/catalogue/", code)
        translation.gettext("Basket")
print(json.dumps({"built": sorted(set(built)), "connection": inherited_connection}))
"""


def test_warmed_languages_build_nothing_on_their_first_request_and_a_cold_one_does(tmp_path):
    result = run_python(["-c", PROBE], embedded_environment(tmp_path / "var",
                                                            DJANGO_SECRET_KEY="x"))

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    # Korean, left cold, shows what the probe catches; every warmed language is silent,
    # and the buyer pages' templates were compiled before.
    built = {}
    for key, what in report["built"]:
        built.setdefault(what, set()).add(key)
    assert built["resolver"] == built["catalogue"] == {"ko"}
    # The dashboards are left to compile on first use: the control that the probe sees it.
    assert "oscar/dashboard/index.html" in built["template"]
    assert not [name for name in built["template"] if not name.startswith("oscar/dashboard/")]
    assert report["connection"] is False

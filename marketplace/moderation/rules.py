"""What may never be listed, and what a person must look at before a listing goes live.

The rules read a listing's facts (class, HS code, knife attributes, title and description
in every language), so the same rules serve a form checking an unsaved product and the
bulk screening of an import that reads thousands of saved rows in a few queries.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from catalog.validators import CONTROLLED_KNIFE_BUILDS, controlled_knife_rule

from .models import ProhibitedHSCode

KNIVES_CLASS = "knives"
KNIFE_ATTRIBUTES = ("blade_length_mm", "tip_angle_deg", "knife_build")
TEXT_FIELDS = ("title", "description")

#: Words that name a controlled knife (公通字〔2007〕2号 rules 1-3) in the site's languages, by
#: rule. A listing whose title or description uses one is refused whatever it declares, so a
#: dagger sold as a "fixed blade" is caught too. Lower case; hyphens and spaces are the same.
#: Latin and Cyrillic words match as whole words (with plural or case endings); Arabic,
#: Chinese, Japanese and Korean ones anywhere in the text.
CONTROLLED_KNIFE_TERMS = {
    1: (
        "dagger", "poignard", "daga", "puñal", "dolch", "кинжал", "punhal", "adaga",
        "خنجر", "匕首", "短剣", "ダガー", "단검",
    ),
    2: (
        "three edged scraper", "three edge scraper", "triangular scraper", "grattoir triangulaire",
        "rasqueta triangular", "dreikantschaber", "трёхгранный шабер", "трехгранный шабер",
        "raspador triangular", "三棱刮刀", "三棱刀", "三角スクレーパー", "삼각 스크레이퍼",
    ),
    3: (
        "switchblade", "switch blade", "flick knife", "spring knife", "spring loaded knife",
        "spring assisted", "automatic knife", "gravity knife", "otf knife", "out the front knife",
        "couteau automatique", "couteau à ressort", "navaja automática", "navaja de resorte",
        "springmesser", "fallmesser", "выкидной нож", "выкидным", "пружинный нож",
        "canivete automático", "canivete de mola", "مطواة قفازة", "سكين قفاز",
        "跳刀", "弹簧刀", "弹簧折刀", "弹簧助力", "弹簧辅助", "自动刀", "飛び出しナイフ", "スイッチブレード",
        "飛出しナイフ", "스위치블레이드", "자동 나이프", "스프링 나이프",
    ),
}


def _word_pattern(term):
    escaped = re.escape(term).replace(r"\ ", " ")
    if re.search(r"[\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", term):
        return escaped  # no spaces between words, or (Arabic) articles joined to them
    # A whole word with up to two letters of ending: plurals and cases, not other words
    # ("daga" is Spanish for dagger; "dagashi" are Japanese sweets).
    return rf"(?<!\w){escaped}\w{{0,2}}(?!\w)"


_TERM_PATTERNS = {
    rule: re.compile("|".join(_word_pattern(term) for term in terms))
    for rule, terms in CONTROLLED_KNIFE_TERMS.items()
}
_SEPARATORS = re.compile(r"[\s\-‐‑–—_]+")


def normalize_text(text):
    return _SEPARATORS.sub(" ", str(text or "").casefold())


@dataclass
class ListingFacts:
    """What the rules read of a listing; built from a product or from rows of a bulk query."""

    class_slug: str = ""
    hs_code: str = ""
    #: The HS table's own flag (catalog HSCode.prohibited) and its reason, if set.
    hs_code_prohibited_reason: str | None = None
    attributes: dict = field(default_factory=dict)  # code -> value (option: its code)
    texts: list = field(default_factory=list)

    @classmethod
    def of(cls, product):
        """The facts of a product, saved or not, as its fields and product.attr hold them."""
        product_class = product.get_product_class() if (
            product.product_class_id or product.parent_id) else None
        facts = cls(class_slug=getattr(product_class, "slug", "") or "",
                    hs_code=product.hs_code_id or "", texts=_product_texts(product))
        hs_code = product._hs_code_entry()
        if hs_code is not None and hs_code.prohibited:
            facts.hs_code_prohibited_reason = hs_code.prohibited_reason or "-"
        if facts.class_slug == KNIVES_CLASS:
            for code in KNIFE_ATTRIBUTES:
                facts.attributes[code] = plain_value(getattr(product.attr, code, None))
        return facts


def _product_texts(product):
    texts = []
    for name in TEXT_FIELDS:
        for language in settings.MODELTRANSLATION_LANGUAGES:
            texts.append(getattr(product, build_localized_fieldname(name, language), ""))
        texts.append(product.__dict__.get(name, ""))
    return [text for text in texts if text]


def plain_value(value):
    # An option attribute holds an AttributeOption; the rules compare its stable code.
    return getattr(value, "code", value)


def text_fields():
    """The Product columns the term screening reads (every language of title and description)."""
    return [build_localized_fieldname(name, language) for name in TEXT_FIELDS
            for language in settings.MODELTRANSLATION_LANGUAGES]


def prohibited_prefixes():
    """The prohibited HS code entries in force today, read once per screening."""
    return list(ProhibitedHSCode.objects.in_force())


def refusal_reasons(product, *, prohibited=None):
    """Reasons (translated strings) why `product` may not be listed; empty when it may.

    `product` is a catalogue Product, saved or not, whose trade fields (hs_code) and
    attribute values (product.attr.<code>) are already set from the seller's input.
    An import screening thousands of rows passes `prohibited` (prohibited_prefixes())
    once rather than reading the list again for every row.
    """
    if prohibited is None:
        prohibited = prohibited_prefixes()
    return reasons_for(ListingFacts.of(product), prohibited)


def reasons_for(facts, prohibited):
    reasons = _hs_code_reasons(facts, prohibited)
    rules = set()
    build_rule = CONTROLLED_KNIFE_BUILDS.get(facts.attributes.get("knife_build"))
    if build_rule:
        rules.add(build_rule)
    size_rule = controlled_knife_rule(_number(facts.attributes.get("tip_angle_deg")),
                                      _number(facts.attributes.get("blade_length_mm")))
    if size_rule:
        rules.add(size_rule)
    text = normalize_text(" \n ".join(facts.texts))
    rules.update(rule for rule, pattern in _TERM_PATTERNS.items() if pattern.search(text))
    reasons.extend(_knife_reason(rule) for rule in sorted(rules))
    return reasons


def review_notes(facts):
    """What a person must check before the listing goes live, though no rule refuses it."""
    notes = []
    if facts.class_slug == KNIVES_CLASS and not facts.attributes.get("knife_build"):
        notes.append(_("The knife's build is not declared: check it is not a dagger, "
                       "three-edged scraper or spring knife."))
    return notes


def _hs_code_reasons(facts, prohibited):
    matching = [entry for entry in prohibited if entry.covers(facts.hs_code)]
    reasons = [
        _("Goods under HS code %(code)s cannot be listed (%(prefix)s: %(basis)s): %(reason)s")
        % {"code": facts.hs_code, "prefix": entry.prefix, "basis": entry.legal_basis,
           "reason": entry.reason}
        for entry in matching
    ]
    if not matching and facts.hs_code_prohibited_reason:
        reasons.append(
            _("Goods under HS code %(code)s cannot be listed on the marketplace: %(reason)s")
            % {"code": facts.hs_code, "reason": facts.hs_code_prohibited_reason})
    return reasons


def _number(value):
    try:
        return float(value) if value is not None and value != "" else None
    except (TypeError, ValueError):
        return None


def _knife_reason(rule):
    text = {
        1: _("Daggers (匕首) are controlled knives and cannot be listed (公通字〔2007〕2号, "
             "rule 1)."),
        2: _("Three-edged scrapers (三棱刮刀) are controlled knives and cannot be listed "
             "(公通字〔2007〕2号, rule 2)."),
        3: _("Switchblades and other spring-opening knives with a locking blade (跳刀) are "
             "controlled knives and cannot be listed (公通字〔2007〕2号, rule 3)."),
        4: _("A pointed knife with a tip angle of 60° or less and a blade of 150 mm or more "
             "is a controlled knife and cannot be listed (公通字〔2007〕2号, rule 4)."),
        5: _("A knife with a tip angle of 60° or more and a blade of 220 mm or more is a "
             "controlled knife and cannot be listed (公通字〔2007〕2号, rule 5)."),
    }
    return text[rule]

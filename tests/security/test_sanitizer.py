"""The allow-list sanitiser for what sellers, buyers and rights holders write."""

import lxml.html
import pytest

from marketplace.core.sanitize import clean_html, clean_text, safe_url


def elements(fragment):
    return list(lxml.html.fragment_fromstring(fragment or "<p></p>", create_parent="div").iter())


def live_markup(fragment):
    """What in a fragment could run or load: script-ish elements, handlers, script URLs."""
    found = []
    for element in elements(fragment):
        if element.tag in ("script", "style", "iframe", "object", "embed", "svg", "math", "img"):
            found.append(element.tag)
        for name, value in element.attrib.items():
            if name.startswith("on") or name in ("style", "id", "class"):
                found.append(name)
            if name in ("href", "src") and "javascript" in value.lower().replace("\t", ""):
                found.append(value)
    return found


@pytest.mark.parametrize("dirty", [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<img src=x onerror=alert(1)//",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "<svg onload=alert(1)><circle /></svg>",
    "<svg><script>alert(1)</script></svg>",
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<math href="javascript:alert(1)">x</math>',
    "<iframe src=//evil.example></iframe>",
    '<object data="x.swf"></object><embed src="x.swf">',
    '<p style="background:url(javascript:alert(1))" onclick="alert(1)">x</p>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<!--<img src=x onerror=alert(1)>-->",
    '<p id="basket_formset" class="btn btn-primary">x</p>',
    "<details open ontoggle=alert(1)>",
    '<form action="javascript:alert(1)"><button>x</button></form>',
])
def test_nothing_that_runs_or_loads_survives(dirty):
    clean = clean_html(dirty)
    assert live_markup(clean) == [], clean
    assert "<script" not in clean.lower() and "onerror" not in clean.lower()


def test_formatting_sellers_need_is_kept():
    html = ("<h3>Blade</h3><p><strong>VG10</strong> steel, <em>67</em> layers</p>"
            "<ul><li>Handle: G10</li></ul><ol><li>one</li></ol>"
            "<table><tr><th>Length</th><td>20 cm</td></tr></table>")
    assert clean_html(html) == html.replace("<table><tr>", "<table><tbody><tr>").replace(
        "</tr></table>", "</tr></tbody></table>")


def test_links_keep_web_and_mail_addresses_and_are_marked_as_sellers_links():
    clean = clean_html('<a href="https://maker.example/k" target="_blank">site</a> '
                       '<a href="mailto:sales@maker.example">mail</a>')
    links = [e for e in elements(clean) if e.tag == "a"]
    assert [a.get("href") for a in links] == ["https://maker.example/k", "mailto:sales@maker.example"]
    assert {a.get("rel") for a in links} == {"nofollow noopener ugc"}
    assert all(a.get("target") is None for a in links)


def test_big_headings_become_text_so_the_page_keeps_its_outline():
    assert clean_html("<h1>Big</h1><h2>Also</h2><h4>ok</h4>") == "BigAlso<h4>ok</h4>"


def test_unclosed_tags_are_closed_and_stray_brackets_escaped():
    assert clean_html("<p>unclosed <b>bold") == "<p>unclosed <b>bold</b></p>"
    assert clean_html("5 < 6 & 7 > 3") == "5 &lt; 6 &amp; 7 &gt; 3"


def test_escaped_markup_stays_text():
    clean = clean_html("&lt;script&gt;alert(1)&lt;/script&gt;")
    assert clean == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert live_markup(clean) == []


def test_cleaning_twice_changes_nothing():
    once = clean_html('<p onclick=x>a <a href="http://e.example">b</a><script>c</script></p>')
    assert clean_html(once) == once


@pytest.mark.parametrize(("dirty", "text"), [
    ("Chef knife <script>alert(1)</script>", "Chef knife"),
    ('Knife "><img src=x onerror=alert(1)>', 'Knife ">'),
    ("&lt;script&gt;alert(1)&lt;/script&gt; knife", "knife"),
    ("<scr<b>ipt>alert(1)</scr<b>ipt> knife", "ipt>alert(1)ipt> knife"),  # no tag left
    ("5 &lt; 6 &amp; 7", "5 < 6 & 7"),
    ("<b>Bold</b>\n  knife", "Bold knife"),
    ("锋利的<i>厨师刀</i>", "锋利的厨师刀"),
])
def test_plain_text_fields_lose_every_tag(dirty, text):
    assert clean_text(dirty, single_line=True) == text


def test_plain_paragraphs_keep_their_line_breaks():
    assert clean_text("First line<br>\nsecond <b>line</b>") == "First line\nsecond line"


@pytest.mark.parametrize(("url", "kept"), [
    ("https://maker.example/", "https://maker.example/"),
    ("http://maker.example", "http://maker.example"),
    ("javascript:alert(1)", ""),
    ("JAVASCRIPT:alert(1)", ""),
    ("java\tscript:alert(1)", ""),
    (" javascript:alert(1)", ""),
    ("data:text/html,<script>alert(1)</script>", ""),
    ("//evil.example/", ""),
    ("/relative/path", ""),
    ("mailto:a@b.example", ""),
    (None, ""),
])
def test_only_absolute_web_addresses_become_links(url, kept):
    assert safe_url(url) == kept

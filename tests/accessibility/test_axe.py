"""axe-core finds no serious or critical WCAG 2 A/AA violation on the storefront's pages.

Chromium renders each page with the site's own CSS and scripts (contrast, names, landmarks
are properties of the rendered page), then axe.min.js from npm checks it. The site's
Content-Security-Policy forbids inline scripts, so this test's browser context alone
bypasses it to inject axe.
"""

import pytest

from .conftest import AXE, LANGUAGES, PAGES, checker, make_shop, paths

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING = {"serious", "critical"}


def violations(page, axe_source):
    page.add_script_tag(content=axe_source)
    # Contrast failures say which colours met, so the fix can be found in the stylesheet.
    return page.evaluate(
        """tags => {
            const colours = node => {
                const data = (node.any[0] || {}).data || {};
                return data.fgColor ? ` (${data.fgColor} on ${data.bgColor}: ${data.contrastRatio})` : "";
            };
            return axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]})
                .then(result => result.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.slice(0, 8).map(n => n.target.join(" ") + colours(n))})));
        }""",
        TAGS,
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pages_have_no_serious_accessibility_violation(browser, live_server, language):
    axe_source = checker(AXE).read_text(encoding="utf-8")
    shop = make_shop()
    context = browser.new_context(bypass_csp=True, locale="en-US", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        # The basket page is checked with a line in it, added as a buyer adds one.
        page.goto(live_server.url + paths(shop, language)["product"])
        with page.expect_navigation():
            page.locator("#add_to_basket_form button[type=submit]").click()
        found = []
        for name in PAGES:
            page.goto(live_server.url + paths(shop, language)[name])
            found += [
                f"{name} ({language}): {v['id']} [{v['impact']}] {v['help']} at {', '.join(v['targets'])}"
                for v in violations(page, axe_source) if v["impact"] in BLOCKING
            ]
    finally:
        context.close()
    assert not found, f"{len(found)} serious or critical violations:\n" + "\n".join(found)

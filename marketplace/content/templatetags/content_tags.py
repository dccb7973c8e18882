from dataclasses import dataclass

from django import template
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from marketplace.core.chrome import cached_chrome

register = template.Library()


@dataclass(frozen=True)
class MenuLink:
    title: str
    url: str


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """Live pages marked "show in menus" under the site's home page, in the active language.

    The shop's navigation lists them beside the catalogue, so CMS and shop pages share
    one menu. They are [MenuLink(title, url)], kept in the chrome cache: finding the
    site, locale and pages costs three queries that every page would repeat.
    """
    request = context.get("request")
    if request is None:
        return []
    return cached_chrome(
        "cms-menu", lambda: _menu_links(request), request.get_host(), get_language()
    )


def _menu_links(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    try:
        home = site.root_page.get_translation(Locale.get_active())
    except (Page.DoesNotExist, Locale.DoesNotExist):
        home = site.root_page
    return [
        MenuLink(title=page.title, url=page.get_url(request))
        for page in home.get_children().live().in_menu().specific()
    ]

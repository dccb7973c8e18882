"""The statistics page's charts, drawn on the server by pygal as inline SVG.

Safe to print into the page as it is:
- no script: pygal's tooltips are off (`js=[]`) and the config script pygal writes into
  every chart anyway is removed from the tree before it is serialised, so the charts
  need nothing the site's Content-Security-Policy forbids;
- every text (titles, labels, legends) goes through lxml, which escapes it as XML;
  the figures tables under the charts carry the same numbers for screen readers and tests.

Values are drawn in millions of yuan. Drawing needs floats; the figures themselves stay
Decimal in the selectors and tables.
"""

from __future__ import annotations

from decimal import Decimal

import pygal
from django.utils.formats import date_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from pygal.style import Style

from .selectors import TradeStatistics

MILLION = Decimal("1000000")
TOP_COUNTRIES = 10

STYLE = Style(
    background="transparent", plot_background="transparent",
    font_family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    colors=("#1f6fb2", "#e08a1e", "#3c9a5f", "#b5443a", "#7d5ba6", "#5f6b7a"),
    title_font_size=16, label_font_size=11, major_label_font_size=11, legend_font_size=12,
)


def _millions(value: Decimal) -> float:
    return float((value / MILLION).quantize(Decimal("0.01")))


def _without_scripts(root):
    for script in root.xpath("//*[local-name()='script']"):
        script.getparent().remove(script)
    return root


def _config(**options) -> dict:
    return {
        "js": [], "disable_xml_declaration": True, "style": STYLE, "width": 800, "height": 360,
        "explicit_size": False, "legend_at_bottom": True, "print_values": False,
        "value_formatter": lambda value: f"{value:,.2f}",
        "no_data_text": _("No trade in this year"), **options,
    }


def _svg(chart) -> SafeString:
    chart.add_xml_filter(_without_scripts)
    # lxml escaped every text of the tree; what is left is markup pygal wrote.
    return mark_safe(chart.render(is_unicode=True))  # noqa: S308


def monthly_chart(stats: TradeStatistics) -> SafeString:
    chart = pygal.Bar(**_config(title=_("Export and import by month (million CNY)"),
                                x_label_rotation=0))
    chart.x_labels = [date_format(figure.month, "M") for figure in stats.months]
    chart.add(_("Export"), [_millions(figure.export_cny) for figure in stats.months])
    chart.add(_("Import"), [_millions(figure.import_cny) for figure in stats.months])
    return _svg(chart)


def cluster_chart(stats: TradeStatistics) -> SafeString:
    chart = pygal.HorizontalStackedBar(**_config(title=_("Value by industrial cluster "
                                                         "(million CNY)")))
    chart.x_labels = [str(figure.label) for figure in stats.clusters]
    chart.add(_("Export"), [_millions(figure.export_cny) for figure in stats.clusters])
    chart.add(_("Import"), [_millions(figure.import_cny) for figure in stats.clusters])
    return _svg(chart)


def country_chart(stats: TradeStatistics) -> SafeString:
    top = stats.countries[:TOP_COUNTRIES]
    chart = pygal.HorizontalBar(**_config(
        title=_("Top export destinations (million CNY)"), show_legend=False))
    chart.x_labels = [figure.name for figure in top]
    chart.add(_("Export"), [_millions(figure.value_cny) for figure in top])
    return _svg(chart)


def customs_mode_chart(stats: TradeStatistics) -> SafeString:
    chart = pygal.Pie(**_config(title=_("Value by customs mode (million CNY)"), inner_radius=0.4))
    for figure in stats.customs_modes:
        label = f"{figure.label} ({figure.direction_label})"
        chart.add(label, [_millions(figure.value_cny)])
    return _svg(chart)


def growth_chart(stats: TradeStatistics) -> SafeString:
    chart = pygal.Line(**_config(
        title=_("Growth on the same month a year earlier (%)"),
        value_formatter=lambda value: f"{value:,.1f} %", allow_interruptions=True))
    chart.x_labels = [date_format(figure.month, "M") for figure in stats.months]
    chart.add(_("Growth"), [None if figure.growth_percent is None else float(figure.growth_percent)
                            for figure in stats.months])
    target = float(stats.target_percent)
    chart.add(_("Plan target"), [target] * len(stats.months), show_dots=False,
              stroke_style={"dasharray": "6, 4"})
    return _svg(chart)


def all_charts(stats: TradeStatistics) -> dict[str, SafeString]:
    return {
        "monthly": monthly_chart(stats),
        "clusters": cluster_chart(stats),
        "countries": country_chart(stats),
        "customs_modes": customs_mode_chart(stats),
        "growth": growth_chart(stats),
    }

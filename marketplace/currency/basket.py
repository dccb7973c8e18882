def reprice_lines(basket):
    """Rewrite the stored price of every line whose price in the basket's strategy differs.

    It differs after the visitor switches display currency, or when a line's quantity
    reaches another quantity break. Unchanged lines cost no writes.
    """
    strategy = getattr(basket, "strategy", None)
    if not basket.id or getattr(strategy, "display_currency", None) is None:
        return
    for line in basket.all_lines():
        info = strategy.fetch_for_line(line)
        if not info.price.exists:
            continue
        incl_tax = info.price.incl_tax if info.price.is_tax_known else None
        stored = (line.price_currency, line.price_excl_tax, line.price_incl_tax)
        if stored == (info.price.currency, info.price.excl_tax, incl_tax):
            continue
        line.price_currency = info.price.currency
        line.price_excl_tax = info.price.excl_tax
        line.price_incl_tax = incl_tax
        line.save(update_fields=["price_currency", "price_excl_tax", "price_incl_tax"])

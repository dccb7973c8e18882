def reprice_lines(basket):
    """Rewrite the stored price of every line in the basket strategy's currency.

    Does nothing when the lines already carry that currency, so an unchanged
    basket costs no writes.
    """
    strategy = getattr(basket, "strategy", None)
    target = getattr(strategy, "display_currency", None)
    if not basket.id or target is None or basket.currency in (None, target):
        return
    for line in basket.all_lines():
        info = strategy.fetch_for_line(line)
        if not info.price.exists:
            continue
        line.price_currency = info.price.currency
        line.price_excl_tax = info.price.excl_tax
        line.price_incl_tax = info.price.incl_tax if info.price.is_tax_known else None
        line.save(update_fields=["price_currency", "price_excl_tax", "price_incl_tax"])

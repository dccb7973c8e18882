"""Whole storefront pages for anonymous visitors, served from the cache (see middleware.py)."""

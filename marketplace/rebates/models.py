"""Models of the app (see apps.py)."""

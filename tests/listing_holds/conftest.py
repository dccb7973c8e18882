from tests.basket.conftest import wok  # noqa: F401  (the basket tests' wok, sold from 100 units)

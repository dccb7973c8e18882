"""Product pictures for the demo catalogue, one drawing per sub-category.

`render(code, variant)` draws sub-category `code`'s product in look number `variant`: the
drawings change colours (and sometimes the exact model, a cleaver beside a chef knife) by
variant, and the framing adds a backdrop, turn and size of its own so no two look alike.
"""

from typing import NamedTuple

from .canvas import picture


class Drawing(NamedTuple):
    draw: object  # draw(pen, variant)
    angle: float  # how the product lies in its first look, in degrees clockwise
    zoom: float  # how much larger than its design the product is shown


DRAWINGS = {}

# Light studio backdrops; each look of a product takes the next one.
BACKDROPS = ((246, 246, 244), (236, 240, 245), (246, 240, 232), (238, 244, 238))
TURNS = (0, -7, 6)
ZOOMS = (1.0, 0.9, 0.96)
SHIFTS = ((0, 0), (10, 14), (-12, 6))


def drawing(*codes, angle=0, zoom=1.0):
    def register(draw):
        for code in codes:
            DRAWINGS[code] = Drawing(draw, angle, zoom)
        return draw

    return register


def render(code, variant):
    """The picture (a PIL image, OUTPUT pixels square) of sub-category `code` in look `variant`."""
    chosen = DRAWINGS[code]
    look = variant % len(TURNS)
    return picture(
        lambda pen: chosen.draw(pen, variant),
        backdrop=BACKDROPS[(variant + len(code) + ord(code[0])) % len(BACKDROPS)],
        angle=chosen.angle + TURNS[look],
        zoom=chosen.zoom * ZOOMS[look],
        shift=SHIFTS[look],
    )


# The drawings register themselves on import.
from . import blades, food, kitchen, seafood, textiles  # noqa: E402, F401

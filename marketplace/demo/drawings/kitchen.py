"""Kitchenware: pots and pans, kitchen utensils, cutlery, hotel and catering supplies."""

from . import drawing
from .canvas import bezier, darker, ellipse, lighter, rounded_rect

STEEL = ((128, 134, 144), (232, 235, 240), (168, 174, 184), (236, 238, 242))
GOLD = ((150, 112, 40), (246, 220, 140), (184, 144, 62), (240, 214, 140))
NON_STICK = ((28, 28, 30), (70, 72, 76), (40, 40, 44))
PLASTICS = ((34, 34, 38), (200, 50, 46), (40, 120, 150))


def _cylinder_stops(colour):
    return (darker(colour, 0.35), lighter(colour, 0.35), colour, darker(colour, 0.45))


def _pan(pen, cx, cy, rx, ry, depth, outside, inside, rounded=False):
    """A pan seen from above at an angle: its outside wall, rim and inside."""
    bottom = ellipse(cx, cy + depth, rx * (0.8 if rounded else 0.96),
                     ry * (0.75 if rounded else 0.96), 0, 180)
    wall = ellipse(cx, cy, rx, ry, 180, 360) + [(cx + rx, cy)] + bottom + [(cx - rx, cy)]
    pen.shade(wall, _cylinder_stops(outside), (cx - rx, 0), (cx + rx, 0))
    pen.poly(ellipse(cx, cy, rx, ry), lighter(outside, 0.25))
    pen.shade(ellipse(cx, cy + 4, rx - 14, ry - 12), inside, (0, cy - ry), (0, cy + ry))
    pen.poly(ellipse(cx - rx * 0.2, cy - ry * 0.2, rx * 0.45, ry * 0.3), (255, 255, 255, 28),
             solid=False)


@drawing("PP", angle=0)
def pot_or_pan(pen, variant):
    look = variant % 3
    if look == 2:  # stockpot with its lid
        body = (190, 194, 200)
        wall = [(250, 400), (750, 400), (750, 760)] + ellipse(500, 760, 250, 70, 0, 180) + [
            (250, 760)]
        pen.shade(wall, STEEL, (250, 0), (750, 0))
        for x in (215, 785):
            pen.poly(rounded_rect(x - 45, 450, x + 45, 490, 18), darker(body, 0.25))
        pen.shade(ellipse(500, 400, 262, 76), STEEL, (240, 0), (760, 0))
        pen.shade(ellipse(500, 385, 240, 66), ((150, 170, 180), (220, 232, 238)),
                  (0, 320), (0, 450))
        pen.poly(rounded_rect(450, 300, 550, 340, 18), (40, 40, 44))
        pen.poly([(480, 340), (520, 340), (515, 372), (485, 372)], (70, 70, 74))
        return
    if look == 1:  # wok: deep and round, a long wooden handle and a helper handle
        _pan(pen, 450, 480, 300, 170, 170, (56, 56, 60), ((30, 30, 32), (96, 96, 100)),
             rounded=True)
        pen.poly(rounded_rect(740, 440, 820, 480, 12), (70, 70, 74))
        pen.shade(rounded_rect(800, 430, 960, 490, 28), ((190, 140, 90), (120, 78, 42)),
                  (0, 430), (0, 490))
        pen.line(ellipse(120, 470, 40, 26, 90, 270), (60, 60, 64), 14)
        return
    _pan(pen, 420, 500, 290, 190, 60, (196, 54, 44), NON_STICK)
    handle = rounded_rect(690, 455, 930, 515, 30)
    pen.shade(handle, ((80, 80, 86), (30, 30, 32), (10, 10, 12)), (0, 455), (0, 515))
    pen.dot(892, 485, 12, (200, 200, 200), solid=False)
    pen.poly(rounded_rect(680, 462, 730, 508, 10), (170, 176, 184))


def _turner(pen, x, colour):
    head = [(x - 80, 140), (x + 80, 140), (x + 60, 420), (x - 60, 420)]
    pen.shade(head, (lighter(colour, 0.2), colour, darker(colour, 0.2)), (x - 80, 0), (x + 80, 0))
    for dx in (-35, 0, 35):
        pen.poly(rounded_rect(x + dx - 9, 180, x + dx + 9, 360, 9), darker(colour, 0.45),
                 solid=False)
    pen.poly([(x - 24, 410), (x + 24, 410), (x + 18, 480), (x - 18, 480)], colour)
    pen.shade(rounded_rect(x - 26, 470, x + 26, 900, 26), _cylinder_stops(colour),
              (x - 26, 0), (x + 26, 0))
    pen.dot(x, 860, 10, darker(colour, 0.5), solid=False)


def _ladle(pen, x, colour):
    pen.shade(rounded_rect(x - 14, 300, x + 14, 820, 14), STEEL, (x - 14, 0), (x + 14, 0))
    pen.shade(rounded_rect(x - 24, 620, x + 24, 900, 24), _cylinder_stops(colour),
              (x - 24, 0), (x + 24, 0))
    pen.shade(ellipse(x, 250, 100, 84), STEEL, (x - 100, 0), (x + 100, 0))
    pen.shade(ellipse(x, 240, 82, 64), ((120, 126, 136), (210, 214, 220)), (0, 176), (0, 304))


def _tongs(pen, x, colour):
    for side in (-1, 1):
        arm = [(x + side * 8, 170), (x + side * 22, 170), (x + side * 62, 760),
               (x + side * 40, 760)]
        pen.shade(arm, STEEL, (x - 60, 0), (x + 60, 0))
        pen.shade(rounded_rect(x + side * 51 - 26, 700, x + side * 51 + 26, 900, 20),
                  _cylinder_stops(colour), (x - 80, 0), (x + 80, 0))
    pen.line(ellipse(x, 150, 26, 26), (170, 176, 184), 10, closed=True)


@drawing("KU", angle=-28)
def kitchen_utensils(pen, variant):
    colour = PLASTICS[variant % 3]
    _turner(pen, 320, colour)
    _ladle(pen, 520, colour)
    _tongs(pen, 710, colour)


def _fork(pen, x, metal):
    head = [(x - 46, 250)]
    for tine in range(4):  # four tines with gaps between them
        left = x - 46 + tine * 26
        head += [(left, 250), (left + 16, 250), (left + 16, 380)]
        if tine < 3:
            head += [(left + 26, 380)]
    head += [(x + 46, 380)] + bezier((x + 46, 380), (x + 46, 450), (x + 16, 480),
                                     (x + 13, 540))
    head += bezier((x - 13, 540), (x - 16, 480), (x - 46, 450), (x - 46, 380))
    pen.shade(head[1:], metal, (x - 50, 0), (x + 50, 0))
    _handle(pen, x, metal)


def _handle(pen, x, metal):
    pen.shade([(x - 13, 530), (x + 13, 530), (x + 30, 700)] + ellipse(x, 850, 32, 50, 0, 180)
              + [(x - 30, 700)], metal, (x - 32, 0), (x + 32, 0))


def _knife(pen, x, metal):
    blade = [(x - 24, 560), (x - 26, 240)] + bezier((x - 26, 240), (x - 24, 170), (x + 6, 150),
                                                     (x + 26, 160)) + [(x + 22, 560)]
    pen.shade(blade, metal, (x - 30, 0), (x + 30, 0))
    pen.line([(x + 20, 200), (x + 18, 540)], (255, 255, 255, 120), 4, solid=False)
    pen.shade([(x - 22, 540), (x + 22, 540), (x + 30, 700)] + ellipse(x, 850, 32, 50, 0, 180)
              + [(x - 30, 700)], metal, (x - 32, 0), (x + 32, 0))


def _spoon(pen, x, metal):
    pen.shade(ellipse(x, 300, 66, 108), metal, (x - 66, 0), (x + 66, 0))
    pen.shade(ellipse(x, 306, 52, 90), (darker(metal[0], 0.1), metal[1]), (0, 210), (0, 400))
    pen.shade([(x - 10, 400), (x + 10, 400), (x + 13, 540), (x - 13, 540)], metal,
              (x - 14, 0), (x + 14, 0))
    _handle(pen, x, metal)


@drawing("TC", angle=-6)
def cutlery(pen, variant):
    metal = (STEEL, GOLD, STEEL)[variant % 3]
    _fork(pen, 320, metal)
    _knife(pen, 500, metal)
    _spoon(pen, 680, metal)
    if variant % 3 == 2:  # the sub-category sells chopstick sets too
        for dx in (0, 34):
            pen.shade([(820 + dx, 140), (834 + dx, 140), (846 + dx, 900), (824 + dx, 900)],
                      ((120, 80, 40), (176, 126, 76), (110, 70, 36)), (810, 0), (880, 0))


@drawing("HC", angle=0)
def chafing_dish(pen, variant):
    metal = (STEEL, ((110, 116, 126), (250, 252, 255), (120, 126, 136), (246, 248, 250)),
             GOLD)[variant % 3]
    for x0, x1 in ((250, 226), (750, 774)):  # legs
        pen.line([(x0, 600), (x1, 820)], metal[2], 18)
    pen.line([(226, 820), (330, 820)], metal[2], 14)
    pen.line([(670, 820), (774, 820)], metal[2], 14)
    pen.poly(rounded_rect(460, 740, 540, 800, 10), (40, 70, 140))  # fuel can
    pen.poly(ellipse(500, 740, 40, 10), (200, 200, 210))
    body = [(240, 560), (760, 560), (730, 700)] + ellipse(500, 700, 230, 20, 0, 180) + [
        (270, 700)]
    pen.shade(body, metal, (240, 0), (760, 0))
    pen.line([(226, 600), (774, 600)], metal[0], 12)
    lid = ellipse(500, 560, 260, 220, 180, 360) + [(760, 560), (240, 560)]
    pen.shade(lid, metal, (240, 340), (760, 560))
    pen.poly(ellipse(420, 450, 110, 50), (255, 255, 255, 60), solid=False)
    pen.shade(rounded_rect(440, 318, 560, 350, 14), metal, (0, 318), (0, 350))
    pen.poly(rounded_rect(482, 344, 518, 352, 4), darker(metal[0], 0.2))
    pen.line([(240, 562), (760, 562)], lighter(metal[1], 0.2), 8)
    for x in (206, 794):  # side handles
        pen.line(ellipse(x, 620, 22, 30, 90 if x > 500 else 270, 270 if x > 500 else 450),
                 metal[0], 10)

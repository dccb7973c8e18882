"""Processed food: fermented black beans, sauces, preserved vegetables, snacks."""

import math
import random

from . import drawing
from .canvas import bezier, darker, ellipse, lighter, rotate, rounded_rect

GLASS = ((255, 255, 255, 90), (255, 255, 255, 40))
LIDS = ((200, 40, 36), (214, 170, 60), (40, 110, 60))


def _bean(pen, x, y, turn, colour=(34, 26, 24)):
    pen.poly(rotate(ellipse(x, y, 17, 11, steps=20), turn, (x, y)), colour)
    pen.dot(x - 5, y - 4, 4, (120, 110, 104), solid=False)


def _lid(pen, x0, x1, top, bottom, colour):
    pen.shade(rounded_rect(x0, top, x1, bottom, 14),
              (darker(colour, 0.3), lighter(colour, 0.35), colour, darker(colour, 0.35)),
              (x0, 0), (x1, 0))
    for y in range(top + 12, bottom - 6, 12):
        pen.line([(x0 + 6, y), (x1 - 6, y)], (*darker(colour, 0.4), 90), 3, solid=False)


def _glass_shine(pen, x0, x1, top, bottom):
    pen.poly(rounded_rect(x0 + 22, top + 30, x0 + 48, bottom - 40, 12), GLASS[0], solid=False)
    pen.poly(rounded_rect(x1 - 44, top + 40, x1 - 32, bottom - 60, 6), GLASS[1], solid=False)


def _label(pen, x0, x1, top, bottom, paper, band):
    pen.shade([(x0, top), (x1, top), (x1, bottom), (x0, bottom)],
              (darker(paper, 0.12), paper, darker(paper, 0.2)), (x0, 0), (x1, 0))
    pen.poly([(x0, top + 14), (x1, top + 14), (x1, top + 34), (x0, top + 34)], band)
    pen.poly([(x0, bottom - 34), (x1, bottom - 34), (x1, bottom - 14), (x0, bottom - 14)], band)


@drawing("BB", angle=0)
def black_beans(pen, variant):
    rng = random.Random(variant)
    jar = rounded_rect(330, 330, 670, 810, 50)
    pen.shade(jar, ((40, 32, 28), (70, 58, 50), (30, 24, 22)), (330, 0), (670, 0))
    for _ in range(70):  # the beans seen through the glass
        _bean(pen, rng.uniform(360, 640), rng.uniform(360, 780), rng.uniform(0, 180),
              (rng.randint(24, 46), rng.randint(18, 34), rng.randint(16, 30)))
    _label(pen, 330, 670, 520, 700, ((250, 226, 140), (246, 242, 230), (250, 214, 120))[
        variant % 3], LIDS[variant % 3])
    pen.dot(500, 610, 40, darker(LIDS[variant % 3], 0.1), solid=False)
    _bean(pen, 500, 610, 30, (250, 244, 230))
    _glass_shine(pen, 330, 670, 330, 810)
    _lid(pen, 320, 680, 262, 340, LIDS[variant % 3])
    for _ in range(9):  # a few spilled in front
        _bean(pen, rng.uniform(240, 800), rng.uniform(830, 880), rng.uniform(0, 180))


@drawing("SA", angle=0)
def sauce_bottle(pen, variant):
    look = variant % 3
    sauce = ((60, 34, 22), (176, 30, 20), (172, 100, 30))[look]
    cap = ((200, 36, 30), (40, 120, 60), (214, 170, 60))[look]
    body = [(420, 200), (580, 200)] + bezier((580, 300), (600, 340), (650, 360), (650, 430)) + [
        (650, 840)] + ellipse(610, 840, 40, 40, 0, 90, 12) + ellipse(390, 840, 40, 40, 90, 180,
                                                                      12) + [(350, 430)]
    body += bezier((350, 430), (350, 360), (400, 340), (420, 300))
    pen.shade(body, (darker(sauce, 0.4), lighter(sauce, 0.2), sauce, darker(sauce, 0.5)),
              (350, 0), (650, 0))
    pen.poly(rounded_rect(410, 190, 590, 216, 8), lighter(cap, 0.1))
    pen.shade(rounded_rect(420, 110, 580, 200, 16),
              (darker(cap, 0.3), lighter(cap, 0.3), cap, darker(cap, 0.35)), (420, 0), (580, 0))
    for x in range(436, 570, 16):
        pen.line([(x, 122), (x, 190)], (*darker(cap, 0.35), 110), 4, solid=False)
    paper = ((250, 206, 60), (246, 242, 230), (236, 226, 200))[look]
    _label(pen, 350, 650, 500, 760, paper, cap)
    pen.dot(500, 630, 62, darker(paper, 0.12), solid=False)
    if look == 1:  # a chili on the label
        pen.line(bezier((460, 600), (480, 660), (530, 670), (560, 640)), (210, 40, 30), 26,
                 solid=False)
        pen.line([(458, 600), (450, 584)], (40, 120, 60), 10, solid=False)
    else:  # an oyster or a fish on the label
        pen.poly(ellipse(500, 630, 46, 30), darker(sauce, 0.1), solid=False)
        pen.poly([(540, 630), (570, 606), (570, 654)], darker(sauce, 0.1), solid=False)
    pen.poly(rounded_rect(376, 380, 396, 480, 10), GLASS[0], solid=False)
    pen.poly(rounded_rect(376, 780, 396, 830, 10), GLASS[0], solid=False)


@drawing("PV", angle=0)
def preserved_vegetables(pen, variant):
    rng = random.Random(variant + 10)
    look = variant % 3
    pieces = (((120, 130, 40), (160, 150, 60), (90, 100, 30)),
              ((220, 180, 90), (200, 150, 60), (236, 200, 120)),
              ((244, 170, 160), (236, 150, 140), (250, 196, 186)))[look]
    jar = rounded_rect(270, 420, 730, 820, 90)
    pen.shade(jar, (darker(pieces[0], 0.3), pieces[1], darker(pieces[2], 0.2)), (270, 0),
              (730, 0))
    for _ in range(40):
        x, y = rng.uniform(330, 630), rng.uniform(470, 760)
        colour = rng.choice(pieces)
        if look == 2:  # pickled ginger: thin round slices
            pen.poly(rotate(ellipse(x + 30, y, 34, 18, steps=24), rng.uniform(0, 180), (x, y)),
                     (*colour, 220))
        else:  # strips of mustard green or radish
            a = rng.uniform(0, math.pi)
            pen.line([(x, y), (x + 40 * math.cos(a), y + 40 * math.sin(a))], (*colour, 230),
                     16 if look == 0 else 24)
    pen.shade([(270, 560), (730, 560), (730, 700), (270, 700)],
              ((220, 210, 190), (250, 246, 236), (214, 204, 184)), (270, 0), (730, 0))
    pen.poly(rounded_rect(380, 596, 620, 664, 30), LIDS[(variant + 1) % 3], solid=False)
    _glass_shine(pen, 270, 730, 420, 820)
    pen.poly(rounded_rect(300, 392, 700, 430, 10), (230, 230, 226))
    _lid(pen, 290, 710, 320, 400, ((214, 170, 60), (200, 40, 36), (40, 110, 60))[look])


@drawing("SN", angle=-4)
def snack_pouch(pen, variant):
    rng = random.Random(variant + 20)
    colour = ((236, 120, 24), (40, 110, 180), (200, 40, 60))[variant % 3]
    pouch = [(300, 190), (700, 190)] + bezier((700, 190), (730, 400), (740, 600), (720, 840)) + \
        bezier((720, 840), (600, 870), (400, 870), (280, 840)) + \
        bezier((280, 840), (260, 600), (270, 400), (300, 190))
    pen.shade(pouch, (darker(colour, 0.25), lighter(colour, 0.25), colour, darker(colour, 0.3)),
              (270, 0), (740, 0))
    teeth = [(300, 190)] + [(300 + k * 20, 170 if k % 2 else 190) for k in range(21)]
    pen.poly(teeth + [(700, 250), (300, 250)], darker(colour, 0.1))
    pen.line([(310, 262), (690, 262)], (*darker(colour, 0.4), 120), 4, solid=False)
    # The window shows fish crackers inside.
    pen.shade(ellipse(500, 560, 160, 170), ((252, 242, 210), (236, 214, 160)), (0, 390),
              (0, 730))
    for _ in range(14):
        x, y = rng.uniform(400, 600), rng.uniform(440, 680)
        pen.line(ellipse(x, y, 30, 22, 0, 300, 24), (226, 186, 120), 12, solid=False)
    pen.line(ellipse(500, 560, 160, 170), (255, 255, 255), 10, solid=False, closed=True)
    pen.poly(rounded_rect(360, 300, 640, 360, 20), (255, 255, 255, 220), solid=False)
    pen.poly(rounded_rect(400, 760, 600, 800, 14), (255, 236, 120), solid=False)
    pen.poly([(300, 200), (330, 200), (340, 840), (300, 830)], (255, 255, 255, 50), solid=False)
    for _ in range(5):  # a few crackers in front of the pouch
        x, y = rng.uniform(220, 800), rng.uniform(880, 930)
        pen.line(ellipse(x, y, 36, 26, 0, 300, 24), (232, 200, 140), 14)

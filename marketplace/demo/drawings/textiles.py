"""Textiles and garments: workwear, aprons, T-shirts and polo shirts, home textiles."""

from . import drawing
from .canvas import bezier, darker, ellipse, lighter, mirror, rounded_rect


def _cloth(colour):
    return (lighter(colour, 0.12), colour, darker(colour, 0.12))


def _folds(pen, colour, lines):
    for line in lines:
        pen.line(line, (*darker(colour, 0.25), 70), 10, solid=False)


def _half_shirt(long_sleeves):
    """The left half of a garment laid flat, from the neck round to the middle of the hem."""
    if long_sleeves:
        sleeve = [(290, 200), (150, 470), (120, 780), (210, 790), (250, 520), (300, 420)]
    else:
        sleeve = [(290, 200), (130, 330), (200, 440), (300, 390)]
    return [(430, 170)] + sleeve + [(300, 860), (500, 860)]


def _garment(pen, colour, *, long_sleeves=False):
    left = _half_shirt(long_sleeves)
    outline = left + mirror(left, 500)[1:]
    outline = outline[:-1] + bezier((570, 170), (550, 230), (450, 230), (430, 170))
    pen.shade(outline, _cloth(colour), (0, 170), (0, 860))
    _folds(pen, colour, [bezier((360, 500), (380, 600), (360, 700), (380, 820)),
                         bezier((640, 480), (620, 600), (650, 700), (630, 820)),
                         [(310, 410), (290, 240)], [(690, 410), (710, 240)]])
    return outline


@drawing("TS", angle=0)
def t_shirt(pen, variant):
    colour = ((36, 60, 110), (200, 50, 50), (60, 140, 90))[variant % 3]
    _garment(pen, colour)
    if variant % 3 == 1:  # polo shirt: collar, placket and buttons
        for side in (-1, 1):
            pen.poly([(500 + side * 72, 166), (500 + side * 14, 250), (500 + side * 100, 236)],
                     lighter(colour, 0.15))
        pen.poly([(484, 230), (516, 230), (516, 360), (484, 360)], darker(colour, 0.1))
        for y in (270, 320):
            pen.dot(500, y, 9, (244, 240, 230))
    else:
        pen.line(bezier((428, 172), (450, 236), (550, 236), (572, 172)), darker(colour, 0.25),
                 16)
        pen.poly(rounded_rect(440, 180, 560, 200, 6), (250, 250, 250, 60), solid=False)


@drawing("WW", angle=0)
def workwear(pen, variant):
    look = variant % 3
    if look == 2:  # hi-vis vest: sleeveless, V neck, reflective bands
        vest = [(400, 160), (300, 200), (280, 420), (290, 860), (710, 860), (720, 420),
                (700, 200), (600, 160), (520, 420), (480, 420)]
        pen.shade(vest, _cloth((214, 236, 40)), (0, 160), (0, 860))
        for y in (560, 700):
            pen.poly([(286, y), (714, y), (714, y + 50), (288, y + 50)], (206, 210, 214))
        for x in (300, 700):
            pen.poly([(x - 22, 200), (x + 22, 200), (x + 22, 560), (x - 22, 560)],
                     (206, 210, 214))
        pen.line([(500, 420), (500, 860)], (120, 130, 20), 6)
        return
    colour = ((246, 246, 244), (40, 60, 96))[look]
    _garment(pen, colour, long_sleeves=True)
    pen.poly(rounded_rect(420, 150, 580, 200, 14), darker(colour, 0.08))  # mandarin collar
    pen.line([(560, 200), (560, 860)], (*darker(colour, 0.2), 150), 6)
    button = (40, 40, 44) if look == 0 else (200, 200, 206)
    for y in range(260, 760, 100):  # double-breasted
        pen.dot(420, y, 14, button)
        pen.dot(600, y, 14, button)
    pen.poly(rounded_rect(360, 250, 420, 280, 6), darker(colour, 0.15), solid=False)


@drawing("AP", angle=0)
def apron(pen, variant):
    colour = ((36, 36, 40), (60, 96, 150), (196, 170, 120))[variant % 3]
    pen.line(ellipse(500, 150, 110, 84, 180, 360), darker(colour, 0.1), 22)
    outline = [(390, 150), (610, 150), (620, 330)] + bezier((620, 330), (650, 400), (720, 420),
                                                             (760, 430))
    outline += [(790, 860), (210, 860), (240, 430)] + bezier((240, 430), (280, 420),
                                                             (350, 400), (380, 330))
    pen.shade(outline, _cloth(colour), (0, 150), (0, 860))
    for x0, x1 in ((760, 880), (240, 120)):  # waist ties
        pen.line(bezier((x0, 440), (x1, 470), (x1, 600), ((x0 + x1) / 2, 700)),
                 darker(colour, 0.1), 22)
    pocket = rounded_rect(370, 540, 630, 700, 16)
    pen.poly(pocket, darker(colour, 0.08))
    pen.line(pocket, lighter(colour, 0.35), 4, solid=False, closed=True)
    pen.line([(500, 540), (500, 700)], lighter(colour, 0.35), 4, solid=False)
    _folds(pen, colour, [bezier((330, 600), (320, 700), (340, 780), (320, 850)),
                         bezier((680, 600), (690, 700), (670, 780), (690, 850))])


def _towel(pen, x0, x1, top, height, colour, border, *, checks=False):
    """A folded towel seen from the front and a little above: front, top and right side."""
    depth_x, depth_y = 70, 90
    inset = height * 0.3
    left, right = x0 + inset, x1 - inset
    side = [(right, top), (right + depth_x, top - depth_y),
            (right + depth_x, top - depth_y + height), (right, top + height)]
    pen.poly(side, darker(colour, 0.2))
    top_face = [(left, top), (right, top), (right + depth_x, top - depth_y),
                (left + depth_x, top - depth_y)]
    pen.shade(top_face, (lighter(colour, 0.2), lighter(colour, 0.05)), (0, top - depth_y),
              (0, top))
    front = rounded_rect(x0, top, x1, top + height, height / 2.2)
    pen.shade(front, (lighter(colour, 0.15), colour, darker(colour, 0.3)), (0, top),
              (0, top + height))
    if checks:
        for k in range(1, 7):
            x = left + k * (right - left) / 7
            pen.line([(x, top), (x + depth_x, top - depth_y)], (*border, 110), 20, solid=False)
            pen.line([(x, top + 6), (x, top + height - 6)], (*border, 110), 20, solid=False)
        for k in (1, 2):
            y = top + k * height / 3
            pen.line([(x0 + 16, y), (x1 - 16, y)], (*border, 110), 20, solid=False)
    else:
        for x in (left + 40, right - 40):
            pen.line([(x, top + 4), (x, top + height - 4)], border, 16, solid=False)
            pen.line([(x, top), (x + depth_x, top - depth_y)], border, 16, solid=False)


@drawing("HT", angle=0)
def towels(pen, variant):
    look = variant % 3
    stacks = (((240, 240, 236), (150, 190, 214), (30, 80, 130)),
              ((246, 246, 242), (246, 246, 242), (246, 246, 242)),
              ((214, 170, 150), (200, 210, 190), (236, 220, 180)))[look]
    borders = ((70, 120, 170), (200, 40, 40), (140, 110, 80))
    height = 140
    for k, colour in enumerate(stacks):
        _towel(pen, 200 + k * 14, 720 - k * 14, 720 - k * height, height, colour,
               borders[look] if look else darker(colour, 0.25), checks=look == 1)

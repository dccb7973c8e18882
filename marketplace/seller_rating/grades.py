"""Grades, best first, and what "at least grade X" means (search filters read this)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Grade(models.TextChoices):
    A = "A", _("A (excellent)")
    B = "B", _("B (good)")
    C = "C", _("C (fair)")
    D = "D", _("D (poor)")
    #: Too little history for a score that means anything.
    NEW = "new", _("New seller")


#: Graded, best first.
GRADES = (Grade.A.value, Grade.B.value, Grade.C.value, Grade.D.value)


def grades_at_least(grade: str) -> tuple[str, ...]:
    """The grades as good as `grade` or better ("B" -> ("A", "B")); () for an unknown grade."""
    if grade not in GRADES:
        return ()
    return GRADES[: GRADES.index(grade) + 1]

from .decision import ModerationDecision
from .digest import ModerationDigest
from .job import Benefit, Job, JobActionRefused, JobQuerySet, JobRequirement
from .report import JobReport
from .screening import ScreeningQuestion

__all__ = [
    "Benefit",
    "Job",
    "JobActionRefused",
    "JobQuerySet",
    "JobRequirement",
    "JobReport",
    "ModerationDecision",
    "ModerationDigest",
    "ScreeningQuestion",
]

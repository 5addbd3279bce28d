from .application import (
    Application,
    ApplicationAnswer,
    ApplicationEvent,
    ApplicationNote,
    SavedJob,
    TransitionRefused,
)
from .job import Benefit, Job, JobActionRefused, JobQuerySet, JobRequirement
from .report import JobReport
from .screening import ScreeningQuestion

__all__ = [
    "Application",
    "ApplicationAnswer",
    "ApplicationEvent",
    "ApplicationNote",
    "SavedJob",
    "TransitionRefused",
    "Benefit",
    "Job",
    "JobActionRefused",
    "JobQuerySet",
    "JobRequirement",
    "JobReport",
    "ScreeningQuestion",
]

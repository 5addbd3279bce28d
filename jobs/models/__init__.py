from .job import Job, JobQuerySet, JobRequirement

__all__ = ["Job", "JobQuerySet", "JobRequirement"]

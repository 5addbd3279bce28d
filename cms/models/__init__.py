from .guides import GuideIndexPage, GuidePage, GuidePageTag
from .home import HomePage, HomePageFeaturedJob
from .states import StateRequirementsIndexPage, StateRequirementsPage

__all__ = [
    "GuideIndexPage",
    "GuidePage",
    "GuidePageTag",
    "HomePage",
    "HomePageFeaturedJob",
    "StateRequirementsIndexPage",
    "StateRequirementsPage",
]

# The candidate, organisation and job fixtures are shared with the application tests.
from tests.applications.conftest import (  # noqa: F401
    application,
    candidate,
    job,
    member,
    moderator,
    organisation,
    other_candidate,
    other_member,
    resume,
    users,
)

"""Nothing to seed yet (filled in by this app's issue)."""


def seed(*, size, rng, out):
    return "nothing to do"

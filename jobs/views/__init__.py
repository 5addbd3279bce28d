"""Job pages: public (the job page, reporting), employer (posting and managing), moderation."""

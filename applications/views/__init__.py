"""Application pages: the candidate's side (``candidate``), the employer's pipeline
(``employer``) and résumé downloads (``resumes``).

Access: candidates see only their own applications, employers only applications to their
organisation's jobs; anything else is 404 (no hint that it exists). Moderators get no access
to applications or résumés: moderation is about postings and organisations, and a résumé is
shared with the employers a candidate chose.
"""

"""Job factories, one subclass per status (as python.org does); tests and seed_demo share them."""

from datetime import timedelta
from decimal import Decimal

import factory
from django.conf import settings
from django.utils import timezone

from employers.factories import VerifiedOrganisationFactory
from pharmacy.pay import PayUnit
from pharmacy.vocabulary import Duty, EmploymentType, Setting, Shift

from .models import Benefit, Job, JobRequirement, ScreeningQuestion

# Realistic titles and duty mixes per setting (O*NET 29-2052.00 tasks, real postings' wording).
PROFILES: dict[str, dict] = {
    Setting.COMMUNITY_RETAIL: {
        "titles": [
            "Pharmacy Technician",
            "Certified Pharmacy Technician",
            "Lead Pharmacy Technician",
        ],
        "duties": [
            Duty.DATA_ENTRY,
            Duty.FILL_LABEL,
            Duty.CUSTOMER_SERVICE,
            Duty.INSURANCE,
            Duty.IMMUNIZATIONS,
        ],
        "summary": "Help our pharmacists fill prescriptions accurately and look after patients at "
        "the counter and drive-through.",
    },
    Setting.HOSPITAL: {
        "titles": [
            "Inpatient Pharmacy Technician",
            "Pharmacy Technician II",
            "Hospital Pharmacy Technician",
        ],
        "duties": [Duty.UNIT_DOSE, Duty.ADC_RESTOCK, Duty.DELIVERY, Duty.STERILE, Duty.CONTROLLED],
        "summary": "Keep our inpatient units supplied: cart fill, automated dispensing cabinet "
        "restocks and first-dose deliveries.",
    },
    Setting.AMBULATORY_CLINIC: {
        "titles": ["Clinic Pharmacy Technician", "Outpatient Pharmacy Technician"],
        "duties": [Duty.PRIOR_AUTH, Duty.MED_HISTORY, Duty.INSURANCE, Duty.DATA_ENTRY],
        "summary": "Support our clinic pharmacists with prior authorizations and medication "
        "histories for patients seen the same day.",
    },
    Setting.LONG_TERM_CARE: {
        "titles": ["Long-Term Care Pharmacy Technician", "LTC Pharmacy Technician"],
        "duties": [Duty.FILL_LABEL, Duty.UNIT_DOSE, Duty.DATA_ENTRY, Duty.CONTROLLED],
        "summary": "Prepare blister packs and cycle fills for the skilled nursing facilities we "
        "serve.",
    },
    Setting.MAIL_ORDER: {
        "titles": ["Mail Order Pharmacy Technician", "Central Fill Technician"],
        "duties": [Duty.FILL_LABEL, Duty.DATA_ENTRY, Duty.INVENTORY, Duty.TECH_CHECK_TECH],
        "summary": "Work on our high-volume automated fill lines, keeping every order accurate.",
    },
    Setting.SPECIALTY: {
        "titles": ["Specialty Pharmacy Technician", "Patient Access Technician"],
        "duties": [Duty.PRIOR_AUTH, Duty.INSURANCE, Duty.CUSTOMER_SERVICE, Duty.DATA_ENTRY],
        "summary": "Help patients start specialty therapies: benefits checks, prior "
        "authorizations and refill calls.",
    },
    Setting.HOME_INFUSION: {
        "titles": ["Home Infusion Pharmacy Technician", "Infusion Compounding Technician"],
        "duties": [Duty.STERILE, Duty.INVENTORY, Duty.DELIVERY],
        "summary": "Compound IV antibiotics and TPN in our USP <797> cleanroom for patients "
        "treated at home.",
    },
    Setting.COMPOUNDING_STERILE: {
        "titles": [
            "IV Room Technician",
            "Sterile Compounding Technician",
            "CSPT Pharmacy Technician",
        ],
        "duties": [Duty.STERILE, Duty.HAZARDOUS, Duty.INVENTORY],
        "summary": "Prepare sterile products, including hazardous drugs, under USP <797> and "
        "<800>.",
    },
    Setting.COMPOUNDING_NONSTERILE: {
        "titles": ["Compounding Pharmacy Technician"],
        "duties": [Duty.NONSTERILE, Duty.FILL_LABEL, Duty.INVENTORY],
        "summary": "Compound creams, capsules and suspensions to prescribers' specifications.",
    },
    Setting.TELEPHARMACY: {
        "titles": ["Remote Pharmacy Technician", "Remote Prior Authorization Technician"],
        "duties": [Duty.PRIOR_AUTH, Duty.DATA_ENTRY, Duty.INSURANCE, Duty.CUSTOMER_SERVICE],
        "summary": "Work from home on prescription intake, insurance follow-up and patient calls.",
    },
    Setting.MANAGED_CARE: {
        "titles": ["PBM Pharmacy Technician", "Prior Authorization Technician"],
        "duties": [Duty.PRIOR_AUTH, Duty.INSURANCE, Duty.DATA_ENTRY],
        "summary": "Review prior authorization requests against plan criteria.",
    },
    Setting.NUCLEAR: {
        "titles": ["Nuclear Pharmacy Technician"],
        "duties": [Duty.STERILE, Duty.DELIVERY, Duty.INVENTORY],
        "summary": "Prepare unit doses of radiopharmaceuticals for hospitals and imaging "
        "centres, early-morning shifts.",
    },
}
SETTINGS = list(PROFILES)

# One real ZIP per state for tests and small data sets (demo data spreads over many more).
ZIPS = {"TX": "78701", "CA": "94103", "OH": "43215", "NY": "10001", "WA": "98101", "PA": "19104"}


def description_for(setting: str, title: str) -> str:
    profile = PROFILES.get(setting, PROFILES[Setting.COMMUNITY_RETAIL])
    return (
        f"<p>{profile['summary']}</p>"
        f"<h3>About the role</h3><p>As our {title}, you work under the supervision of a "
        "licensed pharmacist and are part of a team that takes accuracy seriously.</p>"
        "<ul><li>Paid training on our systems</li><li>Predictable schedules posted two "
        "weeks ahead</li></ul>"
    )


class JobFactory(factory.django.DjangoModelFactory):
    """A complete draft in Austin, TX, with a national-certification requirement."""

    organisation = factory.SubFactory(VerifiedOrganisationFactory)
    setting = Setting.COMMUNITY_RETAIL
    title = factory.LazyAttributeSequence(
        lambda o, n: PROFILES[o.setting]["titles"][n % len(PROFILES[o.setting]["titles"])]
    )
    description = factory.LazyAttribute(lambda o: description_for(o.setting, o.title))
    employment_types = factory.LazyFunction(lambda: [EmploymentType.FULL_TIME])
    shifts = factory.LazyFunction(lambda: [Shift.DAY, Shift.WEEKEND])
    duties = factory.LazyAttribute(lambda o: list(PROFILES[o.setting]["duties"]))
    benefits = factory.LazyFunction(lambda: [Benefit.HEALTH, Benefit.CERTIFICATION_PAID])
    workplace = Job.Workplace.ONSITE
    state = "TX"
    zip_code = factory.LazyAttribute(lambda o: ZIPS.get(o.state, ""))
    city = ""
    pay_min = Decimal("18.00")
    pay_max = Decimal("22.50")
    pay_unit = PayUnit.HOUR
    lifting_lb = 25
    status = Job.Status.DRAFT

    class Meta:
        model = Job
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        job = model_class(*args, **kwargs)
        job.clean()  # Fills city and coordinates from the ZIP, as the form does.
        job.save()
        return job

    @factory.post_generation
    def requirements(self, create, extracted, **kwargs):
        """Pass requirements=[("ptcb-cspt", "required", None), …]; default: national cert."""
        if not create:
            return
        wanted = (
            extracted if extracted is not None else [("national-certification", "required", 90)]
        )
        # Saved one by one, as the job form's formset does: the save signals write the job's
        # search rows (its text and facet bits) with the requirements.
        for code, level, days in wanted:
            JobRequirement.objects.create(job=self, code=code, level=level, within_days=days)

    @factory.post_generation
    def questions(self, create, extracted, **kwargs):
        if create and extracted:
            ScreeningQuestion.objects.bulk_create(
                ScreeningQuestion(job=self, text=text, kind=kind, knockout_answer=knockout)
                for text, kind, knockout in extracted
            )


class DraftJobFactory(JobFactory):
    pass


class PendingJobFactory(JobFactory):
    status = Job.Status.PENDING_REVIEW
    submitted_at = factory.LazyFunction(timezone.now)


class PublishedJobFactory(JobFactory):
    status = Job.Status.PUBLISHED
    submitted_at = factory.LazyFunction(timezone.now)
    published_at = factory.LazyFunction(timezone.now)
    expires_at = factory.LazyFunction(
        lambda: timezone.now() + timedelta(days=settings.JOB_EXPIRY_DAYS)
    )


class ExpiredJobFactory(PublishedJobFactory):
    status = Job.Status.EXPIRED
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=40))
    expires_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=10))
    closed_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=10))


class ClosedJobFactory(PublishedJobFactory):
    status = Job.Status.CLOSED
    closed_at = factory.LazyFunction(timezone.now)

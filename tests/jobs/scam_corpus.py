"""A labelled corpus of job postings for measuring the scam screen (``jobs.scam``).

Written from the FTC's job-scam guidance (consumer.ftc.gov "Job Scams", "Fake Check Scams")
and the Better Business Bureau's Scam Tracker reports on employment scams, before the rules
were tuned: the scams vary their wording, order, spelling and casing the way real ones do;
the legitimate postings are ordinary pharmacy-technician ads, including the wordings that
look alarming out of context (certification paid, no fee, direct deposit, sign-on bonus,
background check paid by the employer, "text us to schedule").

``Case.pay`` is the posting's top hourly pay (what the form stores as ``pay_max_hourly``);
``organisation`` and ``contact`` are the posting organisation's name and the poster's email.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    title: str
    text: str
    pay: float | None = None
    organisation: str = "Independent Pharmacy"
    contact: str = ""


SCAMS: tuple[Case, ...] = (
    # Fees for training, materials, starter kits --------------------------------------------
    Case(
        "Remote Pharmacy Technician",
        "A one-time $200 fee covers your training materials. Once you are set up we will mail "
        "you a check to buy your home-office equipment. Please send your banking information "
        "by text so payroll can be arranged.",
    ),
    Case(
        "Pharmacy Tech - Work From Home",
        "New hires pay a small $79 registration fee for the onboarding portal; it is refunded "
        "with your first paycheck.",
    ),
    Case(
        "Pharmacy Technician Trainee (remote)",
        "TRAINING PACKAGE: $149.99, payable before day one. No experience needed!!",
    ),
    Case(
        "Entry level pharmacy assistant",
        "to get started you must purchase the starter kit ($95) from our approved supplier, "
        "it includes scrubs and the training binder",
    ),
    Case(
        "Data Entry / Pharmacy Tech",
        "Candidates are responsible for the cost of their own training course ($250) which "
        "must be paid upfront.",
    ),
    Case(
        "Pharmacy technician",
        "Secure your place in the next cohort with a refundable deposit of $120.",
    ),
    Case(
        "Mail-order pharmacy tech",
        "Certification processing charge: $60. Pay it through the link we send and your "
        "interview will be confirmed.",
    ),
    Case(
        "Remote Rx Tech",
        "There's an enrollment fee of 175 dollars for the orientation program, after that "
        "you're on the team.",
    ),
    # Equipment you pay for, or buy with their check -----------------------------------------
    Case(
        "Work from home pharmacy technician",
        "You'll need to buy your own laptop and scanner from our vendor; we reimburse you later.",
    ),
    Case(
        "Home-based pharmacy billing tech",
        "We send you a cheque for your workstation setup. Deposit it, keep $300 for yourself and "
        "send the rest to our equipment supplier.",
    ),
    Case(
        "Virtual pharmacy assistant",
        "Our company will be mailing you a check; use it to purchase the required software "
        "and printer from the vendor we name.",
    ),
    Case(
        "Remote Pharmacy Tech",
        "Purchase of the equipment (laptop, headset) is the employee's responsibility, roughly "
        "$600, paid to our IT partner.",
    ),
    # Background-check and screening fees ----------------------------------------------------
    Case(
        "Pharmacy Technician - Immediate Start",
        "Applicants must cover the $45 background check fee before orientation.",
    ),
    Case(
        "CPhT wanted",
        "Drug screen and background screening: $65, paid by the applicant via the link we "
        "email you.",
    ),
    Case(
        "Pharmacy tech (weekend)",
        "Before we can onboard you, pay for your background check ($39.99) on the portal.",
    ),
    # Checks to deposit, overpayment -------------------------------------------------------
    Case(
        "Pharmacy Assistant (remote)",
        "Your first task: deposit the check we send by mobile deposit, then forward the "
        "balance to our supplier.",
    ),
    Case(
        "Pharmacy Tech - Home Based",
        "We accidentally overpaid your signing check. Please return the difference by money order.",
    ),
    Case(
        "Pharmacy clerk",
        "You will receive a cashiers check for $2,450. Cash it and keep $400 as your first "
        "week's pay.",
    ),
    Case(
        "Remote prescription processor",
        "A check will be mailed to you for supplies; deposit it into your account and wait for "
        "instructions.",
    ),
    Case(
        "Pharmacy Technician",
        "we overpay on purpose the first week so you can send the extra back to the coordinator",
    ),
    # Gift cards, crypto, wire transfers, payment apps --------------------------------------
    Case(
        "Pharmacy tech (remote)",
        "Training is paid with Apple gift cards; buy two $100 cards and send us the codes.",
    ),
    Case(
        "Remote pharmacy assistant",
        "purchase google play gift cards for the onboarding and text photos of the backs",
    ),
    Case(
        "Pharmacy technician",
        "The starter fee is payable in Bitcoin or USDT only.",
    ),
    Case(
        "Pharmacy Billing Tech",
        "Your equipment allowance will arrive as crypto; convert it and send it to the vendor "
        "wallet.",
    ),
    Case(
        "Pharmacy tech",
        "Send $150 via Western Union to reserve your training slot.",
    ),
    Case(
        "Home Pharmacy Technician",
        "A $90 activation payment is due by Zelle or Cash App before your first shift.",
    ),
    Case(
        "Pharmacy technician - remote",
        "Please wire the deposit to our account; details follow once you accept.",
    ),
    Case(
        "Rx Tech",
        "Pay the uniform cost through venmo @rx-hr-dept.",
    ),
    # Interviews only by chat app ------------------------------------------------------------
    Case(
        "Pharmacy Technician",
        "Interview on Telegram @pharmhire_mgr. Interviews are held Monday to Friday.",
    ),
    Case(
        "Remote Pharmacy Tech",
        "Add our hiring manager on WhatsApp (+1 415 555 0187) for a quick chat interview.",
    ),
    Case(
        "Pharmacy technician, work from home",
        "Interviews are conducted via the Signal app. Message our recruiter to begin.",
    ),
    Case(
        "Pharmacy assistant",
        "Our HR team will interview you over Google Chat; make sure you have a Gmail account.",
    ),
    Case(
        "Pharmacy Tech",
        "contact the recruiter on telegram: @rxcareersHR",
    ),
    Case(
        "Mail order pharmacy technician",
        "Reach Mrs. Dalton on whats app for your online interview.",
    ),
    Case(
        "PHARMACY TECHNICIAN",
        "INTERVIEW VIA TELEGRAM ONLY. NO PHONE CALLS.",
    ),
    Case(
        "Pharmacy technician (part time)",
        "The hiring process is done through Google Hangouts chat with our onboarding manager.",
    ),
    Case(
        "Remote pharmacy tech",
        "Download Wickr Me and add user rxhiring2024 for the interview.",
    ),
    # Interviews by text only ----------------------------------------------------------------
    Case(
        "Pharmacy Technician",
        "The interview is done by text message. Text 'READY' to (312) 555-0148 to start.",
    ),
    Case(
        "Pharmacy tech - remote",
        "No phone or video interview: our interview is held via text chat with the manager.",
    ),
    Case(
        "Pharmacy Assistant",
        "you will be interviewed through SMS, answer the questions we text you within the hour",
    ),
    # Bank details, SSN, ID before any offer -------------------------------------------------
    Case(
        "Pharmacy Technician",
        "To apply, include your SSN and a photo of your driver's license with your resume.",
    ),
    Case(
        "Remote pharmacy tech",
        "Provide your bank account and routing number with your application for faster payroll.",
    ),
    Case(
        "Pharmacy tech",
        "email a scan of your ID and your social security number so we can shortlist you",
    ),
    Case(
        "Pharmacy technician (nights)",
        "Applicants should submit their online banking login for direct payroll verification.",
    ),
    Case(
        "Pharmacy clerk",
        "Send your full name, date of birth, Social Security # and bank details to hr desk.",
    ),
    # Pay far above the market ------------------------------------------------------------------
    Case(
        "Pharmacy Technician - Remote",
        "Earn $65/hour processing prescriptions from home. Hiring immediately, no interview "
        "needed.",
        pay=65,
    ),
    Case(
        "Pharmacy tech, no experience",
        "Make $3,500 a week from home! No experience, no interview. Start today.",
    ),
    Case(
        "Entry-Level Pharmacy Technician",
        "Starting pay $58 an hour, immediate hire, positions filling fast.",
        pay=58,
    ),
    Case(
        "Pharmacy tech",
        "Weekly pay of $2,800 for 20 hours of easy remote work. Apply now, limited spots.",
    ),
    # Free-mail contact for a named chain ----------------------------------------------------
    Case(
        "CVS Pharmacy Technician",
        "CVS Health is hiring remote technicians. Send your resume to cvs.hr.department@gmail.com.",
        organisation="CVS Health Careers",
        contact="cvs.hr.department@gmail.com",
    ),
    Case(
        "Walgreens Pharmacy Tech - Remote",
        "Apply to Walgreens recruiting: walgreenshiring@outlook.com. Hiring immediately.",
        organisation="Walgreens Recruiting Team",
        contact="walgreenshiring@outlook.com",
    ),
    Case(
        "Pharmacy Technician (Rite Aid)",
        "Rite Aid needs pharmacy techs now, reply to riteaid.careers@yahoo.com with your details.",
        organisation="Rite Aid Hiring",
        contact="riteaid.careers@yahoo.com",
    ),
    Case(
        "Optum Rx remote pharmacy technician",
        "Optum Rx home delivery: contact our recruiter at optumrx.recruit@hotmail.com.",
        organisation="OptumRx Staffing",
        contact="optumrx.recruit@hotmail.com",
    ),
    # Combinations ----------------------------------------------------------------------------
    Case(
        "Pharmacy Technician - Urgent",
        "URGENT hiring, no interview required. Text our manager at 555-0199 and pay the $50 "
        "kit fee by gift card.",
    ),
    Case(
        "Work-from-home pharmacy tech",
        "We will send a check for your equipment. Deposit it through your bank's app and "
        "purchase the equipment from our vendor. Contact us on WhatsApp.",
    ),
    Case(
        "Remote Pharmacy Technician, $55/hr",
        "Interviews via Telegram. $55/hr, start this week. Send your SSN for the background check.",
        pay=55,
    ),
    Case(
        "pharmacy tech needed asap",
        "no interview, start immediately, $50/hr. message us on whatsapp +44 7700 900123",
        pay=50,
    ),
    Case(
        "Kroger Pharmacy Technician",
        "Kroger pharmacy is hiring immediately, no interview! Send name, address and bank "
        "details to krogerpharmacyjobs@gmail.com.",
        organisation="Kroger Pharmacy Jobs",
        contact="krogerpharmacyjobs@gmail.com",
    ),
    Case(
        "Remote Pharmacy Data Tech",
        "Interviews happen over chat on the Signal messenger. After that, a $120 training "
        "fee is due in cryptocurrency.",
    ),
    Case(
        "Pharmacy Technician",
        "Congratulations in advance! You've been pre-selected. Kindly forward your bank "
        "account details and a copy of your ID to proceed.",
    ),
    Case(
        "Pharmacy tech (home based)",
        "You get paid $1,900/week. We mail you a check to set up your home office; deposit it "
        "and send the surplus back by Zelle.",
    ),
    # Written after the rules were tuned, to see how they do on wordings they never saw --
    Case(
        "Remote Pharmacy Technician - Flexible Hours",
        "Kindly note that all new staff are expected to settle a $180 compliance training "
        "charge before receiving login credentials.",
    ),
    Case(
        "Pharmacy Tech (Home Office)",
        "Our finance department will courier you a certified check. After it clears, you "
        "will transfer the leftover funds to the equipment company.",
    ),
    Case(
        "Pharmacy Order Entry Clerk",
        "Interviews are conducted strictly on Telegram messenger, look up @OrderEntryHR.",
    ),
    Case(
        "Pharmacy Technician Position",
        "Please provide your checking account number and SSN on the attached form so HR can "
        "start the background screening.",
    ),
    Case(
        "Walmart Pharmacy Technician - Remote",
        "Walmart Pharmacy is recruiting! Email your CV to walmartpharmacy.hr@aol.com today.",
        organisation="Walmart Pharmacy HR",
        contact="walmartpharmacy.hr@aol.com",
    ),
    Case(
        "pharmacy assistant work from home",
        "u will get $48 per hr for data entry. start right away, no interview",
        pay=48,
    ),
    Case(
        "Pharmacy Technician",
        "To activate your account, load $100 onto a Visa gift card and send a picture of the "
        "card to your supervisor.",
    ),
    Case(
        "Pharmacy Technician - Remote Verification",
        "Your onboarding coordinator will text you the interview questions; reply by SMS with "
        "your answers.",
    ),
    Case(
        "Pharmacy tech — mail order",
        "The company requires a refundable security deposit of $250 for the laptop we loan you.",
    ),
    Case(
        "Pharmacy Technician, remote",
        "Payment for the certification exam voucher ($129) goes through our partner's Bitcoin ATM.",
    ),
)


LEGITIMATE: tuple[Case, ...] = (
    # Retail -----------------------------------------------------------------------------------
    Case(
        "Pharmacy Technician - Retail",
        "Fill and label prescriptions, run the register and help patients at the drive-thru. "
        "We pay for your certification and your renewal CE.",
        pay=19.5,
    ),
    Case(
        "Certified Pharmacy Technician",
        "Busy community pharmacy in Austin. There is no fee to apply. Paid weekly by direct "
        "deposit.",
        pay=21,
    ),
    Case(
        "Pharmacy Technician (Sign-on Bonus)",
        "$1,000 sign-on bonus paid after 90 days. Competitive pay, paid time off and a 401(k) "
        "match.",
        pay=22,
    ),
    Case(
        "Pharmacy Tech Trainee",
        "No experience? We will train you. Tuition reimbursement up to $2,500 a year for the "
        "PTCB exam prep course.",
        pay=16.5,
    ),
    Case(
        "Pharmacy Technician - Evenings",
        "A background check is required after an offer (paid by the employer). Drug screen "
        "at our expense.",
        pay=18,
    ),
    Case(
        "Pharmacy Technician",
        "Questions? Text us to schedule a visit to the pharmacy, or call the store at "
        "(512) 555-0134.",
        pay=18.75,
    ),
    Case(
        "Retail Pharmacy Technician",
        "Count, measure and label prescriptions; check stock levels daily; answer phones and "
        "resolve insurance rejections.",
        pay=17.25,
    ),
    Case(
        "Lead Pharmacy Technician",
        "Supervise four technicians, manage inventory and the will-call area. Immediate "
        "start available for the right candidate after interviews.",
        pay=24,
    ),
    Case(
        "Pharmacy Technician - Grocery Pharmacy",
        "Employee discount on groceries, shift differential for evenings, direct deposit "
        "every other Friday.",
        pay=19,
    ),
    Case(
        "Pharmacy Technician (Independent)",
        "Family-owned pharmacy. Reach us at hiring@smithfamilyrx.com or stop by the store to "
        "meet the pharmacist. We do not charge applicants any fees.",
        pay=18,
        organisation="Smith Family Pharmacy",
        contact="hiring@smithfamilyrx.com",
    ),
    Case(
        "Pharmacy Cashier / Tech-in-training",
        "We'll cover the cost of your state registration and the PTCB exam. Paid training "
        "from day one.",
        pay=15.5,
    ),
    Case(
        "Pharmacy Technician - Weekend",
        "Weekend shifts with a $2/h differential. We reimburse the PTCB exam fee after 90 days.",
        pay=20,
    ),
    Case(
        "Pharmacy Technician II",
        "Process new prescriptions, contact prescribers for refills and handle prior "
        "authorizations. Hiring immediately for our new location; interviews this week.",
        pay=21.5,
    ),
    Case(
        "Small-town pharmacy technician",
        "We're a two-pharmacist shop; email the owner at rxdowntown@gmail.com with a short "
        "note about yourself and we'll set up an in-person interview.",
        pay=17,
        organisation="Downtown Drug",
        contact="rxdowntown@gmail.com",
    ),
    Case(
        "Pharmacy Technician (CVS experience a plus)",
        "Experience with Walgreens, CVS or Rite Aid systems is helpful but not required. "
        "Apply at careers.heartlandrx.com.",
        pay=19,
        organisation="Heartland Rx",
        contact="jobs@heartlandrx.com",
    ),
    # Hospital --------------------------------------------------------------------------------
    Case(
        "Inpatient Pharmacy Technician",
        "Prepare unit-dose medications, restock automated dispensing cabinets and deliver to "
        "nursing units. Employer-paid background check and health screening.",
        pay=23,
        organisation="St. Luke's Health",
    ),
    Case(
        "IV Room Pharmacy Technician",
        "Compound sterile preparations under USP <797>. Night shift differential; sign-on "
        "bonus of $3,000 for experienced CSPT.",
        pay=27,
    ),
    Case(
        "Pharmacy Technician - Hospital (Nights)",
        "We pay for your certification within your first year and provide scrubs. "
        "Background check and drug screen required; no cost to you.",
        pay=22.5,
    ),
    Case(
        "Pharmacy Buyer / Technician",
        "Manage wholesaler orders, returns and drug shortages. Purchase medications from "
        "approved wholesalers and reconcile invoices.",
        pay=25,
    ),
    Case(
        "Medication Reconciliation Technician",
        "Interview patients in the emergency department to collect medication histories. "
        "Excellent communication skills needed.",
        pay=24.5,
    ),
    Case(
        "Pharmacy Technician - Operating Room",
        "Stock anesthesia trays and controlled-substance kits. Tuition assistance and "
        "retirement plan.",
        pay=26,
    ),
    Case(
        "Senior Pharmacy Technician - Cancer Center",
        "Hazardous compounding under USP <800>. Shift differential; direct deposit; paid holidays.",
        pay=28,
    ),
    Case(
        "Pharmacy Tech, Children's Hospital",
        "Signal detection and drug safety reporting experience a plus. Relocation "
        "assistance available.",
        pay=24,
    ),
    Case(
        "Pharmacy Informatics Technician",
        "Build and check drug records in Epic Willow. Laptop and equipment are provided by the "
        "hospital.",
        pay=30,
    ),
    Case(
        "Pharmacy Technician - Float Pool",
        "Cover inpatient and outpatient pharmacies across three campuses; mileage reimbursed. "
        "A check of your license status is done by HR before the interview.",
        pay=25,
    ),
    # Long-term care -----------------------------------------------------------------------
    Case(
        "LTC Pharmacy Technician",
        "Fill blister packs and cycle fills for nursing homes. Paid training; no experience "
        "needed. Weekly pay by direct deposit.",
        pay=18.5,
    ),
    Case(
        "Long-Term Care Pharmacy Delivery Technician",
        "Deliver medications to facilities in a company vehicle. Valid driver's license and "
        "clean driving record required; we run the MVR check at our cost.",
        pay=17.5,
    ),
    Case(
        "Pharmacy Technician - Long Term Care (Overnight)",
        "Overnight order entry for skilled nursing facilities. $2,000 sign on bonus, paid "
        "in two installments.",
        pay=21,
    ),
    Case(
        "LTC Data Entry Technician",
        "Enter orders from faxes and e-prescriptions. You will complete I-9 paperwork with "
        "your ID on your first day.",
        pay=19,
    ),
    Case(
        "Pharmacy Technician, Institutional Pharmacy",
        "Text or call Maria at 555-0170 to schedule your interview at our Dallas facility.",
        pay=20,
    ),
    Case(
        "LTC Pharmacy Technician - Urgent Need",
        "Urgently hiring two technicians. Interviews held on site this week; offers made "
        "within 48 hours.",
        pay=20.5,
    ),
    # Mail order ----------------------------------------------------------------------------
    Case(
        "Mail Order Pharmacy Technician",
        "Verify and package prescriptions for shipment in our automated central-fill "
        "facility. We pay your PTCB exam fee.",
        pay=19.75,
    ),
    Case(
        "Home Delivery Pharmacy Tech",
        "Answer member calls about refills, benefits and shipping. Paid training class of "
        "four weeks; no fees of any kind.",
        pay=18.25,
    ),
    Case(
        "Mail Service Pharmacy Technician II",
        "Resolve claims and coordinate with prescribers. Sign-on bonus $750. Direct deposit "
        "and tuition reimbursement.",
        pay=22,
    ),
    Case(
        "Central Fill Technician",
        "Operate counting robots and check labels against the order. Start date: immediately "
        "after your background check, which we pay for.",
        pay=18,
    ),
    Case(
        "Specialty Pharmacy Technician",
        "Coordinate deliveries of specialty medications and help patients enroll in copay "
        "assistance programs.",
        pay=23.5,
    ),
    Case(
        "Patient Care Coordinator (Specialty Pharmacy)",
        "Call patients to schedule refills, verify insurance and process prior authorizations. "
        "We text you shift reminders.",
        pay=21,
    ),
    # Compounding ----------------------------------------------------------------------------
    Case(
        "Compounding Pharmacy Technician",
        "Prepare creams, capsules and suspensions. Training in non-sterile compounding "
        "provided; no training fee, ever.",
        pay=20,
    ),
    Case(
        "Sterile Compounding Technician",
        "Cleanroom work under USP 797; media-fill testing done on site. The company pays for "
        "your CSPT certification and the exam fee.",
        pay=26.5,
    ),
    Case(
        "Veterinary Compounding Technician",
        "Flavored suspensions and transdermals for pets. Free parking, uniforms provided at no "
        "cost.",
        pay=19.25,
    ),
    Case(
        "503B Outsourcing Technician",
        "GMP documentation and aseptic filling. Overtime available; direct deposit; sign-on bonus.",
        pay=25,
    ),
    Case(
        "Compounding Tech - Hormone Therapy",
        "Weigh and mix bioidentical hormone preparations. Send your resume to "
        "careers@precisioncompounding.com.",
        pay=21,
        organisation="Precision Compounding",
        contact="careers@precisioncompounding.com",
    ),
    # Remote billing / prior authorization -------------------------------------------------
    Case(
        "Remote Pharmacy Billing Technician",
        "Work from home resolving rejected claims. We ship you a laptop, monitors and headset; "
        "all equipment provided.",
        pay=20,
    ),
    Case(
        "Prior Authorization Technician (Remote)",
        "Submit PAs through CoverMyMeds and follow up with payers. Hiring immediately; video "
        "interview with the team lead.",
        pay=21.5,
    ),
    Case(
        "Remote Pharmacy Technician - Claims",
        "Audit pharmacy claims from home. Equipment shipped to you at no cost. Paid via direct "
        "deposit, twice monthly.",
        pay=22,
    ),
    Case(
        "Pharmacy Benefits Call Center Technician",
        "Help members with coverage questions. Background check required (paid by employer). "
        "Internet stipend of $50 a month.",
        pay=19,
    ),
    Case(
        "Remote Medication Therapy Management Technician",
        "Schedule MTM calls for pharmacists. We never ask applicants for bank details or "
        "payment. You will set up direct deposit after you are hired.",
        pay=20.5,
    ),
    Case(
        "Telepharmacy Technician",
        "Work at our rural telepharmacy site while a remote pharmacist verifies via video. "
        "We pay for your certification.",
        pay=21,
    ),
    Case(
        "Pharmacy Revenue Cycle Technician (Remote)",
        "Reconcile payments and remittances; post checks and EFTs to patient accounts.",
        pay=23,
    ),
    # Tricky, realistic wording --------------------------------------------------------------
    Case(
        "Pharmacy Technician - Sign-On Bonus!",
        "Up to $5,000 sign-on bonus! Hiring immediately for all shifts. Apply online and we'll "
        "call you within two days.",
        pay=24,
    ),
    Case(
        "Pharmacy Technician Apprentice",
        "Earn while you learn: our apprenticeship pays $16/h and covers all exam and "
        "certification costs. No cost to you.",
        pay=16,
    ),
    Case(
        "Pharmacy Technician - Text to Apply",
        "Text JOBS to 55123 to start your application, then we'll book a phone interview.",
        pay=18,
    ),
    Case(
        "Pharmacy Technician (Bilingual)",
        "Spanish speakers encouraged. Payroll is by direct deposit or paycard; we'll collect "
        "your banking details during onboarding after an offer is accepted.",
        pay=20,
    ),
    Case(
        "Pharmacy Technician, Clinic Pharmacy",
        "We reimburse the cost of your state technician license and pay a $500 bonus when you "
        "pass the PTCB exam.",
        pay=21,
    ),
    Case(
        "Pharmacy Technician (Per Diem)",
        "Per diem shifts at $26/h. Apply with the form below; no fees, no subscriptions.",
        pay=26,
    ),
    Case(
        "Pharmacy Technician - Military Base Clinic",
        "Security clearance check required, paid by the contractor. US citizenship required.",
        pay=24,
    ),
    Case(
        "Nuclear Pharmacy Technician",
        "Early-morning shifts preparing radiopharmaceuticals. Company car, $3,000 sign-on "
        "bonus and tuition reimbursement.",
        pay=27.5,
    ),
    Case(
        "Pharmacy Technician - Urgent Care",
        "Dispense at the point of care. Immediate start; no experience needed; we will train. "
        "Interview in person at the clinic.",
        pay=18,
    ),
    Case(
        "Pharmacy Technician - Gift Shop & Outpatient",
        "Outpatient pharmacy next to the hospital gift shop. Employee wellness program with a "
        "$25 gift card for completing the health survey.",
        pay=19.5,
    ),
    Case(
        "Pharmacist in Charge",
        "Lead a busy retail pharmacy. Competitive salary; relocation bonus.",
        pay=68,
    ),
    Case(
        "Clinical Pharmacist - Ambulatory Care",
        "PharmD required. Manage anticoagulation and diabetes clinics.",
        pay=62,
    ),
    # Written after the rules were tuned (see the same note in SCAMS) ------------------------
    Case(
        "Pharmacy Technician - Retail (Rotating Shifts)",
        "Rotating shifts including one weekend in three. We cover your state registration "
        "fee and your PTCB recertification.",
        pay=19,
    ),
    Case(
        "Inpatient Pharmacy Technician II",
        "Check medication carts, deliver STAT orders and maintain crash cart trays. "
        "Background checks are conducted at no charge to candidates.",
        pay=23,
    ),
    Case(
        "Pharmacy Technician (Drive-Thru)",
        "Apply today! Interviews start next week at the store. Uniform shirts provided; "
        "employees get 20% off.",
        pay=17.5,
    ),
    Case(
        "Remote Pharmacy Intake Specialist",
        "Enter prescriptions from home on a company laptop. Candidates interview by video "
        "with the intake supervisor; we text a link to the calendar.",
        pay=20,
    ),
    Case(
        "Pharmacy Technician - Specialty Infusion",
        "Mix IV antibiotics for home infusion patients. Weekly paychecks via direct deposit; "
        "referral bonus of $500.",
        pay=24,
    ),
    Case(
        "Pharmacy Technician Trainee - Retail",
        "Paid training and a free PTCB exam voucher. Hiring immediately at all four stores.",
        pay=16,
    ),
    Case(
        "Pharmacy Inventory Technician",
        "Order supplies from our wholesaler, receive deliveries and handle returns of expired "
        "stock.",
        pay=20,
    ),
    Case(
        "Pharmacy Technician (Walgreens franchise experience welcome)",
        "Independent pharmacy owned by two pharmacists. Questions: email the owner, "
        "jane.ortiz.rph@gmail.com.",
        pay=19,
        organisation="Ortiz Family Pharmacy",
        contact="jane.ortiz.rph@gmail.com",
    ),
    Case(
        "Pharmacy Technician - Correctional Facility",
        "State employee benefits. A fingerprint-based background check is required; the "
        "department pays the fee.",
        pay=22,
    ),
    Case(
        "Pharmacy Technician - Hospice",
        "Prepare comfort kits for hospice patients and coordinate deliveries with nurses.",
        pay=21,
    ),
)

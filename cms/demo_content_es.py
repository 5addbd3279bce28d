"""The Spanish words `demo_spanish.py` and `demo.py` seed: each English page's prose and the
state rules' words, in US Spanish (usted, docs/glossary-es.md). Only words live here: a state
page's facts (state, board, the rules' numbers and their sources) come from the English page
and the state rules, never from this file, and each guide keeps the English guide's numbers and
live-jobs searches (tests/cms check both).
"""

from .demo_content import (
    HOSPITAL,
    LTC,
    NATIONAL,
    RETAIL,
    STERILE,
    callout_block,
    faq_block,
    h_block,
    jobs_block,
    p_block,
    table_block,
)

FAQ = "Preguntas frecuentes"
HOME = {
    "hero_heading": "Empleos de técnico de farmacia a los que sí puede aspirar",
    "hero_text": (
        "Busque vacantes por entorno de práctica y estado, y vea de un vistazo si su "
        "certificación PTCB o NHA y su registro estatal cumplen los requisitos de cada empleo."
    ),
    "employer_heading": "¿Contrata técnicos de farmacia?",
    "employer_text": (
        "Publique un empleo una vez y llegue a técnicos cuyas credenciales coinciden con él."
    ),
    "search_description": (
        "Empleos de técnico de farmacia según su certificación PTCB o NHA y su registro "
        "estatal, con guías profesionales y los requisitos de cada estado."
    ),
}
GUIDES_INDEX = {
    "title": "Guías profesionales",
    "intro": (
        "Guías prácticas para técnicos de farmacia: cómo empezar, cómo elegir una "
        "certificación, las reglas de cada estado y las trayectorias profesionales, cada una "
        "con los empleos disponibles que le corresponden."
    ),
}
STATES_INDEX = {
    "title": "Requisitos por estado",
    "intro": (
        "Lo que cada estado pide a los técnicos de farmacia. Cada regla muestra su fuente y la "
        "fecha de nuestra última revisión; los estados que aún no hemos revisado están "
        "indicados como tales."
    ),
}
BLS_SOURCE = (
    "Fuente: Oficina de Estadísticas Laborales de EE. UU. (BLS), Occupational Outlook "
    "Handbook, Pharmacy Technicians (SOC 29-2052)."
)

# State pages by USPS code: title and summary only (the facts are the English page's).
STATE_PAGES = {
    "TX": {
        "title": "Requisitos para técnicos de farmacia en Texas",
        "summary": "Nadie puede trabajar como técnico de farmacia en Texas sin un registro de "
        "la junta: primero como aprendiz y luego como técnico registrado con certificación "
        "PTCB o NHA.",
    },
    "CA": {
        "title": "Requisitos para técnicos de farmacia en California",
        "summary": "California otorga licencias a los técnicos de farmacia: diploma de "
        "preparatoria (high school) o GED más una vía que califique (entre ellas, la "
        "certificación PTCB o NHA o una escuela de farmacia) y huellas digitales.",
    },
    "OH": {
        "title": "Requisitos para técnicos de farmacia en Ohio",
        "summary": "Ohio registra a los técnicos de farmacia en tres niveles: aprendiz, técnico "
        "registrado y técnico certificado.",
    },
    "NY": {
        "title": "Requisitos para técnicos de farmacia en Nueva York",
        "summary": "Nueva York otorga la licencia de “registered pharmacy technician” para "
        "hospitales y otros centros del Artículo 28 y las farmacias que estos poseen; los "
        "técnicos de otras farmacias de Nueva York no necesitan una credencial estatal.",
    },
    "WA": {
        "title": "Requisitos para técnicos de farmacia en Washington",
        "summary": "Washington certifica a los técnicos de farmacia: 18 años o más, diploma de "
        "preparatoria (high school) o GED, capacitación aprobada y un examen nacional en el "
        "plazo de un año.",
    },
    "PA": {
        "title": "Requisitos para técnicos de farmacia en Pensilvania",
        "summary": "Pensilvania registra a los técnicos de farmacia y a los aprendices según la "
        "Ley 140 de 2020; el registro es obligatorio a partir del 28 de junio de 2026.",
    },
}

# The state rules' words (their `_es` fields) by USPS code and tier order, beside the English of
# `demo_content.STATE_RULES`: the same facts, numbers and citations; official titles stay in
# English (they are the states' own names, shown as such).
_HIGH_SCHOOL = "Diploma de preparatoria (high school)"
_OH_UNCONFIRMED_NOTE = (
    "La edad mínima de 18 años (17 para un aprendiz en un programa técnico-profesional "
    "aprobado) y una verificación de antecedentes penales para cada nivel figuran en "
    "ORC 4729.90 y OAC 4729:3-2-01; todavía no los hemos confirmado en el sitio de la junta."
)
_OH_RENEWAL_NOTE = "El ciclo de renovación no está confirmado."
_PA_CE = "3 horas de capacitación para reconocer el maltrato infantil (antes del registro)"
_PA_NOTES = (
    "Registro según la Ley 140 de 2020; regla final 55 Pa.B. 4335 (28 de junio de "
    "2025); registro obligatorio a partir del 28 de junio de 2026. Ambos niveles exigen una "
    "verificación de antecedentes del FBI y 3 horas de capacitación sobre maltrato infantil."
)
NY_SCOPE = (
    "Solo se exige en los centros con licencia según el Artículo 28 de la Ley de Salud Pública "
    "(Public Health Law): hospitales, residencias de ancianos y centros de diagnóstico y "
    "tratamiento, y las farmacias que estos poseen y operan. Los técnicos de otras farmacias "
    "de Nueva York (minoristas, por correo) no necesitan una credencial estatal."
)
STATE_RULES = {
    ("TX", 1): {
        "education_es": "Diploma de preparatoria (high school) o GED, o estar cursándolo",
        "notes_es": "En Texas nadie sin registro puede trabajar como técnico de farmacia. El "
        "registro de aprendiz dura hasta 2 años y no se puede renovar.",
    },
    ("TX", 2): {
        "ce_topics_es": "1 hora de legislación farmacéutica de Texas y un curso sobre trata de "
        "personas",
    },
    ("CA", 1): {
        "education_es": (
            "Diploma de preparatoria (high school) o GED más una de estas vías: un título de "
            "asociado en tecnología farmacéutica, un curso de capacitación de 240 horas, un "
            "curso acreditado por ASHP, el título de una escuela de farmacia acreditada por "
            "ACPE, la certificación PTCB o NHA (ExCPT) o la formación en farmacia de las "
            "fuerzas armadas"
        ),
        "notes_es": "La junta acepta el ExCPT de NHA como vía desde el 1 de enero de 2017.",
    },
    ("OH", 1): {
        "notes_es": "El registro de aprendiz dura 1 año y no se puede renovar. "
        + _OH_UNCONFIRMED_NOTE,
    },
    ("OH", 2): {
        "education_es": "Capacitación de técnico aprobada por la junta",
        "notes_es": _OH_RENEWAL_NOTE,
    },
    ("OH", 3): {"notes_es": _OH_RENEWAL_NOTE},
    ("NY", 1): {
        "education_es": _HIGH_SCHOOL,
        "practice_limits_es": NY_SCOPE,
        "notes_es": "Nueva York no tiene nivel de aprendiz.",
    },
    ("WA", 1): {
        "education_es": "Diploma de preparatoria (high school) o GED más capacitación aprobada",
        "notes_es": "El examen nacional debe aprobarse en el plazo de 1 año.",
    },
    ("PA", 1): {"ce_topics_es": _PA_CE, "notes_es": _PA_NOTES},
    ("PA", 2): {"education_es": _HIGH_SCHOOL, "ce_topics_es": _PA_CE, "notes_es": _PA_NOTES},
}

# Guides by the English guide's slug: title, summary and body (tags stay the English ones).
GUIDES = {
    "how-to-become-a-pharmacy-technician": {
        "title": "Cómo ser técnico de farmacia",
        "summary": "En qué consiste el trabajo, el requisito de entrada habitual, el salario y "
        "las perspectivas, y los pasos de aprendiz a técnico certificado.",
        "body": [
            h_block("Qué hace un técnico de farmacia"),
            p_block(
                "<p>Los técnicos de farmacia trabajan bajo la supervisión de un farmacéutico con "
                "licencia. El trabajo incluye recibir y verificar recetas, ingresar datos, contar "
                "y medir, etiquetar, llevar el inventario y hacer pedidos, tramitar "
                "reclamaciones al seguro y cobros, y responder las preguntas de los pacientes. "
                "En algunos entornos, los técnicos también hacen preparación estéril y, donde "
                "la ley estatal lo permite y con capacitación, aplican vacunas.</p>"
            ),
            h_block("Qué necesita para empezar"),
            p_block(
                "<p>El requisito de entrada habitual es un <b>diploma de preparatoria (high "
                "school) o equivalente</b>. Los anuncios de empleo también mencionan exigencias "
                "físicas: estar de pie por períodos largos y levantar unas 10 lb con frecuencia "
                "y 20 lb de vez en cuando.</p>"
            ),
            p_block(
                "<ol><li>Averigüe qué pide su estado: un permiso de aprendiz, un registro, una "
                "licencia o una certificación estatal.</li><li>Complete un programa de "
                "capacitación o adquiera experiencia laboral supervisada.</li><li>Obtenga una "
                "certificación nacional (PTCB o NHA CPhT); muchos empleadores la piden dentro "
                "de los 90 días o los 6 meses posteriores a la contratación.</li></ol>"
            ),
            callout_block(
                "tip",
                "Empiece por su estado",
                "<p>Cada estado fija sus propias reglas. Nuestras "
                '<a href="/es/states/">páginas de requisitos por estado</a> muestran la fuente '
                "y la fecha de nuestra última revisión.</p>",
            ),
            h_block("Salario y perspectivas"),
            table_block(
                "Técnicos de farmacia en los Estados Unidos (BLS)",
                [
                    ["Dato", "Cifra"],
                    ["Salario mediano, mayo de 2023", "$40,300 al año ($19.37 por hora)"],
                    ["Empleos, 2023", "463,900"],
                    ["Empleos proyectados, 2033", "497,200 (+7%, más rápido que el promedio)"],
                    ["Vacantes cada año", "Unas 47,400"],
                ],
            ),
            p_block(f"<p>{BLS_SOURCE}</p>"),
            jobs_block("Empleos de técnico de farmacia disponibles"),
            faq_block(
                (
                    "¿Qué estudios necesito?",
                    "El requisito de entrada habitual es un diploma de preparatoria (high "
                    "school) o equivalente.",
                ),
                (
                    "¿Necesito estar certificado antes de mi primer empleo?",
                    "No siempre: muchos anuncios piden la certificación PTCB o NHA dentro de los "
                    "90 días o los 6 meses posteriores a la contratación. También pueden "
                    "aplicarse las reglas de su estado.",
                ),
                heading=FAQ,
            ),
        ],
    },
    "ptcb-or-nha-choosing-a-certification": {
        "title": "PTCB o NHA: cómo elegir una certificación",
        "summary": "PTCB y NHA otorgan una credencial llamada CPhT. Así se comparan sus "
        "exámenes, sus requisitos de elegibilidad y su renovación.",
        "body": [
            p_block(
                "<p>Dos organizaciones otorgan una certificación nacional de técnico de "
                "farmacia, y ambas la llaman <b>CPhT</b>: la Pharmacy Technician Certification "
                "Board (PTCB), mediante su examen PTCE, y la National Healthcareer Association "
                "(NHA), mediante su examen ExCPT. Cuando un anuncio dice “se requiere "
                "certificación nacional (PTCB o NHA)”, cualquiera de las dos cumple el "
                "requisito.</p>"
            ),
            table_block(
                "PTCB CPhT y NHA CPhT comparadas",
                [
                    ["", "PTCB CPhT", "NHA CPhT"],
                    ["Examen", "PTCE", "ExCPT"],
                    [
                        "Elegibilidad",
                        "Un programa de capacitación reconocido o al menos 500 horas de trabajo",
                        "Diploma de preparatoria (high school) más un programa de capacitación "
                        "o 1 año de trabajo supervisado",
                    ],
                    ["Renovación", "Cada 2 años", "Cada 2 años"],
                    [
                        "Educación continua",
                        "20 horas, con al menos 1 hora de legislación y 1 hora de seguridad del "
                        "paciente",
                        "20 horas, con al menos 1 hora de legislación y 1 hora de seguridad del "
                        "paciente",
                    ],
                ],
            ),
            h_block("Más opciones con PTCB"),
            p_block(
                "<p>PTCB también ofrece la Certified Compounded Sterile Preparation Technician "
                "(CSPT), que se renueva cada año y exige una PTCB CPhT activa y experiencia en "
                "preparación estéril; y la Advanced Certified Pharmacy Technician (CPhT-Adv), "
                "que exige una CPhT activa, 3 años de trabajo en los últimos 8 y 4 "
                "certificados basados en evaluación (o 3 más la CSPT). Quienes obtienen la "
                "CPhT-Adv conservan su número de CPhT.</p>"
            ),
            callout_block(
                "warning",
                "Revise su estado",
                "<p>Algunos estados indican qué exámenes aceptan. California, por ejemplo, "
                "acepta el ExCPT de NHA como vía para obtener la licencia solo desde el 1 de "
                "enero de 2017.</p>",
            ),
            jobs_block("Empleos que piden certificación nacional", requires=[NATIONAL]),
            faq_block(
                (
                    "¿Una PTCB CPhT es lo mismo que una NHA CPhT?",
                    "Ambas son certificaciones nacionales llamadas CPhT, de emisores distintos y "
                    "con exámenes distintos. Los empleadores que piden “PTCB o NHA” aceptan "
                    "cualquiera de las dos.",
                ),
                (
                    "¿Cada cuánto debo renovar?",
                    "Ambas se renuevan cada 2 años con 20 horas de educación continua.",
                ),
                heading=FAQ,
            ),
        ],
    },
    "state-registration-licensure-and-certification-explained": {
        "title": "Registro estatal, licencia y certificación: en qué se diferencian",
        "summary": "El registro, la licencia y la certificación nacional significan cosas "
        "distintas. Así se diferencian y así los usan algunos estados.",
        "body": [
            h_block("Tres palabras, tres significados"),
            p_block(
                "<ul><li><b>Registro</b>: figurar en la lista del estado.</li>"
                "<li><b>Licencia</b>: permiso para ejercer después de demostrar competencia."
                "</li><li><b>Certificación</b> (nacional): voluntaria y no gubernamental, como "
                "la PTCB o NHA CPhT.</li></ul>"
                "<p>Algunos estados también emiten su propio nivel de “técnico certificado”, "
                "permisos de aprendiz o títulos de asistente.</p>"
            ),
            h_block("Cómo lo hacen algunos estados"),
            p_block(
                "<ul><li>Texas: un registro de aprendiz y luego el de técnico registrado con "
                "certificación PTCB o NHA.</li><li>California: una licencia.</li><li>Ohio: "
                "aprendiz, técnico registrado y luego técnico certificado.</li><li>Nueva York: "
                "un “registered pharmacy technician” con licencia, necesario solo en hospitales "
                "y otros centros del Artículo 28 y en las farmacias que estos poseen.</li>"
                "<li>Washington: certificación estatal.</li><li>Pensilvania: registro, "
                "obligatorio a partir del 28 de junio de 2026.</li></ul>"
            ),
            callout_block(
                "tip",
                "Vea los detalles",
                '<p>Cada <a href="/es/states/">página estatal</a> muestra los niveles, la '
                "fuente y la fecha de nuestra última verificación.</p>",
            ),
            jobs_block("Empleos en Texas", state=["TX"]),
            faq_block(
                (
                    "¿La certificación nacional es lo mismo que una licencia estatal?",
                    "No. La certificación nacional es voluntaria y no gubernamental; el registro "
                    "o la licencia estatal los otorga el estado.",
                ),
                (
                    "¿Una credencial de un estado vale en otro?",
                    "El requisito estatal de un empleo solo se cumple con una credencial "
                    "emitida por ese estado.",
                ),
                heading=FAQ,
            ),
        ],
    },
    "career-paths-by-setting-retail-hospital-long-term-care-and-sterile-compounding": {
        "title": "Trayectorias por entorno: farmacia minorista, hospital, cuidados a largo plazo "
        "y preparación estéril",
        "summary": "Dónde trabajan los técnicos de farmacia y qué cambia de un entorno a otro.",
        "body": [
            p_block(
                "<p>Los técnicos trabajan en farmacias comunitarias y minoristas, hospitales y "
                "sistemas de salud, cuidados a largo plazo, preparación estéril y no estéril, "
                "farmacia por correo, farmacia de especialidad, infusión a domicilio y más.</p>"
            ),
            h_block("Farmacia minorista y comunitaria"),
            p_block(
                "<p>Las tareas habituales incluyen ingresar datos, surtir y etiquetar, tramitar "
                "reclamaciones al seguro y autorizaciones previas, y atender a los clientes en "
                "la caja.</p>"
            ),
            jobs_block("Empleos en farmacia minorista", setting=[RETAIL]),
            h_block("Hospitales y sistemas de salud"),
            p_block(
                "<p>El trabajo en un hospital puede incluir reabastecer gabinetes de "
                "dispensación automatizada, llenar carros de dosis unitarias, entregar "
                "medicamentos y recopilar historiales de medicamentos. En Nueva York, los "
                "hospitales y otros centros del Artículo 28 necesitan “registered pharmacy "
                "technicians” con licencia.</p>"
            ),
            jobs_block("Empleos en farmacia de hospital", setting=[HOSPITAL]),
            h_block("Cuidados a largo plazo"),
            p_block(
                "<p>Las farmacias de cuidados a largo plazo atienden a los residentes de centros "
                "de cuidado; el trabajo incluye surtir y etiquetar, llevar el inventario y "
                "entregar medicamentos.</p>"
            ),
            jobs_block("Empleos en cuidados a largo plazo", setting=[LTC]),
            h_block("Preparación estéril"),
            p_block(
                "<p>La preparación estéril (de IV y nutrición parenteral total, a veces con "
                "medicamentos peligrosos) es una especialidad. La certificación CSPT de PTCB "
                "exige una PTCB CPhT activa y experiencia en preparación estéril.</p>"
            ),
            jobs_block("Empleos en preparación estéril", setting=[STERILE]),
        ],
    },
    "keeping-your-credentials-current-ce-and-renewals": {
        "title": "Cómo mantener sus credenciales vigentes: educación continua y renovaciones",
        "summary": "Cada cuánto se renuevan las certificaciones PTCB y NHA, cuántas horas de "
        "educación continua exigen y qué agregan algunos estados.",
        "body": [
            h_block("Certificaciones nacionales"),
            table_block(
                "Renovación y educación continua",
                [
                    ["Credencial", "Renovación", "Educación continua"],
                    [
                        "PTCB CPhT",
                        "Cada 2 años",
                        "20 h, con ≥1 h de legislación y ≥1 h de seguridad del paciente",
                    ],
                    [
                        "NHA CPhT",
                        "Cada 2 años",
                        "20 h, con ≥1 h de legislación y ≥1 h de seguridad del paciente",
                    ],
                    ["PTCB CPhT-Adv", "Cada 2 años", "25 h"],
                    ["PTCB CSPT", "Cada año", "—"],
                    ["PTCB CPTEd", "Cada 2 años", "—"],
                ],
            ),
            p_block(
                "<p>Las certificaciones exigen educación continua y le dan letras después de su "
                "nombre; los certificados basados en evaluación de PTCB no.</p>"
            ),
            h_block("Renovaciones estatales"),
            p_block(
                "<p>Cada estado renueva en su propio ciclo. Los técnicos registrados de Texas "
                "renuevan cada 2 años con 20 horas de educación continua, que incluyen 1 hora "
                "de legislación farmacéutica de Texas y un curso sobre trata de personas. Nueva "
                "York renueva cada 3 años; California y Pensilvania, cada 2 años.</p>"
            ),
            callout_block(
                "warning",
                "No la deje vencer",
                "<p>Los empleadores verifican que las credenciales estén activas y vigentes. "
                "Una certificación o un registro vencido puede costarle una oferta de empleo."
                "</p>",
            ),
            jobs_block("Empleos que piden certificación PTCB", requires=["ptcb-cpht"]),
            faq_block(
                (
                    "¿Cuántas horas de educación continua necesita una CPhT?",
                    "20 horas cada 2 años, tanto para PTCB como para NHA, con al menos 1 hora "
                    "de legislación y 1 hora de seguridad del paciente.",
                ),
                heading=FAQ,
            ),
        ],
    },
}

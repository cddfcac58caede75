import ChancerySpine

/// The words of the steps after a selection, English and French side by side.
package enum SelectionStrings {
    package static let table: [String: (en: String, fr: String)] = [
        "recruitment.selection.error.appointment": (
            "The candidate cannot be appointed yet ({count} condition(s) not met): nothing was recorded.",
            "Le candidat ne peut pas encore être engagé ({count} condition(s) non remplie(s)) : rien n’a été enregistré."
        ),
        "recruitment.selection.reason.offer": (
            "The candidate has not accepted the offer.", "Le candidat n’a pas accepté l’offre."
        ),
        "recruitment.selection.reason.clearance": (
            "The security clearance has not been granted.", "L’habilitation de sécurité n’a pas été accordée."
        ),
        "recruitment.selection.reason.medical": (
            "The Health Office's medical approval is not “fit” (it is: {status}).",
            "L’approbation médicale du Bureau de santé n’est pas « apte » (elle est : {status})."
        ),
        "recruitment.selection.medical.fit": ("fit", "apte"),
        "recruitment.selection.medical.not-fit": ("not fit", "inapte"),
        "recruitment.selection.medical.pending": ("pending", "en attente"),
        "recruitment.selection.error.higherGrade": (
            "A candidate on the reserve list may be offered only a post of the same or a lower grade: {target} is higher than {source}. No offer was made.",
            "Un candidat inscrit sur la liste de réserve ne peut se voir proposer qu’un poste de grade égal ou inférieur : {target} est supérieur à {source}. Aucune offre n’a été faite."
        ),
        "recruitment.selection.error.unknownGrade": (
            "The grade of one of the two vacancies cannot be read, so Chancery cannot tell whether the post is at the same or a lower grade: complete the vacancy's grade first. No offer was made.",
            "Le grade de l’un des deux avis de vacance est illisible : Chancery ne peut pas vérifier que le poste est de grade égal ou inférieur. Complétez d’abord le grade de l’avis. Aucune offre n’a été faite."
        ),
        "recruitment.selection.error.sameVacancy": (
            "An offer from the reserve list is for another vacancy than the one the candidate applied to.",
            "Une offre tirée de la liste de réserve porte sur un autre avis de vacance que celui auquel le candidat a postulé."
        ),
        "recruitment.selection.error.notOnReserve": (
            "This candidate is not on a valid reserve list (never placed on it, or the list has expired): no offer was made.",
            "Ce candidat n’est pas inscrit sur une liste de réserve en cours de validité (jamais inscrit, ou liste expirée) : aucune offre n’a été faite."
        ),
        "recruitment.selection.error.noOffer": (
            "No offer has been made to this candidate: record the offer before its answer.",
            "Aucune offre n’a été faite à ce candidat : enregistrez l’offre avant sa réponse."
        ),
        "recruitment.selection.error.noHealthOffice": (
            "This installation runs no Health Office to give the medical approval.",
            "Cette installation ne compte pas de Bureau de santé pour donner l’approbation médicale."
        ),
        "recruitment.selection.error.invalid": (
            "{count} field(s) to correct: nothing was recorded.",
            "{count} champ(s) à corriger : rien n’a été enregistré."
        ),
        "recruitment.selection.reason.day": (
            "A day is written YYYY-MM-DD.", "Une date s’écrit AAAA-MM-JJ."
        ),
        "recruitment.selection.reason.future": (
            "This day may not be in the past.", "Cette date ne peut pas être dans le passé."
        ),
        "recruitment.selection.reason.answer": (
            "The answer is accepted or declined.", "La réponse est « acceptée » ou « déclinée »."
        ),
        "recruitment.selection.reason.clearanceStatus": (
            "The clearance status is requested, granted or refused.",
            "L’état de l’habilitation est « demandée », « accordée » ou « refusée »."
        ),
        "recruitment.selection.reason.vacancy": (
            "Choose the vacancy to offer.", "Choisissez l’avis de vacance à proposer."
        ),
        "recruitment.selection.answer.accepted": ("accepted", "acceptée"),
        "recruitment.selection.answer.declined": ("declined", "déclinée"),
        "recruitment.selection.clearance.requested": ("requested", "demandée"),
        "recruitment.selection.clearance.granted": ("granted", "accordée"),
        "recruitment.selection.clearance.refused": ("refused", "refusée"),
        "recruitment.selection.done.offer": ("The offer was recorded.", "L’offre a été enregistrée."),
        "recruitment.selection.done.offer-answer": (
            "The answer to the offer was recorded.", "La réponse à l’offre a été enregistrée."
        ),
        "recruitment.selection.done.clearance": (
            "The security clearance status was recorded.", "L’état de l’habilitation de sécurité a été enregistré."
        ),
        "recruitment.selection.done.medical": ("The Health Office has answered.", "Le Bureau de santé a répondu."),
        "recruitment.selection.done.appointment": ("The appointment was recorded.", "L’engagement a été enregistré."),
        "recruitment.selection.done.reserve": (
            "The candidate was placed on the reserve list.", "Le candidat a été inscrit sur la liste de réserve."
        ),
        "recruitment.selection.done.reserve-offer": (
            "A post of a similar nature was offered from the reserve list.",
            "Un poste de nature similaire a été proposé depuis la liste de réserve."
        ),
        "recruitment.selection.page.title": ("After selection", "Suites de la sélection"),
        "recruitment.selection.page.offer": ("Offer", "Offre"),
        "recruitment.selection.page.offerMade": ("Offer made on", "Offre faite le"),
        "recruitment.selection.page.offerFrom": (
            "Offered from the reserve list for", "Proposée depuis la liste de réserve pour"
        ),
        "recruitment.selection.page.answer": ("Answer", "Réponse"),
        "recruitment.selection.page.answeredOn": ("Answered on", "Répondu le"),
        "recruitment.selection.page.recordOffer": ("Record the offer", "Enregistrer l’offre"),
        "recruitment.selection.page.recordAnswer": ("Record the answer", "Enregistrer la réponse"),
        "recruitment.selection.page.on": ("On", "Le"),
        "recruitment.selection.page.clearance": ("Security clearance", "Habilitation de sécurité"),
        "recruitment.selection.page.status": ("Status", "État"),
        "recruitment.selection.page.requestedOn": ("Requested on", "Demandée le"),
        "recruitment.selection.page.decidedOn": ("Decided on", "Décidée le"),
        "recruitment.selection.page.recordClearance": ("Record the status", "Enregistrer l’état"),
        "recruitment.selection.page.medical": ("Medical approval", "Approbation médicale"),
        "recruitment.selection.page.medicalHelp": (
            "The Health Office answers fit, not fit or pending, with the day of its decision, and nothing else.",
            "Le Bureau de santé répond apte, inapte ou en attente, avec la date de sa décision, et rien d’autre."
        ),
        "recruitment.selection.page.askHealth": ("Ask the Health Office", "Interroger le Bureau de santé"),
        "recruitment.selection.page.askedAt": ("Last asked", "Dernière demande"),
        "recruitment.selection.page.appointment": ("Appointment", "Engagement"),
        "recruitment.selection.page.conditions": (
            "A candidate is appointed once they have accepted the offer, their security clearance is granted and the Health Office has found them fit.",
            "Un candidat est engagé une fois l’offre acceptée, son habilitation de sécurité accordée et son aptitude constatée par le Bureau de santé."
        ),
        "recruitment.selection.page.appointedOn": ("Appointed on", "Engagé le"),
        "recruitment.selection.page.startDate": ("Start date", "Date de prise de fonctions"),
        "recruitment.selection.page.appoint": ("Appoint", "Engager"),
        "recruitment.selection.page.reserve": ("Reserve list", "Liste de réserve"),
        "recruitment.selection.page.reserveUntil": ("Valid until", "Valable jusqu’au"),
        "recruitment.selection.page.placeOnReserve": ("Place on the reserve list", "Inscrire sur la liste de réserve"),
        "recruitment.selection.page.reserveList": ("Reserve list", "Liste de réserve"),
        "recruitment.selection.page.letters": ("Letters", "Lettres"),
        "recruitment.selection.page.none": ("not yet", "pas encore"),
        "recruitment.selection.page.candidate": ("Candidate", "Candidat"),
        "recruitment.selection.page.reference": ("Reference", "Référence"),
        "recruitment.selection.page.expired": ("expired", "expirée"),
        "recruitment.selection.page.offerPost": ("Offer this post", "Proposer ce poste"),
        "recruitment.selection.page.offerPostHelp": (
            "A candidate on the reserve list may be offered a post of a similar nature, at the same or a lower grade, while the list is valid.",
            "Un candidat inscrit sur la liste de réserve peut se voir proposer un poste de nature similaire, de grade égal ou inférieur, pendant la validité de la liste."
        ),
        "recruitment.selection.page.vacancy": ("Vacancy", "Avis de vacance"),
        "recruitment.selection.page.offered": ("Offered", "Proposé"),
        "recruitment.selection.page.noReserve": (
            "No candidate of this vacancy is on its reserve list.",
            "Aucun candidat de cet avis n’est inscrit sur sa liste de réserve."
        ),
    ]
}

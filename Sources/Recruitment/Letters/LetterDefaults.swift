/// The texts every installation starts with, in English and French: the first version of each template, which the
/// assistants then adapt.
package enum LetterDefaults {
    package struct Text: Sendable {
        package var kind: LetterKind
        package var language: LetterLanguage
        package var subject: String
        package var body: String
    }

    /// Who saved the first version of each template.
    package static let author = "chancery"

    package static let all: [Text] = [
        Text(
            kind: .acknowledgement, language: .en,
            subject: "Your application for {{vacancy.title}} ({{vacancy.number}})",
            body: """
                Dear {{candidate.name}},

                Thank you for your application for the post of {{vacancy.title}} (vacancy {{vacancy.number}}, grade {{vacancy.grade}}). It has been received under the reference {{application.reference}}; please quote it in any correspondence.

                Your application will be assessed against the requirements of the vacancy notice. Only the candidates selected for the next stage of the competition will be contacted.

                Yours sincerely,
                """),
        Text(
            kind: .acknowledgement, language: .fr,
            subject: "Votre candidature au poste de {{vacancy.title}} ({{vacancy.number}})",
            body: """
                Madame, Monsieur,

                Nous vous remercions de votre candidature au poste de {{vacancy.title}} (avis de vacance {{vacancy.number}}, grade {{vacancy.grade}}). Elle a été enregistrée sous la référence {{application.reference}}, à rappeler dans toute correspondance.

                Votre candidature sera examinée au regard des exigences de l’avis de vacance. Seuls les candidats retenus pour l’étape suivante du concours seront contactés.

                Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.
                """),
        Text(
            kind: .invitation, language: .en, subject: "Invitation: {{vacancy.title}} ({{vacancy.number}})",
            body: """
                Dear {{candidate.name}},

                Following your application for the post of {{vacancy.title}} (vacancy {{vacancy.number}}), we are pleased to invite you to the next stage of the competition on {{invitation.when}}, at {{invitation.place}}.

                Please confirm your attendance by replying to this letter, quoting the reference {{application.reference}}, and bring an identity document with a photograph.

                Yours sincerely,
                """),
        Text(
            kind: .invitation, language: .fr, subject: "Convocation : {{vacancy.title}} ({{vacancy.number}})",
            body: """
                Madame, Monsieur,

                À la suite de votre candidature au poste de {{vacancy.title}} (avis de vacance {{vacancy.number}}), nous avons le plaisir de vous convoquer à l’étape suivante du concours le {{invitation.when}}, à l’adresse suivante : {{invitation.place}}.

                Nous vous prions de confirmer votre présence en répondant à ce courrier, en rappelant la référence {{application.reference}}, et de vous munir d’une pièce d’identité avec photographie.

                Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.
                """),
        Text(
            kind: .regret, language: .en, subject: "Your application for {{vacancy.title}} ({{vacancy.number}})",
            body: """
                Dear {{candidate.name}},

                Thank you for the interest you have shown in the post of {{vacancy.title}} (vacancy {{vacancy.number}}). We regret to inform you that your application (reference {{application.reference}}) has not been retained.

                We encourage you to apply for other vacancies that match your profile, and wish you every success in your career.

                Yours sincerely,
                """),
        Text(
            kind: .regret, language: .fr,
            subject: "Votre candidature au poste de {{vacancy.title}} ({{vacancy.number}})",
            body: """
                Madame, Monsieur,

                Nous vous remercions de l’intérêt que vous avez porté au poste de {{vacancy.title}} (avis de vacance {{vacancy.number}}). Nous avons le regret de vous informer que votre candidature (référence {{application.reference}}) n’a pas été retenue.

                Nous vous invitons à postuler à d’autres avis de vacance correspondant à votre profil et vous souhaitons plein succès dans votre carrière.

                Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.
                """),
        Text(
            kind: .offer, language: .en, subject: "Offer of appointment: {{vacancy.title}} ({{vacancy.number}})",
            body: """
                Dear {{candidate.name}},

                Following the selection procedure for the post of {{vacancy.title}} (vacancy {{vacancy.number}}, grade {{vacancy.grade}}), {{vacancy.location}}, we are pleased to offer you this appointment.

                This offer is made subject to your obtaining the security clearance the post requires and to medical approval by the Health Office. Your appointment and its start date will be confirmed once both have been received.

                Please let us know within fourteen days whether you accept this offer, quoting the reference {{application.reference}}.

                Yours sincerely,
                """),
        Text(
            kind: .offer, language: .fr, subject: "Offre d’engagement : {{vacancy.title}} ({{vacancy.number}})",
            body: """
                Madame, Monsieur,

                À l’issue de la procédure de sélection pour le poste de {{vacancy.title}} (avis de vacance {{vacancy.number}}, grade {{vacancy.grade}}), {{vacancy.location}}, nous avons le plaisir de vous offrir cet engagement.

                Cette offre est faite sous réserve de l’obtention de l’habilitation de sécurité requise par le poste et de l’approbation médicale du Bureau de santé. Votre engagement et sa date de prise de fonctions vous seront confirmés dès réception de l’une et de l’autre.

                Nous vous prions de nous faire savoir dans les quatorze jours si vous acceptez cette offre, en rappelant la référence {{application.reference}}.

                Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.
                """),
        Text(
            kind: .reserve, language: .en, subject: "Reserve list: {{vacancy.title}} ({{vacancy.number}})",
            body: """
                Dear {{candidate.name}},

                Following the selection procedure for the post of {{vacancy.title}} (vacancy {{vacancy.number}}), we are pleased to inform you that you have been placed on the reserve list, which is valid until {{reserve.until}}.

                While the list is valid, you may be offered a post of a similar nature, at the same or a lower grade. Being on the list is no guarantee of an offer.

                Yours sincerely,
                """),
        Text(
            kind: .reserve, language: .fr, subject: "Liste de réserve : {{vacancy.title}} ({{vacancy.number}})",
            body: """
                Madame, Monsieur,

                À l’issue de la procédure de sélection pour le poste de {{vacancy.title}} (avis de vacance {{vacancy.number}}), nous avons le plaisir de vous informer que vous avez été inscrit(e) sur la liste de réserve, valable jusqu’au {{reserve.until}}.

                Pendant la validité de cette liste, un poste de nature similaire, au même grade ou à un grade inférieur, pourra vous être proposé. L’inscription sur la liste ne garantit pas une offre.

                Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.
                """),
    ]
}

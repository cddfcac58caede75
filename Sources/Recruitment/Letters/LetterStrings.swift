import ChancerySpine

/// The words of letters and their templates, English and French side by side.
package enum LetterStrings {
    package static let table: [String: (en: String, fr: String)] = [
        "recruitment.letters.required": ("This field is required.", "Ce champ est obligatoire."),
        "recruitment.letters.tooLong": ("At most {max} characters.", "Au plus {max} caractères."),
        "recruitment.letters.unknownPlaceholder": (
            "Chancery does not know {tags}: a template may use only these placeholders: {known}.",
            "Chancery ne connaît pas {tags} : un modèle ne peut employer que ces champs de fusion : {known}."
        ),
        "recruitment.letters.kind": (
            "Choose the kind of letter: acknowledgement, invitation, regret, offer or reserve list.",
            "Choisissez le type de lettre : accusé de réception, convocation, refus, offre ou liste de réserve."
        ),
        "recruitment.letters.language": (
            "A letter is written in English (en) or French (fr).",
            "Une lettre est rédigée en anglais (en) ou en français (fr)."
        ),
        "recruitment.letters.channelReason": (
            "the channel is email, post or hand", "le moyen d’envoi est email, post ou hand"
        ),
        "recruitment.letters.error.template": (
            "The template has {count} field(s) to correct: nothing was saved.",
            "Le modèle comporte {count} champ(s) à corriger : rien n’a été enregistré."
        ),
        "recruitment.letters.error.letter": (
            "The letter has {count} field(s) to correct: no letter was produced.",
            "La lettre comporte {count} champ(s) à corriger : aucune lettre n’a été produite."
        ),
        "recruitment.letters.error.noTemplate": (
            "There is no letter template {name}.", "Il n’existe pas de modèle de lettre {name}."
        ),
        "recruitment.letters.error.notOnReserve": (
            "This candidate is not on the reserve list: place them on it (with its expiry date) before producing the reserve-list letter.",
            "Ce candidat n’est pas inscrit sur la liste de réserve : inscrivez-le (avec la date d’expiration de la liste) avant de produire la lettre de liste de réserve."
        ),
        "recruitment.letters.error.noPDF": (
            "The PDF of this letter cannot be made at the moment; its HTML version can be printed instead.",
            "Le PDF de cette lettre ne peut pas être produit pour l’instant ; sa version HTML peut être imprimée à la place."
        ),
        "recruitment.letters.letterhead": (
            "North Atlantic Treaty Organization", "Organisation du Traité de l’Atlantique Nord"
        ),
        "recruitment.letters.section": ("Civilian Human Resources", "Ressources humaines civiles"),
        "recruitment.letters.backToLetters": (
            "Back to the letters of the application", "Retour aux lettres de la candidature"
        ),
        "recruitment.letters.ourReference": ("Our reference:", "Notre référence :"),
        "recruitment.letters.signature": (
            "The Recruitment Section, Civilian Human Resources",
            "La Section du recrutement, Ressources humaines civiles"
        ),
        "recruitment.letters.kind.acknowledgement": ("Acknowledgement", "Accusé de réception"),
        "recruitment.letters.kind.invitation": (
            "Invitation to a test or interview", "Convocation à une épreuve ou à un entretien"
        ),
        "recruitment.letters.kind.regret": ("Regret", "Lettre de refus"),
        "recruitment.letters.kind.offer": (
            "Offer (subject to clearance and medical approval)",
            "Offre (sous réserve d’habilitation et d’approbation médicale)"
        ),
        "recruitment.letters.kind.reserve": ("Reserve list", "Liste de réserve"),
        "recruitment.letters.language.en": ("English", "anglais"),
        "recruitment.letters.language.fr": ("French", "français"),
        "recruitment.letters.state.produced": ("Produced, not sent", "Produite, non envoyée"),
        "recruitment.letters.state.sent": ("Sent", "Envoyée"),
        "recruitment.letters.channel.email": ("email", "courriel"),
        "recruitment.letters.channel.post": ("post", "courrier postal"),
        "recruitment.letters.channel.hand": ("by hand", "remise en main propre"),
        "recruitment.letters.sentLine": ("{at}, {channel}, by {by}", "{at}, {channel}, par {by}"),
        "recruitment.letters.done.produced": ("The letter was produced.", "La lettre a été produite."),
        "recruitment.letters.done.sent": ("The letter was marked as sent.", "La lettre a été marquée comme envoyée."),
        "recruitment.letters.done.saved": (
            "A new version of the template was saved.", "Une nouvelle version du modèle a été enregistrée."
        ),
        "recruitment.letters.page.letters": ("Letters", "Lettres"),
        "recruitment.letters.page.produce": ("Produce a letter", "Produire une lettre"),
        "recruitment.letters.page.kind": ("Letter", "Lettre"),
        "recruitment.letters.page.language": ("Language", "Langue"),
        "recruitment.letters.page.invitationWhen": ("Date and time (invitation)", "Date et heure (convocation)"),
        "recruitment.letters.page.invitationPlace": ("Place (invitation)", "Lieu (convocation)"),
        "recruitment.letters.page.invitationHelp": (
            "An invitation says when and where the test or interview takes place; other letters leave these empty.",
            "Une convocation indique la date et le lieu de l’épreuve ou de l’entretien ; les autres lettres laissent ces champs vides."
        ),
        "recruitment.letters.page.produceSubmit": ("Produce the letter", "Produire la lettre"),
        "recruitment.letters.page.noLetters": (
            "No letter has been produced for this application yet.",
            "Aucune lettre n’a encore été produite pour cette candidature."
        ),
        "recruitment.letters.page.produced": ("Produced", "Produite le"),
        "recruitment.letters.page.state": ("State", "État"),
        "recruitment.letters.page.sentLog": ("Sent", "Envois"),
        "recruitment.letters.page.notSent": ("Not sent yet", "Pas encore envoyée"),
        "recruitment.letters.page.view": ("Print view", "Version imprimable"),
        "recruitment.letters.page.pdf": ("Download the PDF", "Télécharger le PDF"),
        "recruitment.letters.page.channel": ("Sent by", "Envoyée par"),
        "recruitment.letters.page.markSent": ("Mark as sent", "Marquer comme envoyée"),
        "recruitment.letters.page.templates": ("Letter templates", "Modèles de lettres"),
        "recruitment.letters.page.templatesHelp": (
            "Each letter is produced from the current version of its template; a letter already produced keeps the text it was produced with.",
            "Chaque lettre est produite à partir de la version en vigueur de son modèle ; une lettre déjà produite garde le texte avec lequel elle l’a été."
        ),
        "recruitment.letters.page.version": ("Version", "N° de version"),
        "recruitment.letters.page.savedAt": ("Saved", "Enregistrée le"),
        "recruitment.letters.page.savedBy": ("Saved by", "Enregistrée par"),
        "recruitment.letters.page.edit": ("Edit", "Modifier"),
        "recruitment.letters.page.subject": ("Subject", "Objet"),
        "recruitment.letters.page.body": (
            "Text (a blank line between paragraphs)", "Texte (une ligne vide entre les paragraphes)"
        ),
        "recruitment.letters.page.placeholders": ("Placeholders you may use", "Champs de fusion utilisables"),
        "recruitment.letters.page.save": ("Save a new version", "Enregistrer une nouvelle version"),
        "recruitment.letters.page.history": ("Saved versions", "Versions enregistrées"),
        "recruitment.letters.page.selection": ("After selection", "Suites de la sélection"),
        "recruitment.letters.page.candidateLanguage": ("the candidate’s language", "langue du candidat"),
        "recruitment.letters.page.by": ("By", "Par"),
        "recruitment.menu.letterTemplates": ("Letter templates", "Modèles de lettres"),
    ]
}

/// The travel budget's text: its API refusals and its pages.
enum TravelStrings {
    static let table: [String: (en: String, fr: String)] = [
        "recruitment.travel.reason.country": (
            "give the traveller's country as a member nation's ISO 3166 alpha-3 code, e.g. BEL.",
            "indiquez le pays du voyageur par le code ISO 3166 alpha-3 d'une nation membre, par ex. BEL."
        ),
        "recruitment.travel.reason.year": ("write a year from 2000 to 2100.", "écrivez une année de 2000 à 2100."),
        "recruitment.travel.reason.amount": (
            "write a whole number of euros from 0 to 100000.", "écrivez un nombre entier d'euros de 0 à 100000."
        ),
        "recruitment.travel.reason.name": (
            "a name is 1 to 200 characters on one line.", "un nom compte de 1 à 200 caractères sur une ligne."
        ),
        "recruitment.travel.reason.application": (
            "give the id of an application to this vacancy.", "indiquez l'identifiant d'une candidature à cet avis."
        ),
        "recruitment.travel.reason.zone": (
            "use local, neighbouring, europe or north-america.",
            "utilisez local, neighbouring, europe ou north-america."
        ),
        "recruitment.travel.reason.traveller": ("use candidate or panel.", "utilisez candidate ou panel."),
        "recruitment.travel.error.notFound": (
            "There is no such journey in this competition's budget.",
            "Ce voyage ne figure pas au budget de ce concours."
        ),
        "recruitment.travel.zone.local": ("Belgium", "Belgique"),
        "recruitment.travel.zone.neighbouring": ("Neighbouring countries", "Pays voisins"),
        "recruitment.travel.zone.europe": ("Rest of Europe", "Reste de l'Europe"),
        "recruitment.travel.zone.north-america": ("North America", "Amérique du Nord"),
        "recruitment.travel.traveller.candidate": ("Candidate", "Candidat"),
        "recruitment.travel.traveller.panel": ("Panel member", "Membre du jury"),
        "recruitment.travel.menu": ("Travel budget", "Budget de voyages"),
        "recruitment.travel.link": ("Travel budget of this competition", "Budget de voyages de ce concours"),
        "recruitment.travel.title": ("Travel budget: {title}", "Budget de voyages : {title}"),
        "recruitment.travel.intro": (
            "The journeys of this competition's candidates and panel members: estimated by the zone they come from when entered, then their actual cost once known.",
            "Les voyages des candidats et des membres du jury de ce concours : estimés selon la zone de départ à la saisie, puis leur coût réel une fois connu."
        ),
        "recruitment.travel.budgetTitle": ("Travel budget {year}", "Budget de voyages {year}"),
        "recruitment.travel.budgetIntro": (
            "Forecast against actual travel costs of the year's competitions, in euros.",
            "Prévisions et coûts réels des voyages des concours de l'année, en euros."
        ),
        "recruitment.travel.back": ("Back to the vacancy", "Retour à l'avis de vacance"),
        "recruitment.travel.col.traveller": ("Traveller", "Voyageur"),
        "recruitment.travel.col.name": ("Who", "Qui"),
        "recruitment.travel.col.origin": ("From", "Provenance"),
        "recruitment.travel.col.zone": ("Zone", "Zone"),
        "recruitment.travel.col.estimate": ("Estimate", "Estimation"),
        "recruitment.travel.col.actual": ("Actual cost", "Coût réel"),
        "recruitment.travel.col.year": ("Year", "Année"),
        "recruitment.travel.col.competition": ("Competition", "Concours"),
        "recruitment.travel.col.journeys": ("Journeys", "Voyages"),
        "recruitment.travel.col.uncosted": ("Still to cost", "Coût à saisir"),
        "recruitment.travel.total": ("Total", "Total"),
        "recruitment.travel.empty": (
            "No journey has been entered for this competition yet.",
            "Aucun voyage n'a encore été saisi pour ce concours."
        ),
        "recruitment.travel.budgetEmpty": (
            "No journey of a competition you may see is planned for this year.",
            "Aucun voyage d'un concours que vous pouvez consulter n'est prévu cette année."
        ),
        "recruitment.travel.add": ("Add a journey", "Ajouter un voyage"),
        "recruitment.travel.field.traveller": ("Who travels", "Qui voyage"),
        "recruitment.travel.field.application": ("Candidate's application", "Candidature du candidat"),
        "recruitment.travel.field.name": ("Panel member's name", "Nom du membre du jury"),
        "recruitment.travel.field.origin": ("Travelling from", "Pays de départ"),
        "recruitment.travel.field.estimate": ("Estimate in euros", "Estimation en euros"),
        "recruitment.travel.help.estimate": (
            "Leave empty to use the standard estimate of the traveller's zone.",
            "Laissez vide pour appliquer l'estimation standard de la zone du voyageur."
        ),
        "recruitment.travel.field.year": ("Budget year", "Année budgétaire"),
        "recruitment.travel.addSubmit": ("Add the journey", "Ajouter le voyage"),
        "recruitment.travel.saveActual": ("Save", "Enregistrer"),
        "recruitment.travel.actualFor": ("Actual cost of the journey of {name}", "Coût réel du voyage de {name}"),
        "recruitment.travel.previous": ("Previous year", "Année précédente"),
        "recruitment.travel.next": ("Next year", "Année suivante"),
        "recruitment.travel.csv": ("Download as CSV", "Télécharger en CSV"),
        "recruitment.travel.choose": ("Choose…", "Choisir…"),
        "recruitment.travel.done.added": ("The journey is added to the budget.", "Le voyage est ajouté au budget."),
        "recruitment.travel.done.costed": ("The actual cost is recorded.", "Le coût réel est enregistré."),
        "recruitment.travel.error.traveller": (
            "Choose whether a candidate or a panel member travels.",
            "Choisissez si c'est un candidat ou un membre du jury qui voyage."
        ),
        "recruitment.travel.error.application": (
            "Choose the candidate's application.", "Choisissez la candidature du candidat."
        ),
        "recruitment.travel.error.name": (
            "Write the panel member's name (up to 200 characters).",
            "Écrivez le nom du membre du jury (200 caractères au plus)."
        ),
        "recruitment.travel.error.country": (
            "Choose the member nation the traveller comes from.",
            "Choisissez la nation membre d'où vient le voyageur."
        ),
        "recruitment.travel.error.amount": (
            "Write a whole number of euros from 0 to 100000.", "Écrivez un nombre entier d'euros de 0 à 100000."
        ),
        "recruitment.travel.error.year": ("Write a year from 2000 to 2100.", "Écrivez une année de 2000 à 2100."),
    ]
}

import ChancerySpine

/// The registry's user-facing text, English and French side by side (merged into `Strings.table`).
package enum RegistryStrings {
    package static let table: [String: (en: String, fr: String)] = [
        // Field rules shared by every form

        // Registry errors
        "registry.error.seriesExists": (
            "A reference series with the code {code} already exists.",
            "Une série de références portant le code {code} existe déjà."
        ),
        "registry.error.unknownSeries": (
            "There is no reference series with the code {code}.",
            "Il n'existe aucune série de références portant le code {code}."
        ),
        "registry.error.inactiveSeries": (
            "The reference series {code} is closed: register the item in another series.",
            "La série de références {code} est close : enregistrez l'élément dans une autre série."
        ),
        "registry.error.templateTaken": (
            "The series {code} already uses the template {template}; two series must never give the same reference.",
            "La série {code} utilise déjà le modèle {template} ; deux séries ne doivent jamais donner la même référence."
        ),
        "registry.error.referenceTaken": (
            "The reference {reference} is already held by an item of another series. Nothing was registered; ask the registry supervisor to change this series' template.",
            "La référence {reference} est déjà portée par un élément d'une autre série. Rien n'a été enregistré ; demandez au superviseur du registre de modifier le modèle de cette série."
        ),
        "registry.error.template": (
            "The template is not valid: {reason}",
            "Le modèle n'est pas valide : {reason}"
        ),
        "registry.template.length": (
            "it must have 1 to {value} characters.",
            "il doit compter de 1 à {value} caractères."
        ),
        "registry.template.unclosed": (
            "a placeholder is opened with { but never closed.",
            "un champ ouvert par { n'est jamais fermé."
        ),
        "registry.template.unknown": (
            "{{value}} is not a placeholder; use {seq}, {seq:4}, {year} or {yy}.",
            "{{value}} n'est pas un champ connu ; utilisez {seq}, {seq:4}, {year} ou {yy}."
        ),
        "registry.template.repeated": (
            "the placeholder {value} may appear only once.",
            "le champ {value} ne peut figurer qu'une fois."
        ),
        "registry.template.noSequence": (
            "it needs the number placeholder {seq} or {seq:N}.",
            "il lui faut le champ du numéro, {seq} ou {seq:N}."
        ),
        "registry.template.noYear": (
            "it needs {year} or {yy}, because numbers start again every year.",
            "il lui faut {year} ou {yy}, car la numérotation recommence chaque année."
        ),
        "registry.template.character": (
            "the character \"{value}\" is not allowed; use letters, digits, spaces and - / ( ) . : _",
            "le caractère « {value} » n'est pas permis ; utilisez des lettres, des chiffres, des espaces et - / ( ) . : _"
        ),
        "registry.error.seriesCode": (
            "A series code has 1 to 12 capital letters or digits and starts with a letter, not \"{value}\".",
            "Un code de série compte de 1 à 12 majuscules ou chiffres et commence par une lettre, et non « {value} »."
        ),
        "registry.error.check": (
            "\"{value}\" is not a verification check; use {checks}.",
            "« {value} » n'est pas un contrôle de vérification ; utilisez {checks}."
        ),
        "registry.error.recordType": (
            "\"{value}\" is not a record type; use one of {types}.",
            "« {value} » n'est pas un type de document ; utilisez l'un de {types}."
        ),
        "registry.error.direction": (
            "\"{value}\" is not a direction; use incoming, outgoing or internal.",
            "« {value} » n'est pas un sens ; utilisez incoming (arrivée), outgoing (départ) ou internal (interne)."
        ),
        "registry.error.language": (
            "\"{value}\" is not a language code; use two lower-case letters (ISO 639-1), e.g. en or fr.",
            "« {value} » n'est pas un code de langue ; utilisez deux lettres minuscules (ISO 639-1), par ex. en ou fr."
        ),
        "registry.error.verificationFailed": (
            "The item did not pass verification; it stays received. Each failed check is listed with its field.",
            "L'élément n'a pas passé la vérification ; il reste à l'état reçu. Chaque contrôle en échec est indiqué avec son champ."
        ),
        "registry.error.finalState": (
            "This item is {state}: its metadata is kept as it was and can no longer be changed.",
            "Cet élément est {state} : ses métadonnées sont conservées en l'état et ne peuvent plus être modifiées."
        ),
        "registry.reason.state": (
            "use received, registered, active, closed, archived, destroyed or transferred.",
            "utilisez received, registered, active, closed, archived, destroyed ou transferred."
        ),
        "registry.reason.year": ("give a year such as 2026.", "indiquez une année telle que 2026."),

        // Failed verification checks
        "registry.check.contentMarkingMissing": (
            "record the classification marked on the item (contentMarking) so that the label can be checked against it.",
            "indiquez la classification portée sur l'élément (contentMarking) afin de contrôler le marquage."
        ),
        "registry.check.labelDiffersFromMarking": (
            "the label's classification differs from the marking on the item ({value}).",
            "la classification du marquage diffère de celle portée sur l'élément ({value})."
        ),
        "registry.check.missing": ("{field} is required by this series.", "{field} est exigé par cette série."),
        "registry.check.inFuture": (
            "the date {value} is in the future.",
            "la date {value} est dans le futur."
        ),
        "registry.check.noAttachment": (
            "the item has no attachment; attach the scanned or received file.",
            "l'élément n'a aucune pièce jointe ; joignez le fichier numérisé ou reçu."
        ),
        "registry.check.attachmentUnreadable": (
            "the attachment {value} is missing or does not match its hash.",
            "la pièce jointe {value} est absente ou ne correspond pas à son empreinte."
        ),

        // Distribution
        "registry.error.unknownList": (
            "There is no distribution list with the id {id}.",
            "Il n'existe aucune liste de diffusion portant l'identifiant {id}."
        ),
        "registry.error.listNameTaken": (
            "A distribution list named \"{name}\" already exists.",
            "Une liste de diffusion nommée « {name} » existe déjà."
        ),
        "registry.error.unknownMember": (
            "There is no account with the id or user name {id}.",
            "Il n'existe aucun compte portant l'identifiant ou le nom d'utilisateur {id}."
        ),
        "registry.error.unknownGroup": (
            "There is no group named {id}: no account belongs to it.",
            "Il n'existe aucun groupe nommé {id} : aucun compte n'y appartient."
        ),
        "registry.error.listNotYours.unit": (
            "This distribution list belongs to the unit {owner}: only its members, a registry supervisor or an administrator may change it.",
            "Cette liste de diffusion appartient à l'unité {owner} : seuls ses membres, un superviseur du registre ou un administrateur peuvent la modifier."
        ),
        "registry.error.listNotYours.user": (
            "This distribution list belongs to {owner}: only they, a registry supervisor or an administrator may change it.",
            "Cette liste de diffusion appartient à {owner} : seuls cette personne, un superviseur du registre ou un administrateur peuvent la modifier."
        ),
        "registry.error.ownerKind": (
            "\"{value}\" is not a kind of owner; use user or unit.",
            "« {value} » n'est pas un type de propriétaire ; utilisez user (personne) ou unit (unité)."
        ),
        "registry.error.unknownOwner": (
            "The owner {id} is neither an account nor a unit name.",
            "Le propriétaire {id} n'est ni un compte ni un nom d'unité."
        ),
        "registry.error.ownerUnit": (
            "You may give a list only to one of your own units ({units}).",
            "Vous ne pouvez confier une liste qu'à l'une de vos unités ({units})."
        ),
        "registry.error.unknownGranteeUser": (
            "There is no account with the id or user name {id}: nothing was granted.",
            "Il n'existe aucun compte portant l'identifiant ou le nom d'utilisateur {id} : aucun accès n'a été accordé."
        ),
        "registry.error.unknownGranteeGroup": (
            "There is no group named {id}: nothing was granted.",
            "Il n'existe aucun groupe nommé {id} : aucun accès n'a été accordé."
        ),
        "registry.error.memberKind": (
            "\"{value}\" is not a kind of member; use user, group or unit.",
            "« {value} » n'est pas un type de membre ; utilisez user (personne), group (groupe) ou unit (unité)."
        ),
        "registry.error.memberRole": (
            "\"{value}\" is not an addressee role; use action or info.",
            "« {value} » n'est pas un rôle de destinataire ; utilisez action ou info."
        ),
        "registry.error.receiptNotFound": (
            "There is no receipt with this id addressed to you.",
            "Il n'existe aucun accusé de réception portant cet identifiant qui vous soit adressé."
        ),
        "registry.error.receiptDone": (
            "This receipt has already been acknowledged.",
            "Cet accusé de réception a déjà été signé."
        ),

        "registry.error.permission": (
            "\"{value}\" is not a permission; use read or write.",
            "« {value} » n'est pas une permission ; utilisez read (lecture) ou write (écriture)."
        ),
        "registry.error.duplicateGrantee": (
            "{id} appears twice in the list; give each grantee one entry.",
            "{id} figure deux fois dans la liste ; donnez une seule entrée à chaque bénéficiaire."
        ),

        // File plan and life cycle
        "registry.error.folderNeedsRule": (
            "A folder needs its retention rule: retentionYears (0 to 100) and disposition (destroy, transfer or review).",
            "Un dossier a besoin de sa règle de conservation : retentionYears (0 à 100) et disposition (destroy, transfer ou review)."
        ),
        "registry.error.badParent": (
            "A folder goes under a category, and a category at the top or under another category; {id} is not such a category.",
            "Un dossier se place sous une rubrique, et une rubrique au sommet ou sous une autre rubrique ; {id} n'est pas une telle rubrique."
        ),
        "registry.error.codeTaken": (
            "The file plan already has a node with the code {code}.",
            "Le plan de classement contient déjà un nœud portant le code {code}."
        ),
        "registry.error.unknownNode": (
            "There is no node with the id {id} in the file plan.",
            "Il n'existe aucun nœud portant l'identifiant {id} dans le plan de classement."
        ),
        "registry.error.liveChildren": (
            "{code} cannot be retired: it still holds {count} node(s) in use ({children}). Retire them first, or move on without retiring it.",
            "{code} ne peut pas être retiré : il contient encore {count} nœud(s) en usage ({children}). Retirez-les d'abord, ou renoncez à le retirer."
        ),
        "registry.error.retiredFolder": (
            "The folder {code} is retired: nothing more is filed in it. Choose a folder in use.",
            "Le dossier {code} est retiré : plus rien n'y est classé. Choisissez un dossier en usage."
        ),
        "registry.error.unknownFolder": (
            "There is no folder with the id {id} in the file plan.",
            "Il n'existe aucun dossier portant l'identifiant {id} dans le plan de classement."
        ),
        "registry.error.notFiled": (
            "File the item in a folder of the file plan first: its retention rule starts at cutoff.",
            "Classez d'abord l'élément dans un dossier du plan de classement : sa règle de conservation court à partir de la clôture."
        ),
        "registry.error.wrongState": (
            "An item that is {state} cannot be {action}.",
            "Un élément à l'état {state} ne peut pas être {action}."
        ),
        "registry.error.notDue": (
            "This item is not due for disposition before {due}.",
            "Cet élément n'est pas à éliminer avant le {due}."
        ),
        "registry.error.noDisposalDate": (
            "This item has no disposal date: it must be closed first.",
            "Cet élément n'a pas de date d'élimination : il doit d'abord être clos."
        ),
        "registry.error.onHold": (
            "A legal hold keeps this item: release the hold before any disposition.",
            "Une conservation pour motif juridique protège cet élément : levez-la avant toute élimination."
        ),
        "registry.error.witnessRequired": (
            "Destroying a NATO SECRET or COSMIC TOP SECRET item needs a witness.",
            "La destruction d'un élément NATO SECRET ou COSMIC TRÈS SECRET exige un témoin."
        ),
        "registry.error.ownWitness": (
            "You cannot witness a destruction you carry out: name another person as the witness.",
            "Vous ne pouvez pas être témoin d'une destruction que vous effectuez : indiquez une autre personne comme témoin."
        ),
        "registry.error.notLower": (
            "A downgrade must lower the label; to raise it, correct the item instead.",
            "Un déclassement doit abaisser le marquage ; pour le relever, corrigez l'élément."
        ),
        "registry.error.holdNotFound": (
            "There is no active legal hold with the id {id} on an item you may see.",
            "Il n'existe aucune conservation juridique active portant l'identifiant {id} sur un élément que vous pouvez consulter."
        ),
        "registry.action.verify": ("verified", "vérifié"),
        "registry.action.distribute": ("distributed", "diffusé"),
        "registry.action.file": ("filed", "classé"),
        "registry.action.close": ("closed", "clos"),
        "registry.action.archive": ("archived", "archivé"),
        "registry.action.downgrade": ("downgraded", "déclassé"),
        "registry.action.destroy": ("destroyed", "détruit"),
        "registry.action.transfer": ("transferred to the archives", "versé aux archives"),
        "registry.reason.nodeKind": ("use category or folder.", "utilisez category (rubrique) ou folder (dossier)."),
        "registry.reason.retention": (
            "give a number of years from 0 to 100.", "indiquez un nombre d'années de 0 à 100."
        ),
        "registry.reason.disposition": ("use destroy, transfer or review.", "utilisez destroy, transfer ou review."),
        "registry.reason.dispositionAction": (
            "use destroy or transfer.", "utilisez destroy (détruire) ou transfer (verser)."
        ),
        "registry.reason.queue": (
            "use to-verify, to-distribute, disposition-due or review-due.",
            "utilisez to-verify, to-distribute, disposition-due ou review-due."
        ),

        "registry.reason.period": ("give a number of months from 1 to 24.", "indiquez un nombre de mois de 1 à 24."),

        // Attachments

        // Registering an item with its files in one request (multipart/form-data)
        "registry.form.notMultipart": (
            "The body is not a multipart/form-data form that can be read: send the record's JSON in a part named record, then each file in a part named file.",
            "Le corps n'est pas un formulaire multipart/form-data lisible : envoyez le JSON de l'élément dans une partie nommée record, puis chaque fichier dans une partie nommée file."
        ),
        "registry.form.recordMissing": (
            "The form has no part named record: send the record's JSON in a part named record, before the files.",
            "Le formulaire n'a pas de partie nommée record : envoyez le JSON de l'élément dans une partie nommée record, avant les fichiers."
        ),
        "registry.form.recordFirst": (
            "The part named record must come before the files: send the record's JSON first, then each file in a part named file.",
            "La partie nommée record doit précéder les fichiers : envoyez d'abord le JSON de l'élément, puis chaque fichier dans une partie nommée file."
        ),
        "registry.form.recordTwice": (
            "The form has two parts named record: send the record once.",
            "Le formulaire a deux parties nommées record : envoyez l'élément une seule fois."
        ),
        "registry.form.badRecord": (
            "The part named record is not valid JSON: {reason}.",
            "La partie nommée record n'est pas du JSON valide : {reason}."
        ),
        "registry.form.noFile": (
            "The form has no file: send each file in a part named file, or register the item with a JSON body.",
            "Le formulaire ne contient aucun fichier : envoyez chaque fichier dans une partie nommée file, ou enregistrez l'élément avec un corps JSON."
        ),
        "registry.form.tooManyFiles": (
            "At most {max} files can be registered with an item in one request: attach the others to it afterwards.",
            "Au plus {max} fichiers peuvent être enregistrés avec un élément en une requête : joignez les autres ensuite."
        ),

        // States
        "registry.state.received": ("received", "reçu"),
        "registry.state.registered": ("registered", "enregistré"),
        "registry.state.active": ("active", "actif"),
        "registry.state.closed": ("closed", "clos"),
        "registry.state.archived": ("archived", "archivé"),
        "registry.state.destroyed": ("destroyed", "détruit"),
        "registry.state.transferred": ("transferred to the archives", "versé aux archives"),
    ]
}

/// Every user-facing string, English and French side by side.
///
/// Keys are grouped by the page or area that uses them. A test checks that no entry is empty in either
/// language and that every key used by the code exists.
package enum Strings {
    /// The spine's own text: the page frame, sign-in, home, search, accounts, errors, the spine's jobs and
    /// the cards of the offices still to come. Each office brings its own (`Office.strings`); `InstalledOffices` merges them.
    package static let core: [String: (en: String, fr: String)] = own.merging(SearchStrings.table) { own, _ in own }
        .merging(SearchWebStrings.table) { own, _ in own }
        .merging(JobNames.table) { own, _ in own }
        .merging(WorkStrings.table) { own, _ in own }
        .merging(ListStrings.table) { own, _ in own }
        .merging(SavedSearchStrings.table) { own, _ in own }
        .merging(AccountStrings.table) { own, _ in own }
        .merging(AdminStrings.table) { own, _ in own }
        .merging(FormErrors.strings) { own, _ in own }
        .merging(AttachmentStrings.table) { own, _ in own }
        .merging(SuggestionStrings.table) { own, _ in own }
        .merging(PlannedOffice.strings) { own, _ in own }
        .merging(CalendarStrings.table) { own, _ in own }

    /// Every string of the spine and of the offices this process runs.
    package static var table: [String: (en: String, fr: String)] { InstalledOffices.catalog.strings }

    package static let own: [String: (en: String, fr: String)] = [
        // Application
        "app.name": ("Chancery", "Chancellerie"),
        "app.tagline": (
            "Registry and casework of the headquarters' administrative offices",
            "Registre et dossiers des bureaux administratifs du quartier général"
        ),
        "nav.home": ("Home", "Accueil"),
        "nav.siteMenu": ("Main menu", "Menu principal"),
        "nav.searchPage": ("Search", "Recherche"),
        "nav.skip": ("Skip to the main content", "Aller au contenu principal"),
        "nav.language": ("Language", "Langue"),
        "nav.signedInAs": ("Signed in as {username}", "Connecté en tant que {username}"),
        "nav.logout": ("Sign out", "Se déconnecter"),
        "banner.label": ("Classification of this page", "Classification de cette page"),

        // Login
        "login.title": ("Sign in", "Connexion"),
        "login.intro": (
            "Sign in with your Chancery account. Everything you do is recorded in the audit trail.",
            "Connectez-vous avec votre compte Chancellerie. Toutes vos actions sont consignées dans la piste d'audit."
        ),
        "login.username": ("User name", "Nom d'utilisateur"),
        "login.password": ("Password", "Mot de passe"),
        "login.submit": ("Sign in", "Se connecter"),
        "login.loggedOut": ("You have signed out.", "Vous êtes déconnecté."),

        // Home
        "home.title": ("Home", "Accueil"),
        "home.welcome": ("Welcome, {username}.", "Bienvenue, {username}."),
        "home.profile": ("Your access", "Vos accès"),
        "home.clearance": ("Clearance", "Habilitation"),
        "home.nationality": ("Nationality", "Nationalité"),
        "home.categories": ("Special categories", "Catégories spéciales"),
        "home.units": ("Units", "Unités"),
        "home.groups": ("Need-to-know groups", "Groupes d'accès restreint"),
        "home.roles": ("Works as", "Fonctions"),
        // Categories, units and jobs (fonctions) are feminine in French; groups are masculine.
        "home.none": ("none", "aucune"),
        "home.noGroup": ("none", "aucun"),
        "home.offices": ("Your offices", "Vos bureaux"),
        "home.noOffices": (
            "You hold no office role yet. Ask an administrator to give you one.",
            "Vous n'avez encore aucun rôle de bureau. Demandez-en un à un administrateur."
        ),
        "home.recent": ("Recent items you may see", "Éléments récents que vous pouvez consulter"),
        "home.recentEmpty": ("There are no items you may see yet.", "Aucun élément consultable pour l'instant."),
        "home.col.title": ("Title", "Titre"),
        "home.col.classification": ("Classification", "Classification"),
        "home.col.unit": ("Owning unit", "Unité détentrice"),
        "home.col.updated": ("Updated", "Mis à jour"),
        "home.audit": ("Audit chain", "Chaîne d'audit"),
        "home.auditStatus": (
            "{count} events recorded; the last signed checkpoint is at event #{checkpoint}.",
            "{count} événements enregistrés ; le dernier point de contrôle signé est à l'événement n° {checkpoint}."
        ),

        // Offices (home cards)
        "office.admin": ("Administration", "Administration"),
        "office.admin.about": (
            "Accounts, units, groups, special categories and configuration.",
            "Comptes, unités, groupes, catégories spéciales et configuration."
        ),
        "office.auditor": ("Audit", "Audit"),
        "office.auditor.about": (
            "The audit chain: who saw what, who changed what, every denial and disclosure.",
            "La chaîne d'audit : qui a vu quoi, qui a modifié quoi, chaque refus et chaque communication."
        ),
        "office.comingSoon": ("This office's pages are being built.", "Les pages de ce bureau sont en construction."),

        // Errors shown as pages or problem details
        "error.title": ("Something went wrong", "Une erreur s'est produite"),
        "error.title.notFound": ("Not found", "Introuvable"),
        "error.title.forbidden": ("Not allowed", "Action non autorisée"),
        "error.back": ("Back to the home page", "Retour à l'accueil"),
        "error.badCredentials": (
            "The user name or password is not correct.",
            "Le nom d'utilisateur ou le mot de passe est incorrect."
        ),
        "error.throttled": (
            "Too many failed sign-ins for this name or from this address: wait {seconds} s before trying again.",
            "Trop d'échecs de connexion pour ce nom ou depuis cette adresse : attendez {seconds} s avant de réessayer."
        ),
        "error.disabled": ("This account is disabled.", "Ce compte est désactivé."),
        "error.unauthenticated": (
            "You need to sign in: the bearer token is missing, expired or revoked. Get a new one from POST /api/v1/auth/token.",
            "Vous devez vous authentifier : le jeton est absent, expiré ou révoqué. Obtenez-en un nouveau par POST /api/v1/auth/token."
        ),
        "error.csrf": (
            "This form has expired or did not come from Chancery. Reload the page and try again.",
            "Ce formulaire a expiré ou ne provient pas de Chancellerie. Rechargez la page et réessayez."
        ),
        "error.forbiddenRole": (
            "Only {jobs} may do this; your roles do not allow it.",
            "Seul {jobs} peut le faire ; vos rôles ne le permettent pas."
        ),
        "error.notFound": ("There is nothing at this address.", "Il n'y a rien à cette adresse."),
        "error.objectNotFound": (
            "No item with the id {id} exists, or you may not see it.",
            "Aucun élément portant l'identifiant {id} n'existe, ou vous ne pouvez pas le consulter."
        ),
        "error.writeDenied": (
            "You may read this item but not change it.",
            "Vous pouvez consulter cet élément mais pas le modifier."
        ),
        "error.badJSON": (
            "The request body is not valid JSON: {reason}.",
            "Le corps de la requête n'est pas du JSON valide : {reason}."
        ),
        "error.editElsewhere": (
            "This item is not a working note: change it through its office's own address ({path}), which keeps its history.",
            "Cet élément n'est pas une note de travail : modifiez-le par l'adresse de son bureau ({path}), qui en garde l'historique."
        ),
        "error.unknownField": (
            "The field \"{field}\" is not one this request accepts: check its spelling, or remove it.",
            "Le champ « {field} » n'est pas accepté par cette requête : vérifiez son orthographe, ou retirez-le."
        ),
        "error.missingField": ("The field \"{field}\" is missing.", "Le champ « {field} » est absent."),
        "error.requiredField": (
            "The field \"{field}\" cannot be removed; give it a value instead of null.",
            "Le champ « {field} » ne peut pas être supprimé ; donnez-lui une valeur au lieu de null."
        ),
        "error.patchMediaType": (
            "A PATCH body is a JSON Merge Patch sent as application/merge-patch+json or application/json, not {type}.",
            "Le corps d'un PATCH est un JSON Merge Patch envoyé en application/merge-patch+json ou application/json, et non {type}."
        ),
        "error.wrongType": (
            "The field \"{field}\" has the wrong type: {expected} expected.",
            "Le champ « {field} » n'a pas le bon type : il faut {expected}."
        ),
        "error.invalidField": (
            "The field \"{field}\" is not valid: {reason}", "Le champ « {field} » n'est pas valide : {reason}"
        ),
        "error.bodyTooLarge": ("The request body is larger than {limit}.", "Le corps de la requête dépasse {limit}."),
        "error.ifMatchRequired": (
            "Send the item's ETag in an If-Match header so that no one else's change is overwritten.",
            "Envoyez l'ETag de l'élément dans un en-tête If-Match afin de ne pas écraser la modification d'un autre."
        ),
        "error.stale": (
            "Someone changed this item since you read it (it is now version {version}). Reload it and apply your change again.",
            "Quelqu'un a modifié cet élément depuis votre lecture (version {version}). Rechargez-le et refaites votre modification."
        ),
        "error.idempotencyMismatch": (
            "This Idempotency-Key was already used for a different request: nothing was done. Use a new key for a new request.",
            "Cette clé d'idempotence a déjà servi pour une autre requête : rien n'a été fait. Utilisez une nouvelle clé pour une nouvelle requête."
        ),
        "error.idempotencyKey": (
            "The Idempotency-Key header must be 1 to 255 printable characters.",
            "L'en-tête Idempotency-Key doit contenir de 1 à 255 caractères imprimables."
        ),
        "error.labelLowered": (
            "Lowering a label is a downgrade or declassification with its authority and reason, not an edit.",
            "Abaisser un marquage est un déclassement motivé, avec son autorité, et non une modification."
        ),
        "error.labelAboveYou": (
            "You cannot give an item a label you could not read yourself.",
            "Vous ne pouvez pas attribuer à un élément un marquage que vous ne pourriez pas lire vous-même."
        ),
        "error.notYourUnit": (
            "You can only create items owned by one of your units ({units}).",
            "Vous ne pouvez créer que des éléments détenus par l'une de vos unités ({units})."
        ),
        "error.badCursor": (
            "The cursor is not valid; start again from the first page.",
            "Le curseur n'est pas valide ; recommencez à la première page."
        ),
        "error.badLimit": (
            "limit must be a whole number from 1 to {max}.", "limit doit être un nombre entier de 1 à {max}."
        ),
        "error.unknownParameter": (
            "This request does not take the query parameter \"{name}\": check its spelling, or remove it. It takes {allowed}.",
            "Cette requête n'accepte pas le paramètre « {name} » : vérifiez son orthographe, ou retirez-le. Elle accepte {allowed}."
        ),
        "error.unknownParameterNone": (
            "This request takes no query parameter, and \"{name}\" is not one it can use: remove it.",
            "Cette requête n'accepte aucun paramètre, et « {name} » ne peut pas y servir : retirez-le."
        ),
        "error.badQuery": (
            "The query parameter \"{name}\" is not valid: {reason}",
            "Le paramètre « {name} » n'est pas valide : {reason}"
        ),
        "error.unsupportedKind": (
            "Items of kind \"{kind}\" are created by their own office, not here.",
            "Les éléments de type « {kind} » se créent dans leur propre bureau, pas ici."
        ),
        "error.internal": (
            "Chancery could not complete this request. Nothing was changed. The incident is logged as {id}.",
            "Chancellerie n'a pas pu traiter cette requête. Rien n'a été modifié. L'incident est consigné sous {id}."
        ),
        "error.methodNotAllowed": (
            "This address does not accept this method.", "Cette adresse n'accepte pas cette méthode."
        ),
        "error.methodNotAllowedList": (
            "This address does not accept this method; it accepts {allowed}.",
            "Cette adresse n'accepte pas cette méthode ; elle accepte {allowed}."
        ),

        // Parts of error sentences (reasons and expected JSON types)
        "json.reason.empty": ("the body is empty", "le corps est vide"),
        "json.reason.malformed": ("it is not well-formed", "il est mal formé"),
        "json.reason.notAnObject": ("it must be a JSON object", "il doit s'agir d'un objet JSON"),
        "json.reason.unreadable": ("it cannot be read", "il est illisible"),
        "json.type.string": ("a string", "une chaîne de caractères"),
        "json.type.number": ("a whole number", "un nombre entier"),
        "json.type.boolean": ("true or false", "true ou false"),
        "json.type.list": ("a list", "une liste"),
        "json.type.object": ("an object", "un objet"),
        "reason.etag": (
            "send the ETag exactly as the last read returned it, e.g. \"v3\".",
            "envoyez l'ETag tel que la dernière lecture l'a renvoyé, par ex. \"v3\"."
        ),
        "reason.flag": ("write true or false.", "écrivez true ou false."),
        "reason.titleLength": (
            "a title must have 1 to 500 characters.", "un titre doit compter de 1 à 500 caractères."
        ),
        "reason.auditObject": (
            "give the id of the object whose events you want.",
            "indiquez l'identifiant de l'élément dont vous voulez les événements."
        ),

        // Label errors
        "label.unknownClassification": (
            "\"{value}\" is not a classification: use NATO UNCLASSIFIED, NATO RESTRICTED, NATO CONFIDENTIAL, NATO SECRET or COSMIC TOP SECRET (or NU, NR, NC, NS, CTS).",
            "« {value} » n'est pas une classification : utilisez NATO UNCLASSIFIED, NATO RESTRICTED, NATO CONFIDENTIAL, NATO SECRET ou COSMIC TOP SECRET (ou NU, NR, NC, NS, CTS)."
        ),
        "label.missingClassification": ("The label has no classification.", "Le marquage n'a pas de classification."),
        "label.emptyReleasability": (
            "The label must say to whom it is releasable: [\"NATO\"] or a list of member nations.",
            "Le marquage doit indiquer à qui il peut être communiqué : [\"NATO\"] ou une liste de nations membres."
        ),
        "label.unknownReleasabilityCode": (
            "\"{value}\" is neither a NATO member nation (ISO 3166 alpha-3, e.g. BEL) nor a known organisation.",
            "« {value} » n'est ni une nation membre de l'OTAN (ISO 3166 alpha-3, par ex. BEL) ni une organisation connue."
        ),
        "label.natoMixedWithList": (
            "\"NATO\" already means every member nation: do not list nations beside it.",
            "« NATO » désigne déjà toutes les nations membres : n'ajoutez pas de nations à côté."
        ),
        "label.unknownCategory": (
            "\"{value}\" is not a special category known to this installation.",
            "« {value} » n'est pas une catégorie spéciale connue de cette installation."
        ),
        "label.invalidInformativeMarking": (
            "The informative marking \"{value}\" must be 1 to 64 printable characters.",
            "Le marquage informatif « {value} » doit compter de 1 à 64 caractères imprimables."
        ),
        "label.tooManyInformativeMarkings": (
            "A label may carry at most 8 informative markings.",
            "Un marquage peut porter au plus 8 mentions informatives."
        ),
        "label.sharedCategoryBit": (
            "Two special categories share one bit: the stored categories were altered outside Chancery.",
            "Deux catégories spéciales partagent un même bit : les catégories enregistrées ont été modifiées hors de Chancellerie."
        ),
        "label.tooManyCategories": (
            "An installation may define at most 62 special categories.",
            "Une installation peut définir au plus 62 catégories spéciales."
        ),
        "xml.notWellFormed": (
            "the document is not well-formed XML (line {line})",
            "le document n'est pas du XML bien formé (ligne {line})"
        ),
        "xml.wrongRoot": (
            "the root element must be ConfidentialityLabel, not {name}",
            "l'élément racine doit être ConfidentialityLabel, et non {name}"
        ),
        "xml.wrongNamespace": (
            "the root element is not in the STANAG 4774 namespace",
            "l'élément racine n'est pas dans l'espace de noms STANAG 4774"
        ),
        "xml.categoryWithoutAttributes": (
            "a Category needs the TagName and Type attributes",
            "un élément Category doit porter les attributs TagName et Type"
        ),
        "xml.valueOutsideCategory": (
            "a GenericValue must be inside a Category",
            "un élément GenericValue doit se trouver dans un élément Category"
        ),
        "xml.policyMissing": ("the PolicyIdentifier element is missing", "l'élément PolicyIdentifier est absent"),
        "xml.categoryNotUnderstood": (
            "the category \"{tag}\" of type {type} is not understood",
            "la catégorie « {tag} » de type {type} n'est pas comprise"
        ),
        "label.malformedXML": (
            "The confidentiality label XML is malformed: {value}.",
            "Le XML du marquage de confidentialité est mal formé : {value}."
        ),
        "label.unsupportedPolicy": (
            "The policy \"{value}\" is not supported: only the NATO policy is.",
            "La politique « {value} » n'est pas prise en charge : seule la politique OTAN l'est."
        ),
        "label.emptySet": (
            "A dominant label needs at least one label.", "Un marquage dominant nécessite au moins un marquage."
        ),
    ]
}

/// The registry's pages in the administration console, English and French side by side. A page reads its labels as
/// `t.x_y` for `registry.admin.x.y`.
enum RegistryAdminStrings {
    static let table: [String: (en: String, fr: String)] = [
        "registry.admin.menu.series": ("Reference series", "Séries de références"),
        "registry.admin.menu.lists": ("Distribution lists", "Listes de diffusion"),
        "registry.admin.menu.plan": ("File plan", "Plan de classement"),

        // Shared
        "registry.admin.col.action": ("Action", "Action"),
        "registry.admin.yes": ("yes", "oui"),
        "registry.admin.no": ("no", "non"),

        // Reference series
        "registry.admin.series.title": ("Reference series", "Séries de références"),
        "registry.admin.series.intro": (
            "Each series hands out gap-free references from its template, e.g. IMSM-{seq:4}-{year}. A series no longer in use is made inactive, never deleted: the references it gave stay.",
            "Chaque série attribue des références sans trou à partir de son modèle, par exemple IMSM-{seq:4}-{year}. Une série qui ne sert plus est rendue inactive, jamais supprimée : les références qu'elle a données restent."
        ),
        "registry.admin.series.new": ("New series", "Nouvelle série"),
        "registry.admin.series.empty": ("No reference series yet.", "Aucune série de références pour l'instant."),
        "registry.admin.series.newTitle": ("New reference series", "Nouvelle série de références"),
        "registry.admin.series.heading": ("Series {code}", "Série {code}"),
        "registry.admin.series.back": ("All reference series", "Toutes les séries de références"),
        "registry.admin.series.create": ("Create the series", "Créer la série"),
        "registry.admin.series.save": ("Save", "Enregistrer"),
        "registry.admin.series.stale": (
            "Someone changed this series while you were editing it: it is shown below as it now is; make your changes again.",
            "Quelqu'un a modifié cette série pendant que vous la modifiiez : elle est affichée ci-dessous telle qu'elle est maintenant ; refaites vos modifications."
        ),
        "registry.admin.col.code": ("Code", "Code"),
        "registry.admin.col.title": ("Title", "Intitulé"),
        "registry.admin.col.template": ("Template", "Modèle"),
        "registry.admin.col.verification": ("Checks before registration", "Contrôles avant enregistrement"),
        "registry.admin.col.state": ("State", "État"),
        "registry.admin.state.active": ("in use", "en usage"),
        "registry.admin.state.inactive": ("inactive", "hors d'usage"),
        "registry.admin.state.retired": ("retired", "retiré"),
        "registry.admin.verification.none": ("none", "aucun"),
        "registry.admin.field.code": ("Code", "Code"),
        "registry.admin.help.code": (
            "1 to 12 capital letters or digits, starting with a letter; it cannot be changed later.",
            "De 1 à 12 lettres majuscules ou chiffres, commençant par une lettre ; il ne pourra plus être modifié."
        ),
        "registry.admin.field.title": ("Title", "Intitulé"),
        "registry.admin.field.template": ("Template", "Modèle"),
        "registry.admin.help.template": (
            "Text with {seq:N} (the number, on N digits) and {year}, e.g. IMSM-{seq:4}-{year}. No two series may share a template.",
            "Du texte avec {seq:N} (le numéro, sur N chiffres) et {year} (l'année), par exemple IMSM-{seq:4}-{year}. Deux séries ne peuvent partager un modèle."
        ),
        "registry.admin.field.verification": (
            "Items stay received until they are verified", "Les éléments restent reçus jusqu'à leur vérification"
        ),
        "registry.admin.field.checks": ("Checks the verification runs", "Contrôles effectués par la vérification"),
        "registry.admin.field.active": (
            "In use (new items may be registered in it)", "En usage (de nouveaux éléments peuvent y être enregistrés)"
        ),
        "registry.admin.check.label": (
            "the label matches the marking on the item", "le marquage correspond à celui porté sur l'élément"
        ),
        "registry.admin.check.originator": ("the originator is named", "l'émetteur est nommé"),
        "registry.admin.check.documentDate": (
            "the document date is given and not in the future", "la date du document est indiquée et n'est pas future"
        ),
        "registry.admin.check.originatorReference": (
            "the originator's reference is given", "la référence de l'émetteur est indiquée"
        ),
        "registry.admin.check.addressees": ("at least one addressee", "au moins un destinataire"),
        "registry.admin.check.attachments": (
            "at least one file, each present and intact", "au moins un fichier, chacun présent et intact"
        ),
        "registry.admin.done.seriesCreated": ("The series {code} was created.", "La série {code} a été créée."),
        "registry.admin.done.seriesSaved": ("The series {code} was saved.", "La série {code} a été enregistrée."),

        // Distribution lists
        "registry.admin.lists.title": ("Distribution lists", "Listes de diffusion"),
        "registry.admin.lists.intro": (
            "The lists the registry distributes items to: people, need-to-know groups and units, for action or for information. Each list has an owner who keeps it.",
            "Les listes auxquelles le bureau d'ordre diffuse les éléments : personnes, groupes d'accès restreint et unités, pour action ou pour information. Chaque liste a un détenteur qui la tient à jour."
        ),
        "registry.admin.lists.empty": ("No distribution list yet.", "Aucune liste de diffusion pour l'instant."),
        "registry.admin.lists.new": ("New distribution list", "Nouvelle liste de diffusion"),
        "registry.admin.lists.create": ("Create the list", "Créer la liste"),
        "registry.admin.col.name": ("Name", "Nom"),
        "registry.admin.col.description": ("Description", "Description"),
        "registry.admin.col.owner": ("Owner", "Détenteur"),
        "registry.admin.col.members": ("Members", "Membres"),
        "registry.admin.col.kind": ("Kind", "Type"),
        "registry.admin.col.member": ("Member", "Membre"),
        "registry.admin.col.role": ("For", "Pour"),
        "registry.admin.field.name": ("Name", "Nom"),
        "registry.admin.field.description": ("Description", "Description"),
        "registry.admin.field.ownerKind": ("Owner", "Détenteur"),
        "registry.admin.field.owner": ("User name or unit of the owner", "Nom d'utilisateur ou unité du détenteur"),
        "registry.admin.help.owner": (
            "A unit (IPS) or a person's user name; the owner, a registry supervisor or an administrator changes the list.",
            "Une unité (IPS) ou le nom d'utilisateur d'une personne ; le détenteur, un superviseur du bureau d'ordre ou un administrateur modifie la liste."
        ),
        "registry.admin.owner.user": ("a person", "une personne"),
        "registry.admin.owner.unit": ("a unit", "une unité"),
        "registry.admin.kind.user": ("person", "personne"),
        "registry.admin.kind.group": ("group", "groupe"),
        "registry.admin.kind.unit": ("unit", "unité"),
        "registry.admin.role.action": ("action", "action"),
        "registry.admin.role.info": ("information", "information"),
        "registry.admin.list.heading": ("Distribution list {name}", "Liste de diffusion {name}"),
        "registry.admin.list.owner": ("Owner: {owner}", "Détenteur : {owner}"),
        "registry.admin.list.back": ("All distribution lists", "Toutes les listes de diffusion"),
        "registry.admin.list.save": ("Save", "Enregistrer"),
        "registry.admin.list.members": ("Members", "Membres"),
        "registry.admin.list.noMembers": ("The list has no member yet.", "La liste n'a encore aucun membre."),
        "registry.admin.list.add": ("Add a member", "Ajouter un membre"),
        "registry.admin.list.addSubmit": ("Add", "Ajouter"),
        "registry.admin.list.removeButton": ("Remove", "Retirer"),
        "registry.admin.list.remove": ("Remove {member} from the list", "Retirer {member} de la liste"),
        "registry.admin.field.memberKind": ("Kind", "Type"),
        "registry.admin.field.member": ("User name, group or unit", "Nom d'utilisateur, groupe ou unité"),
        "registry.admin.field.memberRole": ("For", "Pour"),
        "registry.admin.list.stale": (
            "Someone changed this list while you were editing it: it is shown below as it now is; make your change again.",
            "Quelqu'un a modifié cette liste pendant que vous la modifiiez : elle est affichée ci-dessous telle qu'elle est maintenant ; refaites votre modification."
        ),
        "registry.admin.error.noAccount": (
            "There is no account with the user name {value}.",
            "Il n'existe aucun compte ayant le nom d'utilisateur {value}."
        ),
        "registry.admin.error.badUnit": (
            "A unit is 1 to 32 letters, digits, hyphens or underscores.",
            "Une unité s'écrit avec 1 à 32 lettres, chiffres, traits d'union ou tirets bas."
        ),
        "registry.admin.error.already": (
            "{member} is already on the list.", "{member} figure déjà sur la liste."
        ),
        "registry.admin.error.noMember": (
            "This member is no longer on the list.", "Ce membre ne figure plus sur la liste."
        ),
        "registry.admin.done.listCreated": ("The list {name} was created.", "La liste {name} a été créée."),
        "registry.admin.done.listSaved": ("The list {name} was saved.", "La liste {name} a été enregistrée."),
        "registry.admin.done.memberAdded": ("{member} was added to the list.", "{member} a été ajouté à la liste."),
        "registry.admin.done.memberRemoved": (
            "{member} was removed from the list.", "{member} a été retiré de la liste."
        ),

        // File plan
        "registry.admin.plan.title": ("File plan", "Plan de classement"),
        "registry.admin.plan.intro": (
            "Categories group folders; a folder holds records and carries the retention rule. A node no longer in use is retired: it is not offered for filing any more, and the records filed in it keep it.",
            "Les rubriques regroupent des dossiers ; un dossier contient les éléments et porte la règle de conservation. Un nœud qui ne sert plus est retiré : il n'est plus proposé au classement, et les éléments qui y sont classés le conservent."
        ),
        "registry.admin.plan.tree": ("The plan", "Le plan"),
        "registry.admin.plan.empty": ("The file plan is empty.", "Le plan de classement est vide."),
        "registry.admin.plan.new": ("Add a node", "Ajouter un nœud"),
        "registry.admin.plan.create": ("Add the node", "Ajouter le nœud"),
        "registry.admin.plan.top": ("— at the top (a category) —", "— au sommet (une rubrique) —"),
        "registry.admin.plan.retention": (
            "kept {years} years after cutoff, then {disposition}",
            "conservé {years} ans après clôture, puis {disposition}"
        ),
        "registry.admin.field.kind": ("Kind", "Type"),
        "registry.admin.field.parent": ("Under", "Sous"),
        "registry.admin.field.retentionYears": (
            "Years kept after cutoff (folders)", "Années de conservation après clôture (dossiers)"
        ),
        "registry.admin.field.disposition": ("Then (folders)", "Ensuite (dossiers)"),
        "registry.admin.help.nodeCode": (
            "Up to 40 characters, unique in the plan; records cite it and it cannot be changed later.",
            "Jusqu'à 40 caractères, unique dans le plan ; les éléments le citent et il ne pourra plus être modifié."
        ),
        "registry.admin.nodeKind.category": ("category", "rubrique"),
        "registry.admin.nodeKind.folder": ("folder", "dossier"),
        "registry.admin.disposition.destroy": ("destroyed", "détruit"),
        "registry.admin.disposition.transfer": ("transferred to the archives", "versé aux archives"),
        "registry.admin.disposition.review": ("reviewed", "réexaminé"),
        "registry.admin.error.years": (
            "Give a number of years from 0 to 100.", "Indiquez un nombre d'années de 0 à 100."
        ),
        "registry.admin.error.folderParent": (
            "A folder goes under a category in use.", "Un dossier se place sous une rubrique en usage."
        ),
        "registry.admin.node.heading": ("{kind} {code}", "{kind} {code}"),
        "registry.admin.node.back": ("The whole file plan", "Tout le plan de classement"),
        "registry.admin.node.parent": ("Under", "Sous"),
        "registry.admin.node.children": ("Holds", "Contient"),
        "registry.admin.node.noChildren": ("nothing", "rien"),
        "registry.admin.node.rename": ("Rename", "Renommer"),
        "registry.admin.node.renameSubmit": ("Save the new title", "Enregistrer le nouvel intitulé"),
        "registry.admin.node.codeStays": (
            "The code stays: records and reports cite it.", "Le code reste : les éléments et les rapports le citent."
        ),
        "registry.admin.node.retire": ("Retire", "Retirer"),
        "registry.admin.node.retireHelp": (
            "It will no longer be offered for filing nor as a parent; the records filed in it keep it and its retention rule still applies to them.",
            "Il ne sera plus proposé au classement ni comme parent ; les éléments qui y sont classés le conservent et sa règle de conservation continue de s'appliquer."
        ),
        "registry.admin.node.retireSubmit": ("Retire this node", "Retirer ce nœud"),
        "registry.admin.node.retired": ("Retired on {date}.", "Retiré le {date}."),
        "registry.admin.node.stale": (
            "Someone changed this node while you were editing it: it is shown below as it now is; make your change again.",
            "Quelqu'un a modifié ce nœud pendant que vous le modifiiez : il est affiché ci-dessous tel qu'il est maintenant ; refaites votre modification."
        ),
        "registry.admin.done.nodeCreated": (
            "{code} was added to the file plan.", "{code} a été ajouté au plan de classement."
        ),
        "registry.admin.done.nodeRenamed": ("{code} was renamed.", "{code} a été renommé."),
        "registry.admin.done.nodeRetired": ("{code} was retired.", "{code} a été retiré."),
    ]
}

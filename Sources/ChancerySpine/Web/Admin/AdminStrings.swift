/// The administration console's text, English and French side by side.
package enum AdminStrings {
    package static let table: [String: (en: String, fr: String)] = [
        "admin.title": ("Administration", "Administration"),
        "admin.intro": (
            "Accounts, their clearances and jobs, need-to-know groups, units and special categories, and each office's reference data. Every change is audited under your name.",
            "Les comptes, leurs habilitations et fonctions, les groupes d'accès restreint, les unités et les catégories spéciales, et les données de référence de chaque bureau. Chaque modification est auditée sous votre nom."
        ),
        "admin.menu.overview": ("Overview", "Vue d'ensemble"),
        "admin.menu.users": ("Accounts", "Comptes"),
        "admin.menu.groups": ("Groups", "Groupes"),
        "admin.menu.units": ("Units", "Unités"),
        "admin.menu.categories": ("Special categories", "Catégories spéciales"),
        "admin.menu.throttles": ("Sign-in locks", "Blocages de connexion"),
        "admin.menu.access": ("Accounts and access", "Comptes et accès"),
        "admin.overview.users": ("{count} accounts, {locked} locked", "{count} comptes, dont {locked} verrouillés"),
        "admin.overview.groups": ("{count} need-to-know groups", "{count} groupes d'accès restreint"),
        "admin.overview.units": ("{count} units named by accounts", "{count} unités nommées par les comptes"),
        "admin.overview.categories": ("{count} special categories", "{count} catégories spéciales"),
        "admin.overview.throttles": ("{count} sign-in counters", "{count} compteurs de connexion"),
        "admin.overview.offices": ("Offices' reference data", "Données de référence des bureaux"),

        // Accounts
        "admin.users.title": ("Accounts", "Comptes"),
        "admin.users.new": ("New account", "Nouveau compte"),
        "admin.users.count": ("{count} of {total} accounts", "{count} comptes sur {total}"),
        "admin.users.empty": ("No account matches these filters.", "Aucun compte ne correspond à ces filtres."),
        "admin.users.filter": ("Filter the accounts", "Filtrer les comptes"),
        "admin.users.q": ("Name or user name", "Nom ou nom d'utilisateur"),
        "admin.users.any": ("All", "Tous"),
        "admin.users.submit": ("Filter", "Filtrer"),
        "admin.users.clear": ("Show all", "Tout afficher"),
        "admin.col.username": ("User name", "Nom d'utilisateur"),
        "admin.col.name": ("Name", "Nom"),
        "admin.col.clearance": ("Clearance", "Habilitation"),
        "admin.col.nationality": ("Nationality", "Nationalité"),
        "admin.col.roles": ("Jobs", "Fonctions"),
        "admin.col.units": ("Units", "Unités"),
        "admin.col.state": ("State", "État"),
        "admin.state.active": ("Active", "Actif"),
        "admin.state.locked": ("Locked", "Verrouillé"),
        "admin.none": ("none", "aucune"),  // for jobs (fonctions) and units (unités), both feminine

        "admin.user.newTitle": ("New account", "Nouveau compte"),
        "admin.user.title": ("Account {username}", "Compte {username}"),
        "admin.user.back": ("All accounts", "Tous les comptes"),
        "admin.field.username": ("User name", "Nom d'utilisateur"),
        "admin.help.username": (
            "2 to 64 lower-case letters, digits, dots, hyphens or underscores; it cannot be changed later.",
            "De 2 à 64 lettres minuscules, chiffres, points, traits d'union ou tirets bas ; il ne pourra plus être modifié."
        ),
        "admin.field.displayName": ("Name shown", "Nom affiché"),
        "admin.field.password": ("Initial password", "Mot de passe initial"),
        "admin.help.password": (
            "At least 12 characters. Give it to the person by another channel; they should change it.",
            "Au moins 12 caractères. Transmettez-le à la personne par un autre canal ; elle devrait le changer."
        ),
        "admin.field.clearance": ("Clearance", "Habilitation"),
        "admin.field.nationality": ("Nationality", "Nationalité"),
        "admin.field.categories": (
            "Special categories (briefings)", "Catégories spéciales (habilitations particulières)"
        ),
        "admin.field.roles": ("Jobs (roles)", "Fonctions (rôles)"),
        "admin.field.units": ("Units", "Unités"),
        "admin.help.units": (
            "Separated by commas, e.g. IPS, HEALTH. The unit owns what its people register.",
            "Séparées par des virgules, p. ex. IPS, HEALTH. L'unité possède ce que ses membres enregistrent."
        ),
        "admin.field.groups": ("Need-to-know groups", "Groupes d'accès restreint"),
        "admin.groups.none": ("No group exists yet.", "Aucun groupe n'existe encore."),
        "admin.roles.spine": ("Whole installation", "Toute l'installation"),
        "admin.user.create": ("Create the account", "Créer le compte"),
        "admin.user.save": ("Save the changes", "Enregistrer les modifications"),
        "admin.user.created": ("Created {date}, changed {changed}", "Créé le {date}, modifié le {changed}"),
        "admin.user.actions": ("Sign-in and sessions", "Connexion et sessions"),
        "admin.user.lock": ("Lock the account", "Verrouiller le compte"),
        "admin.user.lockHelp": (
            "A locked account cannot sign in, and its open sessions and tokens end now.",
            "Un compte verrouillé ne peut plus se connecter, et ses sessions et jetons ouverts prennent fin immédiatement."
        ),
        "admin.user.unlock": ("Unlock the account", "Déverrouiller le compte"),
        "admin.user.unlockHelp": (
            "The person can sign in again; the sign-in counters of their name are cleared.",
            "La personne peut de nouveau se connecter ; les compteurs de connexion de son nom sont remis à zéro."
        ),
        "admin.user.password": ("Set a new password", "Définir un nouveau mot de passe"),
        "admin.field.newPassword": ("New password", "Nouveau mot de passe"),
        "admin.user.passwordHelp": (
            "At least 12 characters. The account's sessions and tokens end.",
            "Au moins 12 caractères. Les sessions et jetons du compte prennent fin."
        ),
        "admin.user.revoke": ("End every session and token", "Mettre fin à toutes les sessions et à tous les jetons"),
        "admin.user.revokeHelp": (
            "The person must sign in again everywhere; API tokens stop working.",
            "La personne doit se reconnecter partout ; les jetons d'API cessent de fonctionner."
        ),
        "admin.user.state": ("This account is {state}.", "Ce compte est {state}."),
        "admin.state.sentence.active": ("active", "actif"),
        "admin.state.sentence.locked": ("locked: it cannot sign in", "verrouillé : il ne peut pas se connecter"),
        "admin.done.created": ("The account {username} was created.", "Le compte {username} a été créé."),
        "admin.done.saved": ("The changes were saved.", "Les modifications ont été enregistrées."),
        "admin.done.locked": (
            "The account is locked; its sessions and tokens have ended.",
            "Le compte est verrouillé ; ses sessions et jetons ont pris fin."
        ),
        "admin.done.unlocked": ("The account is unlocked.", "Le compte est déverrouillé."),
        "admin.done.password": (
            "The password was changed; the account's sessions and tokens have ended.",
            "Le mot de passe a été changé ; les sessions et jetons du compte ont pris fin."
        ),
        "admin.done.revoked": (
            "Every session and token of the account has ended.",
            "Toutes les sessions et tous les jetons du compte ont pris fin."
        ),
        "admin.error.reservedName": (
            "“new” names the page that creates an account: choose another user name.",
            "« new » désigne la page de création d'un compte : choisissez un autre nom d'utilisateur."
        ),
        "admin.reason.sort": (
            "use username, name, clearance, nationality or state.",
            "utilisez username, name, clearance, nationality ou state."
        ),
        "admin.reason.order": ("use asc or desc.", "utilisez asc ou desc."),
        "admin.reason.filter": ("choose one of the values offered.", "choisissez l'une des valeurs proposées."),
        "admin.error.required": ("This field is required.", "Ce champ est obligatoire."),
        "admin.error.choice": ("Choose one of the values offered.", "Choisissez l'une des valeurs proposées."),
        "admin.error.tooLong": ("At most {max} characters.", "Au plus {max} caractères."),
        "admin.error.control": (
            "Remove the line breaks and control characters.",
            "Retirez les sauts de ligne et les caractères de contrôle."
        ),
        "admin.error.stale": (
            "Someone changed this account while you were editing it: it is shown below as it now is; make your changes again.",
            "Quelqu'un a modifié ce compte pendant que vous le modifiiez : il est affiché ci-dessous tel qu'il est maintenant ; refaites vos modifications."
        ),

        // Groups
        "admin.groups.title": ("Need-to-know groups", "Groupes d'accès restreint"),
        "admin.groups.intro": (
            "A group names the people an item or a distribution list is shared with beyond its owning unit.",
            "Un groupe désigne les personnes avec lesquelles un élément ou une liste de diffusion est partagé au-delà de l'unité propriétaire."
        ),
        "admin.col.group": ("Group", "Groupe"),
        "admin.col.title": ("Title", "Intitulé"),
        "admin.col.members": ("Members", "Membres"),
        "admin.groups.new": ("New group", "Nouveau groupe"),
        "admin.field.groupName": ("Name", "Nom"),
        "admin.help.groupName": (
            "1 to 32 letters, digits, hyphens or underscores, e.g. HR-CASES.",
            "De 1 à 32 lettres, chiffres, traits d'union ou tirets bas, p. ex. HR-CASES."
        ),
        "admin.field.groupTitle": ("Title", "Intitulé"),
        "admin.groups.create": ("Create the group", "Créer le groupe"),
        "admin.groups.empty": ("No group exists yet.", "Aucun groupe n'existe encore."),
        "admin.group.title": ("Group {name}", "Groupe {name}"),
        "admin.group.back": ("All groups", "Tous les groupes"),
        "admin.group.members": ("Members", "Membres"),
        "admin.group.noMembers": ("The group has no member yet.", "Le groupe n'a encore aucun membre."),
        "admin.group.add": ("Add a member", "Ajouter un membre"),
        "admin.group.addSubmit": ("Add", "Ajouter"),
        "admin.group.removeButton": ("Remove", "Retirer"),
        "admin.group.remove": ("Remove {username}", "Retirer {username}"),
        "admin.done.groupCreated": ("The group {name} was created.", "Le groupe {name} a été créé."),
        "admin.done.added": ("{username} was added to the group.", "{username} a été ajouté au groupe."),
        "admin.done.already": ("{username} was already a member.", "{username} était déjà membre."),
        "admin.done.removed": ("{username} was removed from the group.", "{username} a été retiré du groupe."),

        // Units and categories
        "admin.units.title": ("Units", "Unités"),
        "admin.units.intro": (
            "A unit exists as soon as an account belongs to it: set an account's units on its page. Each row lists the accounts of the unit.",
            "Une unité existe dès qu'un compte lui appartient : définissez les unités d'un compte sur sa page. Chaque ligne mène aux comptes de l'unité."
        ),
        "admin.col.unit": ("Unit", "Unité"),
        "admin.col.accounts": ("Accounts", "Comptes"),
        "admin.units.empty": ("No account names a unit yet.", "Aucun compte ne nomme encore d'unité."),
        "admin.categories.title": ("Special categories", "Catégories spéciales"),
        "admin.categories.intro": (
            "An item marked with a special category is readable only by accounts briefed for it. The categories are set in the configuration (CHANCERY_CATEGORIES), and each keeps its place for ever; brief an account on its page.",
            "Un élément portant une catégorie spéciale n'est lisible que par les comptes habilités pour celle-ci. Les catégories sont fixées par la configuration (CHANCERY_CATEGORIES) et chacune garde sa place pour toujours ; habilitez un compte sur sa page."
        ),
        "admin.col.category": ("Category", "Catégorie"),
        "admin.col.briefed": ("Accounts briefed", "Comptes habilités"),

        // The sign-in throttle
        "admin.throttles.title": ("Sign-in locks", "Blocages de connexion"),
        "admin.throttles.intro": (
            "After repeated failed sign-ins, a name or an address waits before it may try again. Clear a counter once you have checked who is asking.",
            "Après des échecs de connexion répétés, un nom ou une adresse doit attendre avant de réessayer. Remettez un compteur à zéro après avoir vérifié qui le demande."
        ),
        "admin.col.typed": ("Name as typed", "Nom saisi"),
        "admin.col.address": ("Address", "Adresse"),
        "admin.col.failures": ("Failed attempts", "Échecs"),
        "admin.col.until": ("Waits until", "Attente jusqu'à"),
        "admin.col.action": ("Action", "Action"),
        "admin.throttles.clear": ("Clear", "Remettre à zéro"),
        "admin.throttles.clearLabel": ("Clear the counter of {name}", "Remettre à zéro le compteur de {name}"),
        "admin.throttles.empty": ("No sign-in is being counted.", "Aucune connexion n'est comptée."),
        "admin.throttles.noWait": ("no wait", "aucune attente"),
        "admin.done.cleared": ("The counter was cleared.", "Le compteur a été remis à zéro."),
    ]
}

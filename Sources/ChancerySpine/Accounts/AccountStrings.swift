/// The sentences of account administration (the accounts and groups API, the sign-in throttle's administration)
/// and of the language switch, English and French side by side.
package enum AccountStrings {
    package static let table: [String: (en: String, fr: String)] = [
        // The language switch
        "language.title": ("Language", "Langue"),
        "language.confirm": (
            "Show Chancery in {language} for your account from now on?",
            "Afficher désormais Chancellerie en {language} pour votre compte ?"
        ),
        "language.use": ("Use this language", "Utiliser cette langue"),
        "language.back": ("Go back without changing anything", "Revenir sans rien changer"),
        "language.unknown": (
            "“{code}” is not a language of Chancery: choose English or Français.",
            "« {code} » n'est pas une langue de Chancellerie : choisissez English ou Français."
        ),

        // Accounts
        "account.error.invalidUsername": (
            "“{value}” cannot be a user name: use 2 to 64 lower-case letters, digits, dots, hyphens or underscores.",
            "« {value} » ne peut pas être un nom d'utilisateur : utilisez de 2 à 64 lettres minuscules, chiffres, points, traits d'union ou tirets bas."
        ),
        "account.error.usernameTaken": (
            "An account named {value} already exists.", "Un compte nommé {value} existe déjà."
        ),
        "account.error.unknownUser": ("There is no account named {value}.", "Il n'existe aucun compte nommé {value}."),
        "account.error.unknownNationality": (
            "“{value}” is neither a NATO member nation (ISO 3166 alpha-3, e.g. BEL) nor a known organisation.",
            "« {value} » n'est ni une nation membre de l'OTAN (ISO 3166 alpha-3, p. ex. BEL) ni une organisation connue."
        ),
        "account.error.unknownCategory": (
            "“{value}” is not a special category of this installation.",
            "« {value} » n'est pas une catégorie spéciale de cette installation."
        ),
        "account.error.unknownRole": (
            "“{value}” is not a role; the roles are: {roles}.",
            "« {value} » n'est pas un rôle ; les rôles sont : {roles}."
        ),
        "account.error.invalidUnit": (
            "“{value}” cannot be a unit name: use 1 to 32 letters, digits, hyphens or underscores.",
            "« {value} » ne peut pas être un nom d'unité : utilisez de 1 à 32 lettres, chiffres, traits d'union ou tirets bas."
        ),
        "account.error.invalidGroup": (
            "“{value}” cannot be a group name: use 1 to 32 letters, digits, hyphens or underscores.",
            "« {value} » ne peut pas être un nom de groupe : utilisez de 1 à 32 lettres, chiffres, traits d'union ou tirets bas."
        ),
        "account.error.weakPassword": (
            "The password must be at least 12 characters long.",
            "Le mot de passe doit comporter au moins 12 caractères."
        ),
        "account.error.displayName": (
            "The name shown must be 1 to 200 characters, without control characters or spaces at either end.",
            "Le nom affiché doit comporter de 1 à 200 caractères, sans caractère de contrôle ni espace au début ou à la fin."
        ),
        "account.error.clearance": (
            "“{value}” is not a clearance: use NU, NR, NC, NS or CTS (or the full marking).",
            "« {value} » n'est pas une habilitation : utilisez NU, NR, NC, NS ou CTS (ou la mention complète)."
        ),
        "account.error.unknownGroup": (
            "There is no group named {value}: create it first with POST /api/v1/groups.",
            "Il n'existe aucun groupe nommé {value} : créez-le d'abord avec POST /api/v1/groups."
        ),
        "account.error.lastAdministrator": (
            "This would leave no enabled account with the admin role: give the role to another account first.",
            "Il ne resterait aucun compte actif ayant le rôle admin : donnez d'abord ce rôle à un autre compte."
        ),
        "account.error.ownAccount": (
            "You cannot disable your own account or take away your own admin role: another administrator can.",
            "Vous ne pouvez pas désactiver votre propre compte ni retirer votre propre rôle admin : un autre administrateur le peut."
        ),
        "account.error.null": (
            "{field} cannot be removed: send a value (an empty list empties a list).",
            "{field} ne peut pas être supprimé : envoyez une valeur (une liste vide vide une liste)."
        ),

        // Groups
        "group.error.notFound": ("There is no group named {value}.", "Il n'existe aucun groupe nommé {value}."),
        "group.error.taken": ("A group named {value} already exists.", "Un groupe nommé {value} existe déjà."),
        "group.error.title": (
            "The group's title must be 1 to 200 characters, without control characters.",
            "L'intitulé du groupe doit comporter de 1 à 200 caractères, sans caractère de contrôle."
        ),
        "group.error.notAMember": ("{username} is not a member of {group}.", "{username} n'est pas membre de {group}."),

        // The sign-in throttle
        "throttle.error.notFound": (
            "No sign-in throttle with the id {id} exists (it may have been cleared or forgotten).",
            "Aucun compteur de connexion portant l'identifiant {id} n'existe (il a pu être effacé ou oublié)."
        ),
    ]
}

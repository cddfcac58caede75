/// What the spine says of files and of the fields every office's forms share: uploads refused, attachments
/// checked, a field too long or not a date.
package enum AttachmentStrings {
    package static let table: [String: (en: String, fr: String)] = [
        "attachment.text.done": ("text searchable", "texte consultable"),
        "attachment.text.failed": ("text could not be read: {reason}", "texte illisible : {reason}"),
        "attachment.text.none": ("no text to search", "aucun texte à rechercher"),
        "attachment.text.waiting": ("text being read (OCR)", "texte en cours de lecture (OCR)"),
        "attachment.container.mimetypeCompressed": (
            "its mimetype entry is compressed", "son entrée mimetype est compressée"
        ),
        "attachment.container.mimetypeNotFirst": (
            "the first entry of its package is not mimetype", "la première entrée de son paquet n'est pas mimetype"
        ),
        "attachment.container.missingContentTypes": (
            "its package has no [Content_Types].xml", "son paquet ne contient pas de [Content_Types].xml"
        ),
        "attachment.container.missingMainPart": (
            "its package has no {folder} part", "son paquet ne contient pas de partie {folder}"
        ),
        "attachment.container.missingManifest": (
            "its package has no META-INF/manifest.xml", "son paquet ne contient pas de META-INF/manifest.xml"
        ),
        "attachment.container.notAnArchive": (
            "it is not a readable ZIP archive", "ce n'est pas une archive ZIP lisible"
        ),
        "attachment.container.wrongMimetype": (
            "its mimetype entry does not hold {type}", "son entrée mimetype ne contient pas {type}"
        ),
        "attachment.error.containerMismatch": (
            "The file is not a document of the declared type {type}: {reason}. Nothing was stored.",
            "Le fichier n'est pas un document du type déclaré {type} : {reason}. Rien n'a été enregistré."
        ),
        "attachment.error.contentMismatch": (
            "The file's content is not of the declared type {type}. Nothing was stored.",
            "Le contenu du fichier n'est pas du type déclaré {type}. Rien n'a été enregistré."
        ),
        "attachment.error.empty": (
            "The file is empty. Nothing was stored.", "Le fichier est vide. Rien n'a été enregistré."
        ),
        "attachment.error.fileMissing": (
            "The stored file of this attachment is missing from the disk. Ask an administrator to run chancery verify-blobs.",
            "Le fichier de cette pièce jointe a disparu du disque. Demandez à un administrateur de lancer chancery verify-blobs."
        ),
        "attachment.error.noSearchablePDF": (
            "This file has no searchable PDF: only a scan read by OCR has one, once its text state is done.",
            "Ce fichier n'a pas de PDF interrogeable : seul un document numérisé lu par OCR en a un, une fois son texte lu."
        ),
        "attachment.error.labelBelowObject": (
            "An attachment carries its item's label or a higher one, never a lower one.",
            "Une pièce jointe porte le marquage de son élément ou un marquage supérieur, jamais inférieur."
        ),
        "attachment.error.typeNotAllowed": (
            "Files of type \"{type}\" are not accepted. Accepted types: {types}.",
            "Les fichiers de type « {type} » ne sont pas acceptés. Types acceptés : {types}."
        ),
        "attachment.reason.filename": (
            "give the file's name, e.g. ?filename=scan.pdf.",
            "indiquez le nom du fichier, par ex. ?filename=scan.pdf."
        ),
        "attachment.reason.filenameForm": (
            "give the file's own name only, up to 200 characters, without a folder (no / or \\), without control characters, and neither \".\" nor \"..\".",
            "indiquez le seul nom du fichier, 200 caractères au plus, sans dossier (ni / ni \\), sans caractère de contrôle, et ni « . » ni « .. »."
        ),
        "attachment.reason.label": (
            "give a label in its JSON form, e.g. {\"classification\":\"NS\",\"releasableTo\":[\"NATO\"]}.",
            "indiquez un marquage sous sa forme JSON, par ex. {\"classification\":\"NS\",\"releasableTo\":[\"NATO\"]}."
        ),
        "field.control": (
            "The field \"{field}\" contains control characters; remove them.",
            "Le champ « {field} » contient des caractères de contrôle ; retirez-les."
        ),
        "field.date": (
            "The field \"{field}\" must be a date written YYYY-MM-DD, not \"{value}\".",
            "Le champ « {field} » doit être une date écrite AAAA-MM-JJ, et non « {value} »."
        ),
        "field.length": (
            "The field \"{field}\" must have 1 to {max} characters.",
            "Le champ « {field} » doit compter de 1 à {max} caractères."
        ),
        "field.metadataKey": (
            "The metadata key \"{key}\" must have 1 to 60 letters, digits, dots, dashes or underscores.",
            "La clé de métadonnée « {key} » doit compter de 1 à 60 lettres, chiffres, points, tirets ou soulignés."
        ),
        "field.tooMany": (
            "The field \"{field}\" may hold at most {count} entries.",
            "Le champ « {field} » peut contenir au plus {count} entrées."
        ),
        "upload.error.noFile": ("Choose a file to attach.", "Choisissez un fichier à joindre."),
        "upload.error.notMultipart": (
            "The upload form could not be read; send it again from the item's page.",
            "Le formulaire d'envoi n'a pas pu être lu ; renvoyez-le depuis la page de l'élément."
        ),
    ]
}

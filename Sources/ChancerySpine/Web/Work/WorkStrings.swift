/// The strings of "My work": the page's, and each office's task names (`work.<office>.<task>`) are in the office's.
package enum WorkStrings {
    package static let table: [String: (en: String, fr: String)] = [
        "nav.work": ("My work", "Mon travail"),
        "work.title": ("My work", "Mon travail"),
        "work.intro": (
            "What waits for you in every office, the oldest deadline first.",
            "Ce qui vous attend dans chaque bureau, l'échéance la plus proche d'abord."
        ),
        "work.empty": ("Nothing waits for you.", "Rien ne vous attend."),
        "work.tasks": ("Tasks", "Tâches"),
        "work.queue": ("open the queue", "ouvrir la file"),
        "work.all": ("all tasks", "toutes les tâches"),
        "work.overdue": ("overdue", "en retard"),
        "work.filtered": ("Only: {task}", "Seulement : {task}"),
        "work.col.due": ("Due", "Échéance"),
        "work.col.since": ("Waiting since", "En attente depuis"),
        "work.col.task": ("Task", "Tâche"),
        "work.col.item": ("Item", "Élément"),
        "work.reason.sort": ("use due, since, task or item.", "utilisez due, since, task ou item."),
        "work.reason.order": ("use asc or desc.", "utilisez asc ou desc."),
        "work.reason.task": (
            "name a task as office.task, e.g. registry.verify.",
            "nommez une tâche bureau.tâche, par ex. registry.verify."
        ),
    ]
}

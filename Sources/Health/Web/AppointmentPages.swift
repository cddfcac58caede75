import ChancerySpine

/// What every appointment page shares: the label table and the CSRF token of its forms.
package struct AppointmentPageParts {
    package var t: [String: String]
    package var csrf: String?
}

/// An appointment page: its own model read together with the shared parts.
package typealias AppointmentPage<Content> = OfficePage<AppointmentPageParts, Content>

/// A person or a type to choose in a select list.
package struct AppointmentChoice {
    package var id: String
    package var name: String
    package var selected: Bool
}

/// The day's appointments, one row each (time, patient, clinician, type, status) linking to the appointment's page;
/// a booked appointment of today that the principal may check in has a compact "Check in" button.
package struct AppointmentDayPage {
    package struct Line {
        package var id: String
        package var start: String
        package var end: String
        package var patient: String
        package var clinician: String
        package var type: String
        package var status: String
        package var statusCode: String
        package var overbooked: Bool
        package var canCheckIn: Bool
        /// The sentence of this appointment's refused check-in, beside its status.
        package var refusal: String? = nil
    }

    package struct Diary {
        package var id: String
        package var name: String
    }

    package var date: String
    package var notice: String?
    /// A refused check-in: the summary, linked to the appointment's row.
    package var errors: FormErrors.Model?
    package var hasLines: Bool
    package var lines: [Line]
    package var headers: [ListHeader]
    package var pager: ListPager
    package var statuses: [HealthChoice]
    /// The order the filter form keeps.
    package var sort: String
    package var order: String
    package var previous: String
    package var next: String
    package var diaries: [Diary]
    /// The day, the day before and the day after as people read them ("Mon, 7 Dec 2026").
    package var dateText = ""
    package var previousText = ""
    package var nextText = ""
}

/// One appointment: who, with whom, what, when and where, its status and history, and the changes the principal
/// may make now (each shown only when the server would accept it).
package struct AppointmentDetailPage {
    package struct Event {
        package var iso: String
        package var when: String
        package var who: String
        package var what: String
    }

    package var id: String
    package var version: Int64
    package var notice: String?
    /// A refused change: the cancellation's reason marked on its field, a change made meanwhile on the changes.
    package var errors: FormErrors.Model?
    package var heading: String
    package var patient: String
    /// The patient's chart, when the principal may read the record.
    package var chart: String?
    package var clinician: String
    package var specialty: String?
    package var diary: String
    package var type: String
    package var when: String
    package var date: String
    package var location: String
    package var status: String
    package var statusCode: String
    package var statusNote: String?
    package var overbooked: Bool
    package var note: String?
    package var canCheckIn: Bool
    package var canReschedule: Bool
    package var canCancel: Bool
    package var canNoShow: Bool
    package var hasChanges: Bool
    /// The cancellation reason typed, kept when the form comes back with an error.
    package var reason: String
    package var hasHistory: Bool
    package var history: [Event]
}

/// The booking form.
package struct AppointmentBookPage {
    package struct AppointmentType {
        package var code: String
        package var name: String
        package var selected: Bool
    }

    package var errors: FormErrors.Model?
    /// What was typed in "find a patient": the patients offered are those it finds.
    package var patientQuery: String
    package var patients: [AppointmentChoice]
    package var clinicians: [AppointmentChoice]
    package var types: [AppointmentType]
    package var date: String
    package var time: String
    package var note: String
    /// The clinician's free times on `date` for the type, as buttons that book them (when a clinician and a type
    /// are chosen); nil before.
    package var free: FreeTimes?

    /// The free times of the chosen day, and the next days that have room.
    package struct FreeTimes {
        package struct Time {
            package var id: String
            package var time: String
        }

        package struct Day {
            package var date: String
            package var name: String
        }

        package var heading: String
        package var times: [Time]
        package var none: String?
        package var hasDays: Bool
        package var days: [Day]
    }
}

/// The form that moves an appointment.
package struct AppointmentReschedulePage {
    package var errors: FormErrors.Model?
    /// The appointment's own page, which the form leads back to.
    package var id: String
    package var version: Int64
    package var current: String
    package var clinicians: [AppointmentChoice]
    package var date: String
    package var time: String
}

/// A clinician's day or week: each day's hours, absences ("Away"), appointments ("Booked") and free slots, each
/// under its own heading.
package struct AppointmentDiaryPage {
    package struct Day {
        package struct Booked {
            package var id: String
            package var start: String
            package var end: String
            package var status: String
            package var statusCode: String
            package var location: String
        }

        package struct Slot {
            package var time: String
            package var href: String
        }

        package var date: String
        package var weekday: String
        /// The day's consultation hours; nil when the clinician sees nobody that weekday.
        package var hours: String?
        /// The day's absences; nil when there is none (an empty text would still open the template's section).
        package var away: String?
        package var hasAppointments: Bool
        package var appointments: [Booked]
        package var free: [Slot]
        package var hasFree: Bool
    }

    package var clinician: String
    package var specialty: String
    package var id: String
    package var date: String
    package var isWeek: Bool
    package var previous: String
    package var next: String
    package var view: String
    package var days: [Day]
}

import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// The free times of a clinician's diary, for the booking page to offer as buttons. Only a suggestion: the booking
/// checks hours, absences and clashes again in its own transaction (two clerks may choose the same time).
extension AppointmentStore {
    /// One day of a clinician's diary with the start times still free for an appointment of a type.
    public struct FreeDay: Sendable, Equatable {
        /// `YYYY-MM-DD`, Brussels.
        public var date: String
        /// `HH:MM`, Brussels, in order.
        public var times: [String]
    }

    /// The start times (Brussels) at which an appointment of `typeCode` fits in the clinician's hours on `date`,
    /// on a grid of the type's length from the start of each window (`freeSlots`): none on a day of absence, none
    /// overlapping a booked or completed appointment of the clinician, none already past. Nil for an unknown
    /// clinician or type.
    public func freeTimes(clinicianID: String, date: String, typeCode: String, by principal: Principal) async throws
        -> FreeDay?
    {
        try await freeDays(clinicianID: clinicianID, from: date, days: 1, typeCode: typeCode, by: principal)?.first
    }

    /// From `date` on, the first `count` days (within four weeks) on which the clinician has room for the type.
    public func daysWithRoom(
        clinicianID: String, from date: String, typeCode: String, count: Int = 5, by principal: Principal
    ) async throws -> [FreeDay] {
        let days = try await freeDays(clinicianID: clinicianID, from: date, days: 28, typeCode: typeCode, by: principal)
        return Array((days ?? []).filter { !$0.times.isEmpty }.prefix(count))
    }

    /// The free times of `days` days from `date`: the clinician's hours, absences and busy times are read once for
    /// the whole span.
    func freeDays(clinicianID: String, from date: String, days: Int, typeCode: String, by principal: Principal)
        async throws -> [FreeDay]?
    {
        try Self.requireStaff(principal)
        return try await database.read { db -> [FreeDay]? in
            guard let type = try await self.type(typeCode, on: db),
                let clinician = try await self.clinician(clinicianID, on: db)
            else { return nil }
            guard let last = BrusselsTime.adding(days: days, to: date),
                let from = BrusselsTime.instant(date: date, time: "00:00"),
                let to = BrusselsTime.instant(date: last, time: "00:00")
            else { return [] }
            let hours = try await self.hours(of: clinician.userID, on: db)
            let absences = try await self.absences(of: clinician.userID, on: db)
            let busy = try await self.busyTimes(of: clinician.userID, from: from, to: to, on: db)
            let now = Clock.nowMilliseconds()
            let duration = Int64(type.durationMinutes) * 60_000
            var result: [FreeDay] = []
            var day = date
            for _ in 0..<days {
                guard let noon = BrusselsTime.instant(date: day, time: "12:00") else { break }
                let weekday = BrusselsTime.local(noon).weekday
                let absent = absences.contains { $0.startDate <= day && day <= $0.endDate }
                let slots =
                    absent
                    ? []
                    : Self.freeSlots(
                        on: day, windows: hours.filter { $0.weekday == weekday }, busy: busy, duration: duration)
                result.append(
                    FreeDay(
                        date: day, times: slots.filter { $0.start >= now }.map { BrusselsTime.local($0.start).time }))
                day = BrusselsTime.adding(days: 1, to: day) ?? day
            }
            return result
        }
    }
}

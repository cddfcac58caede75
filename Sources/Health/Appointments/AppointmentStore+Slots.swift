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
    /// on a grid of the type's length from the start of each window: none on a day of absence, none overlapping a
    /// booked or completed appointment of the clinician, none already past. Nil for an unknown clinician or type.
    public func freeTimes(clinicianID: String, date: String, typeCode: String, by principal: Principal) async throws
        -> FreeDay?
    {
        try Self.requireStaff(principal)
        return try await database.read { db in
            guard let type = try await self.type(typeCode, on: db),
                let clinician = try await self.clinician(clinicianID, on: db)
            else { return nil }
            return try await self.freeTimes(clinician, date: date, minutes: type.durationMinutes, on: db)
        }
    }

    /// From `date` on, the first `count` days (within four weeks) on which the clinician has room for the type.
    public func daysWithRoom(
        clinicianID: String, from date: String, typeCode: String, count: Int = 5, by principal: Principal
    ) async throws -> [FreeDay] {
        try Self.requireStaff(principal)
        return try await database.read { db in
            guard let type = try await self.type(typeCode, on: db),
                let clinician = try await self.clinician(clinicianID, on: db),
                var day = BrusselsTime.instant(date: date, time: "12:00")
            else { return [] }
            var days: [FreeDay] = []
            for _ in 0..<28 where days.count < count {
                let free = try await self.freeTimes(
                    clinician, date: BrusselsTime.local(day).date, minutes: type.durationMinutes, on: db)
                if !free.times.isEmpty { days.append(free) }
                day += 86_400_000
            }
            return days
        }
    }

    package func freeTimes(_ clinician: Clinician, date: String, minutes: Int, on db: any SQLDatabase) async throws
        -> FreeDay
    {
        guard let noon = BrusselsTime.instant(date: date, time: "12:00"), minutes > 0 else {
            return FreeDay(date: date, times: [])
        }
        let weekday = BrusselsTime.local(noon).weekday
        let windows = try await hours(of: clinician.userID, on: db).filter { $0.weekday == weekday }
        let absent = try await absences(of: clinician.userID, on: db).contains {
            $0.startDate <= date && date <= $0.endDate
        }
        guard !windows.isEmpty, !absent else { return FreeDay(date: date, times: []) }
        let busy = try await busyTimes(
            of: clinician.userID, from: noon - 12 * 3_600_000, to: noon + 12 * 3_600_000, on: db)
        let now = Clock.nowMilliseconds()
        let times = Self.freeSlots(on: date, windows: windows, busy: busy, duration: Int64(minutes) * 60_000)
            .filter { $0.start >= now }.map { BrusselsTime.local($0.start).time }
        return FreeDay(date: date, times: times)
    }
}

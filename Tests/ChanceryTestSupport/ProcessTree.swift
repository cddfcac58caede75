import Foundation

/// The processes under a process, read from `/proc` (Linux): which programs a command started, and whether they
/// are gone.
package enum ProcessTree {
    /// Every living descendant of `pid`, with its command line (arguments separated by spaces).
    package static func descendants(of pid: Int32) -> [Int32: String] {
        var parents: [Int32: Int32] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let process = Int32(entry), let status = status(of: process), status.state != "Z" else { continue }
            parents[process] = status.parent
        }
        var found: [Int32: String] = [:]
        var frontier = [pid]
        while let next = frontier.popLast() {
            for (process, parent) in parents where parent == next && found[process] == nil {
                found[process] = commandLine(of: process)
                frontier.append(process)
            }
        }
        return found
    }

    /// Whether the process is still there (a zombie, ended but not yet waited for, is not).
    package static func isAlive(_ pid: Int32) -> Bool {
        guard let status = status(of: pid) else { return false }
        return status.state != "Z"
    }

    private static func read(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
    }

    /// The parent and the state letter of a process (`/proc/PID/stat`: after the command's name in brackets).
    private static func status(of pid: Int32) -> (parent: Int32, state: Character)? {
        guard let text = read("/proc/\(pid)/stat"), let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 2, let state = fields[0].first, let parent = Int32(fields[1]) else { return nil }
        return (parent, state)
    }

    private static func commandLine(of pid: Int32) -> String {
        (read("/proc/\(pid)/cmdline") ?? "").replacingOccurrences(of: "\0", with: " ")
    }
}

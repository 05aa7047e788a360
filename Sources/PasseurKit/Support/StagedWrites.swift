import Foundation

/// Files (and whole folders) written together or not at all.
///
/// Every file is first written to a temporary file beside its target (a folder to a new
/// folder beside it), so a full disk or an unwritable folder stops the run before any
/// target changes. `commit()` then renames them all into place, keeping each old file
/// under a hidden backup name until every rename has succeeded; if one fails, the ones
/// already made are undone. Either every target has its new bytes, or every target has
/// its old bytes and the error says that nothing was written.
struct StagedWrites {
    private enum Item {
        case file(target: String, temporary: String)
        case folder(target: String, staging: String)

        var target: String {
            switch self {
            case .file(let target, _), .folder(let target, _): return target
            }
        }
    }

    private var items: [Item] = []
    /// Folders that staging created, outermost first, removed again when nothing is written.
    private var createdFolders: [String] = []
    private let suffix = "\(getpid())-\(UUID().uuidString.prefix(8))"

    /// An empty set of writes.
    init() {}

    /// Stages `bytes` for `path`; a failure discards everything staged so far.
    ///
    /// - Throws: `FileError.unwritable`, saying that nothing was written.
    mutating func stage(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(suffix).tmp"
        )
        .path
        do {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                throw FileError.unwritable(path: path, reason: "a folder has this name")
            }
            try makeFolder(url.deletingLastPathComponent().path)
            try Self.createFile(temporary, bytes, target: path)
            items.append(.file(target: path, temporary: temporary))
        } catch {
            discard()
            throw Self.nothingWritten(error, path: path)
        }
    }

    /// Stages a whole folder: `files` (names inside it) replace whatever `folder` held.
    ///
    /// - Throws: `FileError.unwritable`, saying that nothing was written.
    mutating func stageFolder(_ folder: String, files: [(name: String, bytes: [UInt8])]) throws {
        let url = URL(fileURLWithPath: folder)
        let staging = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(suffix).new")
            .path
        do {
            try makeFolder(url.deletingLastPathComponent().path)
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false)
            items.append(.folder(target: folder, staging: staging))
            for file in files {
                let path = (staging as NSString).appendingPathComponent(file.name)
                try Self.createFile(path, file.bytes, target: path)
            }
        } catch {
            discard()
            throw Self.nothingWritten(error, path: folder)
        }
    }

    /// Moves every staged file and folder into place, all or none.
    ///
    /// - Throws: `FileError.unwritable`, after undoing the renames already made.
    mutating func commit() throws {
        var done: [(item: Item, backup: String?)] = []
        for item in items {
            let backup = item.target + ".\(suffix).old"
            let hasOld = FileManager.default.fileExists(atPath: item.target)
            do {
                switch item {
                case .file(let target, let temporary):
                    // A hard link keeps the old bytes until the end without ever leaving the target missing.
                    if hasOld, link(target, backup) != 0 {
                        // A file system without hard links (FAT, some network mounts): a copy keeps the old bytes.
                        do { try FileManager.default.copyItem(atPath: target, toPath: backup) } catch {
                            throw FileError.unwritable(path: target, reason: "cannot keep the old file while writing")
                        }
                    }
                    try Self.check(rename(temporary, target), target)
                case .folder(let target, let staging):
                    if hasOld { try Self.check(rename(target, backup), target) }
                    if rename(staging, target) != 0 {
                        let reason = String(cString: strerror(errno))
                        if hasOld { _ = rename(backup, target) }
                        throw FileError.unwritable(path: target, reason: reason)
                    }
                }
                done.append((item, hasOld ? backup : nil))
            } catch {
                if case .file = item, hasOld { _ = unlink(backup) }
                for (undone, backup) in done.reversed() { Self.undo(undone, backup: backup) }
                items.removeFirst(done.count)
                discard()
                throw Self.nothingWritten(error, path: item.target)
            }
        }
        // Every target is in place: the backups go. One that cannot be removed is only a hidden leftover.
        for (_, backup) in done {
            if let backup { Self.removeLeftover(backup) }
        }
        items = []
        createdFolders = []
    }

    /// Removes everything staged and the folders staging created; targets are untouched.
    mutating func discard() {
        for item in items {
            switch item {
            case .file(_, let temporary): _ = unlink(temporary)
            case .folder(_, let staging): Self.removeLeftover(staging)
            }
        }
        for folder in createdFolders.reversed() { _ = rmdir(folder) }
        items = []
        createdFolders = []
    }

    /// Writes every file or none: stages them all, then commits.
    ///
    /// - Throws: `FileError.unwritable`, saying that nothing was written.
    static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        var writes = StagedWrites()
        for file in files { try writes.stage(file.bytes, to: file.path) }
        try writes.commit()
    }

    /// Creates the output folder if needed and makes sure it can be written to.
    ///
    /// - Throws: `FileError.unwritable`, saying that nothing was written.
    static func prepareFolder(_ folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw FileError.unwritable(path: folder, reason: "cannot create the folder; nothing was written")
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw FileError.unwritable(path: folder, reason: "the folder is not writable; nothing was written")
        }
    }

    private mutating func makeFolder(_ folder: String) throws {
        var missing: [String] = []
        var current = folder
        while !current.isEmpty, current != "/", !FileManager.default.fileExists(atPath: current) {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for path in missing.reversed() {
            guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
                throw FileError.unwritable(path: path, reason: String(cString: strerror(errno)))
            }
            createdFolders.append(path)
        }
    }

    private static func undo(_ item: Item, backup: String?) {
        switch item {
        case .file(let target, _):
            if let backup { _ = rename(backup, target) } else { _ = unlink(target) }
        case .folder(let target, _):
            removeLeftover(target)
            if let backup { _ = rename(backup, target) }
        }
    }

    /// Creates `path` (which must not exist) with `bytes`, flushed to disk before it is renamed into place.
    private static func createFile(_ path: String, _ bytes: [UInt8], target: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw FileError.unwritable(path: target, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else {
                let reason = String(cString: strerror(errno))
                _ = unlink(path)
                throw FileError.unwritable(path: target, reason: reason)
            }
            written += count
        }
        guard fsync(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = unlink(path)
            throw FileError.unwritable(path: target, reason: reason)
        }
    }

    /// Removes a file or folder of this run's own staging. Failing to is not an error of the
    /// write: the targets are already right, and a hidden leftover harms nothing.
    private static func removeLeftover(_ path: String) {
        do { try FileManager.default.removeItem(atPath: path) } catch {}
    }

    private static func check(_ status: Int32, _ path: String) throws {
        if status != 0 { throw FileError.unwritable(path: path, reason: String(cString: strerror(errno))) }
    }

    private static func nothingWritten(_ error: Swift.Error, path: String) -> FileError {
        let reason: String
        if case .unwritable(_, let why)? = error as? FileError {
            reason = why
        } else {
            reason = error.localizedDescription
        }
        return FileError.unwritable(path: path, reason: "\(reason); nothing was written")
    }
}

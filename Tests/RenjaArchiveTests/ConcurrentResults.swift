import RenjaArchive
import Synchronization

/// Collects the outcomes of builds run on several threads.
final class ConcurrentResults: Sendable {
    private let storage: Mutex<[ArchiveOutcome.Kind?]>

    init(count: Int) {
        storage = Mutex(Array(repeating: nil, count: count))
    }

    func set(_ index: Int, _ value: ArchiveOutcome.Kind) {
        storage.withLock { $0[index] = value }
    }

    var values: [ArchiveOutcome.Kind?] { storage.withLock { $0 } }
}

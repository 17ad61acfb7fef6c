import Foundation
import RenjaLoader

extension Archive {
    /// The versions of the project in `project` (its OPD and year, read from its spec), oldest first.
    public func versions(ofProjectAt project: URL) throws(ArchiveError) -> [ArchivedVersion] {
        guard let plan = ProjectLoader().load(projectAt: project).plan else { throw .projectHasErrors(project.path) }
        return try versions(opd: plan.opd.nama, tahun: plan.tahun)
    }
}

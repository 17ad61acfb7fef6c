import Foundation
import RenjaLoader

extension Archive {
    /// The folder of the versions of the project in `project`: its OPD and year, read from its spec.
    public func yearDirectory(ofProjectAt project: URL) throws(ArchiveError) -> URL {
        guard let plan = ProjectLoader().load(projectAt: project).plan else { throw .projectHasErrors(project.path) }
        return yearDirectory(opd: plan.opd.nama, tahun: plan.tahun)
    }

    /// The versions of the project in `project` (its OPD and year, read from its spec), oldest first.
    public func versions(ofProjectAt project: URL) throws(ArchiveError) -> [ArchivedVersion] {
        try versions(in: yearDirectory(ofProjectAt: project))
    }
}

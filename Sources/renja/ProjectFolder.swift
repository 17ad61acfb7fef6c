import Foundation
import RenjaPipeline

/// The project folder a command line names. A user points at the spec as often as at its
/// folder (a shell completes `input/x/renja.yaml` as readily as `input/x`), and got "cannot
/// read 'input/x/renja.yaml/renja.yaml'": a path to a `renja.yaml` that is not itself a folder
/// means the folder it is in.
enum ProjectFolder {
    /// `path`, or the folder of the spec file `path` names.
    static func path(named path: String) -> String {
        var isDirectory: ObjCBool = false
        let isFolder = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        guard !isFolder, (path as NSString).lastPathComponent == BatchJob.specFileName else { return path }
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}

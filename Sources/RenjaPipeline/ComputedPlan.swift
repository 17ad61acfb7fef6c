import Foundation
import RenjaCompute
import RenjaModel

/// Stages 1 and 2 of one project: the plan loaded and its figures computed, with every
/// diagnostic so far. `check` and `build` go on from here, and so does the archive, which
/// compares the figures with an earlier version's before the document is filled.
public struct ComputedPlan: Sendable {
    public var plan: Plan
    public var figures: Figures
    /// The loader's diagnostics, then the computation's.
    public var diagnostics: [Diagnostic]
    /// Every file read, in the order read (for the archive).
    public var inputFiles: [URL]
}

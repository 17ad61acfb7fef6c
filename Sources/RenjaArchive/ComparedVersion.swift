import RenjaCompute
import RenjaModel

/// One side of a comparison: a plan with its computed figures and the name the report uses.
public struct ComparedVersion: Sendable {
    /// e.g. `versi 2 (rancangan akhir)`.
    public var name: String
    public var plan: Plan
    public var figures: Figures

    public init(name: String, plan: Plan, figures: Figures) {
        self.name = name
        self.plan = plan
        self.figures = figures
    }
}

import Foundation

/// A target for one of a kegiatan's indicators as another party sees it (the needs analysis of
/// T-C.31, a stakeholder proposal of T-C.32), possibly under a reworded name.
public struct IndikatorTarget: Equatable, Sendable {
    /// The code of the indicator this target is for.
    public var indikator: String
    /// The wording that party uses; `nil` means the indicator's own.
    public var uraian: String?
    /// In the indicator's unit; `nil` prints "-".
    public var target: Decimal?
    public var location: SourceLocation

    public init(indikator: String, uraian: String? = nil, target: Decimal?, location: SourceLocation) {
        self.indikator = indikator
        self.uraian = uraian
        self.target = target
        self.location = location
    }
}

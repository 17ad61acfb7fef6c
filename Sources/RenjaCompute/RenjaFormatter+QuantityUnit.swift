extension RenjaFormatter {
    /// A unit as `quantity(_:unit:)` prints it, worked out once (`quantityUnit(_:)`) for the
    /// many K values of one indicator: T-C.29 prints nine per indicator, and the unit's
    /// trimming and score test cost a third of formatting each.
    public struct QuantityUnit: Sendable {
        let suffix: DecimalText.Suffix
    }
}

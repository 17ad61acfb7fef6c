/// Which rules a spec is read under. A project's own spec meets today's. An archived copy was
/// accepted by the renja that archived it, and must stay readable by every later one: rules
/// added since (`tahap` as a closed list of words, money with at most two decimal places)
/// are not applied to it, so a comparison reads it as it was built.
public enum SpecRules: Sendable {
    /// Every rule of this renja.
    case current
    /// The rules every renja that archives applied: unknown `tahap` words read as no stage
    /// (known ones in any case), money keeps its written decimals.
    case archived
}

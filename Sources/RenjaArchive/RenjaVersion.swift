/// The version of renja itself, recorded in every archive manifest: a build by another
/// version of renja may give other outputs from the same inputs, so it is a new version.
public enum RenjaVersion {
    /// The one place the version is written.
    public static let current = "0.2.0"
}

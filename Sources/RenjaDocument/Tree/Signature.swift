/// A signature block: "Jatiroto, Juli 2019", the title, room to sign, the name, the NIP.
/// All text is already formatted (the NIP grouped 8-6-1-3) by the time it is here.
public struct Signature: Equatable, Sendable {
    public var placeAndDate: String
    public var title: String
    public var name: String
    /// `NIP. 19681114 199003 1 004`, or `nil`.
    public var nip: String?

    public init(placeAndDate: String, title: String, name: String, nip: String?) {
        self.placeAndDate = placeAndDate
        self.title = title
        self.name = name
        self.nip = nip
    }
}

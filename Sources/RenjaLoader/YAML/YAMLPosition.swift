/// Where a YAML value starts, counted from 1 as Yams counts (`Yams.Mark`): the column in
/// characters, as libyaml counts them.
struct YAMLPosition: Equatable {
    var line: Int
    var column: Int
}

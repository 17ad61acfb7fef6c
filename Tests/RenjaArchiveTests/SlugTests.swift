import Foundation
import RenjaArchive
import XCTest

final class SlugTests: XCTestCase {
    func testSlugsAreSafeLowerCaseASCII() {
        XCTAssertEqual(Slug.make("Kecamatan Jatiroto", fallback: "opd"), "kecamatan-jatiroto")
        XCTAssertEqual(Slug.make("../../etc/Dinas Pekerjaan Umum & Penataan Ruang", fallback: "opd"), "etc-dinas-pekerjaan-umum-penataan-ruang")
        XCTAssertEqual(Slug.make("Bádan Pengelolaan Keuangan (BPKAD) ", fallback: "opd"), "badan-pengelolaan-keuangan-bpkad")
        XCTAssertEqual(Slug.make("..", fallback: "opd"), "opd")
        XCTAssertEqual(Slug.make("دائرة", fallback: "opd"), "opd")
    }

    func testVersionFolderNames() {
        XCTAssertEqual(ArchivedVersion.directoryName(number: 7, label: "Rancangan Awal"), "007-rancangan-awal")
        XCTAssertEqual(ArchivedVersion.directoryName(number: 1234, label: ""), "1234")
        XCTAssertEqual(ArchivedVersion.number(inDirectoryName: "012-penetapan"), 12)
        XCTAssertNil(ArchivedVersion.number(inDirectoryName: "012x"))
        XCTAssertNil(ArchivedVersion.number(inDirectoryName: ".tmp-1"))
    }

    func testSHA256MatchesTheNISTVectors() {
        XCTAssertEqual(FileDigest.sha256(Data("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(FileDigest.sha256(Data()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}

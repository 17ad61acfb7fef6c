import Foundation
import RenjaPipeline
import XCTest

final class AtomicFileWriterTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("renja-atomic-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testWritesNewFilesAndReplacesOldOnesLeavingNoTemporaryFile() throws {
        let writer = AtomicFileWriter()
        try writer.write([BuildOutput(name: "renja.html", contents: Data("satu".utf8))], into: directory)
        try writer.write([BuildOutput(name: "renja.html", contents: Data("dua".utf8))], into: directory)
        XCTAssertEqual(FileManager.default.contents(atPath: directory.appendingPathComponent("renja.html").path), Data("dua".utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["renja.html"])
    }

    /// A regeneration that changes nothing leaves the file itself (its inode, so its
    /// modification time) alone; a change of the same size is still written.
    func testLeavesAFileHoldingTheSameBytesUntouched() throws {
        let writer = AtomicFileWriter()
        let path = directory.appendingPathComponent("renja.xml").path
        XCTAssertEqual(try writer.write([BuildOutput(name: "renja.xml", contents: Data("satu".utf8))], into: directory), ["renja.xml"])
        let inode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber)
        XCTAssertEqual(try writer.write([BuildOutput(name: "renja.xml", contents: Data("satu".utf8))], into: directory), [])
        XCTAssertEqual(try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber), inode)
        XCTAssertEqual(try writer.write([BuildOutput(name: "renja.xml", contents: Data("dua!".utf8))], into: directory), ["renja.xml"])
        XCTAssertEqual(FileManager.default.contents(atPath: path), Data("dua!".utf8))
    }

    func testWritesAnEmptyFile() throws {
        try AtomicFileWriter().write([BuildOutput(name: "kosong.xml", contents: Data())], into: directory)
        XCTAssertEqual(FileManager.default.contents(atPath: directory.appendingPathComponent("kosong.xml").path), Data())
    }

    func testRefusesAnOutputPathThatIsAFile() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("berkas")
        XCTAssertNil(NewFile.write(Data("x".utf8), to: file.path, synchronize: false))
        XCTAssertThrowsError(try AtomicFileWriter().write([BuildOutput(name: "renja.html", contents: Data())], into: file)) { error in
            XCTAssertEqual(error as? OutputError, .notADirectory(file.path))
        }
    }

    /// NewFile creates only: an existing file is never overwritten in place.
    func testNewFileRefusesAnExistingFileAndSaysWhy() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("ada").path
        XCTAssertNil(NewFile.write(Data("lama".utf8), to: path, synchronize: true))
        let failure = NewFile.write(Data("baru".utf8), to: path, synchronize: false)
        XCTAssertEqual(failure?.operation, "create")
        XCTAssertEqual(failure?.reason, "File exists")
        XCTAssertEqual(FileManager.default.contents(atPath: path), Data("lama".utf8))
    }
}

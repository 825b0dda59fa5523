import Foundation
import TrackerInput
import XCTest
import TrackerTestSupport

/// The RFC 1951 decoder: stored, fixed-Huffman and dynamic-Huffman blocks, data compressed by
/// zlib at several levels (fixtures written by `Tests/Fixtures/workbooks/generate.py`), and every
/// kind of damage, including output past the limit.
final class InflaterTests: XCTestCase {
    private static let folder = Fixtures.path("Tests/Fixtures/workbooks/deflate") + "/"
    private func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: InflaterTests.folder + name)))
    }

    /// BTYPE of the first block: the two bits after BFINAL.
    private func firstBlockType(_ data: [UInt8]) -> Int { Int(data[0] >> 1 & 3) }

    func testZlibStreamsAtEveryLevelInflateToTheOriginal() throws {
        let original = try bytes("sheet.xml")
        for (name, blockType) in [("stored", 0), ("fixed", 1), ("level1", 2), ("level6", 2), ("level9", 2)] {
            let compressed = try bytes("sheet.\(name).deflate")
            XCTAssertEqual(firstBlockType(compressed), blockType, "\(name) starts with the block type it is meant to test")
            let inflated = try Inflater.inflate(compressed, limit: 1 << 20)
            XCTAssertEqual(inflated.count, original.count, name)
            XCTAssertTrue(inflated == original, "\(name) inflates to the original bytes")
        }
    }

    func testHandMadeBlocks() throws {
        // An empty fixed-Huffman block: BFINAL 1, BTYPE 01, end-of-block (7 zero bits).
        XCTAssertEqual(try Inflater.inflate([0x03, 0x00], limit: 10), [])
        // A stored block: BFINAL 1, BTYPE 00, aligned, LEN 5, NLEN ~5, "hello".
        XCTAssertEqual(try Inflater.inflate([0x01, 0x05, 0x00, 0xFA, 0xFF] + Array("hello".utf8), limit: 10), Array("hello".utf8))
        // Fixed Huffman: "a", then a run (length 5, distance 1) — an overlapping copy.
        var w = BitWriter()
        w.bits(1, 1); w.bits(1, 2)
        w.fixedLiteral(UInt8(ascii: "a"))
        w.fixedLength(257 + 2)   // length 5
        w.huffman(0, 5)          // distance code 0: distance 1
        w.fixedLiteral(256)
        XCTAssertEqual(try Inflater.inflate(w.bytes, limit: 10), Array("aaaaaa".utf8))
        // Two blocks, the first not final: stored "ab" then fixed "c".
        var two = BitWriter()
        two.bits(0, 1); two.bits(0, 2); two.align()
        two.bytes += [0x02, 0x00, 0xFD, 0xFF, 0x61, 0x62]
        two.bits(1, 1); two.bits(1, 2); two.fixedLiteral(0x63); two.fixedLiteral(256)
        XCTAssertEqual(try Inflater.inflate(two.bytes, limit: 10), Array("abc".utf8))
    }

    func testDamageIsReportedByKind() throws {
        XCTAssertThrowsError(try Inflater.inflate([0x07], limit: 10)) { XCTAssertEqual($0 as? InflateError, .badBlockType) }
        XCTAssertThrowsError(try Inflater.inflate([0x01, 0x05, 0x00, 0xFB, 0xFF], limit: 10)) {
            XCTAssertEqual($0 as? InflateError, .badStoredLength)
        }
        XCTAssertThrowsError(try Inflater.inflate([0x01, 0x05, 0x00, 0xFA, 0xFF, 0x68], limit: 10)) {
            XCTAssertEqual($0 as? InflateError, .truncated, "a stored block cut short")
        }
        let level6 = try bytes("sheet.level6.deflate")
        XCTAssertThrowsError(try Inflater.inflate(Array(level6.prefix(level6.count / 2)), limit: 1 << 20)) {
            XCTAssertEqual($0 as? InflateError, .truncated)
        }
        XCTAssertThrowsError(try Inflater.inflate([], limit: 10)) { XCTAssertEqual($0 as? InflateError, .truncated) }
        // A back-reference with nothing decoded yet.
        var far = BitWriter()
        far.bits(1, 1); far.bits(1, 2); far.fixedLength(257); far.huffman(0, 5); far.fixedLiteral(256)
        XCTAssertThrowsError(try Inflater.inflate(far.bytes, limit: 10)) { XCTAssertEqual($0 as? InflateError, .distanceTooFar) }
        // Distance codes 30 and 31 exist in the fixed code but mean nothing.
        var badDistance = BitWriter()
        badDistance.bits(1, 1); badDistance.bits(1, 2); badDistance.fixedLiteral(0x61); badDistance.fixedLength(257)
        badDistance.huffman(30, 5)
        XCTAssertThrowsError(try Inflater.inflate(badDistance.bytes, limit: 10)) { XCTAssertEqual($0 as? InflateError, .badSymbol) }
        // A dynamic block whose code-length code is over-subscribed (three codes of length 1).
        var dynamic = BitWriter()
        dynamic.bits(1, 1); dynamic.bits(2, 2); dynamic.bits(0, 5); dynamic.bits(0, 5); dynamic.bits(0, 4)
        for _ in 0..<3 { dynamic.bits(1, 3) }
        dynamic.bits(0, 3)
        XCTAssertThrowsError(try Inflater.inflate(dynamic.bytes + [0, 0], limit: 10)) { XCTAssertEqual($0 as? InflateError, .badCodeLengths) }
    }

    func testOutputStopsAtTheLimit() throws {
        let level9 = try bytes("sheet.level9.deflate")
        XCTAssertThrowsError(try Inflater.inflate(level9, limit: 20_000)) { XCTAssertEqual($0 as? InflateError, .outputLimit(20_000)) }
        let stored = try bytes("sheet.stored.deflate")
        XCTAssertThrowsError(try Inflater.inflate(stored, limit: 20_000)) { XCTAssertEqual($0 as? InflateError, .outputLimit(20_000)) }
        XCTAssertEqual(try Inflater.inflate(level9, limit: try bytes("sheet.xml").count).count, try bytes("sheet.xml").count,
                       "exactly the limit is allowed")
    }

    func testCRC32() {
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(CRC32.checksum([]), 0)
    }
}

/// Writes DEFLATE bits as RFC 1951 packs them: values least-significant bit first, Huffman codes
/// most-significant bit first.
struct BitWriter {
    var bytes: [UInt8] = []
    private var used = 8

    mutating func bits(_ value: Int, _ count: Int) {
        for i in 0..<count { bit(value >> i & 1) }
    }

    mutating func huffman(_ code: Int, _ length: Int) {
        for i in stride(from: length - 1, through: 0, by: -1) { bit(code >> i & 1) }
    }

    mutating func align() { used = 8 }

    /// A literal (0–255) or end-of-block (256) in the fixed code.
    mutating func fixedLiteral(_ symbol: Int) {
        switch symbol {
        case 0...143: huffman(0x30 + symbol, 8)
        case 144...255: huffman(0x190 + symbol - 144, 9)
        default: huffman(symbol - 256, 7)
        }
    }
    mutating func fixedLiteral(_ byte: UInt8) { fixedLiteral(Int(byte)) }

    /// A length symbol (257–285) in the fixed code, without extra bits.
    mutating func fixedLength(_ symbol: Int) {
        symbol <= 279 ? huffman(symbol - 256, 7) : huffman(0xC0 + symbol - 280, 8)
    }

    private mutating func bit(_ b: Int) {
        if used == 8 { bytes.append(0); used = 0 }
        bytes[bytes.count - 1] |= UInt8(b) << UInt8(used)
        used += 1
    }
}

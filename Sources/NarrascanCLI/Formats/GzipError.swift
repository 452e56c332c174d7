// What can be wrong with gzip data (RFC 1952 framing, RFC 1951 blocks), as one typed value: the
// problem, the member it is in and the byte of the compressed data where it was found. `GzipInput`
// turns it into the input error the user sees: "corrupt or truncated gzip data (PROBLEM at byte N)".

/// A problem found while decompressing gzip data.
package struct GzipError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    package enum Problem: Error, Sendable, Equatable {
        /// The data ends inside a member.
        case truncated
        /// Bytes after a member that are neither another member nor zero padding.
        case trailingGarbage
        /// A member whose compression method is not deflate (8).
        case unknownMethod(UInt8)
        /// Header flags that RFC 1952 reserves.
        case reservedFlags(UInt8)
        /// The header's CRC-16 (FHCRC) does not match the header.
        case headerChecksum
        /// A block of type 3 (reserved).
        case reservedBlockType
        /// A stored block whose length and its complement disagree.
        case storedLengthMismatch
        /// A dynamic block declaring more than 286 literal/length or 30 distance codes.
        case tooManyCodes(literals: Int, distances: Int)
        /// Code lengths that over-subscribe a code, or leave it incomplete where that is not allowed.
        case invalidCodeLengths(String)
        /// A repeat code (16) with no previous length, or repeats past the declared count.
        case invalidRepeat
        /// A dynamic block whose literal/length code has no end-of-block symbol.
        case missingEndOfBlock
        /// A bit pattern that is no code, or a length/distance symbol RFC 1951 reserves.
        case invalidCode(String)
        /// A back-reference further back than the bytes written so far in the member.
        case distanceTooFarBack(distance: Int, available: Int)
        /// The member's data does not have the CRC-32 its trailer gives.
        case crcMismatch(stored: UInt32, computed: UInt32)
        /// The member's data does not have the size (mod 2^32) its trailer gives.
        case sizeMismatch(stored: UInt32, computed: UInt32)
        /// Reading the compressed data failed (not a problem of the data).
        case readFailed(InputError)
    }

    /// What is wrong.
    package var problem: Problem
    /// The member (1-based) it is in.
    package var member: Int
    /// The byte offset in the compressed data where it was found.
    package var offset: Int

    package var description: String {
        let place = member > 1 ? "in member \(member) at byte \(offset)" : "at byte \(offset)"
        switch problem {
        case .truncated: return "unexpected end of data \(place)"
        case .trailingGarbage: return "trailing data that is not a gzip member \(place)"
        case .unknownMethod(let m): return "unknown compression method \(m) \(place) (gzip uses 8, deflate)"
        case .reservedFlags(let f): return "reserved header flags 0x\(String(f, radix: 16)) set \(place)"
        case .headerChecksum: return "header checksum mismatch \(place)"
        case .reservedBlockType: return "invalid block type 3 \(place)"
        case .storedLengthMismatch: return "stored block length does not match its complement \(place)"
        case .tooManyCodes(let l, let d): return "too many codes (\(l) literal/length, \(d) distance) \(place)"
        case .invalidCodeLengths(let which): return "invalid \(which) code lengths \(place)"
        case .invalidRepeat: return "invalid code length repeat \(place)"
        case .missingEndOfBlock: return "no end-of-block code \(place)"
        case .invalidCode(let which): return "invalid \(which) code \(place)"
        case .distanceTooFarBack(let d, let a): return "invalid distance \(d) too far back (\(a) bytes written) \(place)"
        case .crcMismatch(let s, let c): return "CRC-32 mismatch (stored \(hex(s)), computed \(hex(c))) \(place)"
        case .sizeMismatch(let s, let c): return "size mismatch (stored \(s) bytes mod 2^32, got \(c)) \(place)"
        case .readFailed(let error): return error.reason
        }
    }

    private func hex(_ v: UInt32) -> String {
        let digits = String(v, radix: 16)
        return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
    }
}

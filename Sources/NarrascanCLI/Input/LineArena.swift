// The blocks `score` reads JSONL lines into, so that a line is read into its place once and never
// copied again: a `LineReader` with an arena fills the arena's current block, and the batch
// window keeps each line where it was read (block, offset) until the window is written.
//
//     block:  [ lines of window k (being scored) | lines of window k+1 | unread | room to read ]
//                                                                        ^start   ^end
//
// A reader never moves or overwrites bytes before its `start`: when the block has too little room
// left, the unread part (less than one line) goes to the front of another block, which becomes
// the current one. A block returns to the spares when no window holds it any more and it is not
// the current one. Everything here runs on the pipeline's thread (the reader and the window's
// hand-over); workers only read the bytes of lines already handed to them, which nothing writes
// again until every window holding their block has been written.

/// One block of an arena: raw bytes and the number of windows holding it.
final class LineBlock: @unchecked Sendable {
    /// The block's bytes; workers read lines from here.
    let base: UnsafeMutablePointer<UInt8>
    /// Its size in bytes.
    let capacity: Int
    /// Windows still holding a line of it (pipeline thread only).
    fileprivate(set) var users = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }
}

/// Blocks of input bytes shared by the line reader and the batch windows (see the file comment).
///
/// Not thread-safe: the pipeline's thread alone calls it.
final class LineArena {
    /// The usual block size; a line too long for one gets a block of its own, twice its length
    /// rounded up to a power-of-two multiple of this.
    let blockSize: Int
    /// The block a reader reads into now.
    private(set) var current: LineBlock
    /// Where the next reader starts in `current`: the bytes before it belong to lines already read.
    var free = 0
    /// Set while a reader fills `current` (one at a time).
    var readerActive = false
    /// Usual-size blocks that no window holds, for reuse.
    private var spare: [LineBlock] = []
    /// Blocks allocated so far (tests check that reuse keeps this bounded).
    private(set) var allocatedBlocks = 1

    /// - Parameter blockSize: bytes per block (256 KiB; tests use tiny blocks to cross many).
    init(blockSize: Int = 256 << 10) {
        self.blockSize = max(blockSize, 16)
        current = LineBlock(capacity: self.blockSize)
    }

    /// Makes a block with room for at least twice `keeping.count` bytes the current one, with
    /// `keeping` copied to its front; the block before is recycled if no window holds it.
    func replaceCurrent(keeping: UnsafeBufferPointer<UInt8>) {
        var size = blockSize
        while size < 2 * keeping.count { size *= 2 }
        let next: LineBlock
        if size == blockSize, let reused = spare.popLast() {
            next = reused
        } else {
            next = LineBlock(capacity: size)
            allocatedBlocks += 1
        }
        if let from = keeping.baseAddress, !keeping.isEmpty { next.base.update(from: from, count: keeping.count) }
        let old = current
        current = next
        free = 0
        recycleIfUnused(old)
    }

    /// The offset of `line` in the current block, or nil when it lies elsewhere (a line that was
    /// not read through this arena).
    func offset(of line: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let p = line.baseAddress else { return nil }
        let base = UnsafePointer(current.base)
        guard p >= base && p + line.count <= base + current.capacity else { return nil }
        return base.distance(to: p)
    }

    /// A window holds a line of `block` until it calls `release`.
    func retain(_ block: LineBlock) { block.users += 1 }

    /// A window no longer holds a line of `block`.
    func release(_ block: LineBlock) {
        precondition(block.users > 0)
        block.users -= 1
        recycleIfUnused(block)
    }

    private func recycleIfUnused(_ block: LineBlock) {
        guard block.users == 0, block !== current, block.capacity == blockSize else { return }
        spare.append(block)
    }
}

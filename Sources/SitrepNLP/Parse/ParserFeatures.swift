/// The parser's two feature functions: one for choosing the move, one for labelling an arc.
///
/// The move features follow Zhang & Nivre (2011), the ZPar set, moved from arc-eager to
/// arc-hybrid positions: words s0–s2 on the stack, b0–b2 in the buffer, the outermost
/// dependents of s0, s1 and b0 with their labels, valency, distance and label sets, in
/// single, pair and triple templates. Every value is a per-word hash from `ParserSentence`,
/// so a feature is a few multiplications and extraction allocates nothing: callers pass a
/// buffer that is emptied and refilled.
///
/// Reading each word's ambiguity class beside its predicted tag (the Penn tags it had in
/// training, for words seen five times or more; at s0, s1, b0 and b1, alone, in pairs and with
/// the tag, and in the label features) did not help the parser past the tagger's mistakes: the
/// mean of two seeds scored EWT + GUM dev UAS / LAS 85.67 / 82.42 against 85.75 / 82.52
/// without them, 85.60 / 82.37 against 85.58 / 82.38 once pruned (2026-12-06).
public enum ParserFeatures {
    /// Bump whenever a template changes: model files record it and refuse a mismatch.
    public static let version = 1

    /// The hash of each template id, from `FeatureHash`, so parser features live in the same
    /// hash space as every other stage's.
    private static let seeds: [UInt64] = (0..<256).map { FeatureHash(template: UInt16($0)).value }

    @inline(__always) private static func mix(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        let h = (hash ^ value) &* 0x9e37_79b9_7f4a_7c15
        return h ^ (h >> 31)
    }

    @inline(__always) private static func label(_ relation: Int) -> UInt64 {
        UInt64(bitPattern: Int64(relation)) &+ 0x1ab3_1f00
    }

    /// Distances 1, 2, 3, 4, 5–7, 8–12, 13+.
    @inline(__always) private static func bucket(_ distance: Int) -> UInt64 {
        switch distance {
        case ..<5: UInt64(max(distance, 0))
        case 5...7: 5
        case 8...12: 6
        default: 7
        }
    }

    /// Features for choosing the next move in `c`.
    static func moves(_ c: ArcHybrid.Configuration, _ s: ParserSentence, into f: inout [UInt64]) {
        f.removeAll(keepingCapacity: true)
        let seeds = Self.seeds
        let n = s.count
        let none = n + 1
        func add(_ t: Int, _ a: UInt64) { f.append(mix(seeds[t], a)) }
        func add(_ t: Int, _ a: UInt64, _ b: UInt64) { f.append(mix(mix(seeds[t], a), b)) }
        func add(_ t: Int, _ a: UInt64, _ b: UInt64, _ d: UInt64) { f.append(mix(mix(mix(seeds[t], a), b), d)) }
        func add(_ t: Int, _ a: UInt64, _ b: UInt64, _ d: UInt64, _ e: UInt64) {
            f.append(mix(mix(mix(mix(seeds[t], a), b), d), e))
        }
        func at(_ i: Int) -> Int { i < 0 ? none : i }
        func child(_ table: [Int], _ i: Int) -> Int { i < 0 ? -1 : table[i] }
        func rel(_ i: Int) -> UInt64 { i < 0 || i >= n ? label(-2) : label(c.relations[i]) }

        let s0 = c.stackWord(0), s1 = c.stackWord(1), s2 = c.stackWord(2)
        let b0 = c.buffer
        let b1 = b0 < n ? b0 + 1 : -1
        let b2 = b0 + 2 <= n ? b0 + 2 : -1
        let s0l = child(c.leftmost, s0), s0l2 = child(c.secondLeftmost, s0)
        let s0r = child(c.rightmost, s0), s0r2 = child(c.secondRightmost, s0)
        let s1l = child(c.leftmost, s1), s1r = child(c.rightmost, s1), s1r2 = child(c.secondRightmost, s1)
        let b0l = child(c.leftmost, b0), b0l2 = child(c.secondLeftmost, b0)

        let w = s.words, t = s.tags, u = s.universal, l = s.lemmas
        let s0w = w[at(s0)], s0t = t[at(s0)], s1w = w[at(s1)], s1t = t[at(s1)], s2t = t[at(s2)]
        let b0w = w[b0], b0t = t[b0], b1w = w[at(b1)], b1t = t[at(b1)], b2w = w[at(b2)], b2t = t[at(b2)]
        let s0lt = t[at(s0l)], s0l2t = t[at(s0l2)], s0rt = t[at(s0r)], s0r2t = t[at(s0r2)]
        let s1lt = t[at(s1l)], s1rt = t[at(s1r)], b0lt = t[at(b0l)], b0l2t = t[at(b0l2)]

        // Single words.
        add(1, s0w); add(2, s0t); add(3, s0w, s0t)
        add(4, b0w); add(5, b0t); add(6, b0w, b0t)
        add(7, b1w); add(8, b1t); add(9, b1w, b1t)
        add(10, b2w); add(11, b2t); add(12, b2w, b2t)
        add(13, s1w); add(14, s1t); add(15, s1w, s1t)
        add(16, s2t); add(17, w[at(s2)])
        // Pairs.
        add(20, s0w, s0t, b0w, b0t); add(21, s0w, s0t, b0w); add(22, s0w, b0w, b0t)
        add(23, s0w, s0t, b0t); add(24, s0t, b0w, b0t); add(25, s0w, b0w); add(26, s0t, b0t)
        add(27, b0t, b1t); add(28, s1t, s0t); add(29, s1w, s0w); add(30, s1w, s1t, s0t)
        add(31, s1t, s0w, s0t); add(32, s1t, b0t); add(33, s1w, b0w); add(34, s0w, b1w)
        // Triples of tags.
        add(40, b0t, b1t, b2t); add(41, s0t, b0t, b1t); add(42, s1t, s0t, b0t)
        add(43, s0t, s0lt, b0t); add(44, s0t, s0rt, b0t); add(45, s0t, b0t, b0lt)
        add(46, s0t, s0lt, s0l2t); add(47, s0t, s0rt, s0r2t); add(48, b0t, b0lt, b0l2t)
        add(49, s2t, s1t, s0t); add(50, s1t, s1rt, s0t); add(51, s1t, s1lt, s0t)
        add(52, s0w, b0t, b1t); add(53, s1t, s0t, b1t)
        // Distance between s0 and b0, and between s1 and s0.
        let d = s0 >= 0 ? bucket(b0 - s0) : 99
        let d1 = s1 >= 0 ? bucket(s0 - s1) : 99
        add(60, s0w, d); add(61, s0t, d); add(62, b0w, d); add(63, b0t, d)
        add(64, s0w, b0w, d); add(65, s0t, b0t, d); add(66, s1t, s0t, d1); add(67, s1w, s0w, d1)
        // Valency: how many dependents on each side so far.
        let s0vl = s0 >= 0 ? UInt64(c.leftCount[s0]) : 99, s0vr = s0 >= 0 ? UInt64(c.rightCount[s0]) : 99
        let s1vl = s1 >= 0 ? UInt64(c.leftCount[s1]) : 99, s1vr = s1 >= 0 ? UInt64(c.rightCount[s1]) : 99
        let b0vl = UInt64(c.leftCount[b0])
        add(70, s0w, s0vr); add(71, s0t, s0vr); add(72, s0w, s0vl); add(73, s0t, s0vl)
        add(74, b0w, b0vl); add(75, b0t, b0vl); add(76, s1w, s1vr); add(77, s1t, s1vr); add(78, s1t, s1vl)
        // Outermost dependents and their labels.
        add(80, w[at(s0l)]); add(81, s0lt); add(82, rel(s0l))
        add(83, w[at(s0r)]); add(84, s0rt); add(85, rel(s0r))
        add(86, w[at(b0l)]); add(87, b0lt); add(88, rel(b0l))
        add(89, w[at(s0l2)]); add(90, s0l2t); add(91, rel(s0l2))
        add(92, w[at(s0r2)]); add(93, s0r2t); add(94, rel(s0r2))
        add(95, w[at(b0l2)]); add(96, b0l2t); add(97, rel(b0l2))
        add(98, w[at(s1r)]); add(99, s1rt); add(100, rel(s1r)); add(101, s1lt); add(102, rel(s1l))
        add(103, s0t, rel(s0l), rel(s0l2)); add(104, s0t, rel(s0r), rel(s0r2)); add(105, b0t, rel(b0l), rel(b0l2))
        add(106, s1t, rel(s1r), rel(s1r2)); add(107, s0t, rel(s0l), b0t); add(108, s0t, rel(s0r), b0t)
        // Label sets.
        let s0ls = s0 >= 0 ? c.leftLabels[s0] : 99, s0rs = s0 >= 0 ? c.rightLabels[s0] : 99
        let b0ls = c.leftLabels[b0]
        add(110, s0w, s0rs); add(111, s0t, s0rs); add(112, s0w, s0ls); add(113, s0t, s0ls)
        add(114, b0w, b0ls); add(115, b0t, b0ls)
        // Lemmas and universal tags.
        let s0m = l[at(s0)], b0m = l[b0]
        add(120, s0m); add(121, b0m); add(122, s0m, b0m); add(123, l[at(s1)]); add(124, l[at(b1)])
        add(125, l[at(s1)], s0m)
        let s0u = u[at(s0)], b0u = u[b0]
        add(130, s0u, b0u); add(131, u[at(s1)], s0u, b0u); add(132, s0u, b0u, u[at(b1)])
    }

    /// Features for labelling the arc `head` → `dependent`, made by `kind` (left or right)
    /// in `c`; the dependent's own dependents are complete by then.
    static func label(_ c: ArcHybrid.Configuration, _ s: ParserSentence, head: Int, dependent: Int,
                      kind: ArcHybrid.MoveKind, into f: inout [UInt64]) {
        f.removeAll(keepingCapacity: true)
        let seeds = Self.seeds
        let n = s.count
        let none = n + 1
        let direction = UInt64(kind.rawValue) &* 0x2545_f491_4f6c_dd1d
        func add(_ t: Int, _ a: UInt64) { f.append(mix(mix(seeds[t], direction), a)) }
        func add(_ t: Int, _ a: UInt64, _ b: UInt64) { f.append(mix(mix(mix(seeds[t], direction), a), b)) }
        func add(_ t: Int, _ a: UInt64, _ b: UInt64, _ d: UInt64) {
            f.append(mix(mix(mix(mix(seeds[t], direction), a), b), d))
        }
        func at(_ i: Int) -> Int { i < 0 || i > n ? none : i }
        func rel(_ i: Int) -> UInt64 { i < 0 || i >= n ? label(-2) : label(c.relations[i]) }

        let w = s.words, t = s.tags, u = s.universal, l = s.lemmas
        let dw = w[dependent], dt = t[dependent], dm = l[dependent], du = u[dependent]
        let hw = w[head], ht = t[head], hm = l[head], hu = u[head]
        let dl = c.leftmost[dependent], dr = c.rightmost[dependent]
        let hl = c.leftmost[head], hr = c.rightmost[head]
        let dist = bucket(abs(head - dependent))

        add(150, dw); add(151, dt); add(152, dm); add(153, du)
        add(154, hw); add(155, ht); add(156, hm); add(157, hu)
        add(158, dt, ht); add(159, dw, ht); add(160, dt, hw); add(161, dm, hm); add(162, du, hu)
        add(163, dt, ht, dist); add(164, dm, ht)
        add(165, rel(dl)); add(166, rel(dr)); add(167, dt, rel(dl)); add(168, dt, rel(dr))
        add(169, t[at(dl)], dt); add(170, t[at(dr)], dt); add(171, w[at(dl)]); add(172, w[at(dr)])
        add(173, dt, c.leftLabels[dependent]); add(174, dt, c.rightLabels[dependent])
        add(175, dt, UInt64(c.leftCount[dependent]), UInt64(c.rightCount[dependent]))
        add(176, ht, rel(hl)); add(177, ht, rel(hr))
        add(178, dt, ht, t[at(dependent - 1)]); add(179, dt, ht, t[at(dependent + 1)])
        add(180, dt, t[at(head - 1)]); add(181, dt, t[at(head + 1)])
        add(182, dm, t[at(dl)]); add(183, hm, dt)
        add(184, ht, t[c.buffer], dt); add(185, dt, ht, rel(dl))
    }
}

import SitrepText

/// The tables the trainer derives from the training data before the first pass: the joint
/// classes, the ambiguity classes and the tag dictionary.
extension TaggerTrainer {
    /// The joint (UPOS, Penn) classes, most frequent first, and where each training pair goes.
    struct JointClasses {
        let tags: [TagClass]
        private let indices: [TagClass: Int]

        init(tags: [TagClass], indices: [TagClass: Int]) {
            self.tags = tags
            self.indices = indices
        }

        func index(upos: UPOS, xpos: String) -> Int { indices[TagClass(upos: upos, xpos: xpos)] ?? 0 }
    }

    /// Pairs seen at least `minimumCount` times are classes; a rarer pair (annotation noise,
    /// mostly: "X|RB") is trained as the most frequent class with the same Penn tag, or else
    /// the same UPOS.
    static func jointClasses(_ sentences: [CoNLLUSentence], minimumCount: Int) -> JointClasses {
        var counts: [TagClass: Int] = [:]
        for sentence in sentences {
            for word in sentence.words { counts[TagClass(upos: word.upos, xpos: word.xpos), default: 0] += 1 }
        }
        let ranked = counts.sorted { a, b in
            a.value != b.value ? a.value > b.value : (a.key.upos.rawValue, a.key.xpos) < (b.key.upos.rawValue, b.key.xpos)
        }.map(\.key)
        let tags = ranked.filter { counts[$0]! >= minimumCount }
        var indices: [TagClass: Int] = [:]
        for (index, tag) in tags.enumerated() { indices[tag] = index }
        for rare in ranked where indices[rare] == nil {
            indices[rare] = tags.firstIndex { $0.xpos == rare.xpos } ?? tags.firstIndex { $0.upos == rare.upos } ?? 0
        }
        return JointClasses(tags: tags, indices: indices)
    }

    /// Lowercased form hash → a hash of the classes the word took often enough: a feature that
    /// tells the model what a word can be, so it only has to learn which.
    static func ambiguityClasses(_ words: [[TaggerWord]], gold: [Int], document: Document,
                                 options: Options) -> [UInt64: UInt64] {
        var table: [UInt64: UInt64] = [:]
        for (word, classes) in classCounts(words, gold: gold, document: document, key: \.lower) {
            if let hash = ambiguityHash(classes, options: options) { table[word] = hash }
        }
        return table
    }

    /// The ambiguity class of every training word as if its sentence had not been seen:
    /// counted over the other `folds`, so that training, like tagging new text, sees rare
    /// words without the answer built into their ambiguity class.
    static func heldOutAmbiguity(_ words: [[TaggerWord]], gold: [Int], document: Document,
                                 options: Options, folds: Int = 10) -> [[UInt64]] {
        let total = classCounts(words, gold: gold, document: document, key: \.lower)
        var perFold = [[UInt64: [Int: Int]]](repeating: [:], count: folds)
        for (s, sentence) in document.sentences.enumerated() {
            for (offset, index) in sentence.enumerated() {
                perFold[s % folds][words[s][offset + TaggerFeatures.padding].lower, default: [:]][gold[index], default: 0] += 1
            }
        }
        var cache = [[UInt64: UInt64]](repeating: [:], count: folds)
        return words.enumerated().map { s, sentence in
            let fold = s % folds
            return sentence.enumerated().map { i, word in
                guard i >= TaggerFeatures.padding, i < sentence.count - TaggerFeatures.padding else { return word.ambiguity }
                let value = word.lower
                if let hash = cache[fold][value] { return hash }
                var classes = total[value] ?? [:]
                for (tag, count) in perFold[fold][value] ?? [:] { classes[tag]! -= count }
                let hash = ambiguityHash(classes.filter { $0.value > 0 }, options: options) ?? 0
                cache[fold][value] = hash
                return hash
            }
        }
    }

    private static func ambiguityHash(_ classes: [Int: Int], options: Options) -> UInt64? {
        let total = classes.values.reduce(0, +)
        guard total >= options.ambiguityCount else { return nil }
        var hash = FeatureHash(template: 60)
        for (tag, count) in classes.sorted(by: { $0.key < $1.key })
        where Double(count) >= options.ambiguityShare * Double(total) {
            hash.add(tag)
        }
        return hash.value
    }

    /// Exact form hash → class, for words seen often and almost always with one class.
    static func tagDictionary(_ words: [[TaggerWord]], gold: [Int], document: Document,
                              options: Options) -> [UInt64: Int32] {
        let counts = classCounts(words, gold: gold, document: document, key: \.form)
        var table: [UInt64: Int32] = [:]
        for (word, classes) in counts {
            let total = classes.values.reduce(0, +)
            guard total >= options.tagDictionaryCount,
                  let top = classes.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
                  Double(top.value) >= options.tagDictionaryShare * Double(total) else { continue }
            table[word] = Int32(top.key)
        }
        return table
    }

    private static func classCounts(_ words: [[TaggerWord]], gold: [Int], document: Document,
                                    key: KeyPath<TaggerWord, UInt64>) -> [UInt64: [Int: Int]] {
        var counts: [UInt64: [Int: Int]] = [:]
        for (s, sentence) in document.sentences.enumerated() {
            for (offset, index) in sentence.enumerated() {
                counts[words[s][offset + TaggerFeatures.padding][keyPath: key], default: [:]][gold[index], default: 0] += 1
            }
        }
        return counts
    }
}

extension PerceptronModel {
    /// The same model without weights smaller than `threshold` in magnitude, and without
    /// features left with none: most of the size of a model file, little of its accuracy.
    func withoutWeights(below threshold: Float) -> PerceptronModel {
        var keptRows: [UInt64: Int32] = [:]
        var keptWeights: [Float] = []
        for (feature, row) in rows.sorted(by: { $0.key < $1.key }) {
            let base = Int(row) * classCount
            let slice = weights[base..<base + classCount].map { abs($0) < threshold ? 0 : $0 }
            guard slice.contains(where: { $0 != 0 }) else { continue }
            keptRows[feature] = Int32(keptRows.count)
            keptWeights.append(contentsOf: slice)
        }
        return PerceptronModel(classCount: classCount, rows: keptRows, weights: keptWeights)
    }
}

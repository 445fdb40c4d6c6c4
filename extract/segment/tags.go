package segment

// Helpers on jieba's part-of-speech tags (ICTCLAS-style). A tag's first
// letter gives its class; the longer tags are subclasses (vn verbal noun,
// vd verbal adverb, vg verbal morpheme, nr/ns/nt/nz kinds of proper noun).

// IsVerbTag reports a verb: v, vn (verbal noun, 建设), vd (verbal adverb),
// vg, vi, vq and any other tag starting with v.
func IsVerbTag(tag string) bool { return tag != "" && tag[0] == 'v' }

// IsAdverbTag reports an adverb: d, dg, df, ad (adjective as adverb, 积极)
// and vd (verb as adverb).
func IsAdverbTag(tag string) bool {
	switch tag {
	case "d", "dg", "df", "ad", "vd":
		return true
	}
	return false
}

// IsPrepositionTag reports a preposition: p (在, 对, 按照), pba, pbei.
func IsPrepositionTag(tag string) bool { return tag != "" && tag[0] == 'p' }

// IsConjunctionTag reports a conjunction: c (和, 及), cc.
func IsConjunctionTag(tag string) bool { return tag != "" && tag[0] == 'c' }

// IsPronounTag reports a pronoun: r (其, 各, 该, 本, 我市), rr, rz, rg.
func IsPronounTag(tag string) bool { return tag != "" && tag[0] == 'r' }

// IsNumeralTag reports a numeral: m (一批, 若干, and runs of ASCII digits
// from Cut), mq, mg.
func IsNumeralTag(tag string) bool { return tag != "" && tag[0] == 'm' }

// IsMeasureTag reports a measure word: q (批, 个), qv, qt, and mq
// (numeral with measure word).
func IsMeasureTag(tag string) bool { return tag != "" && tag[0] == 'q' || tag == "mq" }

// IsParticleTag reports a particle: u (等), uj (的), ul (了), uv, ud, uz,
// ug, and y (modal particle).
func IsParticleTag(tag string) bool { return tag != "" && tag[0] == 'u' || tag == "y" }

// IsNounTag reports a noun of any kind: n, nr, ns, nt, nz, nrt, nrfg, ng.
func IsNounTag(tag string) bool { return tag != "" && tag[0] == 'n' }

// IsPlaceTag reports a place name: ns (and nsf).
func IsPlaceTag(tag string) bool { return tag == "ns" || tag == "nsf" }

// IsAdjectiveTag reports an adjective: a, an, ag (and ad, also an adverb).
func IsAdjectiveTag(tag string) bool { return tag != "" && tag[0] == 'a' }

// IsFunctionTag reports a function word, one that does not begin a name:
// adverb, preposition, conjunction, pronoun or particle. Numerals and
// measure words are left out: the extractor decides about 一批 or 两大.
func IsFunctionTag(tag string) bool {
	return IsAdverbTag(tag) || IsPrepositionTag(tag) || IsConjunctionTag(tag) ||
		IsPronounTag(tag) || IsParticleTag(tag)
}

// IsUnknownTag reports x: punctuation, other symbols, and a Han character
// that is not in the dictionary (often part of a proper name).
func IsUnknownTag(tag string) bool { return tag == "x" }

// Package segment cuts Chinese text into words with part-of-speech tags,
// the way jieba does without its HMM: a prefix dictionary, the DAG of all
// dictionary words in a run of Han characters, and the route of maximum
// probability (sum of log word frequencies) through it.
//
// The extractor uses it to find the left boundary of a named entity: in
// 加快推进赣湘开放合作试验区建设 or 入选国家碳达峰试点 a name does not
// start with a verb (v, vn, vd), an adverb (d), a preposition (p), a
// conjunction (c) and the like, and a dictionary of ~147,000 tagged words
// keeps up where a closed stop-word list cannot.
//
// Why not a library: github.com/go-ego/gse (Apache-2.0, embeds jieba's
// dictionary) took 0.85 s and 135 MB of heap to load and added 35 MB to the
// binary, so this package embeds a filtered copy of jieba's MIT-licensed
// dict.txt (2.1 MB of plain text, see SOURCE.md). New decodes the trie
// built from it, prebuilt.bin (1.9 MB, generated and checked by
// TestPrebuilt), without parsing or sorting, and keeps 9 MB (the words in
// a trie, see package trie); NewWith reads dict.txt itself.
//
// Tags are jieba's (ICTCLAS-style): n noun, ns place, nt organisation,
// nz other proper noun, nr person, v verb, vn verbal noun, vd verbal
// adverb, a adjective, ad adverbial adjective, d adverb, p preposition,
// c conjunction, r pronoun, m numeral, q measure word, u/uj/ul... particle,
// f direction, s place word, t time, b distinguishing word, x not a word.
// Cut adds: x for a Han character outside the dictionary and for
// punctuation, eng for a run of ASCII letters and digits, m for a run of
// ASCII digits.
package segment

// Command gen builds dict.txt, the dictionary embedded by package
// segment, from jieba's dict.txt and the project's supplement extra.txt.
// See ../SOURCE.md for where dict.txt comes from and gen.sh for the steps.
//
//	go run ./extract/segment/gen -dict /path/to/jieba/dict.txt -out extract/segment/dict.txt
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

type word struct {
	freq int64
	tag  string
}

func main() {
	dictPath := flag.String("dict", "", "jieba dict.txt (word freq tag per line)")
	extraPath := flag.String("extra", "extract/segment/gen/extra.txt", "project supplement, same format")
	outPath := flag.String("out", "extract/segment/dict.txt", "output file")
	minFreq := flag.Int64("minfreq", 5, "keep words of two or more characters with at least this frequency")
	keepTags := flag.String("keeptags", "ns", "comma-separated tags kept whatever their frequency")
	source := flag.String("source", "jieba 0.42.1 dict.txt (MIT)", "source recorded in the header")
	flag.Parse()
	if *dictPath == "" {
		log.Fatal("gen: -dict is required")
	}
	keep := map[string]bool{}
	for _, t := range strings.Split(*keepTags, ",") {
		if t != "" {
			keep[t] = true
		}
	}

	words := map[string]word{}
	var total int64
	n, err := read(*dictPath, func(w string, f int64, tag string) {
		total += f
		if utf8.RuneCountInString(w) == 1 || f >= *minFreq || keep[tag] {
			words[w] = word{f, tag} // a later line wins, as in jieba
		} else {
			delete(words, w)
		}
	})
	if err != nil {
		log.Fatal(err)
	}
	kept := len(words)
	nx, err := read(*extraPath, func(w string, f int64, tag string) {
		if old, ok := words[w]; ok {
			total -= old.freq
		}
		total += f
		words[w] = word{f, tag}
	})
	if err != nil {
		log.Fatal(err)
	}

	keys := make([]string, 0, len(words))
	for w := range words {
		keys = append(keys, w)
	}
	sort.Strings(keys)
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# %s, words of 2+ chars with freq >= %d or tag in {%s}, plus %d supplement lines\n",
		*source, *minFreq, *keepTags, nx)
	fmt.Fprintf(&buf, "#total %d\n", total)
	for _, w := range keys {
		fmt.Fprintf(&buf, "%s %d %s\n", w, words[w].freq, words[w].tag)
	}
	// Plain text, not gzipped: package segment reads it in place, where
	// gunzipping cost every process about 100 M instructions.
	if err := os.WriteFile(*outPath, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("gen: %d source lines, %d kept, %d supplement lines, %d words, total %d; %d bytes",
		n, kept, nx, len(keys), total, buf.Len())
}

// read calls fn for each "word freq tag" line of path; blank lines and
// lines starting with # are skipped.
func read(path string, fn func(w string, f int64, tag string)) (int, error) {
	fh, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer fh.Close()
	return parse(fh, path, fn)
}

func parse(r io.Reader, name string, fn func(w string, f int64, tag string)) (int, error) {
	sc := bufio.NewScanner(r)
	n := 0
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		fs := strings.Fields(s)
		if len(fs) != 3 {
			return n, fmt.Errorf("%s:%d: want word freq tag, got %q", name, line, s)
		}
		f, err := strconv.ParseInt(fs[1], 10, 64)
		if err != nil || f <= 0 {
			return n, fmt.Errorf("%s:%d: bad frequency %q", name, line, fs[1])
		}
		if !utf8.ValidString(fs[0]) {
			return n, fmt.Errorf("%s:%d: invalid UTF-8", name, line)
		}
		fn(fs[0], f, fs[2])
		n++
	}
	return n, sc.Err()
}

package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Encodings reported by Decode.
const (
	EncodingUTF8    = "utf-8"
	EncodingUTF16   = "utf-16"
	EncodingGB18030 = "gb18030"
)

// DecodeError says why a file's bytes are not text this package reads.
// Offset is in bytes of the original file.
type DecodeError struct {
	Offset int
	Reason string
}

// Error implements error.
func (e *DecodeError) Error() string {
	if e.Offset >= 0 {
		return fmt.Sprintf("byte %d: %s", e.Offset, e.Reason)
	}
	return e.Reason
}

// Decode turns a file's bytes into text. UTF-8 (with or without BOM) is
// tried first because it is self-validating; a generic charset detector
// misreads short GBK text, so anything that is not valid UTF-8 is then
// decoded as GB18030 (a superset of GBK and GB2312) and accepted only if it
// decodes without errors. UTF-16 is read when it starts with a BOM.
// Binary data, empty files and undecodable bytes give a *DecodeError.
func Decode(data []byte) (text, encoding string, err error) {
	text, encoding, _, _, err = decode(data, false)
	return text, encoding, err
}

// decode is Decode; with borrow, valid UTF-8 text is returned as a string
// over data itself instead of a copy, for a caller that drops the string
// before data can change (prepare: a long document's copy was a fifth of
// its clean-up's memory), and with its characters decoded ([]rune(text)):
// the check of UTF-8 is the decoding itself, where utf8.Valid read the
// bytes once more before. chars is the number of characters of text when
// the checks counted them, or -1; runes is nil unless borrowed.
func decode(data []byte, borrow bool) (text, encoding string, chars int, runes []rune, err error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, derr := dec.Bytes(data)
		if derr != nil {
			return "", "", -1, nil, &DecodeError{Offset: -1, Reason: "invalid UTF-16: " + derr.Error()}
		}
		if err := checkText(string(out)); err != nil {
			return "", "", -1, nil, err
		}
		return string(out), EncodingUTF16, -1, nil, nil
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", "", -1, nil, &DecodeError{Offset: -1, Reason: "empty file"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", "", -1, nil, &DecodeError{Offset: i, Reason: "binary data (NUL byte); not a text document"}
	}
	if borrow {
		// The counts assume valid UTF-8; the decoding checks it, and
		// counts as many characters where it is (and the U+FFFD).
		s := unsafe.String(unsafe.SliceData(data), len(data))
		n := charCount(s)
		if rs, repl, ctl, ok := decodeValid(s, n); ok {
			if err := textVerdict(s, n, ctl, repl); err != nil {
				return "", "", -1, nil, err
			}
			return s, EncodingUTF8, n, rs, nil
		}
	} else if utf8.Valid(data) {
		s := string(data)
		n, err := validTextChars(s)
		if err != nil {
			return "", "", -1, nil, err
		}
		return s, EncodingUTF8, n, nil, nil
	}
	if off, ok := validGB18030(data); !ok {
		return "", "", -1, nil, &DecodeError{Offset: off, Reason: "neither valid UTF-8 nor GB18030/GBK text"}
	}
	out, derr := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if derr != nil {
		return "", "", -1, nil, &DecodeError{Offset: -1, Reason: "invalid GB18030: " + derr.Error()}
	}
	s := string(out)
	if err := checkText(s); err != nil {
		return "", "", -1, nil, err
	}
	return s, EncodingGB18030, -1, nil, nil
}

// validGB18030 checks the byte structure of GB18030: one byte 0x00-0x7F,
// two bytes 0x81-0xFE then 0x40-0x7E/0x80-0xFE, or four bytes 0x81-0xFE,
// 0x30-0x39, 0x81-0xFE, 0x30-0x39. It returns the offset of the first bad
// byte. The x/text decoder replaces bad sequences silently, hence this check.
func validGB18030(b []byte) (int, bool) {
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c < 0x80:
			i++
		case c == 0x80 || c == 0xFF:
			return i, false
		case i+1 < len(b) && (b[i+1] >= 0x40 && b[i+1] <= 0xFE && b[i+1] != 0x7F):
			i += 2
		case i+3 < len(b) && b[i+1] >= 0x30 && b[i+1] <= 0x39 && b[i+2] >= 0x81 && b[i+2] <= 0xFE && b[i+3] >= 0x30 && b[i+3] <= 0x39:
			i += 4
		default:
			return i, false
		}
	}
	return 0, true
}

// checkText rejects decoded text that is mostly control characters, a sign
// of binary data that happened to decode.
func checkText(s string) error {
	var n, ctl, repl int
	for _, r := range s {
		n++
		switch {
		case r == utf8.RuneError:
			repl++
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f':
			ctl++
		}
	}
	return textVerdict(s, n, ctl, repl)
}

// textVerdict is checkText's judgement of s from its counts of characters,
// control characters and replacement characters.
func textVerdict(s string, n, ctl, repl int) error {
	if n == 0 {
		return &DecodeError{Offset: -1, Reason: "empty file"}
	}
	if ctl*20 > n {
		return &DecodeError{Offset: -1, Reason: "binary data (control characters); not a text document"}
	}
	if repl*50 > n {
		return &DecodeError{Offset: -1, Reason: "too many undecodable characters"}
	}
	if strings.TrimSpace(s) == "" { // without copying s to bytes
		return &DecodeError{Offset: -1, Reason: "empty file"}
	}
	return nil
}

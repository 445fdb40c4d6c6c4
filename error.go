package kg

import (
	"errors"
	"fmt"
)

// Error codes. The GraphQL layer maps each to an extensions.code once; the
// command line maps them to exit statuses.
const (
	ENOTFOUND    = "NOT_FOUND"
	EINVALID     = "INVALID_ARGUMENT"
	ELIMIT       = "LIMIT_EXCEEDED"
	ETIMEOUT     = "TIMEOUT"
	EUNAVAILABLE = "UNAVAILABLE"
	EINTERNAL    = "INTERNAL"
)

// Error is an error meant for the application's users: Message is safe to
// show to a client. Internal failures are plain wrapped errors and map to
// EINTERNAL with a generic message.
type Error struct {
	Code    string
	Message string
}

// Error implements error.
func (e *Error) Error() string { return fmt.Sprintf("kg error: code=%s message=%s", e.Code, e.Message) }

// Errorf returns an *Error with a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-safe message of the first *Error in err's
// chain, or "internal error" for any other non-nil error.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}

package news

import (
	"errors"
	"fmt"
)

// Error codes carried across package boundaries. The bot maps them to safe
// messages; the command line to exit statuses.
const (
	ECONFLICT     = "conflict"     // the thing exists already (a duplicate)
	EINTERNAL     = "internal"     // a bug or an unexpected failure
	EINVALID      = "invalid"      // bad input from a user or a source
	ENOTFOUND     = "not_found"    // no such thing
	EFORBIDDEN    = "forbidden"    // the caller may not do this
	EUNAVAILABLE  = "unavailable"  // a remote is down or refused; try later
	ETOOLARGE     = "too_large"    // a body or a list over its cap
	ELIMIT        = "limit"        // a quota is reached (subscriptions per guild, ...)
	ENOTMODIFIED  = "not_modified" // a conditional GET found nothing new
	EUNSUPPORTED  = "unsupported"  // a format or scheme that is not handled
	EBLOCKEDADDR  = "blocked_addr" // the SSRF guard refused an address
	ERATELIMITED  = "rate_limited" // a remote asked us to slow down
	EUNAUTHORIZED = "unauthorized" // credentials refused
	EEMPTY        = "empty"        // nothing usable (an article with no text)
)

// Error is a domain error: a code for programs, a message safe to show a
// user, and the underlying error for the logs.
type Error struct {
	Code    string
	Message string
	Err     error
}

// Error returns the message, followed by the wrapped error when there is one.
func (e *Error) Error() string {
	switch {
	case e.Err != nil && e.Message != "":
		return e.Message + ": " + e.Err.Error()
	case e.Err != nil:
		return e.Err.Error()
	}
	return e.Message
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// WrapError returns an *Error with the code and message wrapping err.
func WrapError(code, message string, err error) *Error {
	return &Error{Code: code, Message: message, Err: err}
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
// chain, and a generic message for anything else: internal details never
// reach users.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Message != "" {
		return e.Message
	}
	return "An internal error occurred."
}

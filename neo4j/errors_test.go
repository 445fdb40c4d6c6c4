package neo4j

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/cnplan/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestMapErr(t *testing.T) {
	tests := []struct {
		name string
		err  error
		code string
	}{
		{"connectivity", &neo4j.ConnectivityError{Inner: errors.New("dial tcp: refused")}, kg.EUNAVAILABLE},
		{"entity not found", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.EntityNotFound", Msg: "gone"}, kg.ENOTFOUND},
		{"argument", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.ArgumentError", Msg: "bad"}, kg.EINVALID},
		{"type", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.TypeError", Msg: "bad"}, kg.EINVALID},
		{"database down", &neo4j.Neo4jError{Code: "Neo.TransientError.General.DatabaseUnavailable", Msg: "down"}, kg.EUNAVAILABLE},
		{"deadline", fmt.Errorf("x: %w", context.DeadlineExceeded), kg.ETIMEOUT},
		{"other server error", &neo4j.Neo4jError{Code: "Neo.DatabaseError.General.UnknownError", Msg: "boom"}, kg.EINTERNAL},
		{"kg error passes", kg.Errorf(kg.EINVALID, "bad"), kg.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := mapErr("test", tt.err)
			if got := kg.ErrorCode(err); got != tt.code {
				t.Errorf("code = %q, want %q (err %v)", got, tt.code, err)
			}
			if !errors.Is(err, tt.err) {
				t.Errorf("%v does not keep %v in its chain", err, tt.err)
			}
		})
	}
}

func TestRetryOnConflict(t *testing.T) {
	tests := []struct {
		name  string
		err   error
		calls int
	}{
		{"success", nil, 1},
		{"constraint race", mapErr("x", &neo4j.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed"}), 5},
		{"deleted concurrently", mapErr("x", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.EntityNotFound"}), 5},
		{"syntax error", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError"}, 1},
		{"plain error", errors.New("x"), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls := 0
			err := retryOnConflict(func() error { calls++; return tt.err })
			if calls != tt.calls || !errors.Is(err, tt.err) {
				t.Errorf("calls = %d, err = %v; want %d calls and %v", calls, err, tt.calls, tt.err)
			}
		})
	}
}

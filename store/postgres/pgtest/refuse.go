package pgtest

import (
	"net"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5/pgproto3"
)

// PasswordRefused starts a server on loopback that speaks just enough of
// PostgreSQL's protocol to refuse every login as a server with password
// authentication refuses a wrong password (it asks for the password in
// clear, then answers FATAL 28P01), and returns its address (host:port).
// The machine's test server trusts every login, so a wrong password can
// only be met here. It stops when t ends.
func PasswordRefused(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	t.Cleanup(func() { ln.Close(); wg.Wait() })
	wg.Go(func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Go(func() { refuse(conn) })
		}
	})
	return ln.Addr().String()
}

// refuse answers one connection's login with 28P01.
func refuse(conn net.Conn) {
	defer conn.Close()
	be := pgproto3.NewBackend(conn, conn)
	user := ""
	for user == "" {
		msg, err := be.ReceiveStartupMessage()
		if err != nil {
			return
		}
		switch m := msg.(type) {
		case *pgproto3.SSLRequest, *pgproto3.GSSEncRequest:
			if _, err := conn.Write([]byte("N")); err != nil { // no encryption: go on in clear
				return
			}
		case *pgproto3.StartupMessage:
			user = m.Parameters["user"]
		default:
			return
		}
	}
	be.Send(&pgproto3.AuthenticationCleartextPassword{})
	if be.Flush() != nil {
		return
	}
	be.SetAuthType(pgproto3.AuthTypeCleartextPassword)
	if _, err := be.Receive(); err != nil { // the password
		return
	}
	be.Send(&pgproto3.ErrorResponse{Severity: "FATAL", SeverityUnlocalized: "FATAL", Code: "28P01",
		Message: `password authentication failed for user "` + user + `"`})
	be.Flush()
}

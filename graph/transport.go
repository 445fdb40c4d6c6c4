package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"mime"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/cnplan/kg"
)

// Media types of a response, as gqlgen's transports name them.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// paramsKey is the context key of the request's GraphQL parameters, which
// apiHandler decodes (decodePost) and postJSON executes.
type paramsKey struct{}

// decodePost decodes the body of a POST request into GraphQL parameters,
// once: the check of the request and the execution both use them (before,
// apiHandler's check and gqlgen's POST transport each parsed the body).
// Variables keep their numbers as json.Number, as gqlgen decodes them. A
// body that is not a GraphQL request gets checkRequest's status and error,
// which name what is wrong.
func decodePost(r *http.Request, body []byte) (*graphql.RawParams, int, error) {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != mediaJSON {
		status, err := checkedStatus(r, body)
		return nil, status, err
	}
	start := graphql.Now()
	p := &graphql.RawParams{}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	err := dec.Decode(p)
	if err == nil && len(bytes.TrimSpace(body[dec.InputOffset():])) == 0 && p.Query != "" {
		p.Headers = r.Header
		p.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
		return p, 0, nil
	}
	status, err := checkedStatus(r, body)
	return nil, status, err
}

// checkedStatus is checkRequest's verdict on a request that decodePost
// refused. Should checkRequest accept it (not expected), it is still
// answered as a bad request rather than executed half-read.
func checkedStatus(r *http.Request, body []byte) (int, error) {
	if status, err := checkRequest(r, body); err != nil {
		return status, err
	}
	return http.StatusBadRequest, kg.Errorf(kg.EINVALID,
		"the request body is not a GraphQL request; send a JSON object {\"query\": \"...\", \"variables\": {...}} (Content-Type application/json)")
}

// postJSON is the transport of POST requests with a JSON body, in place of
// gqlgen's transport.POST with the same content negotiation, status codes
// and response bytes. It executes the parameters apiHandler decoded, and
// writes a response without errors or extensions around the data the
// executor has already encoded, where gqlgen's transport encoded that data
// again (json.Marshal compacts and copies a json.RawMessage).
type postJSON struct{}

var _ graphql.Transport = postJSON{}

// Supports is transport.POST's: a POST with Content-Type application/json
// that is no protocol upgrade.
func (postJSON) Supports(r *http.Request) bool {
	if r.Header.Get("Upgrade") != "" {
		return false
	}
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && r.Method == http.MethodPost && mt == mediaJSON
}

// Do executes the request's operation and writes its response.
func (postJSON) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	contentType := responseType(r.Header.Get("Accept"))
	w.Header().Set("Content-Type", contentType)
	params, _ := ctx.Value(paramsKey{}).(*graphql.RawParams)
	if params == nil {
		// Only apiHandler serves this transport, and it decodes every POST.
		writeResponse(w, exec.DispatchError(ctx, gqlerror.List{gqlerror.Errorf("the request body was not decoded")}))
		return
	}
	rc, opErr := exec.CreateOperationContext(ctx, params)
	if opErr != nil {
		if contentType == mediaGraphQLResponse {
			w.WriteHeader(statusFor(opErr, http.StatusBadRequest))
		} else {
			w.WriteHeader(statusFor(opErr, http.StatusUnprocessableEntity))
		}
		writeResponse(w, exec.DispatchError(graphql.WithOperationContext(ctx, rc), opErr))
		return
	}
	var responses graphql.ResponseHandler
	responses, ctx = exec.DispatchOperation(ctx, rc)
	writeResponse(w, responses(ctx))
}

// statusFor is the HTTP status of a response with errs, as gqlgen's
// transports answer it: protocol errors (parse, validation) get
// protocolStatus, anything else 200.
func statusFor(errs gqlerror.List, protocolStatus int) int {
	if errcode.GetErrorKind(errs) == errcode.KindProtocol {
		return protocolStatus
	}
	return http.StatusOK
}

// responseType is the media type of the response for the request's Accept
// header, as gqlgen's transport.POST negotiates it by default.
func responseType(accept string) string {
	if accept == "" {
		return mediaJSON
	}
	for part := range strings.SplitSeq(accept, ",") {
		mt, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mt {
		case "*/*", "application/*", mediaJSON:
			return mediaJSON
		case mediaGraphQLResponse:
			return mediaGraphQLResponse
		}
	}
	return mediaGraphQLResponse
}

// writeResponse writes resp as json.Marshal would. A response that holds
// only data is written around the data as the executor encoded it, with
// the HTML escaping json.Marshal applies to a json.RawMessage (the executor
// writes compact JSON, so that escaping is the only change Marshal makes).
func writeResponse(w http.ResponseWriter, resp *graphql.Response) {
	if len(resp.Errors) > 0 || len(resp.Extensions) > 0 || resp.Label != "" || resp.Path != nil || resp.HasNext != nil || len(resp.Data) == 0 {
		b, err := json.Marshal(resp)
		if err != nil {
			b, _ = json.Marshal(&graphql.Response{Errors: gqlerror.List{{Message: "internal error",
				Extensions: map[string]any{"code": kg.EINTERNAL}}}})
		}
		_, _ = w.Write(b)
		return
	}
	var buf bytes.Buffer
	buf.Grow(len(resp.Data) + len(`{"data":}`))
	buf.WriteString(`{"data":`)
	json.HTMLEscape(&buf, resp.Data)
	buf.WriteByte('}')
	_, _ = w.Write(buf.Bytes())
}

// withParams returns ctx carrying the decoded parameters for postJSON.
func withParams(ctx context.Context, p *graphql.RawParams) context.Context {
	return context.WithValue(ctx, paramsKey{}, p)
}

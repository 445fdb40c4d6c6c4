package graph

import (
	"crypto/sha512"
	"embed"
	"encoding/base64"
	"io/fs"
	"net/http"

	"github.com/99designs/gqlgen/graphql/playground"
)

// graphiqlAssets are GraphiQL and React, vendored from npm (see
// graphiql/SOURCE.md) so that the playground needs no CDN.
//
//go:embed graphiql/*.js graphiql/*.css
var graphiqlAssets embed.FS

// graphiqlPrefix is the path the assets are served under.
const graphiqlPrefix = "/graphiql/"

// graphiqlHandlers returns the playground page, whose scripts and styles
// point at graphiqlPrefix with their subresource integrity, and the
// handler of the assets themselves.
func graphiqlHandlers(title, endpoint string) (page, assets http.Handler) {
	sub, err := fs.Sub(graphiqlAssets, "graphiql")
	if err != nil {
		panic(err) // the embedded directory is there at build time
	}
	sri := func(name string) string {
		b, err := fs.ReadFile(sub, name)
		if err != nil {
			panic(err)
		}
		h := sha512.Sum384(b)
		return "sha384-" + base64.StdEncoding.EncodeToString(h[:])
	}
	page = playground.Handler(title, endpoint,
		playground.WithGraphiqlVersion(graphiqlPrefix+"graphiql.min.js", graphiqlPrefix+"graphiql.min.css",
			sri("graphiql.min.js"), sri("graphiql.min.css")),
		playground.WithGraphiqlReactVersion(graphiqlPrefix+"react.production.min.js", graphiqlPrefix+"react-dom.production.min.js",
			sri("react.production.min.js"), sri("react-dom.production.min.js")),
		playground.WithGraphiqlEnablePluginExplorer(false))
	files := http.StripPrefix(graphiqlPrefix, http.FileServerFS(sub))
	assets = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		files.ServeHTTP(w, r)
	})
	return page, assets
}

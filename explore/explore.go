// Package explore is the explorer page of kg serve (/explore): a search,
// a network view drawn with Cytoscape.js, filters, shortest paths, the
// evidence of an edge, a province view of the cooperation matrix, and a map
// view (regions at their gazetteer points, cooperation as arcs, drawn as
// SVG). It talks only to the GraphQL API at /query.
//
// The page's script is bundled from src/main.js and its npm dependencies
// by esbuild (`npm ci && npm run build` in this folder, versions pinned in
// package.json and package-lock.json) into dist/explore.js, which is
// committed; scripts/test.sh rebuilds it and fails when the bytes differ.
package explore

import (
	"embed"
	"net/http"
)

//go:embed src/index.html src/explore.css dist/explore.js
var files embed.FS

// Handler serves the page at /explore (and /explore/) and its assets under
// /explore/.
func Handler() http.Handler {
	serve := func(name, ctype string) http.HandlerFunc {
		b, err := files.ReadFile(name)
		if err != nil {
			panic(err) // embedded at build time
		}
		return func(w http.ResponseWriter, r *http.Request) {
			if r.Method != http.MethodGet && r.Method != http.MethodHead {
				http.Error(w, "GET only", http.StatusMethodNotAllowed)
				return
			}
			w.Header().Set("Content-Type", ctype)
			w.Header().Set("Cache-Control", "no-cache")
			w.Write(b)
		}
	}
	mux := http.NewServeMux()
	page := serve("src/index.html", "text/html; charset=utf-8")
	mux.Handle("/explore", page)
	mux.Handle("/explore/{$}", page)
	mux.Handle("/explore/explore.js", serve("dist/explore.js", "text/javascript; charset=utf-8"))
	mux.Handle("/explore/explore.css", serve("src/explore.css", "text/css; charset=utf-8"))
	return mux
}

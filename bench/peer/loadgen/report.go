package main

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"
)

// The markers between which writeSection puts a run's results, inside the
// Peer comparison section; the text around them is written by hand.
const (
	sectionHeading = "## Peer comparison"
	markStart      = "<!-- peer-run: written by bench/peer.sh, do not edit by hand -->"
	markEnd        = "<!-- /peer-run -->"
)

// report formats a run as markdown: the conditions, one table of p50,
// p99 and throughput per query and number of clients, the throughput
// ratios and the agreement of the answers.
func report(res *results, systems []*system, cs []int, requests int, start time.Time, load0, load1, command string, entities, relations int) string {
	var b strings.Builder
	commit := "?"
	if out, err := exec.Command("git", "rev-parse", "--short", "HEAD").Output(); err == nil {
		commit = strings.TrimSpace(string(out))
	}
	fmt.Fprintf(&b, "Run of %s (UTC), %d s, commit %s, %d cores (`nproc`), load average %s at the start and %s at the end; "+
		"graph: %d entities, %d relations; at most %d requests per system, query and number of clients (n: how many ran within the time budget).\n\n",
		start.UTC().Format("2006-01-02 15:04"), int(time.Since(start).Seconds()), commit, runtime.NumCPU(), load0, load1, entities, relations, requests)
	if command != "" {
		fmt.Fprintf(&b, "```sh\n%s\n```\n\n", command)
	}
	b.WriteString("p50 / p99 latency in ms, then throughput in requests/s:\n\n| query | clients |")
	for _, s := range systems {
		fmt.Fprintf(&b, " %s |", s.name)
	}
	fair := fairPeer(systems)
	if fair != "" {
		for _, s := range systems {
			if s.kind == "kg" {
				fmt.Fprintf(&b, " %s ÷ %s |", s.name, fair)
			}
		}
	}
	b.WriteString("\n|---|---:|")
	for _, s := range systems {
		b.WriteString("---:|")
		if fair != "" && s.kind == "kg" {
			b.WriteString("---:|")
		}
	}
	b.WriteString("\n")
	var errs []string
	for _, qn := range res.order {
		for _, c := range cs {
			cells := res.cells[qn][c]
			fmt.Fprintf(&b, "| %s | %d |", qn, c)
			for _, s := range systems {
				x := cells[s.name]
				fmt.Fprintf(&b, " %.1f / %.1f · %s (n=%d) |", x.p(0.5), x.p(0.99), rate(x.rps()), len(x.lat))
				if x.errors > 0 {
					errs = append(errs, fmt.Sprintf("%s, %d clients, %s: %d errors, the first: %s", qn, c, s.name, x.errors, x.firstErr))
				}
			}
			if fair != "" {
				for _, s := range systems {
					if s.kind == "kg" {
						if r := cells[fair].rps(); r > 0 {
							fmt.Fprintf(&b, " **%.1f×** |", cells[s.name].rps()/r)
						} else {
							b.WriteString(" – |")
						}
					}
				}
			}
			b.WriteString("\n")
		}
	}
	b.WriteString("\nAgreement with kg + Neo4j (argument sets whose answers agree, of those checked):\n\n")
	for _, qn := range res.order {
		var parts []string
		for _, s := range systems[1:] {
			cr := res.checks[qn][s.name]
			p := fmt.Sprintf("%s %d/%d", s.name, cr.agree, cr.total)
			if cr.first != "" {
				p += fmt.Sprintf(" (first difference: %.300s)", cr.first)
			}
			parts = append(parts, p)
		}
		if cr := res.checks[qn][systems[0].name]; cr.first != "" {
			parts = append(parts, fmt.Sprintf("kg + Neo4j failed on %d/%d: %.300s", cr.total-cr.agree, cr.total, cr.first))
		}
		fmt.Fprintf(&b, "- %s: %s\n", qn, strings.Join(parts, "; "))
	}
	if len(errs) > 0 {
		b.WriteString("\nErrors during the measurement:\n\n")
		for _, e := range errs {
			fmt.Fprintf(&b, "- %.400s\n", e)
		}
	}
	return b.String()
}

// rate formats a throughput: whole numbers, one decimal below 10.
func rate(r float64) string {
	if r < 10 {
		return fmt.Sprintf("%.1f", r)
	}
	return fmt.Sprintf("%.0f", r)
}

// fairPeer is the peer the targets are measured against: with
// TCP_NODELAY when it ran, else the plain one.
func fairPeer(systems []*system) string {
	name := ""
	for _, s := range systems {
		if s.kind == "peer" {
			name = s.name
		}
	}
	return name
}

// writeSection puts md between the markers of the Peer comparison section
// of the file at path, adding the section at the end when it is missing.
// It touches nothing else: other sections of the file belong to others.
func writeSection(path, md string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	text := string(raw)
	block := markStart + "\n\n" + md + "\n" + markEnd
	i, j := strings.Index(text, markStart), strings.Index(text, markEnd)
	switch {
	case i >= 0 && j > i:
		text = text[:i] + block + text[j+len(markEnd):]
	case !strings.Contains(text, sectionHeading):
		text = strings.TrimRight(text, "\n") + "\n\n" + sectionHeading + "\n\n" + block + "\n"
	default:
		return fmt.Errorf("%s has a %q section without the markers %q and %q: put them where the results go", path, sectionHeading, markStart, markEnd)
	}
	return os.WriteFile(path, []byte(text), 0o644)
}

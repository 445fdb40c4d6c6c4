# kg: extract, load and serve the knowledge graph of Chinese planning documents.
# Used by docker-compose.yml; see docs/neo4j.md.
#
#   docker build -t cnplan/kg .
#   docker run --rm cnplan/kg --help

# ---- build ----------------------------------------------------------------
FROM golang:1.26 AS build
WORKDIR /src
ENV CGO_ENABLED=0 GOFLAGS=-trimpath
# Modules first, so that the download layer is cached across source edits.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -ldflags='-s -w' -o /out/kg ./cmd/kg

# ---- run ------------------------------------------------------------------
# debian-slim rather than distroless: the compose service runs a small shell
# entrypoint (load the seeds, then serve).
FROM debian:bookworm-slim
RUN apt-get update \
	&& apt-get install -y --no-install-recommends ca-certificates tzdata \
	&& rm -rf /var/lib/apt/lists/* \
	&& useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin kg
WORKDIR /app
COPY --from=build /out/kg /usr/local/bin/kg
COPY seeds /app/seeds
USER kg
ENV NEO4J_URI=bolt://neo4j:7687 NEO4J_DATABASE=neo4j
EXPOSE 8080
ENTRYPOINT ["kg"]
CMD ["serve", "--addr", ":8080", "--neo4j", "bolt://neo4j:7687"]

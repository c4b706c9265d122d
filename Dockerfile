# syntax=docker/dockerfile:1
#
# conflict-digest in a container: a static binary in an empty image, run as
# a non-root user, its database on a volume. See README.md, "Docker".
#
#   docker build -t conflict-digest .
#   docker run -d --env-file .env -v conflict-digest:/data -p 127.0.0.1:9090:9090 \
#       -e CD_HTTP_ADDR=0.0.0.0:9090 conflict-digest
#
# The build stage's steps are deploy/build.sh, which CI runs as well
# (.ci/dockerfile-steps): keep them there, not here.

ARG GO_VERSION=1.26
FROM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
# The whole context, .git included: the binary's --version names its commit.
COPY . .
RUN sh deploy/build.sh /out/bot \
 && mkdir -p /out/data /out/tmp && chmod 1777 /out/tmp

FROM scratch
# TLS roots for Discord and the feeds; the time zones are in the binary.
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /out/tmp /tmp
COPY --from=build --chown=65532:65532 /out/data /data
COPY --from=build /out/bot /usr/local/bin/bot
COPY --from=build /src/LICENSE /src/NOTICE /src/THIRD_PARTY_NOTICES.md /usr/share/doc/conflict-digest/
USER 65532:65532
WORKDIR /data
ENV CD_DB=/data/conflict-digest.db
VOLUME ["/data"]
# CD_HTTP_ADDR (off unless set): /healthz, /readyz, /metrics.
EXPOSE 9090
ENTRYPOINT ["/usr/local/bin/bot"]
CMD ["run"]

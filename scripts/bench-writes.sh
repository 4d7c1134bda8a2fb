#!/usr/bin/env bash
# Load benchmark against the release server on this machine: durable check-ins with
# distinct passes (64 connections, 30 s), then skills surveys (10 s), then the reports
# read from counters. Prints throughput, latency percentiles and the server's memory.
# Extra arguments go to the load generator (bench/src/write_load.rs), e.g.
# --seconds 10 --survey-seconds 5.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -p ponte-server -p ponte-bench
# Every request comes from 127.0.0.1: the per-client limits would refuse most of it.
export PONTE_RATE_LIMITS=off
exec target/release/write-load target/release/ponte --connections 64 --seconds 30 --citizens 2000 "$@"

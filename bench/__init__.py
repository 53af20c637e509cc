"""Benchmarks on real public data; `make bench` runs them all and writes BENCHMARKS.md."""

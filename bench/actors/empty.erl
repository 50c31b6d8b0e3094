%% empty: prints one line; run.sh reports the whole `erl` process time of it (VM boot and
%% shut-down), for comparison with the in-VM times of the workloads.
-module(empty).
-export([main/0]).

main() -> io:format("empty~n").

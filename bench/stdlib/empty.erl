%% empty: prints one line; its run time is the Erlang VM's start-up and shut-down cost, which
%% run.sh subtracts from the other Erlang timings.
-module(empty).
-export([main/0]).

main() -> io:format("empty~n").

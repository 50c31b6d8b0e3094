%% spawn_1m: see spawn_1m.mpl. main/0 spawns the collector and 1,000,000 workers, sends each
%% worker its index, and waits until the collector has printed (the time is taken around main/0).
%% Needs `erl +P` above 1,000,000 (run.sh passes +P 2000000): the workers may all be alive at once.
-module(spawn_1m).
-export([main/0]).

collector(Expected, Expected, Sum, Main) ->
    io:format("spawn_1m replies=~b sum=~b~n", [Expected, Sum]),
    Main ! done;
collector(Expected, Received, Sum, Main) ->
    receive V -> collector(Expected, Received + 1, Sum + V, Main) end.

worker(Parent) ->
    receive I -> Parent ! I end.

spawn_all(_C, N, N) -> ok;
spawn_all(C, I, N) ->
    W = spawn(fun() -> worker(C) end),
    W ! I,
    spawn_all(C, I + 1, N).

main() ->
    N = 1000000,
    Main = self(),
    C = spawn(fun() -> collector(N, 0, 0, Main) end),
    spawn_all(C, 0, N),
    receive done -> ok end.

%% idle_memory: see idle_memory.mpl. 100,000 processes blocked in `receive`, then a reporter
%% that sleeps 500 ms and prints; main/0 waits for the reporter. run.sh also builds this module
%% with `N = 0` (as idle_memory_0) and reports the peak-RSS difference per process.
-module(idle_memory).
-export([main/0]).

idle() ->
    receive V -> io:format("idle process got ~b~n", [V + 0]) end.

reporter(N, Main) ->
    timer:sleep(500),
    io:format("idle_memory actors=~b~n", [N]),
    Main ! done.

spawn_idle(N, N) -> ok;
spawn_idle(I, N) ->
    spawn(fun idle/0),
    spawn_idle(I + 1, N).

main() ->
    N = 100000,
    Main = self(),
    spawn_idle(0, N),
    spawn(fun() -> reporter(N, Main) end),
    receive done -> ok end.

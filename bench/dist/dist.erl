%% Distribution benchmark, the Erlang side of bench/dist/dist.mpl: the same echo and sink on
%% the pong node, the same round trips and flood from the ping node, the same output line.
-module(dist).
-export([pong/0, ping/1]).

echo() ->
    receive {ping, From, N} -> From ! N, echo() end.

sink(Seen) ->
    receive
        {count, _} -> sink(Seen + 1);
        {done, From} -> From ! Seen, sink(0)
    end.

pong() ->
    global:register_name(echo, spawn(fun echo/0)),
    global:register_name(sink, spawn(fun() -> sink(0) end)),
    io:format("ready~n"),
    receive stop -> ok end.

round_trips(_, 0) -> ok;
round_trips(Echo, N) ->
    Echo ! {ping, self(), N},
    receive _ -> round_trips(Echo, N - 1) end.

ping([Peer]) ->
    pong = net_adm:ping(list_to_atom(Peer)),
    global:sync(),
    Echo = global:whereis_name(echo),
    Sink = global:whereis_name(sink),
    Trips = 10000,
    Messages = 200000,
    T0 = erlang:monotonic_time(millisecond),
    round_trips(Echo, Trips),
    T1 = erlang:monotonic_time(millisecond),
    [Sink ! {count, I} || I <- lists:seq(0, Messages - 1)],
    Sink ! {done, self()},
    receive N -> ok end,
    T2 = erlang:monotonic_time(millisecond),
    io:format("rtt_us=~b msgs_per_s=~b messages=~b~n",
              [(T1 - T0) * 1000 div Trips, N * 1000 div max(T2 - T1, 1), N]),
    init:stop().

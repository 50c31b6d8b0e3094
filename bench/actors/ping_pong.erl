%% ping_pong: see ping_pong.mpl. The messages are tagged tuples, {ping, From, N} / {pong, N},
%% like Mesh's variants. main/0 waits until the pinger has printed.
-module(ping_pong).
-export([main/0]).

ponger(Served) ->
    receive
        {ping, From, N} ->
            From ! {pong, N + 1},
            ponger(Served + 1);
        {quit, From} -> From ! {served, Served}
    end.

pinger(Partner, Count, Limit, Main) when Count < Limit ->
    Partner ! {ping, self(), Count},
    receive {pong, N} -> pinger(Partner, N, Limit, Main) end;
pinger(Partner, Count, _Limit, Main) ->
    Partner ! {quit, self()},
    receive
        {served, S} ->
            io:format("ping_pong round_trips=~b served=~b~n", [Count, S]),
            Main ! done
    end.

main() ->
    Main = self(),
    Pong = spawn(fun() -> ponger(0) end),
    spawn(fun() -> pinger(Pong, 0, 1000000, Main) end),
    receive done -> ok end.

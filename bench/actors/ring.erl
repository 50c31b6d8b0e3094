%% ring: see ring.mpl. Same construction (the first node gets {link, Last} and starts the token
%% with {hop, 1}); the node that receives hop 1,000,000 prints and tells main/0, which waits for it.
-module(ring).
-export([main/0]).

node(Next, Hops, Main) ->
    receive
        {link, First} ->
            First ! {hop, 1},
            node(First, Hops, Main);
        {hop, K} when K >= Hops ->
            io:format("ring nodes=10000 hops=~b~n", [K]),
            Main ! done;
        {hop, K} ->
            Next ! {hop, K + 1},
            node(Next, Hops, Main)
    end.

spawn_chain(Prev, N, N, _Hops, _Main) -> Prev;
spawn_chain(Prev, I, N, Hops, Main) ->
    P = spawn(fun() -> node(Prev, Hops, Main) end),
    spawn_chain(P, I + 1, N, Hops, Main).

main() ->
    N = 10000,
    Hops = 1000000,
    Main = self(),
    Head = spawn(fun() -> node(none, Hops, Main) end),
    Last = spawn_chain(Head, 1, N, Hops, Main),
    Head ! {link, Last},
    receive done -> ok end.

%% map_ops: see map_ops.mpl. Erlang maps (persistent HAMT above 32 keys, like Mesh's Map).
-module(map_ops).
-export([main/0]).

b2i(true) -> 1;
b2i(false) -> 0.

main() ->
    N = 100000,
    Keys = [(I * 7919) rem 1000003 || I <- lists:seq(0, N - 1)],
    M = lists:foldl(fun(K, Acc) -> maps:put(K, K * 2, Acc) end, #{}, Keys),
    Got = lists:foldl(fun(K, Acc) -> Acc + maps:get(K, M) end, 0, Keys),
    Hits = lists:foldl(fun(K, Acc) ->
                           Acc + b2i(maps:is_key(K, M)) + b2i(maps:is_key(K + 1000003, M))
                       end, 0, Keys),
    Gone = [K || K <- Keys, K rem 2 =:= 0],
    Half = lists:foldl(fun(K, Acc) -> maps:remove(K, Acc) end, M, Gone),
    Rest = lists:sum(maps:values(Half)),

    SKeys = [<<"key-", (integer_to_binary(K))/binary>> || K <- Keys],
    SM = lists:foldl(fun(K, Acc) -> maps:put(K, string:length(K), Acc) end, #{}, SKeys),
    SGot = lists:foldl(fun(K, Acc) -> Acc + maps:get(K, SM) end, 0, SKeys),
    SHits = lists:foldl(fun(K, Acc) ->
                            Acc + b2i(maps:is_key(K, SM)) + b2i(maps:is_key(<<K/binary, "!">>, SM))
                        end, 0, SKeys),
    SGone = [K || K <- SKeys, binary:last(K) =:= $7],
    SHalf = lists:foldl(fun(K, Acc) -> maps:remove(K, Acc) end, SM, SGone),
    io:format("map_ops size=~b get=~b hits=~b after_delete=~b rest=~b ssize=~b sget=~b shits=~b safter_delete=~b~n",
              [maps:size(M), Got, Hits, maps:size(Half), Rest,
               maps:size(SM), SGot, SHits, maps:size(SHalf)]).

%% set_ops: see set_ops.mpl. The `sets` module in its map-backed version 2 (OTP 24+).
-module(set_ops).
-export([main/0]).

b2i(true) -> 1;
b2i(false) -> 0.

main() ->
    N = 100000,
    Xs = [(I * 7919) rem 1000003 || I <- lists:seq(0, N - 1)],
    S = lists:foldl(fun(X, Acc) -> sets:add_element(X, Acc) end, sets:new([{version, 2}]), Xs),
    Again = lists:foldl(fun(X, Acc) -> sets:add_element(X, Acc) end, S, Xs),
    Hits = lists:foldl(fun(X, Acc) ->
                           Acc + b2i(sets:is_element(X, S)) + b2i(sets:is_element(X + 1000003, S))
                       end, 0, Xs),
    Gone = [X || X <- Xs, X rem 2 =:= 0],
    Half = lists:foldl(fun(X, Acc) -> sets:del_element(X, Acc) end, S, Gone),
    Rest = lists:sum(sets:to_list(Half)),
    io:format("set_ops size=~b again=~b hits=~b after_remove=~b rest=~b~n",
              [sets:size(S), sets:size(Again), Hits, sets:size(Half), Rest]).

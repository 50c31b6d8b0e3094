%% list_ops: see list_ops.mpl. lists:map/filter/foldl/sort. Appending one element at a time
%% (Acc ++ [X]) is quadratic on Erlang's cons lists, so the idiomatic equivalent of the Mesh
%% append loop is used: prepend, then reverse once.
-module(list_ops).
-export([main/0]).

build_append(N, N, Acc) -> lists:reverse(Acc);
build_append(I, N, Acc) -> build_append(I + 1, N, [I * 2 | Acc]).

checksum(Xs) ->
    lists:foldl(fun(X, Acc) -> (Acc * 31 + X) rem 1000000007 end, 0, Xs).

main() ->
    N = 1000000,
    Xs = [(I * 7919) rem 1000003 || I <- lists:seq(0, N - 1)],
    Mapped = lists:map(fun(X) -> X * 3 + 1 end, Xs),
    Evens = lists:filter(fun(X) -> X rem 2 =:= 0 end, Mapped),
    Total = lists:foldl(fun(X, Acc) -> Acc + X end, 0, Evens),
    Sorted = lists:sort(Xs),
    Appended = build_append(0, N, []),
    Reversed = lists:reverse(Appended),
    io:format("list_ops evens=~b total=~b sorted=~b appended=~b reversed=~b min=~b max=~b~n",
              [length(Evens), Total, checksum(Sorted), checksum(Appended), checksum(Reversed),
               hd(Sorted), lists:last(Sorted)]).

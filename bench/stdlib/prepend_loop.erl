%% prepend_loop: see prepend_loop.mpl. [X | Acc] is O(1).
-module(prepend_loop).
-export([main/0]).

build(N, N, Acc) -> Acc;
build(I, N, Acc) -> build(I + 1, N, [I * 3 | Acc]).

main() ->
    Xs = build(0, 20000, []),
    Ys = lists:reverse(Xs),
    Sum = lists:foldl(fun(X, Acc) -> (Acc * 31 + X) rem 1000000007 end, 0, Ys),
    io:format("prepend_loop len=~b head=~b checksum=~b~n", [length(Ys), hd(Xs), Sum]).

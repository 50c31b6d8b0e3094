%% string_build: see string_build.mpl. Strings are binaries (the idiomatic fast text type);
%% the length is string:length (Unicode-aware, like Mesh's String.length).
-module(string_build).
-export([main/0]).

parse_or_zero(B) ->
    try binary_to_integer(B) catch error:badarg -> 0 end.

main() ->
    N = 1000000,
    Pieces = [integer_to_binary(I * 7) || I <- lists:seq(0, N - 1)],
    Joined = iolist_to_binary(lists:join(<<",">>, Pieces)),
    Parts = binary:split(Joined, <<",">>, [global]),
    Numbers = [parse_or_zero(P) || P <- Parts],
    Sum = lists:foldl(fun(X, Acc) -> Acc + X end, 0, Numbers),
    Rejoined = iolist_to_binary(lists:join(<<",">>, Parts)),
    io:format("string_build len=~b parts=~b sum=~b same=~s~n",
              [string:length(Joined), length(Parts), Sum, Rejoined =:= Joined]).

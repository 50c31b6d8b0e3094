%% concat_loop: see concat_loop.mpl. <<Acc/binary, ...>> appends in place when Acc is the
%% latest version of the binary (the runtime's append optimisation), amortised O(1).
-module(concat_loop).
-export([main/0]).

loop(N, N, Acc) -> Acc;
loop(I, N, Acc) -> loop(I + 1, N, <<Acc/binary, (integer_to_binary(I * 3))/binary, ";">>).

main() ->
    Built = loop(0, 20000, <<>>),
    io:format("concat_loop len=~b has_last=~s~n",
              [string:length(Built), string:find(Built, <<"59997;">>, trailing) =:= <<"59997;">>]).

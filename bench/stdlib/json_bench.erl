%% json: see json.mpl. (Named json_bench, not json: OTP 27+ ships a sticky `json` module.) OTP 25 (Debian 12's erlang-base) has no `json` module (it arrived in
%% OTP 27), so this file carries a straightforward hand-written encoder and recursive-descent
%% decoder. Encoding builds an iolist; objects to encode are {obj, [{Key, Value}]} (ordered),
%% decoded objects are maps. Floats are written with float_to_binary(F, [short]) (shortest
%% round-trip form, always with a fraction, like Mesh and serde_json).
-module(json_bench).
-export([main/0, encode/1, decode/1]).

%% ---- encoder ----

encode(V) -> iolist_to_binary(enc(V)).

enc(true) -> <<"true">>;
enc(false) -> <<"false">>;
enc(null) -> <<"null">>;
enc(I) when is_integer(I) -> integer_to_binary(I);
enc(F) when is_float(F) -> float_to_binary(F, [short]);
enc(B) when is_binary(B) -> [$", esc(B, B, 0, 0, []), $"];
enc({obj, []}) -> <<"{}">>;
enc({obj, [{K, V} | Rest]}) ->
    [${, enc(K), $:, enc(V), [[$,, enc(K2), $:, enc(V2)] || {K2, V2} <- Rest], $}];
enc(M) when is_map(M) -> enc({obj, maps:to_list(M)});
enc([]) -> <<"[]">>;
enc([H | T]) -> [$[, enc(H), [[$,, enc(X)] || X <- T], $]].

%% esc(Rest, Orig, RunStart, Pos, Acc): copies runs of plain bytes as sub-binaries.
esc(<<>>, Orig, Start, Pos, Acc) ->
    lists:reverse([binary:part(Orig, Start, Pos - Start) | Acc]);
esc(<<C, Rest/binary>>, Orig, Start, Pos, Acc) when C < 32; C =:= $"; C =:= $\\ ->
    esc(Rest, Orig, Pos + 1, Pos + 1, [esc_char(C), binary:part(Orig, Start, Pos - Start) | Acc]);
esc(<<_, Rest/binary>>, Orig, Start, Pos, Acc) ->
    esc(Rest, Orig, Start, Pos + 1, Acc).

esc_char($") -> <<"\\\"">>;
esc_char($\\) -> <<"\\\\">>;
esc_char($\b) -> <<"\\b">>;
esc_char($\f) -> <<"\\f">>;
esc_char($\n) -> <<"\\n">>;
esc_char($\r) -> <<"\\r">>;
esc_char($\t) -> <<"\\t">>;
esc_char(C) -> io_lib:format("\\u~4.16.0b", [C]).

%% ---- decoder ----

decode(Bin) ->
    {V, Rest} = value(ws(Bin)),
    case ws(Rest) of
        <<>> -> {ok, V};
        _ -> {error, trailing_characters}
    end.

ws(<<C, Rest/binary>>) when C =:= $\s; C =:= $\t; C =:= $\n; C =:= $\r -> ws(Rest);
ws(Bin) -> Bin.

value(<<${, Rest/binary>>) -> object(ws(Rest), #{});
value(<<$[, Rest/binary>>) -> array(ws(Rest), []);
value(<<$", Rest/binary>>) -> string(Rest, Rest, 0, []);
value(<<"true", Rest/binary>>) -> {true, Rest};
value(<<"false", Rest/binary>>) -> {false, Rest};
value(<<"null", Rest/binary>>) -> {null, Rest};
value(Bin) -> number(Bin).

object(<<$}, Rest/binary>>, M) when map_size(M) =:= 0 -> {M, Rest};
object(<<$", Rest/binary>>, M) ->
    {K, R1} = string(Rest, Rest, 0, []),
    <<$:, R2/binary>> = ws(R1),
    {V, R3} = value(ws(R2)),
    M2 = M#{K => V},
    case ws(R3) of
        <<$,, R4/binary>> -> object(ws(R4), M2);
        <<$}, R4/binary>> -> {M2, R4}
    end.

array(<<$], Rest/binary>>, []) -> {[], Rest};
array(Bin, Acc) ->
    {V, R1} = value(Bin),
    case ws(R1) of
        <<$,, R2/binary>> -> array(ws(R2), [V | Acc]);
        <<$], R2/binary>> -> {lists:reverse([V | Acc]), R2}
    end.

%% string(Rest, Orig, RunLength, Acc): Orig is where the current run of plain bytes starts.
string(<<$", Rest/binary>>, Orig, Len, Acc) ->
    Run = binary:part(Orig, 0, Len),
    case Acc of
        [] -> {Run, Rest};
        _ -> {iolist_to_binary(lists:reverse([Run | Acc])), Rest}
    end;
string(<<$\\, C, Rest/binary>>, Orig, Len, Acc) when C =/= $u ->
    Ch = case C of
             $" -> $"; $\\ -> $\\; $/ -> $/; $b -> $\b;
             $f -> $\f; $n -> $\n; $r -> $\r; $t -> $\t
         end,
    string(Rest, Rest, 0, [Ch, binary:part(Orig, 0, Len) | Acc]);
string(<<$\\, $u, H:4/binary, Rest/binary>>, Orig, Len, Acc) ->
    Cp = binary_to_integer(H, 16),
    {Code, Rest2} =
        case {Cp, Rest} of
            {Hi, <<$\\, $u, L:4/binary, R/binary>>} when Hi >= 16#D800, Hi =< 16#DBFF ->
                Lo = binary_to_integer(L, 16),
                {16#10000 + ((Hi - 16#D800) bsl 10) + (Lo - 16#DC00), R};
            _ -> {Cp, Rest}
        end,
    string(Rest2, Rest2, 0, [<<Code/utf8>>, binary:part(Orig, 0, Len) | Acc]);
string(<<_, Rest/binary>>, Orig, Len, Acc) ->
    string(Rest, Orig, Len + 1, Acc).

number(Bin) ->
    {Len, IsFloat} = num_len(Bin, 0, false),
    <<Text:Len/binary, Rest/binary>> = Bin,
    V = case IsFloat of
            false -> binary_to_integer(Text);
            true -> to_float(Text)
        end,
    {V, Rest}.

num_len(<<C, Rest/binary>>, N, F) when C >= $0, C =< $9; C =:= $- -> num_len(Rest, N + 1, F);
num_len(<<C, Rest/binary>>, N, _) when C =:= $.; C =:= $e; C =:= $E; C =:= $+ -> num_len(Rest, N + 1, true);
num_len(_, N, F) -> {N, F}.

%% binary_to_float needs a fraction: "1e5" is read as "1.0e5".
to_float(Text) ->
    case binary:match(Text, <<".">>) of
        nomatch ->
            [M, E] = binary:split(Text, [<<"e">>, <<"E">>]),
            binary_to_float(<<M/binary, ".0e", E/binary>>);
        _ -> binary_to_float(Text)
    end.

%% ---- workload ----

get_int(R, K) -> case maps:get(K, R, 0) of I when is_integer(I) -> I; _ -> 0 end.
get_float(R, K) -> case maps:get(K, R, 0.0) of F when is_number(F) -> float(F); _ -> 0.0 end.

main() ->
    N = 100000,
    Items = [{obj, [{<<"id">>, I},
                    {<<"name">>, <<"item \"", (integer_to_binary(I))/binary, "\"">>},
                    {<<"score">>, (I rem 1000) * 0.25},
                    {<<"tags">>, [<<"t", (integer_to_binary(I rem 10))/binary>>, <<"x">>]},
                    {<<"active">>, I rem 3 =:= 0}]}
             || I <- lists:seq(0, N - 1)],
    Text = encode(Items),
    case decode(Text) of
        {ok, Records} when is_list(Records) ->
            Ids = lists:foldl(fun(R, A) -> A + get_int(R, <<"id">>) end, 0, Records),
            Names = lists:foldl(fun(R, A) ->
                                        case maps:get(<<"name">>, R, <<>>) of
                                            S when is_binary(S) -> A + string:length(S);
                                            _ -> A
                                        end
                                end, 0, Records),
            Score4 = lists:foldl(fun(R, A) -> A + get_float(R, <<"score">>) end, 0.0, Records) * 4.0,
            Active = lists:foldl(fun(R, A) ->
                                         case maps:get(<<"active">>, R, false) of
                                             true -> A + 1;
                                             _ -> A
                                         end
                                 end, 0, Records),
            Tags = lists:foldl(fun(R, A) ->
                                       case maps:get(<<"tags">>, R, []) of
                                           L when is_list(L) -> A + length(L);
                                           _ -> A
                                       end
                               end, 0, Records),
            io:format("json bytes=~b records=~b ids=~b names=~b score4=~b active=~b tags=~b~n",
                      [byte_size(Text), length(Records), Ids, Names, trunc(Score4), Active, Tags]);
        Other ->
            io:format("json parse error: ~p~n", [Other])
    end.

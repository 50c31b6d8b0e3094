%% timer_starve: see timer_starve.mpl. Erlang preempts by reductions; the ticker uses
%% timer:sleep/1. main/0 waits for the coordinator.
-module(timer_starve).
-export([main/0]).

spin(Deadline, Count) ->
    case Count rem 100000 =:= 0 andalso erlang:monotonic_time(millisecond) >= Deadline of
        true -> Count;
        false -> spin(Deadline, Count + 1)
    end.

busy(Parent, Ms) ->
    Parent ! {busy, spin(erlang:monotonic_time(millisecond) + Ms, 1)}.

tick(0) -> ok;
tick(Left) ->
    timer:sleep(20),
    tick(Left - 1).

ticker(Parent) ->
    T0 = erlang:monotonic_time(millisecond),
    tick(5),
    Parent ! {ticked, erlang:monotonic_time(millisecond) - T0}.

collect(0, BusyDone, First, OnTime, Main) ->
    io:format("timer_starve busy=~b ticker_first=~p ticker_on_time=~p~n", [BusyDone, First, OnTime]),
    Main ! done;
collect(Left, BusyDone, First, OnTime, Main) ->
    receive
        {ticked, Ms} ->
            io:format(standard_error, "ticker_elapsed_ms=~b~n", [Ms]),
            collect(Left - 1, BusyDone, BusyDone =:= 0, Ms < 400, Main);
        {busy, _} -> collect(Left - 1, BusyDone + 1, First, OnTime, Main)
    end.

coordinator(Main) ->
    Me = self(),
    [spawn(fun() -> busy(Me, 1000) end) || _ <- lists:seq(1, 4)],
    spawn(fun() -> ticker(Me) end),
    collect(5, 0, false, false, Main).

main() ->
    Main = self(),
    spawn(fun() -> coordinator(Main) end),
    receive done -> ok end.

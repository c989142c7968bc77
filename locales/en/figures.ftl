# How figures are written in every output: separators, units, changes, comparisons.

figure-thousands-separator = ,
figure-decimal-separator = .
figure-unit = { $key ->
    [nguoi] { $count ->
        [one] person
       *[other] people
    }
    [dong] VND
    [nghin-dong] thousand VND
    [trieu-dong] million VND
    [ty-dong] billion VND
    [can] { $count ->
        [one] house
       *[other] houses
    }
    [ho] { $count ->
        [one] household
       *[other] households
    }
    [cuoc] { $count ->
        [one] session
       *[other] sessions
    }
    [luot] { $count ->
        [one] visit
       *[other] visits
    }
    [lop] { $count ->
        [one] class
       *[other] classes
    }
    [hoi-nghi] { $count ->
        [one] conference
       *[other] conferences
    }
    [mo-hinh] { $count ->
        [one] model
       *[other] models
    }
    [cong-trinh] { $count ->
        [one] project
       *[other] projects
    }
    [don-vi-mau] { $count ->
        [one] unit of blood
       *[other] units of blood
    }
    [cdcs] { $count ->
        [one] grassroots union
       *[other] grassroots unions
    }
   *[other] { $unit }
}
figure-indicator = { $english ->
    [none] { $name } (Vietnamese name)
   *[other] { $english }
}
figure-change-up = up { $amount } ({ $percent }%)
figure-change-down = down { $amount } ({ $percent }%)
figure-change-up-amount = up { $amount }
figure-change-down-amount = down { $amount }
figure-change-up-times = up { $amount } ({ $times } times as many)
figure-change-up-points = up { $amount } percentage points
figure-change-down-points = down { $amount } percentage points
figure-change-from = { $change } on { $period }
figure-change-same = unchanged from { $reference }
figure-compared = { $period }: { $previous }; { $change }
figure-compared-only = { $period }: { $previous }
figure-compared-missing = { $period }: no figure
figure-previous-quarter = last quarter
figure-same-period = the same period last year

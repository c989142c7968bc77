# How figures are written in every output: separators, units, changes, comparisons.

figure-thousands-separator = .
figure-decimal-separator = ,
figure-unit = { $unit }
figure-indicator = { $name }
figure-change-up = tăng { $amount } ({ $percent }%)
figure-change-down = giảm { $amount } ({ $percent }%)
figure-change-up-amount = tăng { $amount }
figure-change-down-amount = giảm { $amount }
figure-change-up-times = tăng { $amount } (gấp { $times } lần)
figure-change-up-points = tăng { $amount } điểm phần trăm
figure-change-down-points = giảm { $amount } điểm phần trăm
figure-change-from = { $change } so với { $period }
figure-change-same = bằng { $reference }
figure-compared = { $period }: { $previous }; { $change }
figure-compared-only = { $period }: { $previous }
figure-compared-missing = { $period }: chưa có số liệu
figure-previous-quarter = quý trước
figure-same-period = cùng kỳ

# bash printf as bash 5.2 has it: %q, %(fmt)T, integer precision, 64-bit %u/%x of negatives, C rounding (ties to even), invalid format characters, escapes only outside conversions; \u escapes under LC_ALL=C; mawk printf rounding
printf '%q\n' 'a b' "it's" '$x' 'tab	x' ''
printf '%5s|%-5s|%.2s|%5.1s|\n' ab ab abc abc
printf '%d %i %o %x %X %u\n' 255 -3 8 255 255 -1
printf '%e %E %g %G %f %.0f %.3e\n' 12345.678 0.000123 0.0000123 1e20 3.14159 2.5 0
printf '%+d % d %05d %-5d| %5.3d\n' 5 5 42 42 7
printf '%c%c\n' hello 65
printf '%s\n' a b c; printf '%s %s\n' a b c
printf '%d\n' abc; echo rc=$?; printf '%d\n' 3abc; echo rc=$?; printf '%d\n' 0x1f 010 "'A"
printf '%s\n'; printf 'no newline'; echo; printf -- '-x\n'; printf '%%\n'
printf '%b\n' 'a\tb' 'c\x41' '\0101'; printf '%5b|\n' x
printf '%z\n' 1; echo rc=$?
printf '%(%Y)T\n' 0
echo -e '\x41\0102\u00e9\e[0m' | cat -v; echo -e 'a\\b'; echo '-e' 'x'; echo -n; echo -E '\t'
echo $'\a\b\f\v' | cat -v; echo $'\u263a' | wc -c
printf '%s' "$(printf 'a\n\n\n')" | wc -c
printf "%.3f\n" 0.0625 2.0625; printf '%.0f %.0f %.0f\n' 0.5 1.5 2.5
awk 'BEGIN{printf "%.2f %.1f %.0f %5.2e %g\n", 0.125, 0.25, 2.5, 12345.6789, 0.0001234; print 0.1+0.2, 1e-5, 123456789012}'
echo $'caf\u00e9 \U0001F600 \u0041'

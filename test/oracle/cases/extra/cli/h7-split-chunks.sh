# split by line-bytes, chunks (N, K/N, l/N, r/N), hex and growing suffixes
cd /tmp && seq 1 30 > n
cd /tmp && split -C 20 n c_ && wc -c c_* | head -3 && cat c_aa
cd /tmp && split -x -l 5 n h_ && ls h_*
cd /tmp && split --hex-suffixes=10 -l 10 n hh_ && ls hh_*
cd /tmp && split -n l/3 n l_ && wc -l l_*
cd /tmp && split -n 2/3 n
cd /tmp && split -n r/3 n r_ && head -2 r_*
cd /tmp && split -e -n 40 n e_ ; ls e_* | wc -l
cd /tmp && split -n 40 n z_ ; ls z_* | wc -l
cd /tmp && split -b 1k n k_; ls k_*
cd /tmp && split -b 2x n
cd /tmp && split -l -3 n
cd /tmp && split -a 2 -l 1 n aa_; echo rc=$?; ls aa_* | wc -l
cd /tmp && seq 1 700 | split -l 1 - big_; echo rc=$?; ls big_* | tail -2
cd /tmp && split -n 5/3 n; echo rc=$?
cd /tmp && split -n 0/3 n; echo rc=$?
cd /tmp && split -n l/2/3 n; echo rc=$?
cd /tmp && split -n r/2/3 n; echo rc=$?
cd /tmp && split -n x/3 n; echo rc=$?
cd /tmp && split -n 100 n s_; ls s_* | head -3; ls s_* | wc -l; wc -c s_aa s_cv
cd /tmp && split -n 700 n t_; ls t_* | tail -1
cd /tmp && split -e -n 100 n u_; ls u_* | wc -l
cd /tmp && split -n l/50 n v_; ls v_* | wc -l; wc -c v_aa v_ab | head -2
cd /tmp && split -l 3 -b 5 n
cd /tmp && split -d -x n
cd /tmp && printf 'aaaaaaaaaaaaaaaaaaaaaaaaa\nbb\nccccccccccccccccccccccccccccccccccc\n' > lng && split -C 10 lng w_ && for f in w_*; do printf '%s:' $f; od -c $f | head -1; done
cd /tmp && seq 1 12 | split -l 1 -d - dd_; ls dd_* | tail -2
cd /tmp && seq 1 95 | split -l 1 -d - de_; ls de_* | tail -2
cd /tmp && split -b 10KB n; split -b 1KiB n; split -b 1M n; split -b 1m n; echo rc=$?

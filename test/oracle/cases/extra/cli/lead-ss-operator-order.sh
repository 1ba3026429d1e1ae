ip netns add a
ip -n a link set lo up
ip netns exec a serve tcp 22
ip netns exec a ss -tlnH sport = :22 or sport = :80 and sport = :80
ip netns exec a ss -tlnH sport = :80 and sport = :80 or sport = :22
ip netns exec a ss -tlnH sport = :22 or sport = :80 sport = :80
ip netns exec a ss -tlnH not sport = :80 and sport = :22

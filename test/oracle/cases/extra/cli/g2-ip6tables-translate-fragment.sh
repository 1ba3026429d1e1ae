# ip6tables-translate knows --fragment (nft's option table) and refuses it like ip6tables; only ip6tables-legacy lacks it
ip6tables --fragment
ip6tables -A INPUT --fragment
ip6tables -A INPUT -f
ip6tables-translate -A INPUT -f
ip6tables-translate -A INPUT --frag
ip6tables-translate -A INPUT ! --fragment
ip6tables-translate --goto -d --fragment --dports
ip6tables-legacy -A INPUT --fragment
ip6tables-legacy -A INPUT --frag
ip6tables-legacy -A INPUT ! --fragment

# which/type/command -v place route and service in /usr/sbin, update-alternatives, namei and logger in /usr/bin
which route service namei update-alternatives logger
type route service update-alternatives
command -v route

nsenter --help
echo rc=$?
nsenter -h | head -3

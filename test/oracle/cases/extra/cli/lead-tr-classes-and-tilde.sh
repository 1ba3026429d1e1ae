# tr's [:class:] names (unknown ones refused, also Object.prototype's) and ~user for users named like Object.prototype's properties.
echo ~constructor ~__proto__/x ~toString ~root
echo abc | tr '[:constructor:]' x; echo rc=$?
echo abc | tr '[:toString:]' x; echo rc=$?
echo abc | grep '[[:toString:]]'; echo rc=$?
echo abc | sed 's/[[:constructor:]]/x/'; echo rc=$?
echo abc | tr '[:foo:]' x; echo rc=$?
echo abc | tr '[:Upper:]' x; echo rc=$?
echo abc | tr '[::]' x; echo rc=$?
echo abc | tr '[:a b:]' x; echo rc=$?
echo abc | tr '[:lower:' x; echo rc=$?
echo abc | tr 'a' '[:foo:]'; echo rc=$?
echo abc | tr -d '[:toString:]'; echo rc=$?
echo abc | tr '[:lower:]' '[:upper:]'; echo rc=$?
echo 'a:b' | tr '[:' x; echo rc=$?

# Shell names that are also Object.prototype property names (toString, constructor, __proto__) are ordinary names to bash.
echo "[$toString]" "[$constructor]" "[${valueOf:-d}]"
__proto__=5
echo "[$__proto__]" "[$constructor]"
alias toString='echo aliased'
alias
hasOwnProperty() { echo fn; }
hasOwnProperty
type valueOf
declare -A constructor
constructor[a]=1
echo "${constructor[a]}"
arr=(1 2); echo "${toString[@]}" "${#hasOwnProperty[@]}"
trap 'echo bye' EXIT
export __proto__
env | grep -c __proto__
unset toString; echo ok
(echo "$__proto__")

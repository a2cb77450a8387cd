# Sourced by the scripts: makes JAVA_HOME a JDK of release 21 or newer, taking the
# current one when it is recent enough, else the newest under /usr/lib/jvm.
java_release() {
	"$1/bin/java" -XshowSettings:properties -version 2>&1 \
		| awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

select_jdk() {
	local candidate
	if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_release "$JAVA_HOME")" -ge 21 ]; then
		return 0
	fi
	if command -v java >/dev/null 2>&1; then
		candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
		if [ "$(java_release "$candidate")" -ge 21 ]; then
			export JAVA_HOME="$candidate"
			return 0
		fi
	fi
	for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V -r); do
		candidate=${candidate%/}
		if [ -x "$candidate/bin/javac" ] && [ "$(java_release "$candidate")" -ge 21 ]; then
			export JAVA_HOME="$candidate"
			export PATH="$JAVA_HOME/bin:$PATH"
			return 0
		fi
	done
	echo "No JDK 21 or newer found: install one (e.g. Temurin 25) or set JAVA_HOME." >&2
	return 1
}

select_jdk

# Sourced by scripts/test and scripts/demo: make sure .venv exists with a recent pip.
# Usage: . scripts/venv.sh   (then .venv/bin/python is ready; install what you need with pip_install)

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Python 3.11 or newer is needed (found: $("$python" --version 2>&1 || echo none))." >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv
# pip 25.1 is the first to install dependency groups (pip install --group dev).
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=25.1"

pip_install() {
  .venv/bin/python -m pip install --quiet --disable-pip-version-check "$@"
}

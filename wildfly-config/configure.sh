#!/usr/bin/env bash
# Applies the numbered CLI scripts of src/main/cli to a stopped WildFly (offline, embedded
# server), in order. The build runs it on the WildFly it unpacks; production runs it the same way
# on its own WildFly:   wildfly-config/configure.sh /opt/wildfly
#
# Choices made here, not in the scripts, because the CLI cannot read the environment in an `if`:
#   - the datasource flavour: MySQL/MariaDB when DB_URL is set, else the embedded H2 file;
#   - SMTP authentication: only when SMTP_USER is set.
# Secrets and hosts are never written into standalone.xml: the scripts store ${env.X}
# expressions that WildFly resolves when it starts.
set -euo pipefail

home=${1:?usage: configure.sh WILDFLY_HOME}
cli_dir=$(cd "$(dirname "$0")/src/main/cli" && pwd)
flavour=h2
[ -n "${DB_URL:-}" ] && flavour=mysql

combined=$(mktemp --suffix=.cli)
trap 'rm -f "$combined"' EXIT
{
    echo "embed-server --server-config=standalone-full.xml --std-out=discard"
    for script in "$cli_dir"/[0-9][0-9]-*.cli; do
        name=$(basename "$script")
        case $name in
            *-datasource-*.cli) [[ $name == *-datasource-$flavour.cli ]] || continue ;;
            *-mail-auth.cli) [ -n "${SMTP_USER:-}" ] || continue ;;
        esac
        echo "# ---- $name"
        cat "$script"
        echo
    done
    echo "stop-embedded-server"
} > "$combined"

echo "Configuring $home (datasource: $flavour)"
# Only failures and comments are worth reading: one "success" line per command is dropped.
"$home/bin/jboss-cli.sh" --file="$combined" | { grep -v '^{"outcome" => "success"}$' || true; }

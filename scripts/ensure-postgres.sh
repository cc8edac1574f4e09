#!/usr/bin/env bash
# Makes DATABASE_URL=postgres://leadclip:leadclip@127.0.0.1:5432/leadclip work for the sync
# server's PostgreSQL tests: installs Debian's postgresql when it is missing, starts the
# cluster, and creates the role and database `leadclip` (password `leadclip`). Idempotent.
set -euo pipefail

if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else SUDO="none"; fi

if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  if [ "$SUDO" = "none" ]; then
    echo "Missing: postgresql. Install with: apt-get install -y postgresql (as root)" >&2
    exit 1
  fi
  echo "Installing postgresql with apt-get…"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi
if [ "$SUDO" = "none" ]; then SUDO=""; fi

# The newest installed major version's "main" cluster (Debian creates it on install; a
# container image may have dropped it, so create it when it is missing).
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  $SUDO pg_createcluster "$version" main >/dev/null
fi
status=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}')
if [ "$status" != "online" ]; then
  $SUDO pg_ctlcluster "$version" main start
fi

as_postgres() {
  if [ -n "$SUDO" ]; then $SUDO -u postgres "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

# Wait for it to accept connections (a fresh start takes a moment).
for _ in $(seq 1 30); do
  if as_postgres psql -qtAc 'select 1' >/dev/null 2>&1; then break; fi
  sleep 0.5
done

if [ "$(as_postgres psql -qtAc "select 1 from pg_roles where rolname='leadclip'")" != "1" ]; then
  as_postgres psql -qc "create role leadclip login password 'leadclip'"
fi
if [ "$(as_postgres psql -qtAc "select 1 from pg_database where datname='leadclip'")" != "1" ]; then
  as_postgres psql -qc "create database leadclip owner leadclip"
fi
echo "PostgreSQL ready: postgres://leadclip:leadclip@127.0.0.1:5432/leadclip"

#!/bin/sh
# Add 北京社会治理参考 to the desktop's application menu (Linux, freedesktop desktops): the desktop
# entry, the AppStream metainfo and the icons, for the current user by default.
#
#   packaging/install-desktop.sh [--exec PROGRAM] [--prefix DIR] [--uninstall]
#
#   --exec PROGRAM  what the menu entry runs (default: the bjgov beside this script in a frozen
#                   bundle, else the bjgov on PATH, e.g. from `pipx install bjgov-….whl`)
#   --prefix DIR    a "share" folder (default: ${XDG_DATA_HOME:-~/.local/share}); use
#                   /usr/local/share, as root, for every user
#   --uninstall     remove what an install put there
#
# Works from a source checkout (packaging/ beside resources/) and from a frozen bundle, where
# the build puts this script, the .desktop and the metainfo beside the bjgov executable.
set -eu

APP_ID=org.bjgov.Reference
ICON=bjgov
SIZES="16 24 32 48 64 128 256"

here=$(cd "$(dirname "$0")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
program=""
uninstall=no
while [ $# -gt 0 ]; do
    case "$1" in
        --exec) program=$2; shift 2 ;;
        --prefix) prefix=$2; shift 2 ;;
        --uninstall) uninstall=yes; shift ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install-desktop.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

applications=$prefix/applications
metainfo=$prefix/metainfo
icons=$prefix/icons/hicolor

if [ "$uninstall" = yes ]; then
    rm -f "$applications/$APP_ID.desktop" "$metainfo/$APP_ID.metainfo.xml" \
        "$icons/scalable/apps/$ICON.svg"
    for size in $SIZES; do rm -f "$icons/${size}x$size/apps/$ICON.png"; done
    echo "removed $APP_ID from $prefix"
    exit 0
fi

if [ -d "$here/../resources/icons" ]; then
    icon_source=$here/../resources/icons        # source checkout
else
    icon_source=$here/_internal/resources/icons  # frozen bundle
fi
if [ -z "$program" ]; then
    if [ -x "$here/bjgov" ]; then
        program=$here/bjgov
    elif command -v bjgov >/dev/null 2>&1; then
        program=$(command -v bjgov)
    else
        echo "install-desktop.sh: no bjgov program found; give --exec PROGRAM" >&2
        exit 2
    fi
fi
case "$program" in
    /*) ;;
    *) program=$(cd "$(dirname "$program")" && pwd)/$(basename "$program") ;;
esac
if [ ! -x "$program" ]; then
    echo "install-desktop.sh: $program is not an executable program" >&2
    exit 2
fi

mkdir -p "$applications" "$metainfo" "$icons/scalable/apps"
# Exec is a quoted argument: the desktop entry spec wants \\\\ for a backslash and \\" \\` \\$ for
# the others it reserves. TryExec is a plain string: \\\\ for a backslash. awk takes the values
# from the environment, which, unlike sed or awk -v, leaves backslashes alone.
exec_value=$(printf '%s' "$program" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g')
try_value=$(printf '%s' "$program" | sed -e 's/\\/\\\\/g')
EXEC_VALUE="\"$exec_value\"" TRY_VALUE=$try_value awk '
    /^Exec=/ { print "Exec=" ENVIRON["EXEC_VALUE"]; next }
    /^TryExec=/ { print "TryExec=" ENVIRON["TRY_VALUE"]; next }
    { print }
' "$here/$APP_ID.desktop" >"$applications/$APP_ID.desktop"
cp "$here/$APP_ID.metainfo.xml" "$metainfo/$APP_ID.metainfo.xml"
cp "$icon_source/bjgov.svg" "$icons/scalable/apps/$ICON.svg"
for size in $SIZES; do
    mkdir -p "$icons/${size}x$size/apps"
    cp "$icon_source/bjgov-$size.png" "$icons/${size}x$size/apps/$ICON.png"
done

# Refresh the menu and icon caches where the tools exist; desktops also notice on their own.
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$prefix/icons/hicolor" 2>/dev/null || true
echo "installed $APP_ID in $prefix, running $program"

"""Reading strace's socket system calls: which sockets are internet ones, and where they go.

tests/test_offline.py traces the application with
``strace -f -e trace=socket,connect,bind,sendto,sendmsg,sendmmsg`` and asks two questions of the
log: did anything reach for an address off this machine (never allowed), and did anything make
an internet socket at all (not allowed for printing to a file, exports and the window). Lines
look like::

    4711 connect(5, {sa_family=AF_INET, sin_port=htons(631), sin_addr=inet_addr("127.0.0.1")}, 16)
    4711 connect(5, {sa_family=AF_INET6, sin6_port=htons(631), sin6_flowinfo=htonl(0),
         inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = -1 ECONNREFUSED
    4711 <... connect resumed>) = 0

(one line each in the log). A system call that names an internet address strace prints in a way
this module cannot read counts as leaving the machine: the check fails rather than pass unseen.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

INTERNET = re.compile(r"\bAF_INET6?\b")
FAMILY = re.compile(r"sa_family=AF_INET6?\b")
ADDRESS = re.compile(r'inet_addr\("([^"]*)"\)|inet_pton\(AF_INET6?,\s*"([^"]*)"')
CALL = re.compile(r"^(?:\d+\s+)?(?:<\.\.\.\s+)?([a-z_0-9]+)")
# The calls that carry an address; socket() only names a family.
ADDRESSED = {"connect", "bind", "sendto", "sendmsg", "sendmmsg"}


@dataclass(frozen=True)
class Use:
    call: str
    address: str  # as strace printed it, or "?" when it could not be read
    line: str


def is_loopback(address: str) -> bool:
    """127.0.0.0/8 and ::1 (also as ::ffff:127.x.y.z). The unspecified address (0.0.0.0, ::) is
    not: a socket bound there listens on every network the machine has."""
    try:
        parsed = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    if isinstance(parsed, ipaddress.IPv6Address) and parsed.ipv4_mapped is not None:
        parsed = parsed.ipv4_mapped
    return parsed.is_loopback


def internet_lines(lines: list[str]) -> list[str]:
    """Every line that makes or uses an internet (AF_INET, AF_INET6) socket."""
    return [line for line in lines if INTERNET.search(line)]


def addressed(lines: list[str]) -> list[Use]:
    """Every internet address a connect, bind or send names."""
    found = []
    for line in lines:
        call = CALL.match(line)
        if call is None or call.group(1) not in ADDRESSED:
            continue
        families = len(FAMILY.findall(line))
        addresses = [v4 or v6 for v4, v6 in ADDRESS.findall(line)]
        found += [Use(call.group(1), address, line) for address in addresses]
        found += [Use(call.group(1), "?", line)] * max(0, families - len(addresses))
    return found


def off_the_machine(lines: list[str]) -> list[Use]:
    """The addresses in ``lines`` that are not this machine's loopback."""
    return [use for use in addressed(lines) if not is_loopback(use.address)]

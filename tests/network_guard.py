"""A pytest plugin that fails any test opening a network socket.

The application is used on machines with no network, so neither it nor its tests may rely on
one. Connecting, binding or sending on an internet socket (IPv4 or IPv6), or looking up a host
name other than the local machine's, raises
:class:`NetworkAccessError`; the test fails even if the code under test swallows that error.
Local (``AF_UNIX``) sockets stay allowed: Qt, D-Bus and CUPS talk through them.

Subprocesses are not covered (a patch cannot reach them); tests that start the application in a
subprocess check it with an audit hook instead (``tests/test_offline.py``).
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Generator
from typing import Any

import pytest

_LOCAL = {getattr(socket, "AF_UNIX", None)} - {None}
_attempts: list[str] = []
_originals: dict[str, Any] = {}


class NetworkAccessError(OSError):
    """Raised instead of opening a network connection during a test."""


def _refuse(what: str, address: object) -> None:
    message = f"network access during a test: {what} {address!r}"
    _attempts.append(message)
    raise NetworkAccessError(message)


def _guarded(name: str) -> Callable[..., Any]:
    original = getattr(socket.socket, name)

    def method(self: socket.socket, *args: Any, **kwargs: Any) -> Any:
        if self.family not in _LOCAL:
            _refuse(f"socket.{name}", args[0] if args else kwargs)
        return original(self, *args, **kwargs)

    method.__name__ = name
    return method


def _create_connection(address: object, *args: Any, **kwargs: Any) -> socket.socket:
    _refuse("socket.create_connection", address)
    raise AssertionError("unreachable")  # _refuse always raises


_LOCAL_HOSTS = {None, "", "localhost", "127.0.0.1", "::1"}


def _getaddrinfo(host: object, *args: Any, **kwargs: Any) -> Any:
    # A name lookup leaves the machine through the C resolver, which the socket patches miss.
    if host not in _LOCAL_HOSTS and not (isinstance(host, bytes) and host.decode() in _LOCAL_HOSTS):
        _refuse("socket.getaddrinfo", host)
    return _originals["getaddrinfo"](host, *args, **kwargs)


def install() -> None:
    """Patch the socket module (once per process)."""
    if _originals:
        return
    for name in ("connect", "connect_ex", "bind", "sendto"):
        _originals[name] = getattr(socket.socket, name)
        setattr(socket.socket, name, _guarded(name))
    _originals["create_connection"] = socket.create_connection
    socket.create_connection = _create_connection
    _originals["getaddrinfo"] = socket.getaddrinfo
    socket.getaddrinfo = _getaddrinfo


def uninstall() -> None:
    for name, original in _originals.items():
        setattr(
            socket if name in ("create_connection", "getaddrinfo") else socket.socket,
            name,
            original,
        )
    _originals.clear()


def pytest_configure(config: pytest.Config) -> None:
    install()


def pytest_unconfigure(config: pytest.Config) -> None:
    uninstall()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    _attempts.clear()
    try:
        yield
    finally:
        attempts, _attempts[:] = list(_attempts), []
        if attempts:
            # Fail even when the code under test caught NetworkAccessError and carried on.
            pytest.fail("\n".join(attempts), pytrace=False)

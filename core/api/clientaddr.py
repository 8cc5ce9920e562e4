"""The client's address, for the login limit and the audit: the TCP peer, or, when the peer is a reverse
proxy the operator trusts (``SAFEBLOCKS_TRUSTED_PROXIES``), the client that proxy says it served.

Every proxy appends the address it received the request from to ``X-Forwarded-For``; the client can send
the header too, with anything in it, and the proxies keep that and append after it. So only the right end
of the list is written by machines we trust, and we read it from the right: each trusted proxy's entry names
the hop before it, and the first entry (from the right) that is not a trusted proxy is the client that
reached our outermost proxy. The left-most entry, which many tools take, is whatever the client chose to
write there: believing it would let one guessing client log in as "a new address" each time, and put
invented addresses in the audit.

Anything unexpected on the way (an entry that is no IP address, more hops than any real chain) makes the
whole header untrustworthy, and the peer is used: a bad header never fails a request and never gives a
client an address of its choosing.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence

from fastapi import Request

from core.storage.db import IPNetwork

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# more entries than any real chain of proxies; beyond this the header is someone's invention (and a trusted
# network's own host could otherwise make us walk a header of thousands of trusted-looking entries)
MAX_HOPS = 32
UNKNOWN = "?"  # no peer at all (an in-process call)


def _address(text: str) -> IPAddress | None:
    """``203.0.113.5``, ``203.0.113.5:4711``, ``2001:db8::1``, ``[2001:db8::1]:4711``; None if it is none of them.
    IPv4 written as IPv6 (``::ffff:203.0.113.5``, a dual-stack socket) is the IPv4 address: one client, one key."""
    text = text.strip(" \t")  # HTTP's optional whitespace, nothing else
    if text.startswith("["):  # bracketed IPv6, perhaps with a port
        text, bracket, port = text[1:].partition("]")
        if not bracket or (port and not (port[0] == ":" and _is_port(port[1:]))):
            return None
    elif text.count(":") == 1:  # IPv4 with a port (a bare IPv6 address has at least two colons)
        text, port = text.split(":")
        if not _is_port(port):
            return None
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def _is_port(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) <= 5


def _trusted(ip: IPAddress, proxies: Sequence[IPNetwork]) -> bool:
    return any(ip.version == net.version and ip in net for net in proxies)


def derive(peer: str | None, forwarded: Iterable[str], proxies: Sequence[IPNetwork]) -> str:
    """The client's address from the TCP peer and the request's ``X-Forwarded-For`` header values (in order;
    several header lines are one list). Returned in canonical form, so one address is one key."""
    if peer is None:
        return UNKNOWN
    peer_ip = _address(peer)
    if peer_ip is None:  # not an IP socket (a test client's name, a Unix socket): as it is, never a proxy
        return peer[:64]
    if not proxies or not _trusted(peer_ip, proxies):
        return str(peer_ip)  # a header from anyone else is the client's own claim: ignored
    entries = [e for value in forwarded for e in value.split(",")]
    if not entries or len(entries) > MAX_HOPS:
        return str(peer_ip)
    hop = peer_ip
    for entry in reversed(entries):  # from our side outwards: see the module's docstring for why
        ip = _address(entry)
        if ip is None:
            return str(peer_ip)  # unreadable before we reached the client: trust none of it
        hop = ip
        if not _trusted(ip, proxies):
            return str(ip)
    # every hop is a trusted proxy: the request began at one of them (a health check, an internal job)
    return str(hop)


def client_address(request: Request) -> str:
    """The address the login limit counts and the audit records (see the module's docstring)."""
    proxies = request.app.state.services.settings.trusted_proxies
    forwarded = request.headers.getlist("x-forwarded-for")
    return derive(request.client.host if request.client else None, forwarded, proxies)

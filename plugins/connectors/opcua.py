"""OPC UA connector (asyncua): a subscription on the configured nodes.

Each data change becomes an event with the value's source timestamp (server timestamp, then
receive time, as fallbacks) and its StatusCode mapped to quality — Bad -> bad, Uncertain ->
uncertain (see :func:`plugins.connectors.opcua_quality`): a Bad value never reaches a rule as a
number. Commands are writes of the command string to the device's command node; the device
confirms by changing the node mapped to its readback signal (``<device>.state``).

Config: ``url``, ``nodes`` {node id string: signal}, ``commands`` {device: node id string},
``publishing_ms``, ``keepalive_s``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from typing import Any

from asyncua import Client, ua

from .base import Backoff, Connector, Sink


class _Handler:
    def __init__(self, conn: OpcUaConnector) -> None:
        self.conn = conn

    def datachange_notification(self, node: Any, val: Any, data: Any) -> None:
        dv = data.monitored_item.Value
        code = dv.StatusCode.value if dv.StatusCode is not None else 0
        stamp = dv.SourceTimestamp or dv.ServerTimestamp
        ts = stamp.timestamp() if stamp is not None else time.time()
        signal = self.conn.signal_of.get(node.nodeid.to_string())
        if signal is not None:
            self.conn.last[signal] = (val, code, ts)
            self.conn.deliver({"signal": signal, "value": val, "status_code": code, "ts": ts})

    def status_change_notification(self, status: Any) -> None:
        # the server reports the subscription is gone: end the session so run() reconnects
        self.conn.lost.set()


class OpcUaConnector(Connector):
    kind = "opcua"

    def __init__(self, name: str, host: Any, sink: Sink, *, url: str, nodes: Mapping[str, str],
                 commands: Mapping[str, str] | None = None, publishing_ms: int = 100, keepalive_s: float = 10.0,
                 hold_s: float = 1.0, backoff: Backoff | None = None) -> None:
        super().__init__(name, host, sink, keepalive_s=keepalive_s, devices=list((commands or {}).keys()), backoff=backoff)
        self.url = url
        self.signal_of = dict(nodes)
        self.commands = dict(commands or {})
        self.publishing_ms = publishing_ms
        self.client: Client | None = None
        self.lost = asyncio.Event()
        self.hold_s = hold_s
        self.last: dict[str, tuple[Any, int, float]] = {}

    async def session(self) -> None:
        self.lost = asyncio.Event()
        client = Client(self.url, timeout=5)
        async with client:
            self.client = client
            try:
                sub = await client.create_subscription(self.publishing_ms, _Handler(self))
                await sub.subscribe_data_change([client.get_node(n) for n in self.signal_of])
                self.connected()
                while not self.lost.is_set():
                    # a cheap read proves the connection; asyncua's own keep-alive closes dead sockets
                    await asyncio.sleep(min(self.hold_s, self.keepalive_s / 2))
                    await client.check_connection()
                    self._hold()
            finally:
                self.client = None
        raise ConnectionError("OPC UA subscription lost")

    def _hold(self) -> None:
        """OPC UA reports changes only: a steady reading is silent by design. While the session is
        provably alive, re-sample each node's last value (sample-and-hold) so rules with a declared
        period do not see a healthy constant sensor as stale. A failed sensor is the server's to
        report, with a Bad status — which is held as bad."""
        now = time.time()
        for signal, (val, code, ts) in list(self.last.items()):
            held = max(now, ts + 0.001)
            self.last[signal] = (val, code, held)
            self.deliver({"signal": signal, "value": val, "status_code": code, "ts": held})

    async def send_command(self, action: Mapping[str, Any]) -> Mapping[str, Any]:
        client = self.client
        node_id = self.commands.get(str(action["device"]))
        if client is None or node_id is None:
            return {"ok": False, "error": "not connected or no command node / 未连接或无命令节点", "via": self.name}
        await client.get_node(node_id).write_value(ua.Variant(str(action["command"]), ua.VariantType.String))
        return {"ok": True, "via": self.name, "node": node_id}

"""MQTT connector (aiomqtt).

Reads JSON events (or bare values, the signal taken from the topic after ``/ev/``) with QoS 1 on
a persistent session (``clean_session=False`` and a fixed client id), so a broker that keeps its
sessions across a restart redelivers what was queued while the runtime was away. Duplicates that
QoS 1 may produce are harmless: the engine drops an exact duplicate sample.

Commands go out on ``command_topic`` (``{device}`` is substituted) as JSON
``{"device", "command", "idempotency_key", "decision"}`` with QoS 1; the device confirms by
publishing its state on the readback signal (``<device>.state``), which the engine matches.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterable, Mapping
from typing import Any

import aiomqtt

from .base import Backoff, Connector, Sink


class MqttConnector(Connector):
    kind = "mqtt"

    def __init__(self, name: str, host: Any, sink: Sink, *, broker: str = "127.0.0.1", port: int = 1883,
                 topics: Iterable[str] = ("safeblocks/+/ev/#",), command_topic: str = "safeblocks/plant/cmd/{device}",
                 client_id: str | None = None, keepalive_s: float = 10.0, devices: Iterable[str] = (),
                 username: str | None = None, password: str | None = None, backoff: Backoff | None = None) -> None:
        super().__init__(name, host, sink, keepalive_s=keepalive_s, devices=devices, backoff=backoff)
        self.broker, self.port = broker, int(port)
        self.topics = list(topics)
        self.command_topic = command_topic
        self.client_id = client_id or f"safeblocks-{name.replace(':', '-')}"
        self.username, self.password = username, password
        self.client: aiomqtt.Client | None = None

    async def session(self) -> None:
        # aiomqtt's iterator abandons its queue on a disconnect. Owning the queue lets us drain it
        # afterwards: those messages are processed (not acked: the broker redelivers them and the
        # engine drops the exact duplicates), so nothing received is thrown away.
        queue: asyncio.Queue[aiomqtt.Message] = asyncio.Queue()
        try:
            async with aiomqtt.Client(self.broker, self.port, identifier=self.client_id, clean_session=False,
                                      keepalive=max(2, int(self.keepalive_s)), username=self.username,
                                      password=self.password, timeout=5,
                                      queue_type=lambda maxsize=0: queue) as client:  # type: ignore[arg-type]
                self.client = client
                # acknowledge a QoS 1 message only once its events are journalled: a runtime
                # killed before the commit gets it redelivered instead of losing it
                client._client.manual_ack_set(True)
                for t in self.topics:
                    await client.subscribe(t, qos=1)
                self.connected()
                async for msg in client.messages:
                    self._take(msg)
        finally:
            self.client = None
            while not queue.empty():
                self._take(queue.get_nowait())
        raise aiomqtt.MqttError("message stream ended")

    def _take(self, msg: aiomqtt.Message) -> None:
        ack = (self.client, msg.mid, msg.qos) if msg.qos > 0 else None
        self.deliver({"topic": msg.topic.value, "payload": msg.payload, "received": time.time()}, ack)

    def acknowledge(self, acks: list[Any]) -> None:
        current = self.client
        for client, mid, qos in acks:
            if current is not None and client is current:
                # a message of a dropped connection is not acked: the broker redelivers it, and the
                # engine drops the exact duplicate
                current._client.ack(mid, qos)

    async def send_command(self, action: Mapping[str, Any]) -> Mapping[str, Any]:
        client = self.client
        if client is None:
            return {"ok": False, "error": "not connected / 未连接", "via": self.name}
        topic = self.command_topic.format(device=action["device"])
        body = {"device": action["device"], "command": action["command"], "idempotency_key": action.get("idempotency_key"),
                "type": "actuator"}
        await client.publish(topic, json.dumps(body, ensure_ascii=False).encode(), qos=1)
        return {"ok": True, "via": self.name, "topic": topic}

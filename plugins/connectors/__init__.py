"""Plant connectors, a built-in plugin: MQTT, OPC UA, Modbus TCP and HTTP batch ingest.

Registered through ``register_connectors`` (``factory(name, host, sink, **config)`` returns a
:class:`~plugins.connectors.base.Connector` to run on an asyncio loop). This plugin also provides
the default ``normalize_event`` for the payload shapes its connectors produce (packs registered
later take precedence and may own other formats) and the ``execute_action`` route from an
actuator action to the connector that commands that device.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from core.hookspecs import hookimpl
from core.registry import ConnectorSpec
from core.runtime.events import Event, event_from_obj

from .base import Connector, route

log = logging.getLogger("safeblocks.connectors")

__all__ = ["Connector", "opcua_quality", "payload_events"]


def opcua_quality(code: int) -> str:
    """OPC UA StatusCode severity (top two bits): 00 Good, 01 Uncertain, 10/11 Bad."""
    sev = (int(code) >> 30) & 0x3
    return "good" if sev == 0 else ("uncertain" if sev == 1 else "bad")


def _topic_signal(topic: str) -> str:
    # ".../ev/CS-01.o2" -> "CS-01.o2"; otherwise the last topic levels joined with dots
    if "/ev/" in topic:
        return topic.split("/ev/", 1)[1].replace("/", ".")
    return topic.rsplit("/", 1)[-1]


def payload_events(obj: Any, default_signal: str | None = None, received: float | None = None) -> list[Event]:
    """Events from a decoded payload: an event object, a list of them, or a bare value (then the
    signal comes from the topic and the time is the receive time). Bad items are skipped alone."""
    if isinstance(obj, bytes | bytearray | memoryview):
        obj = json.loads(bytes(obj))
    elif isinstance(obj, str):
        obj = json.loads(obj)
    if isinstance(obj, list) and obj and isinstance(obj[0], dict | list):
        out: list[Event] = []
        for item in obj:
            try:
                out.append(event_from_obj(item))
            except ValueError as e:
                log.info("event skipped: %s / 事件被跳过", e)
        return out
    if isinstance(obj, dict) and "signal" in obj:
        if "status_code" in obj:  # OPC UA data change: quality from the status code
            obj = {"ts": obj.get("ts", received or time.time()), "signal": obj["signal"], "value": obj.get("value"),
                   "quality": opcua_quality(int(obj["status_code"]))}
        elif "ts" not in obj:
            obj = {**obj, "ts": received or time.time()}
        return [event_from_obj(obj)]
    if default_signal is None:
        raise ValueError("a bare value needs a signal (topic) / 裸数值需要信号名")
    if isinstance(obj, dict):
        return [event_from_obj({"ts": obj.get("ts", received or time.time()), "signal": default_signal,
                                "value": obj.get("value"), "quality": obj.get("quality", "good")})]
    return [Event(received or time.time(), default_signal, obj, "good")]


@hookimpl
def normalize_event(source: str, payload: Any) -> Sequence[Event] | None:
    kind = source.split(":", 1)[0]
    if kind not in ("mqtt", "opcua", "modbus", "http", "nats"):
        return None
    try:
        if isinstance(payload, Mapping) and "topic" in payload and "payload" in payload:
            return payload_events(payload["payload"], _topic_signal(str(payload["topic"])), payload.get("received"))
        return payload_events(payload)
    except ValueError as e:  # includes JSON errors: the payload is reported and skipped, never a value
        log.info("%s: payload skipped: %s / 数据被跳过", source, e)
        return []


@hookimpl
def execute_action(action: Mapping[str, Any], decision: Any) -> Mapping[str, Any] | None:
    if action.get("type") != "actuator":
        return None
    conn = route(str(action.get("device")))
    if conn is None:
        return None
    return conn.command_sync(action)


def _factory(kind: str) -> Callable[..., Connector]:
    def make(name: str, host: Any, sink: Callable[[list[Event]], Any], **config: Any) -> Connector:
        if kind == "mqtt":
            from .mqtt import MqttConnector
            return MqttConnector(name, host, sink, **config)
        if kind == "opcua":
            from .opcua import OpcUaConnector
            return OpcUaConnector(name, host, sink, **config)
        from .modbus import ModbusConnector
        return ModbusConnector(name, host, sink, **config)
    return make


_TITLES = {
    "mqtt": {"zh": "MQTT（JSON 事件，QoS 1，持久会话）", "en": "MQTT (JSON events, QoS 1, persistent session)"},
    "opcua": {"zh": "OPC UA 订阅（状态码映射为质量）", "en": "OPC UA subscription (status codes as quality)"},
    "modbus": {"zh": "Modbus TCP 轮询（寄存器表，比例与单位）", "en": "Modbus TCP polling (register map, scaling, units)"},
}


@hookimpl
def register_connectors(register: Callable[[ConnectorSpec], None]) -> None:
    for kind, title in _TITLES.items():
        register(ConnectorSpec(name=kind, factory=_factory(kind), title=title,
                               config_schema={"type": "object", "description": f"see plugins/connectors/{kind}.py"}))

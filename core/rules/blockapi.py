"""The contract between a block and the rule compiler.

A block is data (name, typed ports, a JSON Schema for its params) plus three functions:

* ``units(params, input_units)`` -> the units of its outputs and any unit problems, checked
  before anything runs (%LEL, %vol, ppm and mg/m³ are never mixed implicitly);
* ``build(node)`` -> a step function ``step(now)``. The compiler wires every port to a slot in
  one flat value list per rule; ``step`` reads its input slots and writes its output slots.
  Values are three-valued: ``True`` / ``False`` / ``None`` (UNKNOWN) for bool3 ports, a float or
  ``None`` for numbers, a string or ``None`` for text;
* ``explain(params, inputs, output, lang)`` -> one phrase for the decision's explanation.

Window state (a sustained block's "since", a counter's edges, a statistics window) is the only
thing a step may keep between calls, and it must be registered with ``NodeBuild.keep`` — a list,
deque or dict the step mutates in place, or an object with ``dump()``/``load(data)``. The engine
snapshots exactly that (``Engine.snapshot()``) and refills the same containers on restore, so a
restarted runtime or a NATS worker taking over a partition goes on mid-window. State kept anywhere
else (a rebound closure variable) is lost on restore: the snapshot parity tests catch it.

Evaluation is pure: a step function never does I/O, never reads the wall clock and never calls
a hook. Time is the ``now`` it is given (event time).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypeVar

PortType = Literal["number", "bool3", "text", "value", "time"]
Category = Literal["sensors", "conditions", "math", "time", "logic", "models", "actions", "permits"]

StepFn = Callable[[float], None]
K = TypeVar("K")


class Memory(Protocol):
    """Window state that is neither a list, a deque nor a dict: it says how to save and refill itself."""

    def dump(self) -> Any: ...

    def load(self, data: Any) -> None: ...

UnitsFn = Callable[[Mapping[str, Any], Mapping[str, "str | None"]], "UnitsResult"]
ExplainFn = Callable[[Mapping[str, Any], Mapping[str, Any], Any, str], "str | None"]


@dataclass(frozen=True)
class Port:
    name: str
    type: PortType
    required: bool = True
    title: Mapping[str, str] = field(default_factory=dict)

    def accepts(self, source_type: PortType) -> bool:
        """Whether an output of ``source_type`` may be wired into this port."""
        if self.type == source_type:
            return True
        if self.type == "value":
            return source_type in ("number", "text", "value", "time")
        if source_type == "value":
            # A signal's value is number or text depending on its kind: checked at unit time.
            return self.type in ("number", "text", "time")
        if self.type == "time":
            return source_type in ("number", "text")
        return False


@dataclass
class UnitsResult:
    outputs: dict[str, str | None] = field(default_factory=dict)
    # (JSON pointer below the node, e.g. "/params/unit", message en, message zh)
    problems: list[tuple[str, str, str]] = field(default_factory=list)
    # port types refined from params (a categorical signal outputs text)
    output_types: dict[str, PortType] = field(default_factory=dict)


@dataclass
class NodeBuild:
    """What ``BlockSpec.build`` gets to build one node's step function."""

    node_id: str
    params: Mapping[str, Any]
    vals: list[Any]
    ins: dict[str, int]  # port -> slot (unconnected optional ports point at an always-None slot)
    outs: dict[str, int]
    variadic: list[int]  # slots of a variadic input (logic.and / logic.or)
    input_units: dict[str, str | None]
    request_timer: Callable[[float], None]
    feed: Any = None  # the signal feed of a source node (core.runtime.engine.Feed)
    # host services a block may need at build time, by name (e.g. "models": the model store);
    # given by whoever builds the engine, never imported from a module-global
    services: Mapping[str, Any] = field(default_factory=dict)
    # per-engine state the block wants its explain() to see (merged over its params when explaining);
    # never stored in the compiled rule, which several engines may share (live, backtest)
    state: dict[str, Any] = field(default_factory=dict)
    # the node's window state by name (see ``keep``); what Engine.snapshot() saves and restore() refills
    memory: dict[str, Any] = field(default_factory=dict)

    def keep(self, name: str, container: K) -> K:
        """Register ``container`` (list, deque, dict, or a :class:`Memory`) as window state named
        ``name`` and return it. The step must mutate it in place, never rebind it."""
        if name in self.memory:
            raise ValueError(f"node {self.node_id}: window state {name!r} registered twice")
        self.memory[name] = container
        return container


@dataclass(frozen=True)
class ActionTemplate:
    """How an action block turns into an action record, and what its safe state is."""

    type: str
    make: Callable[[Mapping[str, Any]], dict[str, Any]]
    # The action to take when the rule's inputs are UNKNOWN and on_unknown is safe_state,
    # or None when this action has no safe-state meaning (e.g. push_sop).
    safe: Callable[[Mapping[str, Any]], dict[str, Any] | None] | None = None


@dataclass(frozen=True)
class BlockSpec:
    name: str
    category: Category
    title: Mapping[str, str]
    inputs: tuple[Port, ...] = ()
    outputs: tuple[Port, ...] = ()
    params_schema: Mapping[str, Any] = field(default_factory=lambda: {"type": "object"})
    build: Callable[[NodeBuild], StepFn] | None = None
    units: UnitsFn | None = None
    explain: ExplainFn | None = None
    description: Mapping[str, str] = field(default_factory=dict)
    icon: str = "widgets"
    # a variadic input accepts any port name (a, b, c, ...) of this type
    variadic: Port | None = None
    # source nodes subscribe to a signal named by their params
    source_signal: Callable[[Mapping[str, Any]], str] | None = None
    # expected sample period (s) of a source node, for staleness; None = event-driven
    source_period: Callable[[Mapping[str, Any]], float | None] | None = None
    # "numeric" or "categorical": how a source node reads its signal's values
    source_kind: Callable[[Mapping[str, Any]], str] | None = None
    action: ActionTemplate | None = None
    # the block asks for timers (its output changes with time alone, not only with samples)
    timed: bool = False
    pack: str = ""

    def input(self, name: str) -> Port | None:
        for p in self.inputs:
            if p.name == name:
                return p
        if self.variadic is not None:
            return Port(name, self.variadic.type, required=False)
        return None

    def output(self, name: str) -> Port | None:
        for p in self.outputs:
            if p.name == name:
                return p
        return None

    def describe(self) -> dict[str, Any]:
        """The catalogue entry (``safeblocks blocks --json``, the builder's palette)."""
        return {
            "name": self.name,
            "category": self.category,
            "title": dict(self.title),
            "description": dict(self.description),
            "icon": self.icon,
            "inputs": [{"name": p.name, "type": p.type, "required": p.required} for p in self.inputs],
            "variadic": None if self.variadic is None else {"type": self.variadic.type},
            "outputs": [{"name": p.name, "type": p.type} for p in self.outputs],
            "params_schema": self.params_schema,
            "action": None if self.action is None else self.action.type,
            "pack": self.pack,
        }

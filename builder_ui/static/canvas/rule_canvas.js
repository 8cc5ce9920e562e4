import { getCurrentScope as si, inject as dt, effectScope as li, watch as ve, provide as st, getCurrentInstance as Et, defineComponent as _e, useSlots as _r, onUnmounted as wr, openBlock as le, createElementBlock as de, unref as te, createVNode as ke, withCtx as ln, renderSlot as lt, reactive as Hn, computed as se, onScopeDispose as Qt, ref as Ee, nextTick as Re, onBeforeMount as br, onMounted as He, shallowRef as qe, toRef as me, normalizeClass as je, createElementVNode as Se, Fragment as Te, renderList as Pt, normalizeStyle as Je, onBeforeUnmount as no, isMemoSame as xr, createBlock as mt, createCommentVNode as Ne, toDisplayString as Ie, createPropsRestProxy as Er, isRef as oo, toRefs as Sr, customRef as Nr, toValue as ce, resolveComponent as ai, h as pe, useAttrs as Cr, mergeProps as ui, resolveDynamicComponent as kr, createTextVNode as ci, markRaw as en, readonly as Mr } from "vue";
const Ir = ".vue-flow{position:relative;width:100%;height:100%;overflow:hidden;z-index:0;direction:ltr}.vue-flow__container{position:absolute;height:100%;width:100%;left:0;top:0}.vue-flow__pane{z-index:1}.vue-flow__pane.draggable{cursor:grab}.vue-flow__pane.selection{cursor:pointer}.vue-flow__pane.dragging{cursor:grabbing}.vue-flow__transformationpane{transform-origin:0 0;z-index:2;pointer-events:none}.vue-flow__viewport{z-index:4;overflow:clip}.vue-flow__selection{z-index:6}.vue-flow__edge-labels{position:absolute;width:100%;height:100%;pointer-events:none;-webkit-user-select:none;-moz-user-select:none;user-select:none}.vue-flow__nodesselection-rect:focus,.vue-flow__nodesselection-rect:focus-visible{outline:none}.vue-flow .vue-flow__edges{pointer-events:none;overflow:visible}.vue-flow__edge-path,.vue-flow__connection-path{stroke:#b1b1b7;stroke-width:1;fill:none}.vue-flow__edge{pointer-events:visibleStroke;cursor:pointer}.vue-flow__edge.animated path{stroke-dasharray:5;animation:dashdraw .5s linear infinite}.vue-flow__edge.animated path.vue-flow__edge-interaction{stroke-dasharray:none;animation:none}.vue-flow__edge.inactive{pointer-events:none}.vue-flow__edge.selected,.vue-flow__edge:focus,.vue-flow__edge:focus-visible{outline:none}.vue-flow__edge.selected .vue-flow__edge-path,.vue-flow__edge:focus .vue-flow__edge-path,.vue-flow__edge:focus-visible .vue-flow__edge-path{stroke:#555}.vue-flow__edge-textwrapper{pointer-events:all}.vue-flow__edge-textbg{fill:#fff}.vue-flow__edge-text{pointer-events:none;-webkit-user-select:none;-moz-user-select:none;user-select:none}.vue-flow__connection{pointer-events:none}.vue-flow__connection .animated{stroke-dasharray:5;animation:dashdraw .5s linear infinite}.vue-flow__connectionline{z-index:1001}.vue-flow__nodes{pointer-events:none;transform-origin:0 0}.vue-flow__node{position:absolute;-webkit-user-select:none;-moz-user-select:none;user-select:none;pointer-events:all;transform-origin:0 0;box-sizing:border-box;cursor:default}.vue-flow__node.draggable{cursor:grab;pointer-events:all}.vue-flow__node.draggable.dragging{cursor:grabbing}.vue-flow__nodesselection{z-index:3;transform-origin:left top;pointer-events:none}.vue-flow__nodesselection-rect{position:absolute;pointer-events:all;cursor:grab}.vue-flow__nodesselection-rect.dragging{cursor:grabbing}.vue-flow__handle{position:absolute;pointer-events:none;min-width:5px;min-height:5px}.vue-flow__handle.connectable{pointer-events:all;cursor:crosshair}.vue-flow__handle-bottom{left:50%;bottom:0;transform:translate(-50%,50%)}.vue-flow__handle-top{left:50%;top:0;transform:translate(-50%,-50%)}.vue-flow__handle-left{top:50%;left:0;transform:translate(-50%,-50%)}.vue-flow__handle-right{top:50%;right:0;transform:translate(50%,-50%)}.vue-flow__edgeupdater{cursor:move;pointer-events:all}.vue-flow__panel{position:absolute;z-index:5;margin:15px}.vue-flow__panel.top{top:0}.vue-flow__panel.bottom{bottom:0}.vue-flow__panel.left{left:0}.vue-flow__panel.right{right:0}.vue-flow__panel.center{left:50%;transform:translate(-50%)}@keyframes dashdraw{0%{stroke-dashoffset:10}}", Tr = ":root{--vf-node-bg: #fff;--vf-node-text: #222;--vf-connection-path: #b1b1b7;--vf-handle: #555}.vue-flow__edge.updating .vue-flow__edge-path{stroke:#777}.vue-flow__edge-text{font-size:10px}.vue-flow__edge-textbg{fill:#fff}.vue-flow__connection-path{stroke:var(--vf-connection-path)}.vue-flow__node{cursor:grab}.vue-flow__node.selectable:focus,.vue-flow__node.selectable:focus-visible{outline:none}.vue-flow__node-default,.vue-flow__node-input,.vue-flow__node-output{padding:10px;border-radius:3px;width:150px;font-size:12px;text-align:center;border-width:1px;border-style:solid;color:var(--vf-node-text);background-color:var(--vf-node-bg);border-color:var(--vf-node-color)}.vue-flow__node-default.selected,.vue-flow__node-default.selected:hover,.vue-flow__node-input.selected,.vue-flow__node-input.selected:hover,.vue-flow__node-output.selected,.vue-flow__node-output.selected:hover{box-shadow:0 0 0 .5px var(--vf-box-shadow)}.vue-flow__node-default.selected,.vue-flow__node-default:focus,.vue-flow__node-default:focus-visible,.vue-flow__node-input.selected,.vue-flow__node-input:focus,.vue-flow__node-input:focus-visible,.vue-flow__node-output.selected,.vue-flow__node-output:focus,.vue-flow__node-output:focus-visible{outline:none;border:1px solid #555}.vue-flow__node-default .vue-flow__handle,.vue-flow__node-input .vue-flow__handle,.vue-flow__node-output .vue-flow__handle{background:var(--vf-handle)}.vue-flow__node-default.selectable:hover,.vue-flow__node-input.selectable:hover,.vue-flow__node-output.selectable:hover{box-shadow:0 1px 4px 1px #00000014}.vue-flow__node-input{--vf-node-color: var(--vf-node-color, #0041d0);--vf-handle: var(--vf-node-color, #0041d0);--vf-box-shadow: var(--vf-node-color, #0041d0);background:var(--vf-node-bg);border-color:var(--vf-node-color, #0041d0)}.vue-flow__node-input.selected,.vue-flow__node-input:focus,.vue-flow__node-input:focus-visible{outline:none;border:1px solid var(--vf-node-color, #0041d0)}.vue-flow__node-default{--vf-handle: var(--vf-node-color, #1a192b);--vf-box-shadow: var(--vf-node-color, #1a192b);background:var(--vf-node-bg);border-color:var(--vf-node-color, #1a192b)}.vue-flow__node-default.selected,.vue-flow__node-default:focus,.vue-flow__node-default:focus-visible{outline:none;border:1px solid var(--vf-node-color, #1a192b)}.vue-flow__node-output{--vf-handle: var(--vf-node-color, #ff0072);--vf-box-shadow: var(--vf-node-color, #ff0072);background:var(--vf-node-bg);border-color:var(--vf-node-color, #ff0072)}.vue-flow__node-output.selected,.vue-flow__node-output:focus,.vue-flow__node-output:focus-visible{outline:none;border:1px solid var(--vf-node-color, #ff0072)}.vue-flow__nodesselection-rect,.vue-flow__selection{background:#0059dc14;border:1px dotted rgba(0,89,220,.8)}.vue-flow__nodesselection-rect:focus,.vue-flow__nodesselection-rect:focus-visible,.vue-flow__selection:focus,.vue-flow__selection:focus-visible{outline:none}.vue-flow__handle{width:6px;height:6px;background:var(--vf-handle);border:1px solid #fff;border-radius:100%}", $r = ".sb-canvas{width:100%;height:100%;min-height:420px;position:relative;background-color:#fafafa;background-image:radial-gradient(#d0d0d0 1px,transparent 1px);background-size:16px 16px}.sb-canvas .vue-flow__node-block{padding:0;border:none;background:transparent;width:auto;box-shadow:none}.sb-node{min-width:150px;background:#fff;border:2px solid #90a4ae;border-radius:8px;font:12px/1.3 system-ui,sans-serif;box-shadow:0 1px 3px #00000026}.vue-flow__node.selected .sb-node{border-color:#1565c0;box-shadow:0 0 0 3px #1565c040}.sb-node-head{display:flex;align-items:center;gap:4px;padding:4px 6px;background:#eceff1;border-radius:6px 6px 0 0}.sb-node-icon{font-size:18px;color:#37474f}.sb-node-title{font-weight:600;flex:1;white-space:nowrap}.sb-node-id{padding:0 6px;color:#78909c;font-size:11px}.sb-node-summary{padding:0 6px;color:#263238}.sb-node-value{margin:2px 6px;padding:1px 4px;border-radius:3px;background:#eceff1;font-weight:600;display:inline-block}.sb-ports{display:flex;justify-content:space-between;padding:4px 0 6px;gap:12px}.sb-port-col{display:flex;flex-direction:column;gap:6px}.sb-port-col-out{align-items:flex-end}.sb-port{position:relative;padding:0 10px;color:#546e7a}.sb-port .vue-flow__handle{width:11px;height:11px;border:2px solid #fff}.sb-port-in .vue-flow__handle{left:-6px}.sb-port-out .vue-flow__handle{right:-6px}.sb-t-number{background:#1e88e5!important}.sb-t-bool3{background:#fb8c00!important}.sb-t-text{background:#43a047!important}.sb-t-value{background:#00897b!important}.sb-t-time{background:#8e24aa!important}.sb-has-problem{border-color:#d32f2f}.sb-badge{background:#d32f2f;color:#fff;border-radius:50%;width:16px;height:16px;display:inline-flex;align-items:center;justify-content:center;font-weight:700}.sb-v-true{border-color:#c62828;background:#ffebee}.sb-v-true .sb-node-value{background:#c62828;color:#fff}.sb-v-false{border-color:#2e7d32;background:#e8f5e9}.sb-v-false .sb-node-value{background:#2e7d32;color:#fff}.sb-v-unknown{border-color:#6a1b9a;background:#f3e5f5}.sb-v-unknown .sb-node-value{background:#6a1b9a;color:#fff}.sb-canvas .vue-flow__edge.sb-edge-problem .vue-flow__edge-path{stroke:#d32f2f;stroke-width:3;stroke-dasharray:6 3}.sb-canvas .vue-flow__edge.sb-edge-true .vue-flow__edge-path{stroke:#c62828;stroke-width:2.5}.sb-canvas .vue-flow__connection-path{stroke:#1565c0}.sb-canvas .vue-flow__handle.connectingto.sb-refused,.sb-canvas .vue-flow__handle.sb-refused{background:#9e9e9e!important}.sb-empty{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;color:#90a4ae;pointer-events:none;font-size:15px}.sb-diff-changed{outline:3px dashed #1565c0;outline-offset:3px}.sb-diff-added{outline:3px dashed #2e7d32;outline-offset:3px}.sb-diff-badge{background:#1565c0;color:#fff;border-radius:4px;padding:0 4px;font-weight:700}.sb-diff-added .sb-diff-badge{background:#2e7d32}";
function Dt(e) {
  return si() ? (Qt(e), !0) : !1;
}
function Ye(e) {
  return typeof e == "function" ? e() : te(e);
}
const Pr = typeof window < "u" && typeof document < "u", Dr = (e) => typeof e < "u", Ar = Object.prototype.toString, Or = (e) => Ar.call(e) === "[object Object]", zr = () => {
};
function Br(e, t) {
  function n(...o) {
    return new Promise((i, r) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(r);
    });
  }
  return n;
}
const di = (e) => e();
function Rr(e = di) {
  const t = Ee(!0);
  function n() {
    t.value = !1;
  }
  function o() {
    t.value = !0;
  }
  const i = (...r) => {
    t.value && e(...r);
  };
  return { isActive: Mr(t), pause: n, resume: o, eventFilter: i };
}
function po(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function Vr(e, t, n = {}) {
  const {
    eventFilter: o = di,
    ...i
  } = n;
  return ve(
    e,
    Br(
      o,
      t
    ),
    i
  );
}
function ft(e, t, n = {}) {
  const {
    eventFilter: o,
    ...i
  } = n, { eventFilter: r, pause: s, resume: l, isActive: a } = Rr(o);
  return { stop: Vr(
    e,
    t,
    {
      ...i,
      eventFilter: r
    }
  ), pause: s, resume: l, isActive: a };
}
function Hr(e, t = {}) {
  if (!oo(e))
    return Sr(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = Nr(() => ({
      get() {
        return e.value[o];
      },
      set(i) {
        var r;
        if ((r = Ye(t.replaceRef)) != null ? r : !0)
          if (Array.isArray(e.value)) {
            const l = [...e.value];
            l[o] = i, e.value = l;
          } else {
            const l = { ...e.value, [o]: i };
            Object.setPrototypeOf(l, Object.getPrototypeOf(e.value)), e.value = l;
          }
        else
          e.value[o] = i;
      }
    }));
  return n;
}
function Ln(e, t = !1) {
  function n(d, { flush: h = "sync", deep: g = !1, timeout: k, throwOnTimeout: b } = {}) {
    let x = null;
    const I = [new Promise((y) => {
      x = ve(
        e,
        (C) => {
          d(C) !== t && (x?.(), y(C));
        },
        {
          flush: h,
          deep: g,
          immediate: !0
        }
      );
    })];
    return k != null && I.push(
      po(k, b).then(() => Ye(e)).finally(() => x?.())
    ), Promise.race(I);
  }
  function o(d, h) {
    if (!oo(d))
      return n((C) => C === d, h);
    const { flush: g = "sync", deep: k = !1, timeout: b, throwOnTimeout: x } = h ?? {};
    let M = null;
    const y = [new Promise((C) => {
      M = ve(
        [e, d],
        ([R, G]) => {
          t !== (R === G) && (M?.(), C(R));
        },
        {
          flush: g,
          deep: k,
          immediate: !0
        }
      );
    })];
    return b != null && y.push(
      po(b, x).then(() => Ye(e)).finally(() => (M?.(), Ye(e)))
    ), Promise.race(y);
  }
  function i(d) {
    return n((h) => !!h, d);
  }
  function r(d) {
    return o(null, d);
  }
  function s(d) {
    return o(void 0, d);
  }
  function l(d) {
    return n(Number.isNaN, d);
  }
  function a(d, h) {
    return n((g) => {
      const k = Array.from(g);
      return k.includes(d) || k.includes(Ye(d));
    }, h);
  }
  function u(d) {
    return c(1, d);
  }
  function c(d = 1, h) {
    let g = -1;
    return n(() => (g += 1, g >= d), h);
  }
  return Array.isArray(Ye(e)) ? {
    toMatch: n,
    toContains: a,
    changed: u,
    changedTimes: c,
    get not() {
      return Ln(e, !t);
    }
  } : {
    toMatch: n,
    toBe: o,
    toBeTruthy: i,
    toBeNull: r,
    toBeNaN: l,
    toBeUndefined: s,
    changed: u,
    changedTimes: c,
    get not() {
      return Ln(e, !t);
    }
  };
}
function Fn(e) {
  return Ln(e);
}
function Lr(e) {
  var t;
  const n = Ye(e);
  return (t = n?.$el) != null ? t : n;
}
const fi = Pr ? window : void 0;
function hi(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = fi) : [t, n, o, i] = e, !t)
    return zr;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const r = [], s = () => {
    r.forEach((c) => c()), r.length = 0;
  }, l = (c, d, h, g) => (c.addEventListener(d, h, g), () => c.removeEventListener(d, h, g)), a = ve(
    () => [Lr(t), Ye(i)],
    ([c, d]) => {
      if (s(), !c)
        return;
      const h = Or(d) ? { ...d } : d;
      r.push(
        ...n.flatMap((g) => o.map((k) => l(c, g, k, h)))
      );
    },
    { immediate: !0, flush: "post" }
  ), u = () => {
    a(), s();
  };
  return Dt(u), u;
}
function Fr(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function mo(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = fi,
    eventName: r = "keydown",
    passive: s = !1,
    dedupe: l = !1
  } = o, a = Fr(t);
  return hi(i, r, (c) => {
    c.repeat && Ye(l) || a(c) && n(c);
  }, s);
}
function Yr(e) {
  return JSON.parse(JSON.stringify(e));
}
function In(e, t, n, o = {}) {
  var i, r, s;
  const {
    clone: l = !1,
    passive: a = !1,
    eventName: u,
    deep: c = !1,
    defaultValue: d,
    shouldEmit: h
  } = o, g = Et(), k = n || g?.emit || ((i = g?.$emit) == null ? void 0 : i.bind(g)) || ((s = (r = g?.proxy) == null ? void 0 : r.$emit) == null ? void 0 : s.bind(g?.proxy));
  let b = u;
  t || (t = "modelValue"), b = b || `update:${t.toString()}`;
  const x = (y) => l ? typeof l == "function" ? l(y) : Yr(y) : y, M = () => Dr(e[t]) ? x(e[t]) : d, I = (y) => {
    h ? h(y) && k(b, y) : k(b, y);
  };
  if (a) {
    const y = M(), C = Ee(y);
    let R = !1;
    return ve(
      () => e[t],
      (G) => {
        R || (R = !0, C.value = x(G), Re(() => R = !1));
      }
    ), ve(
      C,
      (G) => {
        !R && (G !== e[t] || c) && I(G);
      },
      { deep: c }
    ), C;
  } else
    return se({
      get() {
        return M();
      },
      set(y) {
        I(y);
      }
    });
}
var Gr = { value: () => {
} };
function yn() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o))
      throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new tn(n);
}
function tn(e) {
  this._ = e;
}
function Xr(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n))
      throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
tn.prototype = yn.prototype = {
  constructor: tn,
  on: function(e, t) {
    var n = this._, o = Xr(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; )
        if ((i = (e = o[r]).type) && (i = Ur(n[i], e.name)))
          return i;
      return;
    }
    if (t != null && typeof t != "function")
      throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type)
        n[i] = yo(n[i], e.name, t);
      else if (t == null)
        for (i in n)
          n[i] = yo(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t)
      e[n] = t[n].slice();
    return new tn(e);
  },
  call: function(e, t) {
    if ((i = arguments.length - 2) > 0)
      for (var n = new Array(i), o = 0, i, r; o < i; ++o)
        n[o] = arguments[o + 2];
    if (!this._.hasOwnProperty(e))
      throw new Error("unknown type: " + e);
    for (r = this._[e], o = 0, i = r.length; o < i; ++o)
      r[o].value.apply(t, n);
  },
  apply: function(e, t, n) {
    if (!this._.hasOwnProperty(e))
      throw new Error("unknown type: " + e);
    for (var o = this._[e], i = 0, r = o.length; i < r; ++i)
      o[i].value.apply(t, n);
  }
};
function Ur(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function yo(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Gr, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Yn = "http://www.w3.org/1999/xhtml";
const _o = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Yn,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function _n(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), _o.hasOwnProperty(t) ? { space: _o[t], local: e } : e;
}
function Zr(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Yn && t.documentElement.namespaceURI === Yn ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Wr(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function vi(e) {
  var t = _n(e);
  return (t.local ? Wr : Zr)(t);
}
function Kr() {
}
function io(e) {
  return e == null ? Kr : function() {
    return this.querySelector(e);
  };
}
function qr(e) {
  typeof e != "function" && (e = io(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, l = o[i] = new Array(s), a, u, c = 0; c < s; ++c)
      (a = r[c]) && (u = e.call(a, a.__data__, c, r)) && ("__data__" in a && (u.__data__ = a.__data__), l[c] = u);
  return new Me(o, this._parents);
}
function jr(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Jr() {
  return [];
}
function gi(e) {
  return e == null ? Jr : function() {
    return this.querySelectorAll(e);
  };
}
function Qr(e) {
  return function() {
    return jr(e.apply(this, arguments));
  };
}
function es(e) {
  typeof e == "function" ? e = Qr(e) : e = gi(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], l = s.length, a, u = 0; u < l; ++u)
      (a = s[u]) && (o.push(e.call(a, a.__data__, u, s)), i.push(a));
  return new Me(o, i);
}
function pi(e) {
  return function() {
    return this.matches(e);
  };
}
function mi(e) {
  return function(t) {
    return t.matches(e);
  };
}
var ts = Array.prototype.find;
function ns(e) {
  return function() {
    return ts.call(this.children, e);
  };
}
function os() {
  return this.firstElementChild;
}
function is(e) {
  return this.select(e == null ? os : ns(typeof e == "function" ? e : mi(e)));
}
var rs = Array.prototype.filter;
function ss() {
  return Array.from(this.children);
}
function ls(e) {
  return function() {
    return rs.call(this.children, e);
  };
}
function as(e) {
  return this.selectAll(e == null ? ss : ls(typeof e == "function" ? e : mi(e)));
}
function us(e) {
  typeof e != "function" && (e = pi(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, l = o[i] = [], a, u = 0; u < s; ++u)
      (a = r[u]) && e.call(a, a.__data__, u, r) && l.push(a);
  return new Me(o, this._parents);
}
function yi(e) {
  return new Array(e.length);
}
function cs() {
  return new Me(this._enter || this._groups.map(yi), this._parents);
}
function an(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
an.prototype = {
  constructor: an,
  appendChild: function(e) {
    return this._parent.insertBefore(e, this._next);
  },
  insertBefore: function(e, t) {
    return this._parent.insertBefore(e, t);
  },
  querySelector: function(e) {
    return this._parent.querySelector(e);
  },
  querySelectorAll: function(e) {
    return this._parent.querySelectorAll(e);
  }
};
function ds(e) {
  return function() {
    return e;
  };
}
function fs(e, t, n, o, i, r) {
  for (var s = 0, l, a = t.length, u = r.length; s < u; ++s)
    (l = t[s]) ? (l.__data__ = r[s], o[s] = l) : n[s] = new an(e, r[s]);
  for (; s < a; ++s)
    (l = t[s]) && (i[s] = l);
}
function hs(e, t, n, o, i, r, s) {
  var l, a, u = /* @__PURE__ */ new Map(), c = t.length, d = r.length, h = new Array(c), g;
  for (l = 0; l < c; ++l)
    (a = t[l]) && (h[l] = g = s.call(a, a.__data__, l, t) + "", u.has(g) ? i[l] = a : u.set(g, a));
  for (l = 0; l < d; ++l)
    g = s.call(e, r[l], l, r) + "", (a = u.get(g)) ? (o[l] = a, a.__data__ = r[l], u.delete(g)) : n[l] = new an(e, r[l]);
  for (l = 0; l < c; ++l)
    (a = t[l]) && u.get(h[l]) === a && (i[l] = a);
}
function vs(e) {
  return e.__data__;
}
function gs(e, t) {
  if (!arguments.length)
    return Array.from(this, vs);
  var n = t ? hs : fs, o = this._parents, i = this._groups;
  typeof e != "function" && (e = ds(e));
  for (var r = i.length, s = new Array(r), l = new Array(r), a = new Array(r), u = 0; u < r; ++u) {
    var c = o[u], d = i[u], h = d.length, g = ps(e.call(c, c && c.__data__, u, o)), k = g.length, b = l[u] = new Array(k), x = s[u] = new Array(k), M = a[u] = new Array(h);
    n(c, d, b, x, M, g, t);
    for (var I = 0, y = 0, C, R; I < k; ++I)
      if (C = b[I]) {
        for (I >= y && (y = I + 1); !(R = x[y]) && ++y < k; )
          ;
        C._next = R || null;
      }
  }
  return s = new Me(s, o), s._enter = l, s._exit = a, s;
}
function ps(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function ms() {
  return new Me(this._exit || this._groups.map(yi), this._parents);
}
function ys(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function _s(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), l = new Array(i), a = 0; a < s; ++a)
    for (var u = n[a], c = o[a], d = u.length, h = l[a] = new Array(d), g, k = 0; k < d; ++k)
      (g = u[k] || c[k]) && (h[k] = g);
  for (; a < i; ++a)
    l[a] = n[a];
  return new Me(l, this._parents);
}
function ws() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function bs(e) {
  e || (e = xs);
  function t(d, h) {
    return d && h ? e(d.__data__, h.__data__) : !d - !h;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], l = s.length, a = i[r] = new Array(l), u, c = 0; c < l; ++c)
      (u = s[c]) && (a[c] = u);
    a.sort(t);
  }
  return new Me(i, this._parents).order();
}
function xs(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Es() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Ss() {
  return Array.from(this);
}
function Ns() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s)
        return s;
    }
  return null;
}
function Cs() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function ks() {
  return !this.node();
}
function Ms(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, l; r < s; ++r)
      (l = i[r]) && e.call(l, l.__data__, r, i);
  return this;
}
function Is(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Ts(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function $s(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Ps(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Ds(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function As(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Os(e, t) {
  var n = _n(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Ts : Is : typeof t == "function" ? n.local ? As : Ds : n.local ? Ps : $s)(n, t));
}
function _i(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function zs(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Bs(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Rs(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Vs(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? zs : typeof t == "function" ? Rs : Bs)(e, t, n ?? "")) : yt(this.node(), e);
}
function yt(e, t) {
  return e.style.getPropertyValue(t) || _i(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Hs(e) {
  return function() {
    delete this[e];
  };
}
function Ls(e, t) {
  return function() {
    this[e] = t;
  };
}
function Fs(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Ys(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Hs : typeof t == "function" ? Fs : Ls)(e, t)) : this.node()[e];
}
function wi(e) {
  return e.trim().split(/^|\s+/);
}
function ro(e) {
  return e.classList || new bi(e);
}
function bi(e) {
  this._node = e, this._names = wi(e.getAttribute("class") || "");
}
bi.prototype = {
  add: function(e) {
    var t = this._names.indexOf(e);
    t < 0 && (this._names.push(e), this._node.setAttribute("class", this._names.join(" ")));
  },
  remove: function(e) {
    var t = this._names.indexOf(e);
    t >= 0 && (this._names.splice(t, 1), this._node.setAttribute("class", this._names.join(" ")));
  },
  contains: function(e) {
    return this._names.indexOf(e) >= 0;
  }
};
function xi(e, t) {
  for (var n = ro(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function Ei(e, t) {
  for (var n = ro(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function Gs(e) {
  return function() {
    xi(this, e);
  };
}
function Xs(e) {
  return function() {
    Ei(this, e);
  };
}
function Us(e, t) {
  return function() {
    (t.apply(this, arguments) ? xi : Ei)(this, e);
  };
}
function Zs(e, t) {
  var n = wi(e + "");
  if (arguments.length < 2) {
    for (var o = ro(this.node()), i = -1, r = n.length; ++i < r; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Us : t ? Gs : Xs)(n, t));
}
function Ws() {
  this.textContent = "";
}
function Ks(e) {
  return function() {
    this.textContent = e;
  };
}
function qs(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function js(e) {
  return arguments.length ? this.each(e == null ? Ws : (typeof e == "function" ? qs : Ks)(e)) : this.node().textContent;
}
function Js() {
  this.innerHTML = "";
}
function Qs(e) {
  return function() {
    this.innerHTML = e;
  };
}
function el(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function tl(e) {
  return arguments.length ? this.each(e == null ? Js : (typeof e == "function" ? el : Qs)(e)) : this.node().innerHTML;
}
function nl() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function ol() {
  return this.each(nl);
}
function il() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function rl() {
  return this.each(il);
}
function sl(e) {
  var t = typeof e == "function" ? e : vi(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function ll() {
  return null;
}
function al(e, t) {
  var n = typeof e == "function" ? e : vi(e), o = t == null ? ll : typeof t == "function" ? t : io(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function ul() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function cl() {
  return this.each(ul);
}
function dl() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function fl() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function hl(e) {
  return this.select(e ? fl : dl);
}
function vl(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function gl(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function pl(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function ml(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function yl(e, t, n) {
  return function() {
    var o = this.__on, i, r = gl(t);
    if (o) {
      for (var s = 0, l = o.length; s < l; ++s)
        if ((i = o[s]).type === e.type && i.name === e.name) {
          this.removeEventListener(i.type, i.listener, i.options), this.addEventListener(i.type, i.listener = r, i.options = n), i.value = t;
          return;
        }
    }
    this.addEventListener(e.type, r, n), i = { type: e.type, name: e.name, value: t, listener: r, options: n }, o ? o.push(i) : this.__on = [i];
  };
}
function _l(e, t, n) {
  var o = pl(e + ""), i, r = o.length, s;
  if (arguments.length < 2) {
    var l = this.node().__on;
    if (l) {
      for (var a = 0, u = l.length, c; a < u; ++a)
        for (i = 0, c = l[a]; i < r; ++i)
          if ((s = o[i]).type === c.type && s.name === c.name)
            return c.value;
    }
    return;
  }
  for (l = t ? yl : ml, i = 0; i < r; ++i)
    this.each(l(o[i], t, n));
  return this;
}
function Si(e, t, n) {
  var o = _i(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function wl(e, t) {
  return function() {
    return Si(this, e, t);
  };
}
function bl(e, t) {
  return function() {
    return Si(this, e, t.apply(this, arguments));
  };
}
function xl(e, t) {
  return this.each((typeof t == "function" ? bl : wl)(e, t));
}
function* El() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var Ni = [null];
function Me(e, t) {
  this._groups = e, this._parents = t;
}
function Lt() {
  return new Me([[document.documentElement]], Ni);
}
function Sl() {
  return this;
}
Me.prototype = Lt.prototype = {
  constructor: Me,
  select: qr,
  selectAll: es,
  selectChild: is,
  selectChildren: as,
  filter: us,
  data: gs,
  enter: cs,
  exit: ms,
  join: ys,
  merge: _s,
  selection: Sl,
  order: ws,
  sort: bs,
  call: Es,
  nodes: Ss,
  node: Ns,
  size: Cs,
  empty: ks,
  each: Ms,
  attr: Os,
  style: Vs,
  property: Ys,
  classed: Zs,
  text: js,
  html: tl,
  raise: ol,
  lower: rl,
  append: sl,
  insert: al,
  remove: cl,
  clone: hl,
  datum: vl,
  on: _l,
  dispatch: xl,
  [Symbol.iterator]: El
};
function $e(e) {
  return typeof e == "string" ? new Me([[document.querySelector(e)]], [document.documentElement]) : new Me([[e]], Ni);
}
function Nl(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function Oe(e, t) {
  if (e = Nl(e), t === void 0 && (t = e.currentTarget), t) {
    var n = t.ownerSVGElement || t;
    if (n.createSVGPoint) {
      var o = n.createSVGPoint();
      return o.x = e.clientX, o.y = e.clientY, o = o.matrixTransform(t.getScreenCTM().inverse()), [o.x, o.y];
    }
    if (t.getBoundingClientRect) {
      var i = t.getBoundingClientRect();
      return [e.clientX - i.left - t.clientLeft, e.clientY - i.top - t.clientTop];
    }
  }
  return [e.pageX, e.pageY];
}
const Cl = { passive: !1 }, At = { capture: !0, passive: !1 };
function Tn(e) {
  e.stopImmediatePropagation();
}
function vt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Ci(e) {
  var t = e.document.documentElement, n = $e(e).on("dragstart.drag", vt, At);
  "onselectstart" in t ? n.on("selectstart.drag", vt, At) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function ki(e, t) {
  var n = e.document.documentElement, o = $e(e).on("dragstart.drag", null);
  t && (o.on("click.drag", vt, At), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const Gt = (e) => () => e;
function Gn(e, {
  sourceEvent: t,
  subject: n,
  target: o,
  identifier: i,
  active: r,
  x: s,
  y: l,
  dx: a,
  dy: u,
  dispatch: c
}) {
  Object.defineProperties(this, {
    type: { value: e, enumerable: !0, configurable: !0 },
    sourceEvent: { value: t, enumerable: !0, configurable: !0 },
    subject: { value: n, enumerable: !0, configurable: !0 },
    target: { value: o, enumerable: !0, configurable: !0 },
    identifier: { value: i, enumerable: !0, configurable: !0 },
    active: { value: r, enumerable: !0, configurable: !0 },
    x: { value: s, enumerable: !0, configurable: !0 },
    y: { value: l, enumerable: !0, configurable: !0 },
    dx: { value: a, enumerable: !0, configurable: !0 },
    dy: { value: u, enumerable: !0, configurable: !0 },
    _: { value: c }
  });
}
Gn.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function kl(e) {
  return !e.ctrlKey && !e.button;
}
function Ml() {
  return this.parentNode;
}
function Il(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Tl() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function $l() {
  var e = kl, t = Ml, n = Il, o = Tl, i = {}, r = yn("start", "drag", "end"), s = 0, l, a, u, c, d = 0;
  function h(C) {
    C.on("mousedown.drag", g).filter(o).on("touchstart.drag", x).on("touchmove.drag", M, Cl).on("touchend.drag touchcancel.drag", I).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function g(C, R) {
    if (!(c || !e.call(this, C, R))) {
      var G = y(this, t.call(this, C, R), C, R, "mouse");
      G && ($e(C.view).on("mousemove.drag", k, At).on("mouseup.drag", b, At), Ci(C.view), Tn(C), u = !1, l = C.clientX, a = C.clientY, G("start", C));
    }
  }
  function k(C) {
    if (vt(C), !u) {
      var R = C.clientX - l, G = C.clientY - a;
      u = R * R + G * G > d;
    }
    i.mouse("drag", C);
  }
  function b(C) {
    $e(C.view).on("mousemove.drag mouseup.drag", null), ki(C.view, u), vt(C), i.mouse("end", C);
  }
  function x(C, R) {
    if (e.call(this, C, R)) {
      var G = C.changedTouches, V = t.call(this, C, R), H = G.length, Q, Z;
      for (Q = 0; Q < H; ++Q)
        (Z = y(this, V, C, R, G[Q].identifier, G[Q])) && (Tn(C), Z("start", C, G[Q]));
    }
  }
  function M(C) {
    var R = C.changedTouches, G = R.length, V, H;
    for (V = 0; V < G; ++V)
      (H = i[R[V].identifier]) && (vt(C), H("drag", C, R[V]));
  }
  function I(C) {
    var R = C.changedTouches, G = R.length, V, H;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), V = 0; V < G; ++V)
      (H = i[R[V].identifier]) && (Tn(C), H("end", C, R[V]));
  }
  function y(C, R, G, V, H, Q) {
    var Z = r.copy(), z = Oe(Q || G, R), _, W, p;
    if ((p = n.call(C, new Gn("beforestart", {
      sourceEvent: G,
      target: h,
      identifier: H,
      active: s,
      x: z[0],
      y: z[1],
      dx: 0,
      dy: 0,
      dispatch: Z
    }), V)) != null)
      return _ = p.x - z[0] || 0, W = p.y - z[1] || 0, function T(E, P, O) {
        var L = z, F;
        switch (E) {
          case "start":
            i[H] = T, F = s++;
            break;
          case "end":
            delete i[H], --s;
          case "drag":
            z = Oe(O || P, R), F = s;
            break;
        }
        Z.call(
          E,
          C,
          new Gn(E, {
            sourceEvent: P,
            subject: p,
            target: h,
            identifier: H,
            active: F,
            x: z[0] + _,
            y: z[1] + W,
            dx: z[0] - L[0],
            dy: z[1] - L[1],
            dispatch: Z
          }),
          V
        );
      };
  }
  return h.filter = function(C) {
    return arguments.length ? (e = typeof C == "function" ? C : Gt(!!C), h) : e;
  }, h.container = function(C) {
    return arguments.length ? (t = typeof C == "function" ? C : Gt(C), h) : t;
  }, h.subject = function(C) {
    return arguments.length ? (n = typeof C == "function" ? C : Gt(C), h) : n;
  }, h.touchable = function(C) {
    return arguments.length ? (o = typeof C == "function" ? C : Gt(!!C), h) : o;
  }, h.on = function() {
    var C = r.on.apply(r, arguments);
    return C === r ? h : C;
  }, h.clickDistance = function(C) {
    return arguments.length ? (d = (C = +C) * C, h) : Math.sqrt(d);
  }, h;
}
function so(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Mi(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function Ft() {
}
var Ot = 0.7, un = 1 / Ot, gt = "\\s*([+-]?\\d+)\\s*", zt = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", Ve = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Pl = /^#([0-9a-f]{3,8})$/, Dl = new RegExp(`^rgb\\(${gt},${gt},${gt}\\)$`), Al = new RegExp(`^rgb\\(${Ve},${Ve},${Ve}\\)$`), Ol = new RegExp(`^rgba\\(${gt},${gt},${gt},${zt}\\)$`), zl = new RegExp(`^rgba\\(${Ve},${Ve},${Ve},${zt}\\)$`), Bl = new RegExp(`^hsl\\(${zt},${Ve},${Ve}\\)$`), Rl = new RegExp(`^hsla\\(${zt},${Ve},${Ve},${zt}\\)$`), wo = {
  aliceblue: 15792383,
  antiquewhite: 16444375,
  aqua: 65535,
  aquamarine: 8388564,
  azure: 15794175,
  beige: 16119260,
  bisque: 16770244,
  black: 0,
  blanchedalmond: 16772045,
  blue: 255,
  blueviolet: 9055202,
  brown: 10824234,
  burlywood: 14596231,
  cadetblue: 6266528,
  chartreuse: 8388352,
  chocolate: 13789470,
  coral: 16744272,
  cornflowerblue: 6591981,
  cornsilk: 16775388,
  crimson: 14423100,
  cyan: 65535,
  darkblue: 139,
  darkcyan: 35723,
  darkgoldenrod: 12092939,
  darkgray: 11119017,
  darkgreen: 25600,
  darkgrey: 11119017,
  darkkhaki: 12433259,
  darkmagenta: 9109643,
  darkolivegreen: 5597999,
  darkorange: 16747520,
  darkorchid: 10040012,
  darkred: 9109504,
  darksalmon: 15308410,
  darkseagreen: 9419919,
  darkslateblue: 4734347,
  darkslategray: 3100495,
  darkslategrey: 3100495,
  darkturquoise: 52945,
  darkviolet: 9699539,
  deeppink: 16716947,
  deepskyblue: 49151,
  dimgray: 6908265,
  dimgrey: 6908265,
  dodgerblue: 2003199,
  firebrick: 11674146,
  floralwhite: 16775920,
  forestgreen: 2263842,
  fuchsia: 16711935,
  gainsboro: 14474460,
  ghostwhite: 16316671,
  gold: 16766720,
  goldenrod: 14329120,
  gray: 8421504,
  green: 32768,
  greenyellow: 11403055,
  grey: 8421504,
  honeydew: 15794160,
  hotpink: 16738740,
  indianred: 13458524,
  indigo: 4915330,
  ivory: 16777200,
  khaki: 15787660,
  lavender: 15132410,
  lavenderblush: 16773365,
  lawngreen: 8190976,
  lemonchiffon: 16775885,
  lightblue: 11393254,
  lightcoral: 15761536,
  lightcyan: 14745599,
  lightgoldenrodyellow: 16448210,
  lightgray: 13882323,
  lightgreen: 9498256,
  lightgrey: 13882323,
  lightpink: 16758465,
  lightsalmon: 16752762,
  lightseagreen: 2142890,
  lightskyblue: 8900346,
  lightslategray: 7833753,
  lightslategrey: 7833753,
  lightsteelblue: 11584734,
  lightyellow: 16777184,
  lime: 65280,
  limegreen: 3329330,
  linen: 16445670,
  magenta: 16711935,
  maroon: 8388608,
  mediumaquamarine: 6737322,
  mediumblue: 205,
  mediumorchid: 12211667,
  mediumpurple: 9662683,
  mediumseagreen: 3978097,
  mediumslateblue: 8087790,
  mediumspringgreen: 64154,
  mediumturquoise: 4772300,
  mediumvioletred: 13047173,
  midnightblue: 1644912,
  mintcream: 16121850,
  mistyrose: 16770273,
  moccasin: 16770229,
  navajowhite: 16768685,
  navy: 128,
  oldlace: 16643558,
  olive: 8421376,
  olivedrab: 7048739,
  orange: 16753920,
  orangered: 16729344,
  orchid: 14315734,
  palegoldenrod: 15657130,
  palegreen: 10025880,
  paleturquoise: 11529966,
  palevioletred: 14381203,
  papayawhip: 16773077,
  peachpuff: 16767673,
  peru: 13468991,
  pink: 16761035,
  plum: 14524637,
  powderblue: 11591910,
  purple: 8388736,
  rebeccapurple: 6697881,
  red: 16711680,
  rosybrown: 12357519,
  royalblue: 4286945,
  saddlebrown: 9127187,
  salmon: 16416882,
  sandybrown: 16032864,
  seagreen: 3050327,
  seashell: 16774638,
  sienna: 10506797,
  silver: 12632256,
  skyblue: 8900331,
  slateblue: 6970061,
  slategray: 7372944,
  slategrey: 7372944,
  snow: 16775930,
  springgreen: 65407,
  steelblue: 4620980,
  tan: 13808780,
  teal: 32896,
  thistle: 14204888,
  tomato: 16737095,
  turquoise: 4251856,
  violet: 15631086,
  wheat: 16113331,
  white: 16777215,
  whitesmoke: 16119285,
  yellow: 16776960,
  yellowgreen: 10145074
};
so(Ft, at, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: bo,
  // Deprecated! Use color.formatHex.
  formatHex: bo,
  formatHex8: Vl,
  formatHsl: Hl,
  formatRgb: xo,
  toString: xo
});
function bo() {
  return this.rgb().formatHex();
}
function Vl() {
  return this.rgb().formatHex8();
}
function Hl() {
  return Ii(this).formatHsl();
}
function xo() {
  return this.rgb().formatRgb();
}
function at(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Pl.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? Eo(t) : n === 3 ? new Ce(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Xt(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Xt(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Dl.exec(e)) ? new Ce(t[1], t[2], t[3], 1) : (t = Al.exec(e)) ? new Ce(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = Ol.exec(e)) ? Xt(t[1], t[2], t[3], t[4]) : (t = zl.exec(e)) ? Xt(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Bl.exec(e)) ? Co(t[1], t[2] / 100, t[3] / 100, 1) : (t = Rl.exec(e)) ? Co(t[1], t[2] / 100, t[3] / 100, t[4]) : wo.hasOwnProperty(e) ? Eo(wo[e]) : e === "transparent" ? new Ce(NaN, NaN, NaN, 0) : null;
}
function Eo(e) {
  return new Ce(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Xt(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Ce(e, t, n, o);
}
function Ll(e) {
  return e instanceof Ft || (e = at(e)), e ? (e = e.rgb(), new Ce(e.r, e.g, e.b, e.opacity)) : new Ce();
}
function Xn(e, t, n, o) {
  return arguments.length === 1 ? Ll(e) : new Ce(e, t, n, o ?? 1);
}
function Ce(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
so(Ce, Xn, Mi(Ft, {
  brighter(e) {
    return e = e == null ? un : Math.pow(un, e), new Ce(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Ot : Math.pow(Ot, e), new Ce(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Ce(it(this.r), it(this.g), it(this.b), cn(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: So,
  // Deprecated! Use color.formatHex.
  formatHex: So,
  formatHex8: Fl,
  formatRgb: No,
  toString: No
}));
function So() {
  return `#${ot(this.r)}${ot(this.g)}${ot(this.b)}`;
}
function Fl() {
  return `#${ot(this.r)}${ot(this.g)}${ot(this.b)}${ot((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function No() {
  const e = cn(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${it(this.r)}, ${it(this.g)}, ${it(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function cn(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function it(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function ot(e) {
  return e = it(e), (e < 16 ? "0" : "") + e.toString(16);
}
function Co(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new Pe(e, t, n, o);
}
function Ii(e) {
  if (e instanceof Pe)
    return new Pe(e.h, e.s, e.l, e.opacity);
  if (e instanceof Ft || (e = at(e)), !e)
    return new Pe();
  if (e instanceof Pe)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, l = r - i, a = (r + i) / 2;
  return l ? (t === r ? s = (n - o) / l + (n < o) * 6 : n === r ? s = (o - t) / l + 2 : s = (t - n) / l + 4, l /= a < 0.5 ? r + i : 2 - r - i, s *= 60) : l = a > 0 && a < 1 ? 0 : s, new Pe(s, l, a, e.opacity);
}
function Yl(e, t, n, o) {
  return arguments.length === 1 ? Ii(e) : new Pe(e, t, n, o ?? 1);
}
function Pe(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
so(Pe, Yl, Mi(Ft, {
  brighter(e) {
    return e = e == null ? un : Math.pow(un, e), new Pe(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Ot : Math.pow(Ot, e), new Pe(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new Ce(
      $n(e >= 240 ? e - 240 : e + 120, i, o),
      $n(e, i, o),
      $n(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new Pe(ko(this.h), Ut(this.s), Ut(this.l), cn(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = cn(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${ko(this.h)}, ${Ut(this.s) * 100}%, ${Ut(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function ko(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function Ut(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function $n(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const lo = (e) => () => e;
function Gl(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function Xl(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function Ul(e) {
  return (e = +e) == 1 ? Ti : function(t, n) {
    return n - t ? Xl(t, n, e) : lo(isNaN(t) ? n : t);
  };
}
function Ti(e, t) {
  var n = t - e;
  return n ? Gl(e, n) : lo(isNaN(e) ? t : e);
}
const dn = (function e(t) {
  var n = Ul(t);
  function o(i, r) {
    var s = n((i = Xn(i)).r, (r = Xn(r)).r), l = n(i.g, r.g), a = n(i.b, r.b), u = Ti(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = l(c), i.b = a(c), i.opacity = u(c), i + "";
    };
  }
  return o.gamma = e, o;
})(1);
function Zl(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(r) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - r) + t[i] * r;
    return o;
  };
}
function Wl(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function Kl(e, t) {
  var n = t ? t.length : 0, o = e ? Math.min(n, e.length) : 0, i = new Array(o), r = new Array(n), s;
  for (s = 0; s < o; ++s)
    i[s] = It(e[s], t[s]);
  for (; s < n; ++s)
    r[s] = t[s];
  return function(l) {
    for (s = 0; s < o; ++s)
      r[s] = i[s](l);
    return r;
  };
}
function ql(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(o) {
    return n.setTime(e * (1 - o) + t * o), n;
  };
}
function ze(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function jl(e, t) {
  var n = {}, o = {}, i;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (i in t)
    i in e ? n[i] = It(e[i], t[i]) : o[i] = t[i];
  return function(r) {
    for (i in n)
      o[i] = n[i](r);
    return o;
  };
}
var Un = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, Pn = new RegExp(Un.source, "g");
function Jl(e) {
  return function() {
    return e;
  };
}
function Ql(e) {
  return function(t) {
    return e(t) + "";
  };
}
function $i(e, t) {
  var n = Un.lastIndex = Pn.lastIndex = 0, o, i, r, s = -1, l = [], a = [];
  for (e = e + "", t = t + ""; (o = Un.exec(e)) && (i = Pn.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), l[s] ? l[s] += r : l[++s] = r), (o = o[0]) === (i = i[0]) ? l[s] ? l[s] += i : l[++s] = i : (l[++s] = null, a.push({ i: s, x: ze(o, i) })), n = Pn.lastIndex;
  return n < t.length && (r = t.slice(n), l[s] ? l[s] += r : l[++s] = r), l.length < 2 ? a[0] ? Ql(a[0].x) : Jl(t) : (t = a.length, function(u) {
    for (var c = 0, d; c < t; ++c)
      l[(d = a[c]).i] = d.x(u);
    return l.join("");
  });
}
function It(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? lo(t) : (n === "number" ? ze : n === "string" ? (o = at(t)) ? (t = o, dn) : $i : t instanceof at ? dn : t instanceof Date ? ql : Wl(t) ? Zl : Array.isArray(t) ? Kl : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? jl : ze)(e, t);
}
var Mo = 180 / Math.PI, Zn = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Pi(e, t, n, o, i, r) {
  var s, l, a;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (a = e * n + t * o) && (n -= e * a, o -= t * a), (l = Math.sqrt(n * n + o * o)) && (n /= l, o /= l, a /= l), e * o < t * n && (e = -e, t = -t, a = -a, s = -s), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * Mo,
    skewX: Math.atan(a) * Mo,
    scaleX: s,
    scaleY: l
  };
}
var Zt;
function ea(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Zn : Pi(t.a, t.b, t.c, t.d, t.e, t.f);
}
function ta(e) {
  return e == null || (Zt || (Zt = document.createElementNS("http://www.w3.org/2000/svg", "g")), Zt.setAttribute("transform", e), !(e = Zt.transform.baseVal.consolidate())) ? Zn : (e = e.matrix, Pi(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Di(e, t, n, o) {
  function i(u) {
    return u.length ? u.pop() + " " : "";
  }
  function r(u, c, d, h, g, k) {
    if (u !== d || c !== h) {
      var b = g.push("translate(", null, t, null, n);
      k.push({ i: b - 4, x: ze(u, d) }, { i: b - 2, x: ze(c, h) });
    } else (d || h) && g.push("translate(" + d + t + h + n);
  }
  function s(u, c, d, h) {
    u !== c ? (u - c > 180 ? c += 360 : c - u > 180 && (u += 360), h.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: ze(u, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function l(u, c, d, h) {
    u !== c ? h.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: ze(u, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function a(u, c, d, h, g, k) {
    if (u !== d || c !== h) {
      var b = g.push(i(g) + "scale(", null, ",", null, ")");
      k.push({ i: b - 4, x: ze(u, d) }, { i: b - 2, x: ze(c, h) });
    } else (d !== 1 || h !== 1) && g.push(i(g) + "scale(" + d + "," + h + ")");
  }
  return function(u, c) {
    var d = [], h = [];
    return u = e(u), c = e(c), r(u.translateX, u.translateY, c.translateX, c.translateY, d, h), s(u.rotate, c.rotate, d, h), l(u.skewX, c.skewX, d, h), a(u.scaleX, u.scaleY, c.scaleX, c.scaleY, d, h), u = c = null, function(g) {
      for (var k = -1, b = h.length, x; ++k < b; )
        d[(x = h[k]).i] = x.x(g);
      return d.join("");
    };
  };
}
var na = Di(ea, "px, ", "px)", "deg)"), oa = Di(ta, ", ", ")", ")"), ia = 1e-12;
function Io(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function ra(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function sa(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const nn = (function e(t, n, o) {
  function i(r, s) {
    var l = r[0], a = r[1], u = r[2], c = s[0], d = s[1], h = s[2], g = c - l, k = d - a, b = g * g + k * k, x, M;
    if (b < ia)
      M = Math.log(h / u) / t, x = function(V) {
        return [
          l + V * g,
          a + V * k,
          u * Math.exp(t * V * M)
        ];
      };
    else {
      var I = Math.sqrt(b), y = (h * h - u * u + o * b) / (2 * u * n * I), C = (h * h - u * u - o * b) / (2 * h * n * I), R = Math.log(Math.sqrt(y * y + 1) - y), G = Math.log(Math.sqrt(C * C + 1) - C);
      M = (G - R) / t, x = function(V) {
        var H = V * M, Q = Io(R), Z = u / (n * I) * (Q * sa(t * H + R) - ra(R));
        return [
          l + Z * g,
          a + Z * k,
          u * Q / Io(t * H + R)
        ];
      };
    }
    return x.duration = M * 1e3 * t / Math.SQRT2, x;
  }
  return i.rho = function(r) {
    var s = Math.max(1e-3, +r), l = s * s, a = l * l;
    return e(s, l, a);
  }, i;
})(Math.SQRT2, 2, 4);
var _t = 0, Ct = 0, St = 0, Ai = 1e3, fn, kt, hn = 0, ut = 0, wn = 0, Bt = typeof performance == "object" && performance.now ? performance : Date, Oi = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function ao() {
  return ut || (Oi(la), ut = Bt.now() + wn);
}
function la() {
  ut = 0;
}
function vn() {
  this._call = this._time = this._next = null;
}
vn.prototype = zi.prototype = {
  constructor: vn,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? ao() : +n) + (t == null ? 0 : +t), !this._next && kt !== this && (kt ? kt._next = this : fn = this, kt = this), this._call = e, this._time = n, Wn();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Wn());
  }
};
function zi(e, t, n) {
  var o = new vn();
  return o.restart(e, t, n), o;
}
function aa() {
  ao(), ++_t;
  for (var e = fn, t; e; )
    (t = ut - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --_t;
}
function To() {
  ut = (hn = Bt.now()) + wn, _t = Ct = 0;
  try {
    aa();
  } finally {
    _t = 0, ca(), ut = 0;
  }
}
function ua() {
  var e = Bt.now(), t = e - hn;
  t > Ai && (wn -= t, hn = e);
}
function ca() {
  for (var e, t = fn, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : fn = n);
  kt = e, Wn(o);
}
function Wn(e) {
  if (!_t) {
    Ct && (Ct = clearTimeout(Ct));
    var t = e - ut;
    t > 24 ? (e < 1 / 0 && (Ct = setTimeout(To, e - Bt.now() - wn)), St && (St = clearInterval(St))) : (St || (hn = Bt.now(), St = setInterval(ua, Ai)), _t = 1, Oi(To));
  }
}
function $o(e, t, n) {
  var o = new vn();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var da = yn("start", "end", "cancel", "interrupt"), fa = [], Bi = 0, Po = 1, Kn = 2, on = 3, Do = 4, qn = 5, rn = 6;
function bn(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s)
    e.__transition = {};
  else if (n in s)
    return;
  ha(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: da,
    tween: fa,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: Bi
  });
}
function uo(e, t) {
  var n = De(e, t);
  if (n.state > Bi)
    throw new Error("too late; already scheduled");
  return n;
}
function Le(e, t) {
  var n = De(e, t);
  if (n.state > on)
    throw new Error("too late; already running");
  return n;
}
function De(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function ha(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = zi(r, 0, n.time);
  function r(u) {
    n.state = Po, n.timer.restart(s, n.delay, n.time), n.delay <= u && s(u - n.delay);
  }
  function s(u) {
    var c, d, h, g;
    if (n.state !== Po)
      return a();
    for (c in o)
      if (g = o[c], g.name === n.name) {
        if (g.state === on)
          return $o(s);
        g.state === Do ? (g.state = rn, g.timer.stop(), g.on.call("interrupt", e, e.__data__, g.index, g.group), delete o[c]) : +c < t && (g.state = rn, g.timer.stop(), g.on.call("cancel", e, e.__data__, g.index, g.group), delete o[c]);
      }
    if ($o(function() {
      n.state === on && (n.state = Do, n.timer.restart(l, n.delay, n.time), l(u));
    }), n.state = Kn, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Kn) {
      for (n.state = on, i = new Array(h = n.tween.length), c = 0, d = -1; c < h; ++c)
        (g = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = g);
      i.length = d + 1;
    }
  }
  function l(u) {
    for (var c = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(a), n.state = qn, 1), d = -1, h = i.length; ++d < h; )
      i[d].call(e, c);
    n.state === qn && (n.on.call("end", e, e.__data__, n.index, n.group), a());
  }
  function a() {
    n.state = rn, n.timer.stop(), delete o[t];
    for (var u in o)
      return;
    delete e.__transition;
  }
}
function sn(e, t) {
  var n = e.__transition, o, i, r = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((o = n[s]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > Kn && o.state < qn, o.state = rn, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function va(e) {
  return this.each(function() {
    sn(this, e);
  });
}
function ga(e, t) {
  var n, o;
  return function() {
    var i = Le(this, e), r = i.tween;
    if (r !== n) {
      o = n = r;
      for (var s = 0, l = o.length; s < l; ++s)
        if (o[s].name === t) {
          o = o.slice(), o.splice(s, 1);
          break;
        }
    }
    i.tween = o;
  };
}
function pa(e, t, n) {
  var o, i;
  if (typeof n != "function")
    throw new Error();
  return function() {
    var r = Le(this, e), s = r.tween;
    if (s !== o) {
      i = (o = s).slice();
      for (var l = { name: t, value: n }, a = 0, u = i.length; a < u; ++a)
        if (i[a].name === t) {
          i[a] = l;
          break;
        }
      a === u && i.push(l);
    }
    r.tween = i;
  };
}
function ma(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = De(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? ga : pa)(n, e, t));
}
function co(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = Le(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return De(i, o).value[t];
  };
}
function Ri(e, t) {
  var n;
  return (typeof t == "number" ? ze : t instanceof at ? dn : (n = at(t)) ? (t = n, dn) : $i)(e, t);
}
function ya(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function _a(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function wa(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function ba(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function xa(e, t, n) {
  var o, i, r;
  return function() {
    var s, l = n(this), a;
    return l == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), a = l + "", s === a ? null : s === o && a === i ? r : (i = a, r = t(o = s, l)));
  };
}
function Ea(e, t, n) {
  var o, i, r;
  return function() {
    var s, l = n(this), a;
    return l == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), a = l + "", s === a ? null : s === o && a === i ? r : (i = a, r = t(o = s, l)));
  };
}
function Sa(e, t) {
  var n = _n(e), o = n === "transform" ? oa : Ri;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Ea : xa)(n, o, co(this, "attr." + e, t)) : t == null ? (n.local ? _a : ya)(n) : (n.local ? ba : wa)(n, o, t));
}
function Na(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Ca(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function ka(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Ca(e, r)), n;
  }
  return i._value = t, i;
}
function Ma(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Na(e, r)), n;
  }
  return i._value = t, i;
}
function Ia(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = _n(e);
  return this.tween(n, (o.local ? ka : Ma)(o, t));
}
function Ta(e, t) {
  return function() {
    uo(this, e).delay = +t.apply(this, arguments);
  };
}
function $a(e, t) {
  return t = +t, function() {
    uo(this, e).delay = t;
  };
}
function Pa(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Ta : $a)(t, e)) : De(this.node(), t).delay;
}
function Da(e, t) {
  return function() {
    Le(this, e).duration = +t.apply(this, arguments);
  };
}
function Aa(e, t) {
  return t = +t, function() {
    Le(this, e).duration = t;
  };
}
function Oa(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Da : Aa)(t, e)) : De(this.node(), t).duration;
}
function za(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    Le(this, e).ease = t;
  };
}
function Ba(e) {
  var t = this._id;
  return arguments.length ? this.each(za(t, e)) : De(this.node(), t).ease;
}
function Ra(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    Le(this, e).ease = n;
  };
}
function Va(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(Ra(this._id, e));
}
function Ha(e) {
  typeof e != "function" && (e = pi(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, l = o[i] = [], a, u = 0; u < s; ++u)
      (a = r[u]) && e.call(a, a.__data__, u, r) && l.push(a);
  return new Xe(o, this._parents, this._name, this._id);
}
function La(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), l = 0; l < r; ++l)
    for (var a = t[l], u = n[l], c = a.length, d = s[l] = new Array(c), h, g = 0; g < c; ++g)
      (h = a[g] || u[g]) && (d[g] = h);
  for (; l < o; ++l)
    s[l] = t[l];
  return new Xe(s, this._parents, this._name, this._id);
}
function Fa(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function Ya(e, t, n) {
  var o, i, r = Fa(t) ? uo : Le;
  return function() {
    var s = r(this, e), l = s.on;
    l !== o && (i = (o = l).copy()).on(t, n), s.on = i;
  };
}
function Ga(e, t) {
  var n = this._id;
  return arguments.length < 2 ? De(this.node(), n).on.on(e) : this.each(Ya(n, e, t));
}
function Xa(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function Ua() {
  return this.on("end.remove", Xa(this._id));
}
function Za(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = io(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var l = o[s], a = l.length, u = r[s] = new Array(a), c, d, h = 0; h < a; ++h)
      (c = l[h]) && (d = e.call(c, c.__data__, h, l)) && ("__data__" in c && (d.__data__ = c.__data__), u[h] = d, bn(u[h], t, n, h, u, De(c, n)));
  return new Xe(r, this._parents, t, n);
}
function Wa(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = gi(e));
  for (var o = this._groups, i = o.length, r = [], s = [], l = 0; l < i; ++l)
    for (var a = o[l], u = a.length, c, d = 0; d < u; ++d)
      if (c = a[d]) {
        for (var h = e.call(c, c.__data__, d, a), g, k = De(c, n), b = 0, x = h.length; b < x; ++b)
          (g = h[b]) && bn(g, t, n, b, h, k);
        r.push(h), s.push(c);
      }
  return new Xe(r, s, t, n);
}
var Ka = Lt.prototype.constructor;
function qa() {
  return new Ka(this._groups, this._parents);
}
function ja(e, t) {
  var n, o, i;
  return function() {
    var r = yt(this, e), s = (this.style.removeProperty(e), yt(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function Vi(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Ja(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = yt(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Qa(e, t, n) {
  var o, i, r;
  return function() {
    var s = yt(this, e), l = n(this), a = l + "";
    return l == null && (a = l = (this.style.removeProperty(e), yt(this, e))), s === a ? null : s === o && a === i ? r : (i = a, r = t(o = s, l));
  };
}
function eu(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, l;
  return function() {
    var a = Le(this, e), u = a.on, c = a.value[r] == null ? l || (l = Vi(t)) : void 0;
    (u !== n || i !== c) && (o = (n = u).copy()).on(s, i = c), a.on = o;
  };
}
function tu(e, t, n) {
  var o = (e += "") == "transform" ? na : Ri;
  return t == null ? this.styleTween(e, ja(e, o)).on("end.style." + e, Vi(e)) : typeof t == "function" ? this.styleTween(e, Qa(e, o, co(this, "style." + e, t))).each(eu(this._id, e)) : this.styleTween(e, Ja(e, o, t), n).on("end.style." + e, null);
}
function nu(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function ou(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && nu(e, s, n)), o;
  }
  return r._value = t, r;
}
function iu(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, ou(e, t, n ?? ""));
}
function ru(e) {
  return function() {
    this.textContent = e;
  };
}
function su(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function lu(e) {
  return this.tween("text", typeof e == "function" ? su(co(this, "text", e)) : ru(e == null ? "" : e + ""));
}
function au(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function uu(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && au(i)), t;
  }
  return o._value = e, o;
}
function cu(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, uu(e));
}
function du() {
  for (var e = this._name, t = this._id, n = Hi(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], l = s.length, a, u = 0; u < l; ++u)
      if (a = s[u]) {
        var c = De(a, t);
        bn(a, e, n, u, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new Xe(o, this._parents, e, n);
}
function fu() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(r, s) {
    var l = { value: s }, a = { value: function() {
      --i === 0 && r();
    } };
    n.each(function() {
      var u = Le(this, o), c = u.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(l), t._.interrupt.push(l), t._.end.push(a)), u.on = t;
    }), i === 0 && r();
  });
}
var hu = 0;
function Xe(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Hi() {
  return ++hu;
}
var Fe = Lt.prototype;
Xe.prototype = {
  constructor: Xe,
  select: Za,
  selectAll: Wa,
  selectChild: Fe.selectChild,
  selectChildren: Fe.selectChildren,
  filter: Ha,
  merge: La,
  selection: qa,
  transition: du,
  call: Fe.call,
  nodes: Fe.nodes,
  node: Fe.node,
  size: Fe.size,
  empty: Fe.empty,
  each: Fe.each,
  on: Ga,
  attr: Sa,
  attrTween: Ia,
  style: tu,
  styleTween: iu,
  text: lu,
  textTween: cu,
  remove: Ua,
  tween: ma,
  delay: Pa,
  duration: Oa,
  ease: Ba,
  easeVarying: Va,
  end: fu,
  [Symbol.iterator]: Fe[Symbol.iterator]
};
function vu(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var gu = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: vu
};
function pu(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function mu(e) {
  var t, n;
  e instanceof Xe ? (t = e._id, e = e._name) : (t = Hi(), (n = gu).time = ao(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], l = s.length, a, u = 0; u < l; ++u)
      (a = s[u]) && bn(a, e, t, u, s, n || pu(a, t));
  return new Xe(o, this._parents, e, t);
}
Lt.prototype.interrupt = va;
Lt.prototype.transition = mu;
const Wt = (e) => () => e;
function yu(e, {
  sourceEvent: t,
  target: n,
  transform: o,
  dispatch: i
}) {
  Object.defineProperties(this, {
    type: { value: e, enumerable: !0, configurable: !0 },
    sourceEvent: { value: t, enumerable: !0, configurable: !0 },
    target: { value: n, enumerable: !0, configurable: !0 },
    transform: { value: o, enumerable: !0, configurable: !0 },
    _: { value: i }
  });
}
function Ge(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
Ge.prototype = {
  constructor: Ge,
  scale: function(e) {
    return e === 1 ? this : new Ge(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new Ge(this.k, this.x + this.k * e, this.y + this.k * t);
  },
  apply: function(e) {
    return [e[0] * this.k + this.x, e[1] * this.k + this.y];
  },
  applyX: function(e) {
    return e * this.k + this.x;
  },
  applyY: function(e) {
    return e * this.k + this.y;
  },
  invert: function(e) {
    return [(e[0] - this.x) / this.k, (e[1] - this.y) / this.k];
  },
  invertX: function(e) {
    return (e - this.x) / this.k;
  },
  invertY: function(e) {
    return (e - this.y) / this.k;
  },
  rescaleX: function(e) {
    return e.copy().domain(e.range().map(this.invertX, this).map(e.invert, e));
  },
  rescaleY: function(e) {
    return e.copy().domain(e.range().map(this.invertY, this).map(e.invert, e));
  },
  toString: function() {
    return "translate(" + this.x + "," + this.y + ") scale(" + this.k + ")";
  }
};
var wt = new Ge(1, 0, 0);
Ge.prototype;
function Dn(e) {
  e.stopImmediatePropagation();
}
function Nt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function _u(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function wu() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Ao() {
  return this.__zoom || wt;
}
function bu(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function xu() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Eu(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function Su() {
  var e = _u, t = wu, n = Eu, o = bu, i = xu, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], l = 250, a = nn, u = yn("start", "zoom", "end"), c, d, h, g = 500, k = 150, b = 0, x = 10;
  function M(p) {
    p.property("__zoom", Ao).on("wheel.zoom", H, { passive: !1 }).on("mousedown.zoom", Q).on("dblclick.zoom", Z).filter(i).on("touchstart.zoom", z).on("touchmove.zoom", _).on("touchend.zoom touchcancel.zoom", W).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  M.transform = function(p, T, E, P) {
    var O = p.selection ? p.selection() : p;
    O.property("__zoom", Ao), p !== O ? R(p, T, E, P) : O.interrupt().each(function() {
      G(this, arguments).event(P).start().zoom(null, typeof T == "function" ? T.apply(this, arguments) : T).end();
    });
  }, M.scaleBy = function(p, T, E, P) {
    M.scaleTo(p, function() {
      var O = this.__zoom.k, L = typeof T == "function" ? T.apply(this, arguments) : T;
      return O * L;
    }, E, P);
  }, M.scaleTo = function(p, T, E, P) {
    M.transform(p, function() {
      var O = t.apply(this, arguments), L = this.__zoom, F = E == null ? C(O) : typeof E == "function" ? E.apply(this, arguments) : E, K = L.invert(F), ee = typeof T == "function" ? T.apply(this, arguments) : T;
      return n(y(I(L, ee), F, K), O, s);
    }, E, P);
  }, M.translateBy = function(p, T, E, P) {
    M.transform(p, function() {
      return n(this.__zoom.translate(
        typeof T == "function" ? T.apply(this, arguments) : T,
        typeof E == "function" ? E.apply(this, arguments) : E
      ), t.apply(this, arguments), s);
    }, null, P);
  }, M.translateTo = function(p, T, E, P, O) {
    M.transform(p, function() {
      var L = t.apply(this, arguments), F = this.__zoom, K = P == null ? C(L) : typeof P == "function" ? P.apply(this, arguments) : P;
      return n(wt.translate(K[0], K[1]).scale(F.k).translate(
        typeof T == "function" ? -T.apply(this, arguments) : -T,
        typeof E == "function" ? -E.apply(this, arguments) : -E
      ), L, s);
    }, P, O);
  };
  function I(p, T) {
    return T = Math.max(r[0], Math.min(r[1], T)), T === p.k ? p : new Ge(T, p.x, p.y);
  }
  function y(p, T, E) {
    var P = T[0] - E[0] * p.k, O = T[1] - E[1] * p.k;
    return P === p.x && O === p.y ? p : new Ge(p.k, P, O);
  }
  function C(p) {
    return [(+p[0][0] + +p[1][0]) / 2, (+p[0][1] + +p[1][1]) / 2];
  }
  function R(p, T, E, P) {
    p.on("start.zoom", function() {
      G(this, arguments).event(P).start();
    }).on("interrupt.zoom end.zoom", function() {
      G(this, arguments).event(P).end();
    }).tween("zoom", function() {
      var O = this, L = arguments, F = G(O, L).event(P), K = t.apply(O, L), ee = E == null ? C(K) : typeof E == "function" ? E.apply(O, L) : E, S = Math.max(K[1][0] - K[0][0], K[1][1] - K[0][1]), A = O.__zoom, $ = typeof T == "function" ? T.apply(O, L) : T, D = a(A.invert(ee).concat(S / A.k), $.invert(ee).concat(S / $.k));
      return function(B) {
        if (B === 1)
          B = $;
        else {
          var re = D(B), fe = S / re[2];
          B = new Ge(fe, ee[0] - re[0] * fe, ee[1] - re[1] * fe);
        }
        F.zoom(null, B);
      };
    });
  }
  function G(p, T, E) {
    return !E && p.__zooming || new V(p, T);
  }
  function V(p, T) {
    this.that = p, this.args = T, this.active = 0, this.sourceEvent = null, this.extent = t.apply(p, T), this.taps = 0;
  }
  V.prototype = {
    event: function(p) {
      return p && (this.sourceEvent = p), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(p, T) {
      return this.mouse && p !== "mouse" && (this.mouse[1] = T.invert(this.mouse[0])), this.touch0 && p !== "touch" && (this.touch0[1] = T.invert(this.touch0[0])), this.touch1 && p !== "touch" && (this.touch1[1] = T.invert(this.touch1[0])), this.that.__zoom = T, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(p) {
      var T = $e(this.that).datum();
      u.call(
        p,
        this.that,
        new yu(p, {
          sourceEvent: this.sourceEvent,
          target: M,
          transform: this.that.__zoom,
          dispatch: u
        }),
        T
      );
    }
  };
  function H(p, ...T) {
    if (!e.apply(this, arguments))
      return;
    var E = G(this, T).event(p), P = this.__zoom, O = Math.max(r[0], Math.min(r[1], P.k * Math.pow(2, o.apply(this, arguments)))), L = Oe(p);
    if (E.wheel)
      (E.mouse[0][0] !== L[0] || E.mouse[0][1] !== L[1]) && (E.mouse[1] = P.invert(E.mouse[0] = L)), clearTimeout(E.wheel);
    else {
      if (P.k === O)
        return;
      E.mouse = [L, P.invert(L)], sn(this), E.start();
    }
    Nt(p), E.wheel = setTimeout(F, k), E.zoom("mouse", n(y(I(P, O), E.mouse[0], E.mouse[1]), E.extent, s));
    function F() {
      E.wheel = null, E.end();
    }
  }
  function Q(p, ...T) {
    if (h || !e.apply(this, arguments))
      return;
    var E = p.currentTarget, P = G(this, T, !0).event(p), O = $e(p.view).on("mousemove.zoom", ee, !0).on("mouseup.zoom", S, !0), L = Oe(p, E), F = p.clientX, K = p.clientY;
    Ci(p.view), Dn(p), P.mouse = [L, this.__zoom.invert(L)], sn(this), P.start();
    function ee(A) {
      if (Nt(A), !P.moved) {
        var $ = A.clientX - F, D = A.clientY - K;
        P.moved = $ * $ + D * D > b;
      }
      P.event(A).zoom("mouse", n(y(P.that.__zoom, P.mouse[0] = Oe(A, E), P.mouse[1]), P.extent, s));
    }
    function S(A) {
      O.on("mousemove.zoom mouseup.zoom", null), ki(A.view, P.moved), Nt(A), P.event(A).end();
    }
  }
  function Z(p, ...T) {
    if (e.apply(this, arguments)) {
      var E = this.__zoom, P = Oe(p.changedTouches ? p.changedTouches[0] : p, this), O = E.invert(P), L = E.k * (p.shiftKey ? 0.5 : 2), F = n(y(I(E, L), P, O), t.apply(this, T), s);
      Nt(p), l > 0 ? $e(this).transition().duration(l).call(R, F, P, p) : $e(this).call(M.transform, F, P, p);
    }
  }
  function z(p, ...T) {
    if (e.apply(this, arguments)) {
      var E = p.touches, P = E.length, O = G(this, T, p.changedTouches.length === P).event(p), L, F, K, ee;
      for (Dn(p), F = 0; F < P; ++F)
        K = E[F], ee = Oe(K, this), ee = [ee, this.__zoom.invert(ee), K.identifier], O.touch0 ? !O.touch1 && O.touch0[2] !== ee[2] && (O.touch1 = ee, O.taps = 0) : (O.touch0 = ee, L = !0, O.taps = 1 + !!c);
      c && (c = clearTimeout(c)), L && (O.taps < 2 && (d = ee[0], c = setTimeout(function() {
        c = null;
      }, g)), sn(this), O.start());
    }
  }
  function _(p, ...T) {
    if (this.__zooming) {
      var E = G(this, T).event(p), P = p.changedTouches, O = P.length, L, F, K, ee;
      for (Nt(p), L = 0; L < O; ++L)
        F = P[L], K = Oe(F, this), E.touch0 && E.touch0[2] === F.identifier ? E.touch0[0] = K : E.touch1 && E.touch1[2] === F.identifier && (E.touch1[0] = K);
      if (F = E.that.__zoom, E.touch1) {
        var S = E.touch0[0], A = E.touch0[1], $ = E.touch1[0], D = E.touch1[1], B = (B = $[0] - S[0]) * B + (B = $[1] - S[1]) * B, re = (re = D[0] - A[0]) * re + (re = D[1] - A[1]) * re;
        F = I(F, Math.sqrt(B / re)), K = [(S[0] + $[0]) / 2, (S[1] + $[1]) / 2], ee = [(A[0] + D[0]) / 2, (A[1] + D[1]) / 2];
      } else if (E.touch0)
        K = E.touch0[0], ee = E.touch0[1];
      else
        return;
      E.zoom("touch", n(y(F, K, ee), E.extent, s));
    }
  }
  function W(p, ...T) {
    if (this.__zooming) {
      var E = G(this, T).event(p), P = p.changedTouches, O = P.length, L, F;
      for (Dn(p), h && clearTimeout(h), h = setTimeout(function() {
        h = null;
      }, g), L = 0; L < O; ++L)
        F = P[L], E.touch0 && E.touch0[2] === F.identifier ? delete E.touch0 : E.touch1 && E.touch1[2] === F.identifier && delete E.touch1;
      if (E.touch1 && !E.touch0 && (E.touch0 = E.touch1, delete E.touch1), E.touch0)
        E.touch0[1] = this.__zoom.invert(E.touch0[0]);
      else if (E.end(), E.taps === 2 && (F = Oe(F, this), Math.hypot(d[0] - F[0], d[1] - F[1]) < x)) {
        var K = $e(this).on("dblclick.zoom");
        K && K.apply(this, arguments);
      }
    }
  }
  return M.wheelDelta = function(p) {
    return arguments.length ? (o = typeof p == "function" ? p : Wt(+p), M) : o;
  }, M.filter = function(p) {
    return arguments.length ? (e = typeof p == "function" ? p : Wt(!!p), M) : e;
  }, M.touchable = function(p) {
    return arguments.length ? (i = typeof p == "function" ? p : Wt(!!p), M) : i;
  }, M.extent = function(p) {
    return arguments.length ? (t = typeof p == "function" ? p : Wt([[+p[0][0], +p[0][1]], [+p[1][0], +p[1][1]]]), M) : t;
  }, M.scaleExtent = function(p) {
    return arguments.length ? (r[0] = +p[0], r[1] = +p[1], M) : [r[0], r[1]];
  }, M.translateExtent = function(p) {
    return arguments.length ? (s[0][0] = +p[0][0], s[1][0] = +p[1][0], s[0][1] = +p[0][1], s[1][1] = +p[1][1], M) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, M.constrain = function(p) {
    return arguments.length ? (n = p, M) : n;
  }, M.duration = function(p) {
    return arguments.length ? (l = +p, M) : l;
  }, M.interpolate = function(p) {
    return arguments.length ? (a = p, M) : a;
  }, M.on = function() {
    var p = u.on.apply(u, arguments);
    return p === u ? M : p;
  }, M.clickDistance = function(p) {
    return arguments.length ? (b = (p = +p) * p, M) : Math.sqrt(b);
  }, M.tapDistance = function(p) {
    return arguments.length ? (x = +p, M) : x;
  }, M;
}
var q = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(q || {}), fo = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(fo || {}), tt = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(tt || {}), Qe = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(Qe || {}), jn = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(jn || {}), Tt = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(Tt || {});
const Nu = ["INPUT", "SELECT", "TEXTAREA"], Cu = typeof document < "u" ? document : null;
function Jn(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof o?.hasAttribute == "function" ? o.hasAttribute("contenteditable") : !1, r = typeof o?.closest == "function" ? o.closest(".nokey") : null;
  return Nu.includes(o?.nodeName) || i || !!r;
}
function ku(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function Oo(e, t, n, o) {
  const i = t.replace("+", `
`).replace(`

`, `
+`).split(`
`).map((s) => s.trim().toLowerCase());
  if (i.length === 1)
    return e.toLowerCase() === t.toLowerCase();
  o || n.add(e.toLowerCase());
  const r = i.every(
    (s, l) => n.has(s) && Array.from(n.values())[l] === i[l]
  );
  return o && n.delete(e.toLowerCase()), r;
}
function Mu(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = Iu(n.code, e);
    return Array.isArray(e) ? e.some((i) => Oo(n[o], i, t, n.type === "keyup")) : Oo(n[o], e, t, n.type === "keyup");
  };
}
function Iu(e, t) {
  return t.includes(e) ? "code" : "key";
}
function $t(e, t) {
  const n = se(() => ce(t?.target) ?? Cu), o = qe(ce(e) === !0);
  let i = !1;
  const r = /* @__PURE__ */ new Set();
  let s = a(ce(e));
  ve(
    () => ce(e),
    (u, c) => {
      typeof c == "boolean" && typeof u != "boolean" && l(), s = a(u);
    },
    {
      immediate: !0
    }
  ), hi(["blur", "contextmenu"], l), mo(
    (...u) => s(...u),
    (u) => {
      var c, d;
      const h = ce(t?.actInsideInputWithModifier) ?? !0, g = ce(t?.preventDefault) ?? !1;
      if (i = ku(u), (!i || i && !h) && Jn(u))
        return;
      const b = ((d = (c = u.composedPath) == null ? void 0 : c.call(u)) == null ? void 0 : d[0]) || u.target, x = b?.nodeName === "BUTTON" || b?.nodeName === "A";
      !g && (i || !x) && u.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), mo(
    (...u) => s(...u),
    (u) => {
      const c = ce(t?.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!i || i && !c) && Jn(u))
          return;
        i = !1, o.value = !1;
      }
    },
    { eventName: "keyup", target: n }
  );
  function l() {
    i = !1, r.clear(), o.value = ce(e) === !0;
  }
  function a(u) {
    return u === null ? (l(), () => !1) : typeof u == "boolean" ? (l(), o.value = u, () => !1) : Array.isArray(u) || typeof u == "string" ? Mu(u, r) : u;
  }
  return o;
}
const Li = "vue-flow__node-desc", Fi = "vue-flow__edge-desc", Tu = "vue-flow__aria-live", Yi = ["Enter", " ", "Escape"], pt = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
function gn(e) {
  return {
    ...e.computedPosition || { x: 0, y: 0 },
    width: e.dimensions.width || 0,
    height: e.dimensions.height || 0
  };
}
function pn(e, t) {
  const n = Math.max(0, Math.min(e.x + e.width, t.x + t.width) - Math.max(e.x, t.x)), o = Math.max(0, Math.min(e.y + e.height, t.y + t.height) - Math.max(e.y, t.y));
  return Math.ceil(n * o);
}
function xn(e) {
  return {
    width: e.offsetWidth,
    height: e.offsetHeight
  };
}
function ct(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function Gi(e, t) {
  return {
    x: ct(e.x, t[0][0], t[1][0]),
    y: ct(e.y, t[0][1], t[1][1])
  };
}
function zo(e) {
  const t = e.getRootNode();
  return "elementFromPoint" in t ? t : window.document;
}
function et(e) {
  return e && typeof e == "object" && "id" in e && "source" in e && "target" in e;
}
function rt(e) {
  return e && typeof e == "object" && "id" in e && "position" in e && !et(e);
}
function Mt(e) {
  return rt(e) && "computedPosition" in e;
}
function Kt(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function $u(e) {
  return Kt(e.width) && Kt(e.height) && Kt(e.x) && Kt(e.y);
}
function Pu(e, t, n) {
  const o = {
    id: e.id.toString(),
    type: e.type ?? "default",
    dimensions: en({
      width: 0,
      height: 0
    }),
    computedPosition: en({
      z: 0,
      ...e.position
    }),
    // todo: shouldn't be defined initially, as we want to use handleBounds to check if a node was actually initialized or not
    handleBounds: {
      source: [],
      target: []
    },
    draggable: void 0,
    selectable: void 0,
    connectable: void 0,
    focusable: void 0,
    selected: !1,
    dragging: !1,
    resizing: !1,
    initialized: !1,
    isParent: !1,
    position: {
      x: 0,
      y: 0
    },
    data: we(e.data) ? e.data : {},
    events: en(we(e.events) ? e.events : {})
  };
  return Object.assign(t ?? o, e, { id: e.id.toString(), parentNode: n });
}
function Xi(e, t, n) {
  var o, i;
  const r = {
    id: e.id.toString(),
    type: e.type ?? t?.type ?? "default",
    source: e.source.toString(),
    target: e.target.toString(),
    sourceHandle: (o = e.sourceHandle) == null ? void 0 : o.toString(),
    targetHandle: (i = e.targetHandle) == null ? void 0 : i.toString(),
    updatable: e.updatable ?? n?.updatable,
    selectable: e.selectable ?? n?.selectable,
    focusable: e.focusable ?? n?.focusable,
    data: we(e.data) ? e.data : {},
    events: en(we(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? n?.interactionWidth,
    ...n ?? {}
  };
  return Object.assign(t ?? r, e, { id: e.id.toString() });
}
function Ui(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, r = /* @__PURE__ */ new Set(), s = o === "source" ? "target" : "source";
  for (const l of n)
    l[s] === i && r.add(l[o]);
  return t.filter((l) => r.has(l.id));
}
function Du(...e) {
  if (e.length === 3) {
    const [r, s, l] = e;
    return Ui(r, s, l, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => et(r) && r.source === o).map((r) => n.find((s) => rt(s) && s.id === r.target));
}
function Au(...e) {
  if (e.length === 3) {
    const [r, s, l] = e;
    return Ui(r, s, l, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => et(r) && r.target === o).map((r) => n.find((s) => rt(s) && s.id === r.source));
}
function Zi({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function Ou(e, t) {
  return t.some(
    (n) => et(n) && n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)
  );
}
function Rt({ x: e, y: t }, { x: n, y: o, zoom: i }) {
  return {
    x: e * i + n,
    y: t * i + o
  };
}
function Vt({ x: e, y: t }, { x: n, y: o, zoom: i }, r = !1, s = [1, 1]) {
  const l = {
    x: (e - n) / i,
    y: (t - o) / i
  };
  return r ? En(l, s) : l;
}
function zu(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function Wi({ x: e, y: t, width: n, height: o }) {
  return {
    x: e,
    y: t,
    x2: e + n,
    y2: t + o
  };
}
function Bu({ x: e, y: t, x2: n, y2: o }) {
  return {
    x: e,
    y: t,
    width: n - e,
    height: o - t
  };
}
function Ki(e) {
  let t = {
    x: Number.POSITIVE_INFINITY,
    y: Number.POSITIVE_INFINITY,
    x2: Number.NEGATIVE_INFINITY,
    y2: Number.NEGATIVE_INFINITY
  };
  for (let n = 0; n < e.length; n++) {
    const o = e[n];
    t = zu(
      t,
      Wi({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return Bu(t);
}
function qi(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const r = {
    ...Vt(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, s = [];
  for (const l of e) {
    const { dimensions: a, selectable: u = !0, hidden: c = !1 } = l, d = a.width ?? l.width ?? null, h = a.height ?? l.height ?? null;
    if (i && !u || c)
      continue;
    const g = pn(r, gn(l)), k = d === null || h === null, b = o && g > 0, x = (d ?? 0) * (h ?? 0);
    (k || b || g >= x || l.dragging) && s.push(l);
  }
  return s;
}
function ji(e, t) {
  const n = /* @__PURE__ */ new Set();
  if (typeof e == "string")
    n.add(e);
  else if (e.length >= 1)
    for (const o of e)
      n.add(o.id);
  return t.filter((o) => n.has(o.source) || n.has(o.target));
}
function ht(e, t) {
  if (typeof e == "number")
    return Math.floor((t - t / (1 + e)) * 0.5);
  if (typeof e == "string" && e.endsWith("px")) {
    const n = Number.parseFloat(e);
    if (!Number.isNaN(n))
      return Math.floor(n);
  }
  if (typeof e == "string" && e.endsWith("%")) {
    const n = Number.parseFloat(e);
    if (!Number.isNaN(n))
      return Math.floor(t * n * 0.01);
  }
  return Yt(`The padding value "${e}" is invalid. Please provide a number or a string with a valid unit (px or %).`), 0;
}
function Ru(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const o = ht(e, n), i = ht(e, t);
    return {
      top: o,
      right: i,
      bottom: o,
      left: i,
      x: i * 2,
      y: o * 2
    };
  }
  if (typeof e == "object") {
    const o = ht(e.top ?? e.y ?? 0, n), i = ht(e.bottom ?? e.y ?? 0, n), r = ht(e.left ?? e.x ?? 0, t), s = ht(e.right ?? e.x ?? 0, t);
    return { top: o, right: s, bottom: i, left: r, x: r + s, y: o + i };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function Vu(e, t, n, o, i, r) {
  const { x: s, y: l } = Rt(e, { x: t, y: n, zoom: o }), { x: a, y: u } = Rt(
    { x: e.x + e.width, y: e.y + e.height },
    {
      x: t,
      y: n,
      zoom: o
    }
  ), c = i - a, d = r - u;
  return {
    left: Math.floor(s),
    top: Math.floor(l),
    right: Math.floor(c),
    bottom: Math.floor(d)
  };
}
function Bo(e, t, n, o, i, r = 0.1) {
  const s = Ru(r, t, n), l = (t - s.x) / e.width, a = (n - s.y) / e.height, u = Math.min(l, a), c = ct(u, o, i), d = e.x + e.width / 2, h = e.y + e.height / 2, g = t / 2 - d * c, k = n / 2 - h * c, b = Vu(e, g, k, c, t, n), x = {
    left: Math.min(b.left - s.left, 0),
    top: Math.min(b.top - s.top, 0),
    right: Math.min(b.right - s.right, 0),
    bottom: Math.min(b.bottom - s.bottom, 0)
  };
  return {
    x: g - x.left + x.right,
    y: k - x.top + x.bottom,
    zoom: c
  };
}
function Hu(e, t) {
  return {
    x: t.x + e.x,
    y: t.y + e.y,
    z: (e.z > t.z ? e.z : t.z) + 1
  };
}
function Ji(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : Ji(n, t) : !1;
}
function Ht(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function Ro(e) {
  const t = e.ctrlKey && mn() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Vo(e, t, n) {
  return e < t ? ct(Math.abs(e - t), 1, t) / t : e > n ? -ct(Math.abs(e - n), 1, t) / t : 0;
}
function Qi(e, t, n = 15, o = 40) {
  const i = Vo(e.x, o, t.width - o) * n, r = Vo(e.y, o, t.height - o) * n;
  return [i, r];
}
function An(e, t) {
  if (t) {
    const n = e.position.x + e.dimensions.width - t.dimensions.width, o = e.position.y + e.dimensions.height - t.dimensions.height;
    if (n > 0 || o > 0 || e.position.x < 0 || e.position.y < 0) {
      let i = {};
      if (typeof t.style == "function" ? i = { ...t.style(t) } : t.style && (i = { ...t.style }), i.width = i.width ?? `${t.dimensions.width}px`, i.height = i.height ?? `${t.dimensions.height}px`, n > 0)
        if (typeof i.width == "string") {
          const r = Number(i.width.replace("px", ""));
          i.width = `${r + n}px`;
        } else
          i.width += n;
      if (o > 0)
        if (typeof i.height == "string") {
          const r = Number(i.height.replace("px", ""));
          i.height = `${r + o}px`;
        } else
          i.height += o;
      if (e.position.x < 0) {
        const r = Math.abs(e.position.x);
        if (t.position.x = t.position.x - r, typeof i.width == "string") {
          const s = Number(i.width.replace("px", ""));
          i.width = `${s + r}px`;
        } else
          i.width += r;
        e.position.x = 0;
      }
      if (e.position.y < 0) {
        const r = Math.abs(e.position.y);
        if (t.position.y = t.position.y - r, typeof i.height == "string") {
          const s = Number(i.height.replace("px", ""));
          i.height = `${s + r}px`;
        } else
          i.height += r;
        e.position.y = 0;
      }
      t.dimensions.width = Number(i.width.toString().replace("px", "")), t.dimensions.height = Number(i.height.toString().replace("px", "")), typeof t.style == "function" ? t.style = (r) => {
        const s = t.style;
        return {
          ...s(r),
          ...i
        };
      } : t.style = {
        ...t.style,
        ...i
      };
    }
  }
}
function Ho(e, t) {
  var n, o;
  const i = e.filter((s) => s.type === "add" || s.type === "remove");
  for (const s of i)
    if (s.type === "add")
      t.findIndex((a) => a.id === s.item.id) === -1 && t.push(s.item);
    else if (s.type === "remove") {
      const l = t.findIndex((a) => a.id === s.id);
      l !== -1 && t.splice(l, 1);
    }
  const r = t.map((s) => s.id);
  for (const s of t)
    for (const l of e)
      if (l.id === s.id)
        switch (l.type) {
          case "select":
            s.selected = l.selected;
            break;
          case "position":
            if (Mt(s) && (typeof l.position < "u" && (s.position = l.position), typeof l.dragging < "u" && (s.dragging = l.dragging), s.expandParent && s.parentNode)) {
              const a = t[r.indexOf(s.parentNode)];
              a && Mt(a) && An(s, a);
            }
            break;
          case "dimensions":
            if (Mt(s) && (typeof l.dimensions < "u" && (s.dimensions = l.dimensions), typeof l.updateStyle < "u" && l.updateStyle && (s.style = {
              ...s.style || {},
              width: `${(n = l.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = l.dimensions) == null ? void 0 : o.height}px`
            }), typeof l.resizing < "u" && (s.resizing = l.resizing), s.expandParent && s.parentNode)) {
              const a = t[r.indexOf(s.parentNode)];
              a && Mt(a) && (!!a.dimensions.width && !!a.dimensions.height ? An(s, a) : Re(() => {
                An(s, a);
              }));
            }
            break;
        }
  return t;
}
function We(e, t) {
  return {
    id: e,
    type: "select",
    selected: t
  };
}
function Lo(e) {
  return {
    item: e,
    type: "add"
  };
}
function Fo(e) {
  return {
    id: e,
    type: "remove"
  };
}
function Yo(e, t, n, o, i) {
  return {
    id: e,
    source: t,
    target: n,
    sourceHandle: o || null,
    targetHandle: i || null,
    type: "remove"
  };
}
function Ke(e, t = /* @__PURE__ */ new Set(), n = !1) {
  const o = [];
  for (const [i, r] of e) {
    const s = t.has(i);
    !(r.selected === void 0 && !s) && r.selected !== s && (n && (r.selected = s), o.push(We(r.id, s)));
  }
  return o;
}
const Go = () => {
};
function Y(e) {
  const t = /* @__PURE__ */ new Set();
  let n = Go, o = () => !1;
  const i = () => t.size > 0 || o(), r = (h) => {
    n = h;
  }, s = () => {
    n = Go;
  }, l = (h) => {
    o = h;
  }, a = () => {
    o = () => !1;
  }, u = (h) => {
    t.delete(h);
  };
  return {
    on: (h) => {
      t.add(h);
      const g = () => u(h);
      return Dt(g), { off: g };
    },
    off: u,
    trigger: (h) => {
      const g = [n];
      return i() ? g.push(...t) : e && g.push(e), Promise.allSettled(g.map((k) => k(h)));
    },
    hasListeners: i,
    listeners: t,
    setEmitter: r,
    removeEmitter: s,
    setHasEmitListeners: l,
    removeHasEmitListeners: a
  };
}
function Xo(e, t, n) {
  let o = e;
  do {
    if (o && o.matches(t))
      return !0;
    if (o === n)
      return !1;
    o = o.parentElement;
  } while (o);
  return !1;
}
function Lu(e, t, n, o) {
  var i, r;
  const s = /* @__PURE__ */ new Map();
  for (const [l, a] of e)
    (a.selected || a.id === o) && (!a.parentNode || !Ji(a, e)) && (a.draggable || t && typeof a.draggable > "u") && e.get(l) && s.set(l, {
      id: a.id,
      position: a.position || { x: 0, y: 0 },
      distance: {
        x: n.x - ((i = a.computedPosition) == null ? void 0 : i.x) || 0,
        y: n.y - ((r = a.computedPosition) == null ? void 0 : r.y) || 0
      },
      from: { x: a.computedPosition.x, y: a.computedPosition.y },
      extent: a.extent,
      parentNode: a.parentNode,
      dimensions: { ...a.dimensions },
      expandParent: a.expandParent
    });
  return Array.from(s.values());
}
function On({
  id: e,
  dragItems: t,
  findNode: n
}) {
  const o = [];
  for (const i of t) {
    const r = n(i.id);
    r && o.push(r);
  }
  return [e ? o.find((i) => i.id === e) : o[0], o];
}
function er(e) {
  if (Array.isArray(e))
    switch (e.length) {
      case 1:
        return [e[0], e[0], e[0], e[0]];
      case 2:
        return [e[0], e[1], e[0], e[1]];
      case 3:
        return [e[0], e[1], e[2], e[1]];
      case 4:
        return e;
      default:
        return [0, 0, 0, 0];
    }
  return [e, e, e, e];
}
function Fu(e, t, n) {
  const [o, i, r, s] = typeof e != "string" ? er(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + s, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - r
    ]
  ] : !1;
}
function Yu(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && i?.range === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const r = Fu(i, e, o);
      r && (i = r);
    } else
      t(new xe(be.NODE_EXTENT_INVALID, e.id)), i = n;
  else if (Array.isArray(i)) {
    const r = o?.computedPosition.x || 0, s = o?.computedPosition.y || 0;
    i = [
      [i[0][0] + r, i[0][1] + s],
      [i[1][0] + r, i[1][1] + s]
    ];
  } else if (i !== "parent" && i?.range && Array.isArray(i.range)) {
    const [r, s, l, a] = er(i.padding), u = o?.computedPosition.x || 0, c = o?.computedPosition.y || 0;
    i = [
      [i.range[0][0] + u + a, i.range[0][1] + c + r],
      [i.range[1][0] + u - s, i.range[1][1] + c - l]
    ];
  }
  return i === "parent" ? [
    [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
    [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  ] : i;
}
function Gu({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function ho(e, t, n, o, i) {
  const r = Gu(e.dimensions, Yu(e, n, o, i)), s = Gi(t, r);
  return {
    position: {
      x: s.x - (i?.computedPosition.x || 0),
      y: s.y - (i?.computedPosition.y || 0)
    },
    computedPosition: s
  };
}
function bt(e, t, n = q.Left, o = !1) {
  const i = (t?.x ?? 0) + e.computedPosition.x, r = (t?.y ?? 0) + e.computedPosition.y, { width: s, height: l } = t ?? Wu(e);
  if (o)
    return { x: i + s / 2, y: r + l / 2 };
  switch (t?.position ?? n) {
    case q.Top:
      return { x: i + s / 2, y: r };
    case q.Right:
      return { x: i + s, y: r + l / 2 };
    case q.Bottom:
      return { x: i + s / 2, y: r + l };
    case q.Left:
      return { x: i, y: r + l / 2 };
  }
}
function Uo(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function Xu({
  sourcePos: e,
  targetPos: t,
  sourceWidth: n,
  sourceHeight: o,
  targetWidth: i,
  targetHeight: r,
  width: s,
  height: l,
  viewport: a
}) {
  const u = {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x + n, t.x + i),
    y2: Math.max(e.y + o, t.y + r)
  };
  u.x === u.x2 && (u.x2 += 1), u.y === u.y2 && (u.y2 += 1);
  const c = Wi({
    x: (0 - a.x) / a.zoom,
    y: (0 - a.y) / a.zoom,
    width: s / a.zoom,
    height: l / a.zoom
  }), d = Math.max(0, Math.min(c.x2, u.x2) - Math.max(c.x, u.x)), h = Math.max(0, Math.min(c.y2, u.y2) - Math.max(c.y, u.y));
  return Math.ceil(d * h) > 0;
}
function Uu(e, t, n = !1) {
  const o = typeof e.zIndex == "number";
  let i = o ? e.zIndex : 0;
  const r = t(e.source), s = t(e.target);
  return !r || !s ? 0 : (n && (i = o ? e.zIndex : Math.max(r.computedPosition.z || 0, s.computedPosition.z || 0)), i);
}
var be = /* @__PURE__ */ ((e) => (e.MISSING_STYLES = "MISSING_STYLES", e.MISSING_VIEWPORT_DIMENSIONS = "MISSING_VIEWPORT_DIMENSIONS", e.NODE_INVALID = "NODE_INVALID", e.NODE_NOT_FOUND = "NODE_NOT_FOUND", e.NODE_MISSING_PARENT = "NODE_MISSING_PARENT", e.NODE_TYPE_MISSING = "NODE_TYPE_MISSING", e.NODE_EXTENT_INVALID = "NODE_EXTENT_INVALID", e.EDGE_INVALID = "EDGE_INVALID", e.EDGE_NOT_FOUND = "EDGE_NOT_FOUND", e.EDGE_SOURCE_MISSING = "EDGE_SOURCE_MISSING", e.EDGE_TARGET_MISSING = "EDGE_TARGET_MISSING", e.EDGE_TYPE_MISSING = "EDGE_TYPE_MISSING", e.EDGE_SOURCE_TARGET_SAME = "EDGE_SOURCE_TARGET_SAME", e.EDGE_SOURCE_TARGET_MISSING = "EDGE_SOURCE_TARGET_MISSING", e.EDGE_ORPHANED = "EDGE_ORPHANED", e.USEVUEFLOW_OPTIONS = "USEVUEFLOW_OPTIONS", e))(be || {});
const Zo = {
  MISSING_STYLES: () => "It seems that you haven't loaded the necessary styles. Please import '@vue-flow/core/dist/style.css' to ensure that the graph is rendered correctly",
  MISSING_VIEWPORT_DIMENSIONS: () => "The Vue Flow parent container needs a width and a height to render the graph",
  NODE_INVALID: (e) => `Node is invalid
Node: ${e}`,
  NODE_NOT_FOUND: (e) => `Node not found
Node: ${e}`,
  NODE_MISSING_PARENT: (e, t) => `Node is missing a parent
Node: ${e}
Parent: ${t}`,
  NODE_TYPE_MISSING: (e) => `Node type is missing
Type: ${e}`,
  NODE_EXTENT_INVALID: (e) => `Only child nodes can use a parent extent
Node: ${e}`,
  EDGE_INVALID: (e) => `An edge needs a source and a target
Edge: ${e}`,
  EDGE_SOURCE_MISSING: (e, t) => `Edge source is missing
Edge: ${e} 
Source: ${t}`,
  EDGE_TARGET_MISSING: (e, t) => `Edge target is missing
Edge: ${e} 
Target: ${t}`,
  EDGE_TYPE_MISSING: (e) => `Edge type is missing
Type: ${e}`,
  EDGE_SOURCE_TARGET_SAME: (e, t, n) => `Edge source and target are the same
Edge: ${e} 
Source: ${t} 
Target: ${n}`,
  EDGE_SOURCE_TARGET_MISSING: (e, t, n) => `Edge source or target is missing
Edge: ${e} 
Source: ${t} 
Target: ${n}`,
  EDGE_ORPHANED: (e) => `Edge was orphaned (suddenly missing source or target) and has been removed
Edge: ${e}`,
  EDGE_NOT_FOUND: (e) => `Edge not found
Edge: ${e}`,
  // deprecation errors
  USEVUEFLOW_OPTIONS: () => "The options parameter is deprecated and will be removed in the next major version. Please use the id parameter instead"
};
class xe extends Error {
  constructor(t, ...n) {
    var o;
    super((o = Zo[t]) == null ? void 0 : o.call(Zo, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function vo(e) {
  return "clientX" in e;
}
function Zu(e) {
  return "sourceEvent" in e;
}
function Be(e, t) {
  const n = vo(e);
  let o, i;
  return n ? (o = e.clientX, i = e.clientY) : "touches" in e && e.touches.length > 0 ? (o = e.touches[0].clientX, i = e.touches[0].clientY) : "changedTouches" in e && e.changedTouches.length > 0 ? (o = e.changedTouches[0].clientX, i = e.changedTouches[0].clientY) : (o = 0, i = 0), {
    x: o - (t?.left ?? 0),
    y: i - (t?.top ?? 0)
  };
}
const mn = () => {
  var e;
  return typeof navigator < "u" && ((e = navigator?.userAgent) == null ? void 0 : e.indexOf("Mac")) >= 0;
};
function Wu(e) {
  var t, n;
  return {
    width: ((t = e.dimensions) == null ? void 0 : t.width) ?? e.width ?? 0,
    height: ((n = e.dimensions) == null ? void 0 : n.height) ?? e.height ?? 0
  };
}
function En(e, t = [1, 1]) {
  return {
    x: t[0] * Math.round(e.x / t[0]),
    y: t[1] * Math.round(e.y / t[1])
  };
}
const Ku = () => !0;
function zn(e) {
  e?.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function qu(e, t, n) {
  const o = [], i = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const r of t.values())
    pn(i, gn(r)) > 0 && o.push(r);
  return o;
}
const ju = 250;
function Ju(e, t, n, o) {
  var i, r;
  let s = [], l = Number.POSITIVE_INFINITY;
  const a = qu(e, n, t + ju);
  for (const u of a) {
    const c = [...((i = u.handleBounds) == null ? void 0 : i.source) ?? [], ...((r = u.handleBounds) == null ? void 0 : r.target) ?? []];
    for (const d of c) {
      if (o.nodeId === d.nodeId && o.type === d.type && o.id === d.id)
        continue;
      const { x: h, y: g } = bt(u, d, d.position, !0), k = Math.sqrt((h - e.x) ** 2 + (g - e.y) ** 2);
      k > t || (k < l ? (s = [{ ...d, x: h, y: g }], l = k) : k === l && s.push({ ...d, x: h, y: g }));
    }
  }
  if (!s.length)
    return null;
  if (s.length > 1) {
    const u = o.type === "source" ? "target" : "source";
    return s.find((c) => c.type === u) ?? s[0];
  }
  return s[0];
}
function Wo(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: i,
  fromType: r,
  doc: s,
  lib: l,
  flowId: a,
  isValidConnection: u = Ku
}, c, d, h, g) {
  const k = r === "target", b = t ? s.querySelector(`.${l}-flow__handle[data-id="${a}-${t?.nodeId}-${t?.id}-${t?.type}"]`) : null, { x, y: M } = Be(e), I = s.elementFromPoint(x, M), y = I?.classList.contains(`${l}-flow__handle`) ? I : b, C = {
    handleDomNode: y,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (y) {
    const R = tr(void 0, y), G = y.getAttribute("data-nodeid"), V = y.getAttribute("data-handleid"), H = y.classList.contains("connectable"), Q = y.classList.contains("connectableend");
    if (!G || !R)
      return C;
    const Z = {
      source: k ? G : o,
      sourceHandle: k ? V : i,
      target: k ? o : G,
      targetHandle: k ? i : V
    };
    C.connection = Z;
    const _ = H && Q && (n === Qe.Strict ? k && R === "source" || !k && R === "target" : G !== o || V !== i);
    C.isValid = _ && u(Z, {
      nodes: d,
      edges: c,
      sourceNode: h(Z.source),
      targetNode: h(Z.target)
    }), C.toHandle = nr(G, R, V, g, n, !0);
  }
  return C;
}
function tr(e, t) {
  return e || (t?.classList.contains("target") ? "target" : t?.classList.contains("source") ? "source" : null);
}
function Qu(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function ec(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function nr(e, t, n, o, i, r = !1) {
  var s, l, a;
  const u = o.get(e);
  if (!u)
    return null;
  const c = i === Qe.Strict ? (s = u.handleBounds) == null ? void 0 : s[t] : [...((l = u.handleBounds) == null ? void 0 : l.source) ?? [], ...((a = u.handleBounds) == null ? void 0 : a.target) ?? []], d = (n ? c?.find((h) => h.id === n) : c?.[0]) ?? null;
  return d && r ? { ...d, ...bt(u, d, d.position, !0) } : d;
}
const Qn = {
  [q.Left]: q.Right,
  [q.Right]: q.Left,
  [q.Top]: q.Bottom,
  [q.Bottom]: q.Top
}, tc = ["production", "prod"];
function Yt(e, ...t) {
  or() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function or() {
  return !tc.includes("production");
}
function Ko(e, t, n, o, i) {
  const r = t.querySelectorAll(`.vue-flow__handle.${e}`);
  return r?.length ? Array.from(r).map((s) => {
    const l = s.getBoundingClientRect();
    return {
      id: s.getAttribute("data-handleid"),
      type: e,
      nodeId: i,
      position: s.getAttribute("data-handlepos"),
      x: (l.left - n.left) / o,
      y: (l.top - n.top) / o,
      ...xn(s)
    };
  }) : null;
}
function eo(e, t, n, o, i, r = !1, s) {
  i.value = !1, e.selected ? (r || e.selected && t) && (o([e]), Re(() => {
    s.blur();
  })) : n([e]);
}
function we(e) {
  return typeof te(e) < "u";
}
function nc(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new xe(be.EDGE_INVALID, e?.id ?? "[ID UNKNOWN]")), !1;
  let i;
  return et(e) ? i = e : i = {
    ...e,
    id: Zi(e)
  }, i = Xi(i, void 0, o), Ou(i, t) ? !1 : i;
}
function oc(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new xe(be.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new xe(be.EDGE_NOT_FOUND, e.id)), !1;
  const { id: r, ...s } = e;
  return {
    ...s,
    id: o ? Zi(t) : r,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function qo(e, t, n) {
  const o = {}, i = [];
  for (let r = 0; r < e.length; ++r) {
    const s = e[r];
    if (!rt(s)) {
      n(
        new xe(be.NODE_INVALID, s?.id) || `[ID UNKNOWN|INDEX ${r}]`
      );
      continue;
    }
    const l = Pu(s, t(s.id), s.parentNode);
    s.parentNode && (o[s.parentNode] = !0), i[r] = l;
  }
  for (const r of i) {
    const s = t(r.parentNode) || i.find((l) => l.id === r.parentNode);
    r.parentNode && !s && n(new xe(be.NODE_MISSING_PARENT, r.id, r.parentNode)), (r.parentNode || o[r.id]) && (o[r.id] && (r.isParent = !0), s && (s.isParent = !0));
  }
  return i;
}
function jo(e, t, n, o, i, r) {
  let s = i;
  const l = o.get(s) || /* @__PURE__ */ new Map();
  o.set(s, l.set(n, t)), s = `${i}-${e}`;
  const a = o.get(s) || /* @__PURE__ */ new Map();
  if (o.set(s, a.set(n, t)), r) {
    s = `${i}-${e}-${r}`;
    const u = o.get(s) || /* @__PURE__ */ new Map();
    o.set(s, u.set(n, t));
  }
}
function Bn(e, t, n) {
  e.clear();
  for (const o of n) {
    const { source: i, target: r, sourceHandle: s = null, targetHandle: l = null } = o, a = { edgeId: o.id, source: i, target: r, sourceHandle: s, targetHandle: l }, u = `${i}-${s}--${r}-${l}`, c = `${r}-${l}--${i}-${s}`;
    jo("source", a, c, e, i, s), jo("target", a, u, e, r, l);
  }
}
function Jo(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
function Rn(e, t, n, o, i, r, s, l) {
  const a = [];
  for (const u of e) {
    const c = et(u) ? u : nc(u, l, i, r);
    if (!c)
      continue;
    const d = n(c.source), h = n(c.target);
    if (!d || !h) {
      i(new xe(be.EDGE_SOURCE_TARGET_MISSING, c.id, c.source, c.target));
      continue;
    }
    if (!d) {
      i(new xe(be.EDGE_SOURCE_MISSING, c.id, c.source));
      continue;
    }
    if (!h) {
      i(new xe(be.EDGE_TARGET_MISSING, c.id, c.target));
      continue;
    }
    if (t && !t(c, {
      edges: l,
      nodes: s,
      sourceNode: d,
      targetNode: h
    })) {
      i(new xe(be.EDGE_INVALID, c.id));
      continue;
    }
    const g = o(c.id);
    a.push({
      ...Xi(c, g, r),
      sourceNode: d,
      targetNode: h
    });
  }
  return a;
}
const Qo = /* @__PURE__ */ Symbol("vueFlow"), ir = /* @__PURE__ */ Symbol("nodeId"), rr = /* @__PURE__ */ Symbol("nodeRef"), ic = /* @__PURE__ */ Symbol("edgeId"), rc = /* @__PURE__ */ Symbol("edgeRef"), Sn = /* @__PURE__ */ Symbol("slots");
function sr(e) {
  const {
    vueFlowRef: t,
    snapToGrid: n,
    snapGrid: o,
    noDragClassName: i,
    nodeLookup: r,
    nodeExtent: s,
    nodeDragThreshold: l,
    viewport: a,
    autoPanOnNodeDrag: u,
    autoPanSpeed: c,
    nodesDraggable: d,
    panBy: h,
    findNode: g,
    multiSelectionActive: k,
    nodesSelectionActive: b,
    selectNodesOnDrag: x,
    removeSelectedElements: M,
    addSelectedNodes: I,
    updateNodePositions: y,
    emits: C
  } = ye(), { onStart: R, onDrag: G, onStop: V, onClick: H, el: Q, disabled: Z, id: z, selectable: _, dragHandle: W } = e, p = qe(!1);
  let T = [], E, P = null, O = { x: void 0, y: void 0 }, L = { x: 0, y: 0 }, F = null, K = !1, ee = !1, S = 0, A = !1;
  const $ = ac(), D = ({ x: ne, y: ie }) => {
    O = { x: ne, y: ie };
    let v = !1;
    if (T = T.map((f) => {
      const m = { x: ne - f.distance.x, y: ie - f.distance.y }, { computedPosition: N } = ho(
        f,
        n.value ? En(m, o.value) : m,
        C.error,
        s.value,
        f.parentNode ? g(f.parentNode) : void 0
      );
      return v = v || f.position.x !== N.x || f.position.y !== N.y, f.position = N, f;
    }), ee = ee || v, !!v && (y(T, !0, !0), p.value = !0, F)) {
      const [f, m] = On({
        id: z,
        dragItems: T,
        findNode: g
      });
      G({ event: F, node: f, nodes: m });
    }
  }, B = () => {
    if (!P)
      return;
    const [ne, ie] = Qi(L, P, c.value);
    if (ne !== 0 || ie !== 0) {
      const v = {
        x: (O.x ?? 0) - ne / a.value.zoom,
        y: (O.y ?? 0) - ie / a.value.zoom
      };
      h({ x: ne, y: ie }) && D(v);
    }
    S = requestAnimationFrame(B);
  }, re = (ne, ie) => {
    K = !0;
    const v = g(z);
    !x.value && !k.value && v && (v.selected || M()), v && ce(_) && x.value && eo(
      v,
      k.value,
      I,
      M,
      b,
      !1,
      ie
    );
    const f = $(ne.sourceEvent);
    if (O = f, T = Lu(r.value, d.value, f, z), T.length) {
      const [m, N] = On({
        id: z,
        dragItems: T,
        findNode: g
      });
      R({ event: ne.sourceEvent, node: m, nodes: N });
    }
  }, fe = (ne, ie) => {
    var v;
    ne.sourceEvent.type === "touchmove" && ne.sourceEvent.touches.length > 1 || (ee = !1, l.value === 0 && re(ne, ie), O = $(ne.sourceEvent), P = ((v = t.value) == null ? void 0 : v.getBoundingClientRect()) || null, L = Be(ne.sourceEvent, P));
  }, ae = (ne, ie) => {
    const v = $(ne.sourceEvent);
    if (!A && K && u.value && (A = !0, B()), !K) {
      const f = v.xSnapped - (O.x ?? 0), m = v.ySnapped - (O.y ?? 0);
      Math.sqrt(f * f + m * m) > l.value && re(ne, ie);
    }
    (O.x !== v.xSnapped || O.y !== v.ySnapped) && T.length && K && (F = ne.sourceEvent, L = Be(ne.sourceEvent, P), D(v));
  }, he = (ne) => {
    let ie = !1;
    if (!K && !p.value && !k.value) {
      const v = ne.sourceEvent, f = $(v), m = f.xSnapped - (O.x ?? 0), N = f.ySnapped - (O.y ?? 0), w = Math.sqrt(m * m + N * N);
      w !== 0 && w <= l.value && (H?.(v), ie = !0);
    }
    if (T.length && !ie) {
      ee && (y(T, !1, !1), ee = !1);
      const [v, f] = On({
        id: z,
        dragItems: T,
        findNode: g
      });
      V({ event: ne.sourceEvent, node: v, nodes: f });
    }
    T = [], p.value = !1, A = !1, K = !1, O = { x: void 0, y: void 0 }, cancelAnimationFrame(S);
  };
  return ve([() => ce(Z), Q], ([ne, ie], v, f) => {
    if (ie) {
      const m = $e(ie);
      ne || (E = $l().on("start", (N) => fe(N, ie)).on("drag", (N) => ae(N, ie)).on("end", (N) => he(N)).filter((N) => {
        const w = N.target, X = ce(W);
        return !N.button && (!i.value || !Xo(w, `.${i.value}`, ie) && (!X || Xo(w, X, ie)));
      }), m.call(E)), f(() => {
        m.on(".drag", null), E && (E.on("start", null), E.on("drag", null), E.on("end", null));
      });
    }
  }), p;
}
function sc() {
  return {
    doubleClick: Y(),
    click: Y(),
    mouseEnter: Y(),
    mouseMove: Y(),
    mouseLeave: Y(),
    contextMenu: Y(),
    updateStart: Y(),
    update: Y(),
    updateEnd: Y()
  };
}
function lc(e, t) {
  const n = sc();
  return n.doubleClick.on((o) => {
    var i, r;
    t.edgeDoubleClick(o), (r = (i = e.events) == null ? void 0 : i.doubleClick) == null || r.call(i, o);
  }), n.click.on((o) => {
    var i, r;
    t.edgeClick(o), (r = (i = e.events) == null ? void 0 : i.click) == null || r.call(i, o);
  }), n.mouseEnter.on((o) => {
    var i, r;
    t.edgeMouseEnter(o), (r = (i = e.events) == null ? void 0 : i.mouseEnter) == null || r.call(i, o);
  }), n.mouseMove.on((o) => {
    var i, r;
    t.edgeMouseMove(o), (r = (i = e.events) == null ? void 0 : i.mouseMove) == null || r.call(i, o);
  }), n.mouseLeave.on((o) => {
    var i, r;
    t.edgeMouseLeave(o), (r = (i = e.events) == null ? void 0 : i.mouseLeave) == null || r.call(i, o);
  }), n.contextMenu.on((o) => {
    var i, r;
    t.edgeContextMenu(o), (r = (i = e.events) == null ? void 0 : i.contextMenu) == null || r.call(i, o);
  }), n.updateStart.on((o) => {
    var i, r;
    t.edgeUpdateStart(o), (r = (i = e.events) == null ? void 0 : i.updateStart) == null || r.call(i, o);
  }), n.update.on((o) => {
    var i, r;
    t.edgeUpdate(o), (r = (i = e.events) == null ? void 0 : i.update) == null || r.call(i, o);
  }), n.updateEnd.on((o) => {
    var i, r;
    t.edgeUpdateEnd(o), (r = (i = e.events) == null ? void 0 : i.updateEnd) == null || r.call(i, o);
  }), Object.entries(n).reduce(
    (o, [i, r]) => (o.emit[i] = r.trigger, o.on[i] = r.on, o),
    { emit: {}, on: {} }
  );
}
function ac() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = ye();
  return (i) => {
    var r;
    const s = ((r = o.value) == null ? void 0 : r.getBoundingClientRect()) ?? { left: 0, top: 0 }, l = Zu(i) ? i.sourceEvent : i, { x: a, y: u } = Be(l, s), c = Vt({ x: a, y: u }, e.value), { x: d, y: h } = n.value ? En(c, t.value) : c;
    return {
      xSnapped: d,
      ySnapped: h,
      ...c
    };
  };
}
function qt() {
  return !0;
}
function lr({
  handleId: e,
  nodeId: t,
  type: n,
  isValidConnection: o,
  edgeUpdaterType: i,
  onEdgeUpdate: r,
  onEdgeUpdateEnd: s
}) {
  const {
    id: l,
    vueFlowRef: a,
    connectionMode: u,
    connectionRadius: c,
    connectOnClick: d,
    connectionClickStartHandle: h,
    nodesConnectable: g,
    autoPanOnConnect: k,
    autoPanSpeed: b,
    findNode: x,
    panBy: M,
    startConnection: I,
    updateConnection: y,
    endConnection: C,
    emits: R,
    viewport: G,
    edges: V,
    nodes: H,
    isValidConnection: Q,
    nodeLookup: Z
  } = ye();
  let z = null, _ = !1, W = null;
  function p(E) {
    var P;
    const O = ce(n) === "target", L = vo(E), F = zo(E.target), K = E.currentTarget;
    if (K && (L && E.button === 0 || !L)) {
      let ee = function(j) {
        v = Be(j, he), D = Ju(
          Vt(v, G.value, !1, [1, 1]),
          c.value,
          Z.value,
          N
        ), f || (m(), f = !0);
        const oe = Wo(
          j,
          {
            handle: D,
            connectionMode: u.value,
            fromNodeId: ce(t),
            fromHandleId: ce(e),
            fromType: O ? "target" : "source",
            isValidConnection: $,
            doc: F,
            lib: "vue",
            flowId: l,
            nodeLookup: Z.value
          },
          V.value,
          H.value,
          x,
          Z.value
        );
        W = oe.handleDomNode, z = oe.connection, _ = ec(!!D, oe.isValid);
        const ue = {
          // from stays the same
          ...J,
          isValid: _,
          to: oe.toHandle && _ ? Rt({ x: oe.toHandle.x, y: oe.toHandle.y }, G.value) : v,
          toHandle: oe.toHandle,
          toPosition: _ && oe.toHandle ? oe.toHandle.position : Qn[N.position],
          toNode: oe.toHandle ? Z.value.get(oe.toHandle.nodeId) : null
        };
        if (_ && D && J?.toHandle && ue.toHandle && J.toHandle.type === ue.toHandle.type && J.toHandle.nodeId === ue.toHandle.nodeId && J.toHandle.id === ue.toHandle.id && J.to.x === ue.to.x && J.to.y === ue.to.y)
          return;
        const ge = D ?? oe.toHandle;
        if (y(
          ge && _ ? Rt(
            {
              x: ge.x,
              y: ge.y
            },
            G.value
          ) : v,
          ge,
          Qu(!!ge, _)
        ), J = ue, !D && !_ && !W)
          return zn(ie);
        z && z.source !== z.target && W && (zn(ie), ie = W, W.classList.add("connecting", "vue-flow__handle-connecting"), W.classList.toggle("valid", !!_), W.classList.toggle("vue-flow__handle-valid", !!_));
      }, S = function(j) {
        "touches" in j && j.touches.length > 0 || ((D || W) && z && _ && (r ? r(j, z) : R.connect(z)), R.connectEnd(j), i && s?.(j), zn(ie), cancelAnimationFrame(B), C(j), f = !1, _ = !1, z = null, W = null, F.removeEventListener("mousemove", ee), F.removeEventListener("mouseup", S), F.removeEventListener("touchmove", ee), F.removeEventListener("touchend", S));
      };
      const A = x(ce(t));
      let $ = ce(o) || Q.value || qt;
      !$ && A && ($ = (O ? A.isValidSourcePos : A.isValidTargetPos) || qt);
      let D, B = 0;
      const { x: re, y: fe } = Be(E), ae = tr(ce(i), K), he = (P = a.value) == null ? void 0 : P.getBoundingClientRect();
      if (!he || !ae)
        return;
      const ne = nr(ce(t), ae, ce(e), Z.value, u.value);
      if (!ne)
        return;
      let ie, v = Be(E, he), f = !1;
      const m = () => {
        if (!k.value)
          return;
        const [j, oe] = Qi(v, he, b.value);
        M({ x: j, y: oe }), B = requestAnimationFrame(m);
      }, N = {
        ...ne,
        nodeId: ce(t),
        type: ae,
        position: ne.position
      }, w = Z.value.get(ce(t)), U = {
        inProgress: !0,
        isValid: null,
        from: bt(w, N, q.Left, !0),
        fromHandle: N,
        fromPosition: N.position,
        fromNode: w,
        to: v,
        toHandle: null,
        toPosition: Qn[N.position],
        toNode: null
      };
      I(
        {
          nodeId: ce(t),
          id: ce(e),
          type: ae,
          position: K?.getAttribute("data-handlepos") || q.Top,
          ...v
        },
        {
          x: re - he.left,
          y: fe - he.top
        }
      ), R.connectStart({ event: E, nodeId: ce(t), handleId: ce(e), handleType: ae });
      let J = U;
      F.addEventListener("mousemove", ee), F.addEventListener("mouseup", S), F.addEventListener("touchmove", ee), F.addEventListener("touchend", S);
    }
  }
  function T(E) {
    var P, O;
    if (!d.value)
      return;
    const L = ce(n) === "target";
    if (!h.value) {
      R.clickConnectStart({ event: E, nodeId: ce(t), handleId: ce(e) }), I(
        {
          nodeId: ce(t),
          type: ce(n),
          id: ce(e),
          position: q.Top,
          ...Be(E)
        },
        void 0,
        !0
      );
      return;
    }
    let F = ce(o) || Q.value || qt;
    const K = x(ce(t));
    if (!F && K && (F = (L ? K.isValidSourcePos : K.isValidTargetPos) || qt), K && (typeof K.connectable > "u" ? g.value : K.connectable) === !1)
      return;
    const ee = zo(E.target), S = Wo(
      E,
      {
        handle: {
          nodeId: ce(t),
          id: ce(e),
          type: ce(n),
          position: q.Top,
          ...Be(E)
        },
        connectionMode: u.value,
        fromNodeId: h.value.nodeId,
        fromHandleId: h.value.id ?? null,
        fromType: h.value.type,
        isValidConnection: F,
        doc: ee,
        lib: "vue",
        flowId: l,
        nodeLookup: Z.value
      },
      V.value,
      H.value,
      x,
      Z.value
    ), A = ((P = S.connection) == null ? void 0 : P.source) === ((O = S.connection) == null ? void 0 : O.target);
    S.isValid && S.connection && !A && R.connect(S.connection), R.clickConnectEnd(E), C(E, !0);
  }
  return {
    handlePointerDown: p,
    handleClick: T
  };
}
function uc() {
  return dt(ir, "");
}
function ar(e) {
  const t = e ?? uc() ?? "", n = dt(rr, Ee(null)), { findNode: o, edges: i, emits: r } = ye(), s = o(t);
  return s || r.error(new xe(be.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: s,
    parentNode: se(() => o(s.parentNode)),
    connectedEdges: se(() => ji([s], i.value))
  };
}
function cc() {
  return {
    doubleClick: Y(),
    click: Y(),
    mouseEnter: Y(),
    mouseMove: Y(),
    mouseLeave: Y(),
    contextMenu: Y(),
    dragStart: Y(),
    drag: Y(),
    dragStop: Y()
  };
}
function dc(e, t) {
  const n = cc();
  return n.doubleClick.on((o) => {
    var i, r;
    t.nodeDoubleClick(o), (r = (i = e.events) == null ? void 0 : i.doubleClick) == null || r.call(i, o);
  }), n.click.on((o) => {
    var i, r;
    t.nodeClick(o), (r = (i = e.events) == null ? void 0 : i.click) == null || r.call(i, o);
  }), n.mouseEnter.on((o) => {
    var i, r;
    t.nodeMouseEnter(o), (r = (i = e.events) == null ? void 0 : i.mouseEnter) == null || r.call(i, o);
  }), n.mouseMove.on((o) => {
    var i, r;
    t.nodeMouseMove(o), (r = (i = e.events) == null ? void 0 : i.mouseMove) == null || r.call(i, o);
  }), n.mouseLeave.on((o) => {
    var i, r;
    t.nodeMouseLeave(o), (r = (i = e.events) == null ? void 0 : i.mouseLeave) == null || r.call(i, o);
  }), n.contextMenu.on((o) => {
    var i, r;
    t.nodeContextMenu(o), (r = (i = e.events) == null ? void 0 : i.contextMenu) == null || r.call(i, o);
  }), n.dragStart.on((o) => {
    var i, r;
    t.nodeDragStart(o), (r = (i = e.events) == null ? void 0 : i.dragStart) == null || r.call(i, o);
  }), n.drag.on((o) => {
    var i, r;
    t.nodeDrag(o), (r = (i = e.events) == null ? void 0 : i.drag) == null || r.call(i, o);
  }), n.dragStop.on((o) => {
    var i, r;
    t.nodeDragStop(o), (r = (i = e.events) == null ? void 0 : i.dragStop) == null || r.call(i, o);
  }), Object.entries(n).reduce(
    (o, [i, r]) => (o.emit[i] = r.trigger, o.on[i] = r.on, o),
    { emit: {}, on: {} }
  );
}
function ur() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: r, nodesDraggable: s, emits: l } = ye();
  return (a, u = !1) => {
    const c = r.value ? i.value[0] : 5, d = r.value ? i.value[1] : 5, h = u ? 4 : 1, g = a.x * c * h, k = a.y * d * h, b = [];
    for (const x of e.value)
      if (x.draggable || s && typeof x.draggable > "u") {
        const M = { x: x.computedPosition.x + g, y: x.computedPosition.y + k }, { position: I } = ho(
          x,
          M,
          l.error,
          t.value,
          x.parentNode ? o(x.parentNode) : void 0
        );
        b.push({
          id: x.id,
          position: I,
          from: x.position,
          distance: { x: a.x, y: a.y },
          dimensions: x.dimensions
        });
      }
    n(b, !0, !1);
  };
}
const jt = 0.1, fc = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function Ze() {
  return Yt("Viewport not initialized yet."), Promise.resolve(!1);
}
const hc = {
  zoomIn: Ze,
  zoomOut: Ze,
  zoomTo: Ze,
  fitView: Ze,
  setCenter: Ze,
  fitBounds: Ze,
  project: (e) => e,
  screenToFlowCoordinate: (e) => e,
  flowToScreenCoordinate: (e) => e,
  setViewport: Ze,
  setTransform: Ze,
  getViewport: () => ({ x: 0, y: 0, zoom: 1 }),
  getTransform: () => ({ x: 0, y: 0, zoom: 1 }),
  viewportInitialized: !1
};
function vc(e) {
  function t(o, i) {
    return new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(i?.interpolate === "linear" ? It : nn).scaleBy(
        Vn(e.d3Selection, i?.duration, i?.ease, () => {
          r(!0);
        }),
        o
      ) : r(!1);
    });
  }
  function n(o, i, r, s) {
    return new Promise((l) => {
      var a;
      const { x: u, y: c } = Gi({ x: -o, y: -i }, e.translateExtent), d = wt.translate(-u, -c).scale(r);
      e.d3Selection && e.d3Zoom ? (a = e.d3Zoom) == null || a.interpolate(s?.interpolate === "linear" ? It : nn).transform(
        Vn(e.d3Selection, s?.duration, s?.ease, () => {
          l(!0);
        }),
        d
      ) : l(!1);
    });
  }
  return se(() => e.d3Zoom && e.d3Selection && e.dimensions.width && e.dimensions.height ? {
    viewportInitialized: !0,
    // todo: allow passing scale as option
    zoomIn: (i) => t(1.2, i),
    zoomOut: (i) => t(1 / 1.2, i),
    zoomTo: (i, r) => new Promise((s) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(r?.interpolate === "linear" ? It : nn).scaleTo(
        Vn(e.d3Selection, r?.duration, r?.ease, () => {
          s(!0);
        }),
        i
      ) : s(!1);
    }),
    setViewport: (i, r) => n(i.x, i.y, i.zoom, r),
    setTransform: (i, r) => n(i.x, i.y, i.zoom, r),
    getViewport: () => ({
      x: e.viewport.x,
      y: e.viewport.y,
      zoom: e.viewport.zoom
    }),
    getTransform: () => ({
      x: e.viewport.x,
      y: e.viewport.y,
      zoom: e.viewport.zoom
    }),
    fitView: (i = {
      padding: jt,
      includeHiddenNodes: !1,
      duration: 0
    }) => {
      var r, s;
      const l = [];
      for (const h of e.nodes)
        h.dimensions.width && h.dimensions.height && (i?.includeHiddenNodes || !h.hidden) && (!((r = i.nodes) != null && r.length) || (s = i.nodes) != null && s.length && i.nodes.includes(h.id)) && l.push(h);
      if (!l.length)
        return Promise.resolve(!1);
      const a = Ki(l), { x: u, y: c, zoom: d } = Bo(
        a,
        e.dimensions.width,
        e.dimensions.height,
        i.minZoom ?? e.minZoom,
        i.maxZoom ?? e.maxZoom,
        i.padding ?? jt
      );
      return n(u, c, d, i);
    },
    setCenter: (i, r, s) => {
      const l = typeof s?.zoom < "u" ? s.zoom : e.maxZoom, a = e.dimensions.width / 2 - i * l, u = e.dimensions.height / 2 - r * l;
      return n(a, u, l, s);
    },
    fitBounds: (i, r = { padding: jt }) => {
      const { x: s, y: l, zoom: a } = Bo(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        r.padding ?? jt
      );
      return n(s, l, a, r);
    },
    project: (i) => Vt(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), l = {
          x: i.x - r,
          y: i.y - s
        };
        return Vt(l, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), l = {
          x: i.x + r,
          y: i.y + s
        };
        return Rt(l, e.viewport);
      }
      return { x: 0, y: 0 };
    }
  } : hc);
}
function Vn(e, t = 0, n = fc, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function gc(e, t, n) {
  const o = li(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let b, x, M = !!(n.nodes.value.length || n.edges.value.length);
        b = ft([e.modelValue, () => {
          var I, y;
          return (y = (I = e.modelValue) == null ? void 0 : I.value) == null ? void 0 : y.length;
        }], ([I]) => {
          I && Array.isArray(I) && (x?.pause(), n.setElements(I), !x && !M && I.length ? M = !0 : x?.resume());
        }), x = ft(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([I, y]) => {
            var C;
            (C = e.modelValue) != null && C.value && Array.isArray(e.modelValue.value) && (b?.pause(), e.modelValue.value = [...I, ...y], Re(() => {
              b?.resume();
            }));
          },
          { immediate: M }
        ), Qt(() => {
          b?.stop(), x?.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let b, x, M = !!n.nodes.value.length;
        b = ft([e.nodes, () => {
          var I, y;
          return (y = (I = e.nodes) == null ? void 0 : I.value) == null ? void 0 : y.length;
        }], ([I]) => {
          I && Array.isArray(I) && (x?.pause(), n.setNodes(I), !x && !M && I.length ? M = !0 : x?.resume());
        }), x = ft(
          [n.nodes, () => n.nodes.value.length],
          ([I]) => {
            var y;
            (y = e.nodes) != null && y.value && Array.isArray(e.nodes.value) && (b?.pause(), e.nodes.value = [...I], Re(() => {
              b?.resume();
            }));
          },
          { immediate: M }
        ), Qt(() => {
          b?.stop(), x?.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        let b, x, M = !!n.edges.value.length;
        b = ft([e.edges, () => {
          var I, y;
          return (y = (I = e.edges) == null ? void 0 : I.value) == null ? void 0 : y.length;
        }], ([I]) => {
          I && Array.isArray(I) && (x?.pause(), n.setEdges(I), !x && !M && I.length ? M = !0 : x?.resume());
        }), x = ft(
          [n.edges, () => n.edges.value.length],
          ([I]) => {
            var y;
            (y = e.edges) != null && y.value && Array.isArray(e.edges.value) && (b?.pause(), e.edges.value = [...I], Re(() => {
              b?.resume();
            }));
          },
          { immediate: M }
        ), Qt(() => {
          b?.stop(), x?.stop();
        });
      });
    }, l = () => {
      o.run(() => {
        ve(
          () => t.maxZoom,
          () => {
            t.maxZoom && we(t.maxZoom) && n.setMaxZoom(t.maxZoom);
          },
          {
            immediate: !0
          }
        );
      });
    }, a = () => {
      o.run(() => {
        ve(
          () => t.minZoom,
          () => {
            t.minZoom && we(t.minZoom) && n.setMinZoom(t.minZoom);
          },
          { immediate: !0 }
        );
      });
    }, u = () => {
      o.run(() => {
        ve(
          () => t.translateExtent,
          () => {
            t.translateExtent && we(t.translateExtent) && n.setTranslateExtent(t.translateExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, c = () => {
      o.run(() => {
        ve(
          () => t.nodeExtent,
          () => {
            t.nodeExtent && we(t.nodeExtent) && n.setNodeExtent(t.nodeExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, d = () => {
      o.run(() => {
        ve(
          () => t.applyDefault,
          () => {
            we(t.applyDefault) && (n.applyDefault.value = t.applyDefault);
          },
          {
            immediate: !0
          }
        );
      });
    }, h = () => {
      o.run(() => {
        const b = async (x) => {
          let M = x;
          typeof t.autoConnect == "function" && (M = await t.autoConnect(x)), M !== !1 && n.addEdges([M]);
        };
        ve(
          () => t.autoConnect,
          () => {
            we(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), ve(
          n.autoConnect,
          (x, M, I) => {
            x ? n.onConnect(b) : n.hooks.value.connect.off(b), I(() => {
              n.hooks.value.connect.off(b);
            });
          },
          { immediate: !0 }
        );
      });
    }, g = () => {
      const b = [
        "id",
        "modelValue",
        "translateExtent",
        "nodeExtent",
        "edges",
        "nodes",
        "maxZoom",
        "minZoom",
        "applyDefault",
        "autoConnect"
      ];
      for (const x of Object.keys(t)) {
        const M = x;
        if (!b.includes(M)) {
          const I = me(() => t[M]), y = n[M];
          oo(y) && o.run(() => {
            ve(
              I,
              (C) => {
                we(C) && (y.value = C);
              },
              { immediate: !0 }
            );
          });
        }
      }
    };
    i(), r(), s(), a(), l(), u(), c(), d(), h(), g();
  }), () => o.stop();
}
function pc() {
  return {
    edgesChange: Y(),
    nodesChange: Y(),
    nodeDoubleClick: Y(),
    nodeClick: Y(),
    nodeMouseEnter: Y(),
    nodeMouseMove: Y(),
    nodeMouseLeave: Y(),
    nodeContextMenu: Y(),
    nodeDragStart: Y(),
    nodeDrag: Y(),
    nodeDragStop: Y(),
    nodesInitialized: Y(),
    miniMapNodeClick: Y(),
    miniMapNodeDoubleClick: Y(),
    miniMapNodeMouseEnter: Y(),
    miniMapNodeMouseMove: Y(),
    miniMapNodeMouseLeave: Y(),
    connect: Y(),
    connectStart: Y(),
    connectEnd: Y(),
    clickConnectStart: Y(),
    clickConnectEnd: Y(),
    paneReady: Y(),
    init: Y(),
    move: Y(),
    moveStart: Y(),
    moveEnd: Y(),
    selectionDragStart: Y(),
    selectionDrag: Y(),
    selectionDragStop: Y(),
    selectionContextMenu: Y(),
    selectionStart: Y(),
    selectionEnd: Y(),
    viewportChangeStart: Y(),
    viewportChange: Y(),
    viewportChangeEnd: Y(),
    paneScroll: Y(),
    paneClick: Y(),
    paneContextMenu: Y(),
    paneMouseEnter: Y(),
    paneMouseMove: Y(),
    paneMouseLeave: Y(),
    edgeContextMenu: Y(),
    edgeMouseEnter: Y(),
    edgeMouseMove: Y(),
    edgeMouseLeave: Y(),
    edgeDoubleClick: Y(),
    edgeClick: Y(),
    edgeUpdateStart: Y(),
    edgeUpdate: Y(),
    edgeUpdateEnd: Y(),
    updateNodeInternals: Y(),
    error: Y((e) => Yt(e.message))
  };
}
function mc(e, t) {
  const n = Et();
  br(() => {
    for (const [i, r] of Object.entries(t.value)) {
      const s = (l) => {
        e(i, l);
      };
      r.setEmitter(s), Dt(r.removeEmitter), r.setHasEmitListeners(() => o(i)), Dt(r.removeHasEmitListeners);
    }
  });
  function o(i) {
    var r;
    const s = yc(i);
    return !!((r = n?.vnode.props) == null ? void 0 : r[s]);
  }
}
function yc(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (i, r) => r.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function cr() {
  return {
    vueFlowRef: null,
    viewportRef: null,
    nodes: [],
    edges: [],
    connectionLookup: /* @__PURE__ */ new Map(),
    nodeTypes: {},
    edgeTypes: {},
    initialized: !1,
    dimensions: {
      width: 0,
      height: 0
    },
    viewport: { x: 0, y: 0, zoom: 1 },
    d3Zoom: null,
    d3Selection: null,
    d3ZoomHandler: null,
    minZoom: 0.5,
    maxZoom: 2,
    translateExtent: [
      [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
      [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
    ],
    nodeExtent: [
      [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
      [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
    ],
    selectionMode: fo.Full,
    paneDragging: !1,
    preventScrolling: !0,
    zoomOnScroll: !0,
    zoomOnPinch: !0,
    zoomOnDoubleClick: !0,
    panOnScroll: !1,
    panOnScrollSpeed: 0.5,
    panOnScrollMode: Tt.Free,
    paneClickDistance: 0,
    panOnDrag: !0,
    edgeUpdaterRadius: 10,
    onlyRenderVisibleElements: !1,
    defaultViewport: { x: 0, y: 0, zoom: 1 },
    nodesSelectionActive: !1,
    userSelectionActive: !1,
    userSelectionRect: null,
    defaultMarkerColor: "#b1b1b7",
    connectionLineStyle: {},
    connectionLineType: null,
    connectionLineOptions: {
      type: tt.Bezier,
      style: {}
    },
    connectionMode: Qe.Loose,
    connectionStartHandle: null,
    connectionEndHandle: null,
    connectionClickStartHandle: null,
    connectionPosition: { x: Number.NaN, y: Number.NaN },
    connectionRadius: 20,
    connectOnClick: !0,
    connectionStatus: null,
    isValidConnection: null,
    snapGrid: [15, 15],
    snapToGrid: !1,
    edgesUpdatable: !1,
    edgesFocusable: !0,
    nodesFocusable: !0,
    nodesConnectable: !0,
    nodesDraggable: !0,
    nodeDragThreshold: 1,
    elementsSelectable: !0,
    selectNodesOnDrag: !0,
    multiSelectionActive: !1,
    selectionKeyCode: "Shift",
    multiSelectionKeyCode: mn() ? "Meta" : "Control",
    zoomActivationKeyCode: mn() ? "Meta" : "Control",
    deleteKeyCode: "Backspace",
    panActivationKeyCode: "Space",
    hooks: pc(),
    applyDefault: !0,
    autoConnect: !1,
    fitViewOnInit: !1,
    fitViewOnInitDone: !1,
    noDragClassName: "nodrag",
    noWheelClassName: "nowheel",
    noPanClassName: "nopan",
    defaultEdgeOptions: void 0,
    elevateEdgesOnSelect: !1,
    elevateNodesOnSelect: !0,
    autoPanOnNodeDrag: !0,
    autoPanOnConnect: !0,
    autoPanSpeed: 15,
    disableKeyboardA11y: !1,
    ariaLiveMessage: ""
  };
}
const _c = [
  "id",
  "vueFlowRef",
  "viewportRef",
  "initialized",
  "modelValue",
  "nodes",
  "edges",
  "maxZoom",
  "minZoom",
  "translateExtent",
  "hooks",
  "defaultEdgeOptions"
];
function wc(e, t, n) {
  const o = vc(e), i = (v) => {
    const f = v ?? [];
    e.hooks.updateNodeInternals.trigger(f);
  }, r = (v) => Au(v, e.nodes, e.edges), s = (v) => Du(v, e.nodes, e.edges), l = (v) => ji(v, e.edges), a = ({ id: v, type: f, nodeId: m }) => {
    var N;
    const w = v ? `-${f}-${v}` : `-${f}`;
    return Array.from(((N = e.connectionLookup.get(`${m}${w}`)) == null ? void 0 : N.values()) ?? []);
  }, u = (v) => {
    if (v)
      return t.value.get(v);
  }, c = (v) => {
    if (v)
      return n.value.get(v);
  }, d = (v, f, m) => {
    var N, w;
    const X = [];
    for (const U of v) {
      const J = {
        id: U.id,
        type: "position",
        dragging: m,
        from: U.from
      };
      if (f && (J.position = U.position, U.parentNode)) {
        const j = u(U.parentNode);
        J.position = {
          x: J.position.x - (((N = j?.computedPosition) == null ? void 0 : N.x) ?? 0),
          y: J.position.y - (((w = j?.computedPosition) == null ? void 0 : w.y) ?? 0)
        };
      }
      X.push(J);
    }
    X?.length && e.hooks.nodesChange.trigger(X);
  }, h = (v) => {
    if (!e.vueFlowRef)
      return;
    const f = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!f)
      return;
    const m = window.getComputedStyle(f), { m22: N } = new window.DOMMatrixReadOnly(m.transform), w = [];
    for (const X of v) {
      const U = X, J = u(U.id);
      if (J) {
        const j = xn(U.nodeElement);
        if (!!(j.width && j.height && (J.dimensions.width !== j.width || J.dimensions.height !== j.height || U.forceUpdate))) {
          const ue = U.nodeElement.getBoundingClientRect();
          J.dimensions = j, J.handleBounds.source = Ko("source", U.nodeElement, ue, N, J.id), J.handleBounds.target = Ko("target", U.nodeElement, ue, N, J.id), w.push({
            id: J.id,
            type: "dimensions",
            dimensions: j
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), w.length && e.hooks.nodesChange.trigger(w);
  }, g = (v, f) => {
    const m = /* @__PURE__ */ new Set(), N = /* @__PURE__ */ new Set();
    for (const U of v)
      rt(U) ? m.add(U.id) : et(U) && N.add(U.id);
    const w = Ke(t.value, m, !0), X = Ke(n.value, N);
    if (e.multiSelectionActive) {
      for (const U of m)
        w.push(We(U, f));
      for (const U of N)
        X.push(We(U, f));
    }
    w.length && e.hooks.nodesChange.trigger(w), X.length && e.hooks.edgesChange.trigger(X);
  }, k = (v) => {
    if (e.multiSelectionActive) {
      const f = v.map((m) => We(m.id, !0));
      e.hooks.nodesChange.trigger(f);
      return;
    }
    e.hooks.nodesChange.trigger(Ke(t.value, new Set(v.map((f) => f.id)), !0)), e.hooks.edgesChange.trigger(Ke(n.value));
  }, b = (v) => {
    if (e.multiSelectionActive) {
      const f = v.map((m) => We(m.id, !0));
      e.hooks.edgesChange.trigger(f);
      return;
    }
    e.hooks.edgesChange.trigger(Ke(n.value, new Set(v.map((f) => f.id)))), e.hooks.nodesChange.trigger(Ke(t.value, /* @__PURE__ */ new Set(), !0));
  }, x = (v) => {
    g(v, !0);
  }, M = (v) => {
    const m = (v || e.nodes).map((N) => (N.selected = !1, We(N.id, !1)));
    e.hooks.nodesChange.trigger(m);
  }, I = (v) => {
    const m = (v || e.edges).map((N) => (N.selected = !1, We(N.id, !1)));
    e.hooks.edgesChange.trigger(m);
  }, y = (v) => {
    if (!v || !v.length)
      return g([], !1);
    const f = v.reduce(
      (m, N) => {
        const w = We(N.id, !1);
        return rt(N) ? m.nodes.push(w) : m.edges.push(w), m;
      },
      { nodes: [], edges: [] }
    );
    f.nodes.length && e.hooks.nodesChange.trigger(f.nodes), f.edges.length && e.hooks.edgesChange.trigger(f.edges);
  }, C = (v) => {
    var f;
    (f = e.d3Zoom) == null || f.scaleExtent([v, e.maxZoom]), e.minZoom = v;
  }, R = (v) => {
    var f;
    (f = e.d3Zoom) == null || f.scaleExtent([e.minZoom, v]), e.maxZoom = v;
  }, G = (v) => {
    var f;
    (f = e.d3Zoom) == null || f.translateExtent(v), e.translateExtent = v;
  }, V = (v) => {
    e.nodeExtent = v, i();
  }, H = (v) => {
    var f;
    (f = e.d3Zoom) == null || f.clickDistance(v);
  }, Q = (v) => {
    e.nodesDraggable = v, e.nodesConnectable = v, e.elementsSelectable = v;
  }, Z = (v) => {
    const f = v instanceof Function ? v(e.nodes) : v;
    !e.initialized && !f.length || (e.nodes = qo(f, u, e.hooks.error.trigger));
  }, z = (v) => {
    const f = v instanceof Function ? v(e.edges) : v;
    if (!e.initialized && !f.length)
      return;
    const m = Rn(
      f,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    Bn(e.connectionLookup, n.value, m), e.edges = m;
  }, _ = (v) => {
    const f = v instanceof Function ? v([...e.nodes, ...e.edges]) : v;
    !e.initialized && !f.length || (Z(f.filter(rt)), z(f.filter(et)));
  }, W = (v) => {
    let f = v instanceof Function ? v(e.nodes) : v;
    f = Array.isArray(f) ? f : [f];
    const m = qo(f, u, e.hooks.error.trigger), N = [];
    for (const w of m)
      N.push(Lo(w));
    N.length && e.hooks.nodesChange.trigger(N);
  }, p = (v) => {
    let f = v instanceof Function ? v(e.edges) : v;
    f = Array.isArray(f) ? f : [f];
    const m = Rn(
      f,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), N = [];
    for (const w of m)
      N.push(Lo(w));
    N.length && e.hooks.edgesChange.trigger(N);
  }, T = (v, f = !0, m = !1) => {
    const N = v instanceof Function ? v(e.nodes) : v, w = Array.isArray(N) ? N : [N], X = [], U = [];
    function J(oe) {
      const ue = l(oe);
      for (const ge of ue)
        (!we(ge.deletable) || ge.deletable) && U.push(Yo(ge.id, ge.source, ge.target, ge.sourceHandle, ge.targetHandle));
    }
    function j(oe) {
      const ue = [];
      for (const ge of e.nodes)
        ge.parentNode === oe && ue.push(ge);
      if (ue.length) {
        for (const ge of ue)
          X.push(Fo(ge.id));
        f && J(ue);
        for (const ge of ue)
          j(ge.id);
      }
    }
    for (const oe of w) {
      const ue = typeof oe == "string" ? u(oe) : oe;
      ue && (we(ue.deletable) && !ue.deletable || (X.push(Fo(ue.id)), f && J([ue]), m && j(ue.id)));
    }
    U.length && e.hooks.edgesChange.trigger(U), X.length && e.hooks.nodesChange.trigger(X);
  }, E = (v) => {
    const f = v instanceof Function ? v(e.edges) : v, m = Array.isArray(f) ? f : [f], N = [];
    for (const w of m) {
      const X = typeof w == "string" ? c(w) : w;
      X && (we(X.deletable) && !X.deletable || N.push(
        Yo(
          typeof w == "string" ? w : w.id,
          X.source,
          X.target,
          X.sourceHandle,
          X.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(N);
  }, P = (v, f, m = !0) => {
    const N = c(v.id);
    if (!N)
      return !1;
    const w = e.edges.indexOf(N), X = oc(v, f, N, m, e.hooks.error.trigger);
    if (X) {
      const [U] = Rn(
        [X],
        e.isValidConnection,
        u,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((J, j) => j === w ? U : J), Bn(e.connectionLookup, n.value, [U]), U;
    }
    return !1;
  }, O = (v, f, m = { replace: !1 }) => {
    const N = c(v);
    if (!N)
      return;
    const w = typeof f == "function" ? f(N) : f;
    N.data = m.replace ? w : { ...N.data, ...w };
  }, L = (v) => Ho(v, e.nodes), F = (v) => {
    const f = Ho(v, e.edges);
    return Bn(e.connectionLookup, n.value, f), f;
  }, K = (v, f, m = { replace: !1 }) => {
    const N = u(v);
    if (!N)
      return;
    const w = typeof f == "function" ? f(N) : f;
    m.replace ? e.nodes.splice(e.nodes.indexOf(N), 1, w) : Object.assign(N, w);
  }, ee = (v, f, m = { replace: !1 }) => {
    const N = u(v);
    if (!N)
      return;
    const w = typeof f == "function" ? f(N) : f;
    N.data = m.replace ? w : { ...N.data, ...w };
  }, S = (v, f, m = !1) => {
    m ? e.connectionClickStartHandle = v : e.connectionStartHandle = v, e.connectionEndHandle = null, e.connectionStatus = null, f && (e.connectionPosition = f);
  }, A = (v, f = null, m = null) => {
    e.connectionStartHandle && (e.connectionPosition = v, e.connectionEndHandle = f, e.connectionStatus = m);
  }, $ = (v, f) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, f ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, D = (v) => {
    const f = $u(v), m = f ? null : Mt(v) ? v : u(v.id);
    return !f && !m ? [null, null, f] : [f ? v : gn(m), m, f];
  }, B = (v, f = !0, m = e.nodes) => {
    const [N, w, X] = D(v);
    if (!N)
      return [];
    const U = [];
    for (const J of m || e.nodes) {
      if (!X && (J.id === w.id || !J.computedPosition))
        continue;
      const j = gn(J), oe = pn(j, N);
      (f && oe > 0 || oe >= j.width * j.height || oe >= Number(N.width) * Number(N.height)) && U.push(J);
    }
    return U;
  }, re = (v, f, m = !0) => {
    const [N] = D(v);
    if (!N)
      return !1;
    const w = pn(N, f);
    return m && w > 0 || w >= Number(N.width) * Number(N.height);
  }, fe = (v) => {
    const { viewport: f, dimensions: m, d3Zoom: N, d3Selection: w, translateExtent: X } = e;
    if (!N || !w || !v.x && !v.y)
      return !1;
    const U = wt.translate(f.x + v.x, f.y + v.y).scale(f.zoom), J = [
      [0, 0],
      [m.width, m.height]
    ], j = N.constrain()(U, J, X), oe = e.viewport.x !== j.x || e.viewport.y !== j.y || e.viewport.zoom !== j.k;
    return N.transform(w, j), oe;
  }, ae = (v) => {
    const f = v instanceof Function ? v(e) : v, m = [
      "d3Zoom",
      "d3Selection",
      "d3ZoomHandler",
      "viewportRef",
      "vueFlowRef",
      "dimensions",
      "hooks"
    ];
    we(f.defaultEdgeOptions) && (e.defaultEdgeOptions = f.defaultEdgeOptions);
    const N = f.modelValue || f.nodes || f.edges ? [] : void 0;
    N && (f.modelValue && N.push(...f.modelValue), f.nodes && N.push(...f.nodes), f.edges && N.push(...f.edges), _(N));
    const w = () => {
      we(f.maxZoom) && R(f.maxZoom), we(f.minZoom) && C(f.minZoom), we(f.translateExtent) && G(f.translateExtent);
    };
    for (const X of Object.keys(f)) {
      const U = X, J = f[U];
      ![..._c, ...m].includes(U) && we(J) && (e[U] = J);
    }
    Fn(() => e.d3Zoom).not.toBeNull().then(w), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: h,
    setElements: _,
    setNodes: Z,
    setEdges: z,
    addNodes: W,
    addEdges: p,
    removeNodes: T,
    removeEdges: E,
    findNode: u,
    findEdge: c,
    updateEdge: P,
    updateEdgeData: O,
    updateNode: K,
    updateNodeData: ee,
    applyEdgeChanges: F,
    applyNodeChanges: L,
    addSelectedElements: x,
    addSelectedNodes: k,
    addSelectedEdges: b,
    setMinZoom: C,
    setMaxZoom: R,
    setTranslateExtent: G,
    setNodeExtent: V,
    setPaneClickDistance: H,
    removeSelectedElements: y,
    removeSelectedNodes: M,
    removeSelectedEdges: I,
    startConnection: S,
    updateConnection: A,
    endConnection: $,
    setInteractive: Q,
    setState: ae,
    getIntersectingNodes: B,
    getIncomers: r,
    getOutgoers: s,
    getConnectedEdges: l,
    getHandleConnections: a,
    isNodeIntersecting: re,
    panBy: fe,
    fitView: (v) => o.value.fitView(v),
    zoomIn: (v) => o.value.zoomIn(v),
    zoomOut: (v) => o.value.zoomOut(v),
    zoomTo: (v, f) => o.value.zoomTo(v, f),
    setViewport: (v, f) => o.value.setViewport(v, f),
    setTransform: (v, f) => o.value.setTransform(v, f),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (v, f, m) => o.value.setCenter(v, f, m),
    fitBounds: (v, f) => o.value.fitBounds(v, f),
    project: (v) => o.value.project(v),
    screenToFlowCoordinate: (v) => o.value.screenToFlowCoordinate(v),
    flowToScreenCoordinate: (v) => o.value.flowToScreenCoordinate(v),
    toObject: () => {
      const v = [], f = [];
      for (const m of e.nodes) {
        const {
          computedPosition: N,
          handleBounds: w,
          selected: X,
          dimensions: U,
          isParent: J,
          resizing: j,
          dragging: oe,
          events: ue,
          ...ge
        } = m;
        v.push(ge);
      }
      for (const m of e.edges) {
        const { selected: N, sourceNode: w, targetNode: X, events: U, ...J } = m;
        f.push(J);
      }
      return JSON.parse(
        JSON.stringify({
          nodes: v,
          edges: f,
          position: [e.viewport.x, e.viewport.y],
          zoom: e.viewport.zoom,
          viewport: e.viewport
        })
      );
    },
    fromObject: (v) => new Promise((f) => {
      const { nodes: m, edges: N, position: w, zoom: X, viewport: U } = v;
      m && Z(m), N && z(N);
      const [J, j] = U?.x && U?.y ? [U.x, U.y] : w ?? [null, null];
      if (J && j) {
        const oe = U?.zoom || X || e.viewport.zoom;
        return Fn(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: J,
            y: j,
            zoom: oe
          }).then(() => {
            f(!0);
          });
        });
      } else
        f(!0);
    }),
    updateNodeInternals: i,
    viewportHelper: o,
    $reset: () => {
      const v = cr();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const f = wt.translate(v.defaultViewport.x ?? 0, v.defaultViewport.y ?? 0).scale(ct(v.defaultViewport.zoom ?? 1, v.minZoom, v.maxZoom)), m = e.viewportRef.getBoundingClientRect(), N = [
          [0, 0],
          [m.width, m.height]
        ], w = e.d3Zoom.constrain()(f, N, v.translateExtent);
        e.d3Zoom.transform(e.d3Selection, w);
      }
      ae(v);
    },
    $destroy: () => {
    }
  };
}
const bc = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], xc = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, xt = /* @__PURE__ */ _e({
  ...xc,
  props: {
    id: { default: null },
    type: {},
    position: { default: () => q.Top },
    isValidConnection: { type: Function },
    connectable: { type: [Boolean, Number, String, Function], default: void 0 },
    connectableStart: { type: Boolean, default: !0 },
    connectableEnd: { type: Boolean, default: !0 }
  },
  setup(e, { expose: t }) {
    const n = Er(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = me(() => n.type ?? "source"), i = me(() => n.isValidConnection ?? null), {
      id: r,
      connectionStartHandle: s,
      connectionClickStartHandle: l,
      connectionEndHandle: a,
      vueFlowRef: u,
      nodesConnectable: c,
      noDragClassName: d,
      noPanClassName: h
    } = ye(), { id: g, node: k, nodeEl: b, connectedEdges: x } = ar(), M = Ee(), I = me(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), y = me(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), C = me(
      () => {
        var z, _, W, p, T, E;
        return ((z = s.value) == null ? void 0 : z.nodeId) === g && ((_ = s.value) == null ? void 0 : _.id) === e.id && ((W = s.value) == null ? void 0 : W.type) === o.value || ((p = a.value) == null ? void 0 : p.nodeId) === g && ((T = a.value) == null ? void 0 : T.id) === e.id && ((E = a.value) == null ? void 0 : E.type) === o.value;
      }
    ), R = me(
      () => {
        var z, _, W;
        return ((z = l.value) == null ? void 0 : z.nodeId) === g && ((_ = l.value) == null ? void 0 : _.id) === e.id && ((W = l.value) == null ? void 0 : W.type) === o.value;
      }
    ), { handlePointerDown: G, handleClick: V } = lr({
      nodeId: g,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), H = se(() => typeof e.connectable == "string" && e.connectable === "single" ? !x.value.some((z) => {
      const _ = z[`${o.value}Handle`];
      return z[o.value] !== g ? !1 : _ ? _ === e.id : !0;
    }) : typeof e.connectable == "number" ? x.value.filter((z) => {
      const _ = z[`${o.value}Handle`];
      return z[o.value] !== g ? !1 : _ ? _ === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(k, x.value) : we(e.connectable) ? e.connectable : c.value);
    He(() => {
      var z;
      if (!k.dimensions.width || !k.dimensions.height)
        return;
      const _ = (z = k.handleBounds[o.value]) == null ? void 0 : z.find((L) => L.id === e.id);
      if (!u.value || _)
        return;
      const W = u.value.querySelector(".vue-flow__transformationpane");
      if (!b.value || !M.value || !W || !e.id)
        return;
      const p = b.value.getBoundingClientRect(), T = M.value.getBoundingClientRect(), E = window.getComputedStyle(W), { m22: P } = new window.DOMMatrixReadOnly(E.transform), O = {
        id: e.id,
        position: e.position,
        x: (T.left - p.left) / P,
        y: (T.top - p.top) / P,
        type: o.value,
        nodeId: g,
        ...xn(M.value)
      };
      k.handleBounds[o.value] = [...k.handleBounds[o.value] ?? [], O];
    });
    function Q(z) {
      const _ = vo(z);
      H.value && I.value && (_ && z.button === 0 || !_) && G(z);
    }
    function Z(z) {
      !g || !l.value && !I.value || H.value && V(z);
    }
    return t({
      handleClick: V,
      handlePointerDown: G,
      onClick: Z,
      onPointerDown: Q
    }), (z, _) => (le(), de("div", {
      ref_key: "handle",
      ref: M,
      "data-id": `${te(r)}-${te(g)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": te(g),
      "data-handlepos": z.position,
      class: je(["vue-flow__handle", [
        `vue-flow__handle-${z.position}`,
        `vue-flow__handle-${e.id}`,
        te(d),
        te(h),
        o.value,
        {
          connectable: H.value,
          connecting: R.value,
          connectablestart: I.value,
          connectableend: y.value,
          connectionindicator: H.value && (I.value && !C.value || y.value && C.value)
        }
      ]]),
      onMousedown: Q,
      onTouchstartPassive: Q,
      onClick: Z
    }, [
      lt(z.$slots, "default", { id: z.id })
    ], 42, bc));
  }
}), Nn = function({
  sourcePosition: e = q.Bottom,
  targetPosition: t = q.Top,
  label: n,
  connectable: o = !0,
  isValidTargetPos: i,
  isValidSourcePos: r,
  data: s
}) {
  const l = s.label ?? n;
  return [
    pe(xt, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof l != "string" && l ? pe(l) : pe(Te, [l]),
    pe(xt, { type: "source", position: e, connectable: o, isValidConnection: r })
  ];
};
Nn.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
Nn.inheritAttrs = !1;
Nn.compatConfig = { MODE: 3 };
const Ec = Nn, Cn = function({
  targetPosition: e = q.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    pe(xt, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof r != "string" && r ? pe(r) : pe(Te, [r])
  ];
};
Cn.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
Cn.inheritAttrs = !1;
Cn.compatConfig = { MODE: 3 };
const Sc = Cn, kn = function({
  sourcePosition: e = q.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    typeof r != "string" && r ? pe(r) : pe(Te, [r]),
    pe(xt, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
kn.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
kn.inheritAttrs = !1;
kn.compatConfig = { MODE: 3 };
const Nc = kn, Cc = ["transform"], kc = ["width", "height", "x", "y", "rx", "ry"], Mc = ["y"], Ic = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, Tc = /* @__PURE__ */ _e({
  ...Ic,
  props: {
    x: {},
    y: {},
    label: {},
    labelStyle: { default: () => ({}) },
    labelShowBg: { type: Boolean, default: !0 },
    labelBgStyle: { default: () => ({}) },
    labelBgPadding: { default: () => [2, 4] },
    labelBgBorderRadius: { default: 2 }
  },
  setup(e) {
    const t = Ee({ x: 0, y: 0, width: 0, height: 0 }), n = Ee(null), o = se(() => `translate(${e.x - t.value.width / 2} ${e.y - t.value.height / 2})`);
    He(i), ve([() => e.x, () => e.y, n, () => e.label], i);
    function i() {
      if (!n.value)
        return;
      const r = n.value.getBBox();
      (r.width !== t.value.width || r.height !== t.value.height) && (t.value = r);
    }
    return (r, s) => (le(), de("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      r.labelShowBg ? (le(), de("rect", {
        key: 0,
        class: "vue-flow__edge-textbg",
        width: `${t.value.width + 2 * r.labelBgPadding[0]}px`,
        height: `${t.value.height + 2 * r.labelBgPadding[1]}px`,
        x: -r.labelBgPadding[0],
        y: -r.labelBgPadding[1],
        style: Je(r.labelBgStyle),
        rx: r.labelBgBorderRadius,
        ry: r.labelBgBorderRadius
      }, null, 12, kc)) : Ne("", !0),
      Se("text", ui(r.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: r.labelStyle
      }), [
        lt(r.$slots, "default", {}, () => [
          typeof r.label != "string" ? (le(), mt(kr(r.label), { key: 0 })) : (le(), de(Te, { key: 1 }, [
            ci(Ie(r.label), 1)
          ], 64))
        ])
      ], 16, Mc)
    ], 8, Cc));
  }
}), $c = ["id", "d", "marker-end", "marker-start"], Pc = ["d", "stroke-width"], Dc = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, Mn = /* @__PURE__ */ _e({
  ...Dc,
  props: {
    id: {},
    labelX: {},
    labelY: {},
    path: {},
    label: {},
    markerStart: {},
    markerEnd: {},
    interactionWidth: { default: 20 },
    labelStyle: {},
    labelShowBg: { type: Boolean },
    labelBgStyle: {},
    labelBgPadding: {},
    labelBgBorderRadius: {}
  },
  setup(e, { expose: t }) {
    const n = Ee(null), o = Ee(null), i = Ee(null), r = Cr();
    return t({
      pathEl: n,
      interactionEl: o,
      labelEl: i
    }), (s, l) => (le(), de(Te, null, [
      Se("path", ui(te(r), {
        id: s.id,
        ref_key: "pathEl",
        ref: n,
        d: s.path,
        class: "vue-flow__edge-path",
        "marker-end": s.markerEnd,
        "marker-start": s.markerStart
      }), null, 16, $c),
      s.interactionWidth ? (le(), de("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: s.path,
        "stroke-width": s.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, Pc)) : Ne("", !0),
      s.label && s.labelX && s.labelY ? (le(), mt(Tc, {
        key: 1,
        ref_key: "labelEl",
        ref: i,
        x: s.labelX,
        y: s.labelY,
        label: s.label,
        "label-show-bg": s.labelShowBg,
        "label-bg-style": s.labelBgStyle,
        "label-bg-padding": s.labelBgPadding,
        "label-bg-border-radius": s.labelBgBorderRadius,
        "label-style": s.labelStyle
      }, null, 8, ["x", "y", "label", "label-show-bg", "label-bg-style", "label-bg-padding", "label-bg-border-radius", "label-style"])) : Ne("", !0)
    ], 64));
  }
});
function dr({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, r = n < e ? n + i : n - i, s = Math.abs(o - t) / 2, l = o < t ? o + s : o - s;
  return [r, l, i, s];
}
function fr({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o,
  sourceControlX: i,
  sourceControlY: r,
  targetControlX: s,
  targetControlY: l
}) {
  const a = e * 0.125 + i * 0.375 + s * 0.375 + n * 0.125, u = t * 0.125 + r * 0.375 + l * 0.375 + o * 0.125, c = Math.abs(a - e), d = Math.abs(u - t);
  return [a, u, c, d];
}
function Jt(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function ei({ pos: e, x1: t, y1: n, x2: o, y2: i, c: r }) {
  let s, l;
  switch (e) {
    case q.Left:
      s = t - Jt(t - o, r), l = n;
      break;
    case q.Right:
      s = t + Jt(o - t, r), l = n;
      break;
    case q.Top:
      s = t, l = n - Jt(n - i, r);
      break;
    case q.Bottom:
      s = t, l = n + Jt(i - n, r);
      break;
  }
  return [s, l];
}
function hr(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = q.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = q.Top,
    curvature: l = 0.25
  } = e, [a, u] = ei({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r,
    c: l
  }), [c, d] = ei({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n,
    c: l
  }), [h, g, k, b] = fr({
    sourceX: t,
    sourceY: n,
    targetX: i,
    targetY: r,
    sourceControlX: a,
    sourceControlY: u,
    targetControlX: c,
    targetControlY: d
  });
  return [
    `M${t},${n} C${a},${u} ${c},${d} ${i},${r}`,
    h,
    g,
    k,
    b
  ];
}
function ti({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
  let r, s;
  switch (e) {
    case q.Left:
    case q.Right:
      r = 0.5 * (t + o), s = n;
      break;
    case q.Top:
    case q.Bottom:
      r = t, s = 0.5 * (n + i);
      break;
  }
  return [r, s];
}
function vr(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = q.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = q.Top
  } = e, [l, a] = ti({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r
  }), [u, c] = ti({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n
  }), [d, h, g, k] = fr({
    sourceX: t,
    sourceY: n,
    targetX: i,
    targetY: r,
    sourceControlX: l,
    sourceControlY: a,
    targetControlX: u,
    targetControlY: c
  });
  return [
    `M${t},${n} C${l},${a} ${u},${c} ${i},${r}`,
    d,
    h,
    g,
    k
  ];
}
const ni = {
  [q.Left]: { x: -1, y: 0 },
  [q.Right]: { x: 1, y: 0 },
  [q.Top]: { x: 0, y: -1 },
  [q.Bottom]: { x: 0, y: 1 }
};
function Ac({
  source: e,
  sourcePosition: t = q.Bottom,
  target: n
}) {
  return t === q.Left || t === q.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function oi(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function Oc({
  source: e,
  sourcePosition: t = q.Bottom,
  target: n,
  targetPosition: o = q.Top,
  center: i,
  offset: r
}) {
  const s = ni[t], l = ni[o], a = { x: e.x + s.x * r, y: e.y + s.y * r }, u = { x: n.x + l.x * r, y: n.y + l.y * r }, c = Ac({
    source: a,
    sourcePosition: t,
    target: u
  }), d = c.x !== 0 ? "x" : "y", h = c[d];
  let g, k, b;
  const x = { x: 0, y: 0 }, M = { x: 0, y: 0 }, [I, y, C, R] = dr({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (s[d] * l[d] === -1) {
    k = i.x ?? I, b = i.y ?? y;
    const V = [
      { x: k, y: a.y },
      { x: k, y: u.y }
    ], H = [
      { x: a.x, y: b },
      { x: u.x, y: b }
    ];
    s[d] === h ? g = d === "x" ? V : H : g = d === "x" ? H : V;
  } else {
    const V = [{ x: a.x, y: u.y }], H = [{ x: u.x, y: a.y }];
    if (d === "x" ? g = s.x === h ? H : V : g = s.y === h ? V : H, t === o) {
      const W = Math.abs(e[d] - n[d]);
      if (W <= r) {
        const p = Math.min(r - 1, r - W);
        s[d] === h ? x[d] = (a[d] > e[d] ? -1 : 1) * p : M[d] = (u[d] > n[d] ? -1 : 1) * p;
      }
    }
    if (t !== o) {
      const W = d === "x" ? "y" : "x", p = s[d] === l[W], T = a[W] > u[W], E = a[W] < u[W];
      (s[d] === 1 && (!p && T || p && E) || s[d] !== 1 && (!p && E || p && T)) && (g = d === "x" ? V : H);
    }
    const Q = { x: a.x + x.x, y: a.y + x.y }, Z = { x: u.x + M.x, y: u.y + M.y }, z = Math.max(Math.abs(Q.x - g[0].x), Math.abs(Z.x - g[0].x)), _ = Math.max(Math.abs(Q.y - g[0].y), Math.abs(Z.y - g[0].y));
    z >= _ ? (k = (Q.x + Z.x) / 2, b = g[0].y) : (k = g[0].x, b = (Q.y + Z.y) / 2);
  }
  return [[
    e,
    { x: a.x + x.x, y: a.y + x.y },
    ...g,
    { x: u.x + M.x, y: u.y + M.y },
    n
  ], k, b, C, R];
}
function zc(e, t, n, o) {
  const i = Math.min(oi(e, t) / 2, oi(t, n) / 2, o), { x: r, y: s } = t;
  if (e.x === r && r === n.x || e.y === s && s === n.y)
    return `L${r} ${s}`;
  if (e.y === s) {
    const u = e.x < n.x ? -1 : 1, c = e.y < n.y ? 1 : -1;
    return `L ${r + i * u},${s}Q ${r},${s} ${r},${s + i * c}`;
  }
  const l = e.x < n.x ? 1 : -1, a = e.y < n.y ? -1 : 1;
  return `L ${r},${s + i * a}Q ${r},${s} ${r + i * l},${s}`;
}
function to(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = q.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = q.Top,
    borderRadius: l = 5,
    centerX: a,
    centerY: u,
    offset: c = 20
  } = e, [d, h, g, k, b] = Oc({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: r },
    targetPosition: s,
    center: { x: a, y: u },
    offset: c
  });
  return [d.reduce((M, I, y) => {
    let C;
    return y > 0 && y < d.length - 1 ? C = zc(d[y - 1], I, d[y + 1], l) : C = `${y === 0 ? "M" : "L"}${I.x} ${I.y}`, M += C, M;
  }, ""), h, g, k, b];
}
function Bc(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [r, s, l, a] = dr({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, r, s, l, a];
}
const Rc = _e({
  name: "StraightEdge",
  props: [
    "label",
    "labelStyle",
    "labelShowBg",
    "labelBgStyle",
    "labelBgPadding",
    "labelBgBorderRadius",
    "sourceY",
    "sourceX",
    "targetX",
    "targetY",
    "markerEnd",
    "markerStart",
    "interactionWidth"
  ],
  compatConfig: { MODE: 3 },
  setup(e, { attrs: t }) {
    return () => {
      const [n, o, i] = Bc(e);
      return pe(Mn, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Vc = Rc, Hc = _e({
  name: "SmoothStepEdge",
  props: [
    "sourcePosition",
    "targetPosition",
    "label",
    "labelStyle",
    "labelShowBg",
    "labelBgStyle",
    "labelBgPadding",
    "labelBgBorderRadius",
    "sourceY",
    "sourceX",
    "targetX",
    "targetY",
    "borderRadius",
    "markerEnd",
    "markerStart",
    "interactionWidth",
    "offset"
  ],
  compatConfig: { MODE: 3 },
  setup(e, { attrs: t }) {
    return () => {
      const [n, o, i] = to({
        ...e,
        sourcePosition: e.sourcePosition ?? q.Bottom,
        targetPosition: e.targetPosition ?? q.Top
      });
      return pe(Mn, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), gr = Hc, Lc = _e({
  name: "StepEdge",
  props: [
    "sourcePosition",
    "targetPosition",
    "label",
    "labelStyle",
    "labelShowBg",
    "labelBgStyle",
    "labelBgPadding",
    "labelBgBorderRadius",
    "sourceY",
    "sourceX",
    "targetX",
    "targetY",
    "markerEnd",
    "markerStart",
    "interactionWidth"
  ],
  setup(e, { attrs: t }) {
    return () => pe(gr, { ...e, ...t, borderRadius: 0 });
  }
}), Fc = Lc, Yc = _e({
  name: "BezierEdge",
  props: [
    "sourcePosition",
    "targetPosition",
    "label",
    "labelStyle",
    "labelShowBg",
    "labelBgStyle",
    "labelBgPadding",
    "labelBgBorderRadius",
    "sourceY",
    "sourceX",
    "targetX",
    "targetY",
    "curvature",
    "markerEnd",
    "markerStart",
    "interactionWidth"
  ],
  compatConfig: { MODE: 3 },
  setup(e, { attrs: t }) {
    return () => {
      const [n, o, i] = hr({
        ...e,
        sourcePosition: e.sourcePosition ?? q.Bottom,
        targetPosition: e.targetPosition ?? q.Top
      });
      return pe(Mn, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Gc = Yc, Xc = _e({
  name: "SimpleBezierEdge",
  props: [
    "sourcePosition",
    "targetPosition",
    "label",
    "labelStyle",
    "labelShowBg",
    "labelBgStyle",
    "labelBgPadding",
    "labelBgBorderRadius",
    "sourceY",
    "sourceX",
    "targetX",
    "targetY",
    "markerEnd",
    "markerStart",
    "interactionWidth"
  ],
  compatConfig: { MODE: 3 },
  setup(e, { attrs: t }) {
    return () => {
      const [n, o, i] = vr({
        ...e,
        sourcePosition: e.sourcePosition ?? q.Bottom,
        targetPosition: e.targetPosition ?? q.Top
      });
      return pe(Mn, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Uc = Xc, Zc = {
  input: Nc,
  default: Ec,
  output: Sc
}, Wc = {
  default: Gc,
  straight: Vc,
  step: Fc,
  smoothstep: gr,
  simplebezier: Uc
};
function Kc(e, t, n) {
  const o = se(() => (b) => t.value.get(b)), i = se(() => (b) => n.value.get(b)), r = se(() => {
    const b = {
      ...Wc,
      ...e.edgeTypes
    }, x = Object.keys(b);
    for (const M of e.edges)
      M.type && !x.includes(M.type) && (b[M.type] = M.type);
    return b;
  }), s = se(() => {
    const b = {
      ...Zc,
      ...e.nodeTypes
    }, x = Object.keys(b);
    for (const M of e.nodes)
      M.type && !x.includes(M.type) && (b[M.type] = M.type);
    return b;
  }), l = se(() => e.onlyRenderVisibleElements ? qi(
    e.nodes,
    {
      x: 0,
      y: 0,
      width: e.dimensions.width,
      height: e.dimensions.height
    },
    e.viewport,
    !0
  ) : e.nodes), a = se(() => {
    if (e.onlyRenderVisibleElements) {
      const b = [];
      for (const x of e.edges) {
        const M = t.value.get(x.source), I = t.value.get(x.target);
        Xu({
          sourcePos: M.computedPosition || { x: 0, y: 0 },
          targetPos: I.computedPosition || { x: 0, y: 0 },
          sourceWidth: M.dimensions.width,
          sourceHeight: M.dimensions.height,
          targetWidth: I.dimensions.width,
          targetHeight: I.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && b.push(x);
      }
      return b;
    }
    return e.edges;
  }), u = se(() => [...l.value, ...a.value]), c = se(() => {
    const b = [];
    for (const x of e.nodes)
      x.selected && b.push(x);
    return b;
  }), d = se(() => {
    const b = [];
    for (const x of e.edges)
      x.selected && b.push(x);
    return b;
  }), h = se(() => [
    ...c.value,
    ...d.value
  ]), g = se(() => {
    const b = [];
    for (const x of e.nodes)
      x.dimensions.width && x.dimensions.height && x.handleBounds !== void 0 && b.push(x);
    return b;
  }), k = se(
    () => l.value.length > 0 && g.value.length === l.value.length
  );
  return {
    getNode: o,
    getEdge: i,
    getElements: u,
    getEdgeTypes: r,
    getNodeTypes: s,
    getEdges: a,
    getNodes: l,
    getSelectedElements: h,
    getSelectedNodes: c,
    getSelectedEdges: d,
    getNodesInitialized: g,
    areNodesInitialized: k
  };
}
class nt {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = Et()) == null ? void 0 : t.appContext.app, o = n?.config.globalProperties.$vueFlowStorage ?? nt.instance;
    return nt.instance = o ?? new nt(), n && (n.config.globalProperties.$vueFlowStorage = nt.instance), nt.instance;
  }
  set(t, n) {
    return this.flows.set(t, n);
  }
  get(t) {
    return this.flows.get(t);
  }
  remove(t) {
    return this.flows.delete(t);
  }
  create(t, n) {
    const o = cr(), i = Hn(o), r = {};
    for (const [h, g] of Object.entries(i.hooks)) {
      const k = `on${h.charAt(0).toUpperCase() + h.slice(1)}`;
      r[k] = g.on;
    }
    const s = {};
    for (const [h, g] of Object.entries(i.hooks))
      s[h] = g.trigger;
    const l = se(() => {
      const h = /* @__PURE__ */ new Map();
      for (const g of i.nodes)
        h.set(g.id, g);
      return h;
    }), a = se(() => {
      const h = /* @__PURE__ */ new Map();
      for (const g of i.edges)
        h.set(g.id, g);
      return h;
    }), u = Kc(i, l, a), c = wc(i, l, a);
    c.setState({ ...i, ...n });
    const d = {
      ...r,
      ...u,
      ...c,
      ...Hr(i),
      nodeLookup: l,
      edgeLookup: a,
      emits: s,
      id: t,
      vueFlowVersion: "1.48.2",
      $destroy: () => {
        this.remove(t);
      }
    };
    return this.set(t, d), d;
  }
  getId() {
    return `vue-flow-${this.currentId++}`;
  }
}
function ye(e) {
  const t = nt.getInstance(), n = si(), o = typeof e == "object", i = o ? e : { id: e }, r = i.id, s = r ?? n?.vueFlowId;
  let l;
  if (n) {
    const a = dt(Qo, null);
    typeof a < "u" && a !== null && (!s || a.id === s) && (l = a);
  }
  if (l || s && (l = t.get(s)), !l || s && l.id !== s) {
    const a = r ?? t.getId(), u = t.create(a, i);
    l = u, (n ?? li(!0)).run(() => {
      ve(
        u.applyDefault,
        (d, h, g) => {
          const k = (x) => {
            u.applyNodeChanges(x);
          }, b = (x) => {
            u.applyEdgeChanges(x);
          };
          d ? (u.onNodesChange(k), u.onEdgesChange(b)) : (u.hooks.value.nodesChange.off(k), u.hooks.value.edgesChange.off(b)), g(() => {
            u.hooks.value.nodesChange.off(k), u.hooks.value.edgesChange.off(b);
          });
        },
        { immediate: !0 }
      ), Dt(() => {
        if (l) {
          const d = t.get(l.id);
          d ? d.$destroy() : Yt(`No store instance found for id ${l.id} in storage.`);
        }
      });
    });
  } else
    o && l.setState(i);
  if (n && (st(Qo, l), n.vueFlowId = l.id), o) {
    const a = Et();
    a?.type.name !== "VueFlow" && l.emits.error(new xe(be.USEVUEFLOW_OPTIONS));
  }
  return l;
}
function qc(e) {
  const { emits: t, dimensions: n } = ye();
  let o;
  He(() => {
    const i = () => {
      var r, s;
      if (!e.value || !(((s = (r = e.value).checkVisibility) == null ? void 0 : s.call(r)) ?? !0))
        return;
      const l = xn(e.value);
      (l.width === 0 || l.height === 0) && t.error(new xe(be.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: l.width || 500, height: l.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), no(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const jc = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, Jc = /* @__PURE__ */ _e({
  ...jc,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (le(), de("div", {
      class: "vue-flow__selection vue-flow__container",
      style: Je({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), Qc = ["tabIndex"], ed = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, td = /* @__PURE__ */ _e({
  ...ed,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: r, userSelectionActive: s } = ye(), l = ur(), a = Ee(null), u = sr({
      el: a,
      onStart(k) {
        t.selectionDragStart(k), t.nodeDragStart(k);
      },
      onDrag(k) {
        t.selectionDrag(k), t.nodeDrag(k);
      },
      onStop(k) {
        t.selectionDragStop(k), t.nodeDragStop(k);
      }
    });
    He(() => {
      var k;
      r.value || (k = a.value) == null || k.focus({ preventScroll: !0 });
    });
    const c = se(() => Ki(o.value)), d = se(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function h(k) {
      t.selectionContextMenu({ event: k, nodes: o.value });
    }
    function g(k) {
      r.value || pt[k.key] && (k.preventDefault(), l(
        {
          x: pt[k.key].x,
          y: pt[k.key].y
        },
        k.shiftKey
      ));
    }
    return (k, b) => !te(s) && c.value.width && c.value.height ? (le(), de("div", {
      key: 0,
      class: je(["vue-flow__nodesselection vue-flow__container", te(i)]),
      style: Je({ transform: `translate(${te(n).x}px,${te(n).y}px) scale(${te(n).zoom})` })
    }, [
      Se("div", {
        ref_key: "el",
        ref: a,
        class: je([{ dragging: te(u) }, "vue-flow__nodesselection-rect"]),
        style: Je(d.value),
        tabIndex: te(r) ? void 0 : -1,
        onContextmenu: h,
        onKeydown: g
      }, null, 46, Qc)
    ], 6)) : Ne("", !0);
  }
});
function nd(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const od = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, id = /* @__PURE__ */ _e({
  ...od,
  props: {
    isSelecting: { type: Boolean },
    selectionKeyPressed: { type: Boolean }
  },
  setup(e) {
    const {
      vueFlowRef: t,
      nodes: n,
      viewport: o,
      emits: i,
      userSelectionActive: r,
      removeSelectedElements: s,
      userSelectionRect: l,
      elementsSelectable: a,
      nodesSelectionActive: u,
      getSelectedEdges: c,
      getSelectedNodes: d,
      removeNodes: h,
      removeEdges: g,
      selectionMode: k,
      deleteKeyCode: b,
      multiSelectionKeyCode: x,
      multiSelectionActive: M,
      edgeLookup: I,
      nodeLookup: y,
      connectionLookup: C,
      defaultEdgeOptions: R,
      connectionStartHandle: G,
      panOnDrag: V
    } = ye(), H = qe(null), Q = qe(/* @__PURE__ */ new Set()), Z = qe(/* @__PURE__ */ new Set()), z = qe(null), _ = me(() => a.value && (e.isSelecting || r.value)), W = me(() => G.value !== null);
    let p = !1, T = !1;
    const E = $t(b, { actInsideInputWithModifier: !1 }), P = $t(x);
    ve(E, ($) => {
      $ && (h(d.value), g(c.value), u.value = !1);
    }), ve(P, ($) => {
      M.value = $;
    });
    function O($, D) {
      return (B) => {
        B.target === D && $?.(B);
      };
    }
    function L($) {
      if (p || W.value) {
        p = !1;
        return;
      }
      i.paneClick($), s(), u.value = !1;
    }
    function F($) {
      var D;
      if (Array.isArray(V.value) && ((D = V.value) != null && D.includes(2))) {
        $.preventDefault();
        return;
      }
      i.paneContextMenu($);
    }
    function K($) {
      i.paneScroll($);
    }
    function ee($) {
      var D, B, re;
      if (z.value = ((D = t.value) == null ? void 0 : D.getBoundingClientRect()) ?? null, !a.value || !e.isSelecting || $.button !== 0 || $.target !== H.value || !z.value)
        return;
      (re = (B = $.target) == null ? void 0 : B.setPointerCapture) == null || re.call(B, $.pointerId);
      const { x: fe, y: ae } = nd($, z.value);
      T = !0, p = !1, s(), l.value = {
        width: 0,
        height: 0,
        startX: fe,
        startY: ae,
        x: fe,
        y: ae
      }, i.selectionStart($);
    }
    function S($) {
      var D;
      if (!z.value || !l.value)
        return;
      p = !0;
      const { x: B, y: re } = Be($, z.value), { startX: fe = 0, startY: ae = 0 } = l.value, he = {
        startX: fe,
        startY: ae,
        x: B < fe ? B : fe,
        y: re < ae ? re : ae,
        width: Math.abs(B - fe),
        height: Math.abs(re - ae)
      }, ne = Q.value, ie = Z.value;
      Q.value = new Set(
        qi(n.value, he, o.value, k.value === fo.Partial, !0).map(
          (f) => f.id
        )
      ), Z.value = /* @__PURE__ */ new Set();
      const v = ((D = R.value) == null ? void 0 : D.selectable) ?? !0;
      for (const f of Q.value) {
        const m = C.value.get(f);
        if (m)
          for (const { edgeId: N } of m.values()) {
            const w = I.value.get(N);
            w && (w.selectable ?? v) && Z.value.add(N);
          }
      }
      if (!Jo(ne, Q.value)) {
        const f = Ke(y.value, Q.value, !0);
        i.nodesChange(f);
      }
      if (!Jo(ie, Z.value)) {
        const f = Ke(I.value, Z.value);
        i.edgesChange(f);
      }
      l.value = he, r.value = !0, u.value = !1;
    }
    function A($) {
      var D;
      $.button !== 0 || !T || ((D = $.target) == null || D.releasePointerCapture($.pointerId), !r.value && l.value && $.target === H.value && L($), r.value = !1, l.value = null, u.value = Q.value.size > 0, i.selectionEnd($), e.selectionKeyPressed && (p = !1), T = !1);
    }
    return ($, D) => (le(), de("div", {
      ref_key: "container",
      ref: H,
      class: je(["vue-flow__pane vue-flow__container", { selection: $.isSelecting }]),
      onClick: D[0] || (D[0] = (B) => _.value ? void 0 : O(L, H.value)(B)),
      onContextmenu: D[1] || (D[1] = (B) => O(F, H.value)(B)),
      onWheelPassive: D[2] || (D[2] = (B) => O(K, H.value)(B)),
      onPointerenter: D[3] || (D[3] = (B) => _.value ? void 0 : te(i).paneMouseEnter(B)),
      onPointerdown: D[4] || (D[4] = (B) => _.value ? ee(B) : te(i).paneMouseMove(B)),
      onPointermove: D[5] || (D[5] = (B) => _.value ? S(B) : te(i).paneMouseMove(B)),
      onPointerup: D[6] || (D[6] = (B) => _.value ? A(B) : void 0),
      onPointerleave: D[7] || (D[7] = (B) => te(i).paneMouseLeave(B))
    }, [
      lt($.$slots, "default"),
      te(r) && te(l) ? (le(), mt(Jc, {
        key: 0,
        "user-selection-rect": te(l)
      }, null, 8, ["user-selection-rect"])) : Ne("", !0),
      te(u) && te(d).length ? (le(), mt(td, { key: 1 })) : Ne("", !0)
    ], 34));
  }
}), rd = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, sd = /* @__PURE__ */ _e({
  ...rd,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = ye(), i = se(() => n.value ? !o.value : !1), r = se(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (s, l) => (le(), de("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: Je({ transform: r.value, opacity: i.value ? 0 : void 0 })
    }, [
      lt(s.$slots, "default")
    ], 4));
  }
}), ld = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, ad = /* @__PURE__ */ _e({
  ...ld,
  setup(e) {
    const {
      minZoom: t,
      maxZoom: n,
      defaultViewport: o,
      translateExtent: i,
      zoomActivationKeyCode: r,
      selectionKeyCode: s,
      panActivationKeyCode: l,
      panOnScroll: a,
      panOnScrollMode: u,
      panOnScrollSpeed: c,
      panOnDrag: d,
      zoomOnDoubleClick: h,
      zoomOnPinch: g,
      zoomOnScroll: k,
      preventScrolling: b,
      noWheelClassName: x,
      noPanClassName: M,
      emits: I,
      connectionStartHandle: y,
      userSelectionActive: C,
      paneDragging: R,
      d3Zoom: G,
      d3Selection: V,
      d3ZoomHandler: H,
      viewport: Q,
      viewportRef: Z,
      paneClickDistance: z
    } = ye();
    qc(Z);
    const _ = qe(!1), W = qe(!1);
    let p = null, T = !1, E = 0, P = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const O = $t(l), L = $t(s), F = $t(r), K = me(
      () => (!L.value || L.value && s.value === !0) && (O.value || d.value)
    ), ee = me(() => O.value || a.value), S = me(() => s.value === !0 && K.value !== !0), A = me(
      () => L.value && s.value !== !0 || C.value || S.value
    ), $ = me(() => y.value !== null);
    He(() => {
      if (!Z.value) {
        Yt("Viewport element is missing");
        return;
      }
      const ae = Z.value, he = ae.getBoundingClientRect(), ne = Su().clickDistance(z.value).scaleExtent([t.value, n.value]).translateExtent(i.value), ie = $e(ae).call(ne), v = ie.on("wheel.zoom"), f = wt.translate(o.value.x ?? 0, o.value.y ?? 0).scale(ct(o.value.zoom ?? 1, t.value, n.value)), m = [
        [0, 0],
        [he.width, he.height]
      ], N = ne.constrain()(f, m, i.value);
      ne.transform(ie, N), ne.wheelDelta(Ro), G.value = ne, V.value = ie, H.value = v, Q.value = { x: N.x, y: N.y, zoom: N.k }, ne.on("start", (w) => {
        var X;
        if (!w.sourceEvent)
          return null;
        E = w.sourceEvent.button, _.value = !0;
        const U = re(w.transform);
        ((X = w.sourceEvent) == null ? void 0 : X.type) === "mousedown" && (R.value = !0), P = U, I.viewportChangeStart(U), I.moveStart({ event: w, flowTransform: U });
      }), ne.on("end", (w) => {
        if (!w.sourceEvent)
          return null;
        if (_.value = !1, R.value = !1, D(K.value, E ?? 0) && !T && I.paneContextMenu(w.sourceEvent), T = !1, B(P, w.transform)) {
          const X = re(w.transform);
          P = X, I.viewportChangeEnd(X), I.moveEnd({ event: w, flowTransform: X });
        }
      }), ne.filter((w) => {
        var X;
        const U = F.value || k.value, J = g.value && w.ctrlKey, j = w.button, oe = w.type === "wheel";
        if (j === 1 && w.type === "mousedown" && (fe(w, "vue-flow__node") || fe(w, "vue-flow__edge")))
          return !0;
        if (!K.value && !U && !ee.value && !h.value && !g.value || C.value || $.value && !oe || !h.value && w.type === "dblclick" || fe(w, x.value) && oe || fe(w, M.value) && (!oe || ee.value && oe && !F.value) || !g.value && w.ctrlKey && oe || !U && !ee.value && !J && oe)
          return !1;
        if (!g && w.type === "touchstart" && ((X = w.touches) == null ? void 0 : X.length) > 1)
          return w.preventDefault(), !1;
        if (!K.value && (w.type === "mousedown" || w.type === "touchstart") || S.value && Array.isArray(d.value) && d.value.includes(0) && j === 0 || Array.isArray(d.value) && !d.value.includes(j) && (w.type === "mousedown" || w.type === "touchstart"))
          return !1;
        const ue = Array.isArray(d.value) && d.value.includes(j) || s.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !j || j <= 1;
        return (!w.ctrlKey || O.value || oe) && ue;
      }), ve(
        [C, K],
        () => {
          C.value && !_.value ? ne.on("zoom", null) : C.value || ne.on("zoom", (w) => {
            Q.value = { x: w.transform.x, y: w.transform.y, zoom: w.transform.k };
            const X = re(w.transform);
            T = D(K.value, E ?? 0), I.viewportChange(X), I.move({ event: w, flowTransform: X });
          });
        },
        { immediate: !0 }
      ), ve(
        [C, ee, u, F, g, b, x],
        () => {
          ee.value && !F.value && !C.value ? ie.on(
            "wheel.zoom",
            (w) => {
              if (fe(w, x.value))
                return !1;
              const X = F.value || k.value, U = g.value && w.ctrlKey;
              if (!(!b.value || ee.value || X || U))
                return !1;
              w.preventDefault(), w.stopImmediatePropagation();
              const j = ie.property("__zoom").k || 1, oe = mn();
              if (!O.value && w.ctrlKey && g.value && oe) {
                const pr = Oe(w), mr = Ro(w), yr = j * 2 ** mr;
                ne.scaleTo(ie, yr, pr, w);
                return;
              }
              const ue = w.deltaMode === 1 ? 20 : 1;
              let ge = u.value === Tt.Vertical ? 0 : w.deltaX * ue, Ue = u.value === Tt.Horizontal ? 0 : w.deltaY * ue;
              !oe && w.shiftKey && u.value !== Tt.Vertical && !ge && Ue && (ge = Ue, Ue = 0), ne.translateBy(
                ie,
                -(ge / j) * c.value,
                -(Ue / j) * c.value
              );
              const Ae = re(ie.property("__zoom"));
              p && clearTimeout(p), W.value ? (I.move({ event: w, flowTransform: Ae }), I.viewportChange(Ae), p = setTimeout(() => {
                I.moveEnd({ event: w, flowTransform: Ae }), I.viewportChangeEnd(Ae), W.value = !1;
              }, 150)) : (W.value = !0, I.moveStart({ event: w, flowTransform: Ae }), I.viewportChangeStart(Ae));
            },
            { passive: !1 }
          ) : typeof v < "u" && ie.on(
            "wheel.zoom",
            function(w, X) {
              const U = !b.value && w.type === "wheel" && !w.ctrlKey, J = F.value || k.value, j = g.value && w.ctrlKey;
              if (!J && !a.value && !j && w.type === "wheel" || U || fe(w, x.value))
                return null;
              w.preventDefault(), v.call(this, w, X);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function D(ae, he) {
      return he === 2 && Array.isArray(ae) && ae.includes(2);
    }
    function B(ae, he) {
      return ae.x !== he.x && !Number.isNaN(he.x) || ae.y !== he.y && !Number.isNaN(he.y) || ae.zoom !== he.k && !Number.isNaN(he.k);
    }
    function re(ae) {
      return {
        x: ae.x,
        y: ae.y,
        zoom: ae.k
      };
    }
    function fe(ae, he) {
      return ae.target.closest(`.${he}`);
    }
    return (ae, he) => (le(), de("div", {
      ref_key: "viewportRef",
      ref: Z,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      ke(id, {
        "is-selecting": A.value,
        "selection-key-pressed": te(L),
        class: je({
          connecting: $.value,
          dragging: te(R),
          draggable: te(d) === !0 || Array.isArray(te(d)) && te(d).includes(0)
        })
      }, {
        default: ln(() => [
          ke(sd, null, {
            default: ln(() => [
              lt(ae.$slots, "default")
            ]),
            _: 3
          })
        ]),
        _: 3
      }, 8, ["is-selecting", "selection-key-pressed", "class"])
    ], 512));
  }
}), ud = ["id"], cd = ["id"], dd = ["id"], fd = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, hd = /* @__PURE__ */ _e({
  ...fd,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = ye();
    return (i, r) => (le(), de(Te, null, [
      Se("div", {
        id: `${te(Li)}-${te(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + Ie(te(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, ud),
      Se("div", {
        id: `${te(Fi)}-${te(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, cd),
      te(n) ? Ne("", !0) : (le(), de("div", {
        key: 0,
        id: `${te(Tu)}-${te(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, Ie(te(o)), 9, dd))
    ], 64));
  }
});
function vd() {
  const e = ye();
  ve(
    () => e.viewportHelper.value.viewportInitialized,
    (t) => {
      t && setTimeout(() => {
        e.emits.init(e), e.emits.paneReady(e);
      }, 1);
    }
  );
}
function gd(e, t, n) {
  return n === q.Left ? e - t : n === q.Right ? e + t : e;
}
function pd(e, t, n) {
  return n === q.Top ? e - t : n === q.Bottom ? e + t : e;
}
const go = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = q.Top,
  type: i
}) {
  return pe("circle", {
    class: `vue-flow__edgeupdater vue-flow__edgeupdater-${i}`,
    cx: gd(t, e, o),
    cy: pd(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
go.props = ["radius", "centerX", "centerY", "position", "type"];
go.compatConfig = { MODE: 3 };
const ii = go, md = _e({
  name: "Edge",
  compatConfig: { MODE: 3 },
  props: ["id"],
  setup(e) {
    const {
      id: t,
      addSelectedEdges: n,
      connectionMode: o,
      edgeUpdaterRadius: i,
      emits: r,
      nodesSelectionActive: s,
      noPanClassName: l,
      getEdgeTypes: a,
      removeSelectedEdges: u,
      findEdge: c,
      findNode: d,
      isValidConnection: h,
      multiSelectionActive: g,
      disableKeyboardA11y: k,
      elementsSelectable: b,
      edgesUpdatable: x,
      edgesFocusable: M,
      hooks: I
    } = ye(), y = se(() => c(e.id)), { emit: C, on: R } = lc(y.value, r), G = dt(Sn), V = Et(), H = Ee(!1), Q = Ee(!1), Z = Ee(""), z = Ee(null), _ = Ee("source"), W = Ee(null), p = me(
      () => typeof y.value.selectable > "u" ? b.value : y.value.selectable
    ), T = me(() => typeof y.value.updatable > "u" ? x.value : y.value.updatable), E = me(() => typeof y.value.focusable > "u" ? M.value : y.value.focusable);
    st(ic, e.id), st(rc, W);
    const P = se(() => y.value.class instanceof Function ? y.value.class(y.value) : y.value.class), O = se(() => y.value.style instanceof Function ? y.value.style(y.value) : y.value.style), L = se(() => {
      const f = y.value.type || "default", m = G?.[`edge-${f}`];
      if (m)
        return m;
      let N = y.value.template ?? a.value[f];
      if (typeof N == "string" && V) {
        const w = Object.keys(V.appContext.components);
        w && w.includes(f) && (N = ai(f, !1));
      }
      return N && typeof N != "string" ? N : (r.error(new xe(be.EDGE_TYPE_MISSING, N)), !1);
    }), { handlePointerDown: F } = lr({
      nodeId: Z,
      handleId: z,
      type: _,
      isValidConnection: h,
      edgeUpdaterType: _,
      onEdgeUpdate: S,
      onEdgeUpdateEnd: A
    });
    return () => {
      const f = d(y.value.source), m = d(y.value.target), N = "pathOptions" in y.value ? y.value.pathOptions : {};
      if (!f && !m)
        return r.error(new xe(be.EDGE_SOURCE_TARGET_MISSING, y.value.id, y.value.source, y.value.target)), null;
      if (!f)
        return r.error(new xe(be.EDGE_SOURCE_MISSING, y.value.id, y.value.source)), null;
      if (!m)
        return r.error(new xe(be.EDGE_TARGET_MISSING, y.value.id, y.value.target)), null;
      if (!y.value || y.value.hidden || f.hidden || m.hidden)
        return null;
      let w;
      o.value === Qe.Strict ? w = f.handleBounds.source : w = [...f.handleBounds.source || [], ...f.handleBounds.target || []];
      const X = Uo(w, y.value.sourceHandle);
      let U;
      o.value === Qe.Strict ? U = m.handleBounds.target : U = [...m.handleBounds.target || [], ...m.handleBounds.source || []];
      const J = Uo(U, y.value.targetHandle), j = X?.position || q.Bottom, oe = J?.position || q.Top, { x: ue, y: ge } = bt(f, X, j), { x: Ue, y: Ae } = bt(m, J, oe);
      return y.value.sourceX = ue, y.value.sourceY = ge, y.value.targetX = Ue, y.value.targetY = Ae, pe(
        "g",
        {
          ref: W,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${L.value === !1 ? "default" : y.value.type || "default"}`,
            l.value,
            P.value,
            {
              updating: H.value,
              selected: y.value.selected,
              animated: y.value.animated,
              inactive: !p.value && !I.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: E.value ? 0 : void 0,
          "aria-label": y.value.ariaLabel === null ? void 0 : y.value.ariaLabel ?? `Edge from ${y.value.source} to ${y.value.target}`,
          "aria-describedby": E.value ? `${Fi}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: E.value ? "group" : "img",
          ...y.value.domAttributes,
          onClick: D,
          onContextmenu: B,
          onDblclick: re,
          onMouseenter: fe,
          onMousemove: ae,
          onMouseleave: he,
          onKeyDown: E.value ? v : void 0
        },
        [
          Q.value ? null : pe(L.value === !1 ? a.value.default : L.value, {
            id: e.id,
            sourceNode: f,
            targetNode: m,
            source: y.value.source,
            target: y.value.target,
            type: y.value.type,
            updatable: T.value,
            selected: y.value.selected,
            animated: y.value.animated,
            label: y.value.label,
            labelStyle: y.value.labelStyle,
            labelShowBg: y.value.labelShowBg,
            labelBgStyle: y.value.labelBgStyle,
            labelBgPadding: y.value.labelBgPadding,
            labelBgBorderRadius: y.value.labelBgBorderRadius,
            data: y.value.data,
            events: { ...y.value.events, ...R },
            style: O.value,
            markerStart: `url('#${Ht(y.value.markerStart, t)}')`,
            markerEnd: `url('#${Ht(y.value.markerEnd, t)}')`,
            sourcePosition: j,
            targetPosition: oe,
            sourceX: ue,
            sourceY: ge,
            targetX: Ue,
            targetY: Ae,
            sourceHandleId: y.value.sourceHandle,
            targetHandleId: y.value.targetHandle,
            interactionWidth: y.value.interactionWidth,
            ...N
          }),
          [
            T.value === "source" || T.value === !0 ? [
              pe(
                "g",
                {
                  onMousedown: ne,
                  onMouseenter: K,
                  onMouseout: ee
                },
                pe(ii, {
                  position: j,
                  centerX: ue,
                  centerY: ge,
                  radius: i.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            T.value === "target" || T.value === !0 ? [
              pe(
                "g",
                {
                  onMousedown: ie,
                  onMouseenter: K,
                  onMouseout: ee
                },
                pe(ii, {
                  position: oe,
                  centerX: Ue,
                  centerY: Ae,
                  radius: i.value,
                  type: "target",
                  "data-type": "target"
                })
              )
            ] : null
          ]
        ]
      );
    };
    function K() {
      H.value = !0;
    }
    function ee() {
      H.value = !1;
    }
    function S(f, m) {
      C.update({ event: f, edge: y.value, connection: m });
    }
    function A(f) {
      C.updateEnd({ event: f, edge: y.value }), Q.value = !1;
    }
    function $(f, m) {
      f.button === 0 && (Q.value = !0, Z.value = m ? y.value.target : y.value.source, z.value = (m ? y.value.targetHandle : y.value.sourceHandle) ?? null, _.value = m ? "target" : "source", C.updateStart({ event: f, edge: y.value }), F(f));
    }
    function D(f) {
      var m;
      const N = { event: f, edge: y.value };
      p.value && (s.value = !1, y.value.selected && g.value ? (u([y.value]), (m = W.value) == null || m.blur()) : n([y.value])), C.click(N);
    }
    function B(f) {
      C.contextMenu({ event: f, edge: y.value });
    }
    function re(f) {
      C.doubleClick({ event: f, edge: y.value });
    }
    function fe(f) {
      C.mouseEnter({ event: f, edge: y.value });
    }
    function ae(f) {
      C.mouseMove({ event: f, edge: y.value });
    }
    function he(f) {
      C.mouseLeave({ event: f, edge: y.value });
    }
    function ne(f) {
      $(f, !0);
    }
    function ie(f) {
      $(f, !1);
    }
    function v(f) {
      var m;
      !k.value && Yi.includes(f.key) && p.value && (f.key === "Escape" ? ((m = W.value) == null || m.blur(), u([c(e.id)])) : n([c(e.id)]));
    }
  }
}), yd = md, _d = _e({
  name: "ConnectionLine",
  compatConfig: { MODE: 3 },
  setup() {
    var e;
    const {
      id: t,
      connectionMode: n,
      connectionStartHandle: o,
      connectionEndHandle: i,
      connectionPosition: r,
      connectionLineType: s,
      connectionLineStyle: l,
      connectionLineOptions: a,
      connectionStatus: u,
      viewport: c,
      findNode: d
    } = ye(), h = (e = dt(Sn)) == null ? void 0 : e["connection-line"], g = se(() => {
      var I;
      return d((I = o.value) == null ? void 0 : I.nodeId);
    }), k = se(() => {
      var I;
      return d((I = i.value) == null ? void 0 : I.nodeId) ?? null;
    }), b = se(() => ({
      x: (r.value.x - c.value.x) / c.value.zoom,
      y: (r.value.y - c.value.y) / c.value.zoom
    })), x = se(
      () => a.value.markerStart ? `url(#${Ht(a.value.markerStart, t)})` : ""
    ), M = se(
      () => a.value.markerEnd ? `url(#${Ht(a.value.markerEnd, t)})` : ""
    );
    return () => {
      var I, y, C;
      if (!g.value || !o.value)
        return null;
      const R = o.value.id, G = o.value.type, V = g.value.handleBounds;
      let H = V?.[G] ?? [];
      if (n.value === Qe.Loose) {
        const O = V?.[G === "source" ? "target" : "source"] ?? [];
        H = [...H, ...O];
      }
      if (!H)
        return null;
      const Q = (R ? H.find((O) => O.id === R) : H[0]) ?? null, Z = Q?.position ?? q.Top, { x: z, y: _ } = bt(g.value, Q, Z);
      let W = null;
      k.value && (n.value === Qe.Strict ? W = ((I = k.value.handleBounds[G === "source" ? "target" : "source"]) == null ? void 0 : I.find(
        (O) => {
          var L;
          return O.id === ((L = i.value) == null ? void 0 : L.id);
        }
      )) || null : W = ((y = [...k.value.handleBounds.source ?? [], ...k.value.handleBounds.target ?? []]) == null ? void 0 : y.find(
        (O) => {
          var L;
          return O.id === ((L = i.value) == null ? void 0 : L.id);
        }
      )) || null);
      const p = ((C = i.value) == null ? void 0 : C.position) ?? (Z ? Qn[Z] : null);
      if (!Z || !p)
        return null;
      const T = s.value ?? a.value.type ?? tt.Bezier;
      let E = "";
      const P = {
        sourceX: z,
        sourceY: _,
        sourcePosition: Z,
        targetX: b.value.x,
        targetY: b.value.y,
        targetPosition: p
      };
      return T === tt.Bezier ? [E] = hr(P) : T === tt.Step ? [E] = to({
        ...P,
        borderRadius: 0
      }) : T === tt.SmoothStep ? [E] = to(P) : T === tt.SimpleBezier ? [E] = vr(P) : E = `M${z},${_} ${b.value.x},${b.value.y}`, pe(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        pe(
          "g",
          { class: "vue-flow__connection" },
          h ? pe(h, {
            sourceX: z,
            sourceY: _,
            sourcePosition: Z,
            targetX: b.value.x,
            targetY: b.value.y,
            targetPosition: p,
            sourceNode: g.value,
            sourceHandle: Q,
            targetNode: k.value,
            targetHandle: W,
            markerEnd: M.value,
            markerStart: x.value,
            connectionStatus: u.value
          }) : pe("path", {
            d: E,
            class: [a.value.class, u.value, "vue-flow__connection-path"],
            style: {
              ...l.value,
              ...a.value.style
            },
            "marker-end": M.value,
            "marker-start": x.value
          })
        )
      );
    };
  }
}), wd = _d, bd = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], xd = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, Ed = /* @__PURE__ */ _e({
  ...xd,
  props: {
    id: {},
    type: {},
    color: { default: "none" },
    width: { default: 12.5 },
    height: { default: 12.5 },
    markerUnits: { default: "strokeWidth" },
    orient: { default: "auto-start-reverse" },
    strokeWidth: { default: 1 }
  },
  setup(e) {
    return (t, n) => (le(), de("marker", {
      id: t.id,
      class: "vue-flow__arrowhead",
      viewBox: "-10 -10 20 20",
      refX: "0",
      refY: "0",
      markerWidth: `${t.width}`,
      markerHeight: `${t.height}`,
      markerUnits: t.markerUnits,
      orient: t.orient
    }, [
      t.type === te(jn).ArrowClosed ? (le(), de("polyline", {
        key: 0,
        style: Je({
          stroke: t.color,
          fill: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        points: "-5,-4 0,0 -5,4 -5,-4"
      }, null, 4)) : Ne("", !0),
      t.type === te(jn).Arrow ? (le(), de("polyline", {
        key: 1,
        style: Je({
          stroke: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        fill: "none",
        points: "-5,-4 0,0 -5,4"
      }, null, 4)) : Ne("", !0)
    ], 8, bd));
  }
}), Sd = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, Nd = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, Cd = /* @__PURE__ */ _e({
  ...Nd,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = ye(), r = se(() => {
      const s = /* @__PURE__ */ new Set(), l = [], a = (u) => {
        if (u) {
          const c = Ht(u, t);
          s.has(c) || (typeof u == "object" ? l.push({ ...u, id: c, color: u.color || i.value }) : l.push({ id: c, color: i.value, type: u }), s.add(c));
        }
      };
      for (const u of [o.value.markerEnd, o.value.markerStart])
        a(u);
      for (const u of n.value)
        for (const c of [u.markerStart, u.markerEnd])
          a(c);
      return l.sort((u, c) => u.id.localeCompare(c.id));
    });
    return (s, l) => (le(), de("svg", Sd, [
      Se("defs", null, [
        (le(!0), de(Te, null, Pt(r.value, (a) => (le(), mt(Ed, {
          id: a.id,
          key: a.id,
          type: a.type,
          color: a.color,
          width: a.width,
          height: a.height,
          markerUnits: a.markerUnits,
          "stroke-width": a.strokeWidth,
          orient: a.orient
        }, null, 8, ["id", "type", "color", "width", "height", "markerUnits", "stroke-width", "orient"]))), 128))
      ])
    ]));
  }
}), kd = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, Md = /* @__PURE__ */ _e({
  ...kd,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = ye();
    return (i, r) => (le(), de(Te, null, [
      ke(Cd),
      (le(!0), de(Te, null, Pt(te(n), (s) => (le(), de("svg", {
        key: s.id,
        class: "vue-flow__edges vue-flow__container",
        style: Je({ zIndex: te(Uu)(s, te(t), te(o)) })
      }, [
        ke(te(yd), {
          id: s.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      ke(te(wd))
    ], 64));
  }
}), Id = _e({
  name: "Node",
  compatConfig: { MODE: 3 },
  props: ["id", "resizeObserver"],
  setup(e) {
    const {
      id: t,
      noPanClassName: n,
      selectNodesOnDrag: o,
      nodesSelectionActive: i,
      multiSelectionActive: r,
      emits: s,
      removeSelectedNodes: l,
      addSelectedNodes: a,
      updateNodeDimensions: u,
      onUpdateNodeInternals: c,
      getNodeTypes: d,
      nodeExtent: h,
      elevateNodesOnSelect: g,
      disableKeyboardA11y: k,
      ariaLiveMessage: b,
      snapToGrid: x,
      snapGrid: M,
      nodeDragThreshold: I,
      nodesDraggable: y,
      elementsSelectable: C,
      nodesConnectable: R,
      nodesFocusable: G,
      hooks: V
    } = ye(), H = Ee(null);
    st(rr, H), st(ir, e.id);
    const Q = dt(Sn), Z = Et(), z = ur(), { node: _, parentNode: W } = ar(e.id), { emit: p, on: T } = dc(_, s), E = me(() => typeof _.draggable > "u" ? y.value : _.draggable), P = me(() => typeof _.selectable > "u" ? C.value : _.selectable), O = me(() => typeof _.connectable > "u" ? R.value : _.connectable), L = me(() => typeof _.focusable > "u" ? G.value : _.focusable), F = se(
      () => P.value || E.value || V.value.nodeClick.hasListeners() || V.value.nodeDoubleClick.hasListeners() || V.value.nodeMouseEnter.hasListeners() || V.value.nodeMouseMove.hasListeners() || V.value.nodeMouseLeave.hasListeners()
    ), K = me(() => !!_.dimensions.width && !!_.dimensions.height), ee = se(() => {
      const m = _.type || "default", N = Q?.[`node-${m}`];
      if (N)
        return N;
      let w = _.template || d.value[m];
      if (typeof w == "string" && Z) {
        const X = Object.keys(Z.appContext.components);
        X && X.includes(m) && (w = ai(m, !1));
      }
      return w && typeof w != "string" ? w : (s.error(new xe(be.NODE_TYPE_MISSING, w)), !1);
    }), S = sr({
      id: e.id,
      el: H,
      disabled: () => !E.value,
      selectable: P,
      dragHandle: () => _.dragHandle,
      onStart(m) {
        p.dragStart(m);
      },
      onDrag(m) {
        p.drag(m);
      },
      onStop(m) {
        p.dragStop(m);
      },
      onClick(m) {
        v(m);
      }
    }), A = se(() => _.class instanceof Function ? _.class(_) : _.class), $ = se(() => {
      const m = (_.style instanceof Function ? _.style(_) : _.style) || {}, N = _.width instanceof Function ? _.width(_) : _.width, w = _.height instanceof Function ? _.height(_) : _.height;
      return !m.width && N && (m.width = typeof N == "string" ? N : `${N}px`), !m.height && w && (m.height = typeof w == "string" ? w : `${w}px`), m;
    }), D = me(() => Number(_.zIndex ?? $.value.zIndex ?? 0));
    return c((m) => {
      (m.includes(e.id) || !m.length) && re();
    }), He(() => {
      ve(
        () => _.hidden,
        (m = !1, N, w) => {
          !m && H.value && (e.resizeObserver.observe(H.value), w(() => {
            H.value && e.resizeObserver.unobserve(H.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), ve([() => _.type, () => _.sourcePosition, () => _.targetPosition], () => {
      Re(() => {
        u([{ id: e.id, nodeElement: H.value, forceUpdate: !0 }]);
      });
    }), ve(
      [
        () => _.position.x,
        () => _.position.y,
        () => {
          var m;
          return (m = W.value) == null ? void 0 : m.computedPosition.x;
        },
        () => {
          var m;
          return (m = W.value) == null ? void 0 : m.computedPosition.y;
        },
        () => {
          var m;
          return (m = W.value) == null ? void 0 : m.computedPosition.z;
        },
        D,
        () => _.selected,
        () => _.dimensions.height,
        () => _.dimensions.width,
        () => {
          var m;
          return (m = W.value) == null ? void 0 : m.dimensions.height;
        },
        () => {
          var m;
          return (m = W.value) == null ? void 0 : m.dimensions.width;
        }
      ],
      ([m, N, w, X, U, J]) => {
        const j = {
          x: m,
          y: N,
          z: J + (g.value && _.selected ? 1e3 : 0)
        };
        typeof w < "u" && typeof X < "u" ? _.computedPosition = Hu({ x: w, y: X, z: U }, j) : _.computedPosition = j;
      },
      { flush: "post", immediate: !0 }
    ), ve([() => _.extent, h], ([m, N], [w, X]) => {
      (m !== w || N !== X) && B();
    }), _.extent === "parent" || typeof _.extent == "object" && "range" in _.extent && _.extent.range === "parent" ? Fn(() => K).toBe(!0).then(B) : B(), () => _.hidden ? null : pe(
      "div",
      {
        ref: H,
        "data-id": _.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${ee.value === !1 ? "default" : _.type || "default"}`,
          {
            [n.value]: E.value,
            dragging: S?.value,
            draggable: E.value,
            selected: _.selected,
            selectable: P.value,
            parent: _.isParent
          },
          A.value
        ],
        style: {
          visibility: K.value ? "visible" : "hidden",
          zIndex: _.computedPosition.z ?? D.value,
          transform: `translate(${_.computedPosition.x}px,${_.computedPosition.y}px)`,
          pointerEvents: F.value ? "all" : "none",
          ...$.value
        },
        tabIndex: L.value ? 0 : void 0,
        role: L.value ? "group" : void 0,
        "aria-describedby": k.value ? void 0 : `${Li}-${t}`,
        "aria-label": _.ariaLabel,
        "aria-roledescription": "node",
        ..._.domAttributes,
        onMouseenter: fe,
        onMousemove: ae,
        onMouseleave: he,
        onContextmenu: ne,
        onClick: v,
        onDblclick: ie,
        onKeydown: f
      },
      [
        pe(ee.value === !1 ? d.value.default : ee.value, {
          id: _.id,
          type: _.type,
          data: _.data,
          events: { ..._.events, ...T },
          selected: _.selected,
          resizing: _.resizing,
          dragging: S.value,
          connectable: O.value,
          position: _.computedPosition,
          dimensions: _.dimensions,
          isValidTargetPos: _.isValidTargetPos,
          isValidSourcePos: _.isValidSourcePos,
          parent: _.parentNode,
          parentNodeId: _.parentNode,
          zIndex: _.computedPosition.z ?? D.value,
          targetPosition: _.targetPosition,
          sourcePosition: _.sourcePosition,
          label: _.label,
          dragHandle: _.dragHandle,
          onUpdateNodeInternals: re
        })
      ]
    );
    function B() {
      const m = _.computedPosition, { computedPosition: N, position: w } = ho(
        _,
        x.value ? En(m, M.value) : m,
        s.error,
        h.value,
        W.value
      );
      (_.computedPosition.x !== N.x || _.computedPosition.y !== N.y) && (_.computedPosition = { ..._.computedPosition, ...N }), (_.position.x !== w.x || _.position.y !== w.y) && (_.position = w);
    }
    function re() {
      H.value && u([{ id: e.id, nodeElement: H.value, forceUpdate: !0 }]);
    }
    function fe(m) {
      S?.value || p.mouseEnter({ event: m, node: _ });
    }
    function ae(m) {
      S?.value || p.mouseMove({ event: m, node: _ });
    }
    function he(m) {
      S?.value || p.mouseLeave({ event: m, node: _ });
    }
    function ne(m) {
      return p.contextMenu({ event: m, node: _ });
    }
    function ie(m) {
      return p.doubleClick({ event: m, node: _ });
    }
    function v(m) {
      P.value && (!o.value || !E.value || I.value > 0) && eo(
        _,
        r.value,
        a,
        l,
        i,
        !1,
        H.value
      ), p.click({ event: m, node: _ });
    }
    function f(m) {
      if (!(Jn(m) || k.value))
        if (Yi.includes(m.key) && P.value) {
          const N = m.key === "Escape";
          eo(
            _,
            r.value,
            a,
            l,
            i,
            N,
            H.value
          );
        } else E.value && _.selected && pt[m.key] && (m.preventDefault(), b.value = `Moved selected node ${m.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~_.position.x}, y: ${~~_.position.y}`, z(
          {
            x: pt[m.key].x,
            y: pt[m.key].y
          },
          m.shiftKey
        ));
    }
  }
}), Td = Id;
function $d(e = { includeHiddenNodes: !1 }) {
  const { nodes: t } = ye();
  return se(() => {
    if (t.value.length === 0)
      return !1;
    for (const n of t.value)
      if ((e.includeHiddenNodes || !n.hidden) && (n?.handleBounds === void 0 || n.dimensions.width === 0 || n.dimensions.height === 0))
        return !1;
    return !0;
  });
}
const Pd = { class: "vue-flow__nodes vue-flow__container" }, Dd = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, Ad = /* @__PURE__ */ _e({
  ...Dd,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = ye(), i = $d(), r = Ee();
    return ve(
      i,
      (s) => {
        s && Re(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), He(() => {
      r.value = new ResizeObserver((s) => {
        const l = s.map((a) => ({
          id: a.target.getAttribute("data-id"),
          nodeElement: a.target,
          forceUpdate: !0
        }));
        Re(() => n(l));
      });
    }), no(() => {
      var s;
      return (s = r.value) == null ? void 0 : s.disconnect();
    }), (s, l) => (le(), de("div", Pd, [
      r.value ? (le(!0), de(Te, { key: 0 }, Pt(te(t), (a, u, c, d) => {
        const h = [a.id];
        if (d && d.key === a.id && xr(d, h))
          return d;
        const g = (le(), mt(te(Td), {
          id: a.id,
          key: a.id,
          "resize-observer": r.value
        }, null, 8, ["id", "resize-observer"]));
        return g.memo = h, g;
      }, l, 0), 128)) : Ne("", !0)
    ]));
  }
});
function Od() {
  const { emits: e } = ye();
  He(() => {
    if (or()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new xe(be.MISSING_STYLES));
    }
  });
}
const zd = /* @__PURE__ */ Se("div", { class: "vue-flow__edge-labels" }, null, -1), Bd = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, Rd = /* @__PURE__ */ _e({
  ...Bd,
  props: {
    id: {},
    modelValue: {},
    nodes: {},
    edges: {},
    edgeTypes: {},
    nodeTypes: {},
    connectionMode: {},
    connectionLineType: {},
    connectionLineStyle: { default: void 0 },
    connectionLineOptions: { default: void 0 },
    connectionRadius: {},
    isValidConnection: { type: [Function, null], default: void 0 },
    deleteKeyCode: { default: void 0 },
    selectionKeyCode: { type: [Boolean, null], default: void 0 },
    multiSelectionKeyCode: { default: void 0 },
    zoomActivationKeyCode: { default: void 0 },
    panActivationKeyCode: { default: void 0 },
    snapToGrid: { type: Boolean, default: void 0 },
    snapGrid: {},
    onlyRenderVisibleElements: { type: Boolean, default: void 0 },
    edgesUpdatable: { type: [Boolean, String], default: void 0 },
    nodesDraggable: { type: Boolean, default: void 0 },
    nodesConnectable: { type: Boolean, default: void 0 },
    nodeDragThreshold: {},
    elementsSelectable: { type: Boolean, default: void 0 },
    selectNodesOnDrag: { type: Boolean, default: void 0 },
    panOnDrag: { type: [Boolean, Array], default: void 0 },
    minZoom: {},
    maxZoom: {},
    defaultViewport: {},
    translateExtent: {},
    nodeExtent: {},
    defaultMarkerColor: {},
    zoomOnScroll: { type: Boolean, default: void 0 },
    zoomOnPinch: { type: Boolean, default: void 0 },
    panOnScroll: { type: Boolean, default: void 0 },
    panOnScrollSpeed: {},
    panOnScrollMode: {},
    paneClickDistance: {},
    zoomOnDoubleClick: { type: Boolean, default: void 0 },
    preventScrolling: { type: Boolean, default: void 0 },
    selectionMode: {},
    edgeUpdaterRadius: {},
    fitViewOnInit: { type: Boolean, default: void 0 },
    connectOnClick: { type: Boolean, default: void 0 },
    applyDefault: { type: Boolean, default: void 0 },
    autoConnect: { type: [Boolean, Function], default: void 0 },
    noDragClassName: {},
    noWheelClassName: {},
    noPanClassName: {},
    defaultEdgeOptions: {},
    elevateEdgesOnSelect: { type: Boolean, default: void 0 },
    elevateNodesOnSelect: { type: Boolean, default: void 0 },
    disableKeyboardA11y: { type: Boolean, default: void 0 },
    edgesFocusable: { type: Boolean, default: void 0 },
    nodesFocusable: { type: Boolean, default: void 0 },
    autoPanOnConnect: { type: Boolean, default: void 0 },
    autoPanOnNodeDrag: { type: Boolean, default: void 0 },
    autoPanSpeed: {}
  },
  emits: ["nodesChange", "edgesChange", "nodesInitialized", "paneReady", "init", "updateNodeInternals", "error", "connect", "connectStart", "connectEnd", "clickConnectStart", "clickConnectEnd", "moveStart", "move", "moveEnd", "selectionDragStart", "selectionDrag", "selectionDragStop", "selectionContextMenu", "selectionStart", "selectionEnd", "viewportChangeStart", "viewportChange", "viewportChangeEnd", "paneScroll", "paneClick", "paneContextMenu", "paneMouseEnter", "paneMouseMove", "paneMouseLeave", "edgeUpdate", "edgeContextMenu", "edgeMouseEnter", "edgeMouseMove", "edgeMouseLeave", "edgeDoubleClick", "edgeClick", "edgeUpdateStart", "edgeUpdateEnd", "nodeContextMenu", "nodeMouseEnter", "nodeMouseMove", "nodeMouseLeave", "nodeDoubleClick", "nodeClick", "nodeDragStart", "nodeDrag", "nodeDragStop", "miniMapNodeClick", "miniMapNodeDoubleClick", "miniMapNodeMouseEnter", "miniMapNodeMouseMove", "miniMapNodeMouseLeave", "update:modelValue", "update:nodes", "update:edges"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = _r(), r = In(o, "modelValue", n), s = In(o, "nodes", n), l = In(o, "edges", n), a = ye(o), u = gc({ modelValue: r, nodes: s, edges: l }, o, a);
    return mc(n, a.hooks), vd(), Od(), st(Sn, i), wr(u), t(a), (c, d) => (le(), de("div", {
      ref: te(a).vueFlowRef,
      class: "vue-flow"
    }, [
      ke(ad, null, {
        default: ln(() => [
          ke(Md),
          zd,
          ke(Ad),
          lt(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      lt(c.$slots, "default"),
      ke(hd)
    ], 512));
  }
}), Vd = ["data-block", "title"], Hd = { class: "sb-node-head" }, Ld = { class: "q-icon notranslate material-icons sb-node-icon" }, Fd = { class: "sb-node-title" }, Yd = ["title"], Gd = {
  key: 1,
  class: "sb-diff-badge"
}, Xd = { class: "sb-node-id" }, Ud = {
  key: 0,
  class: "sb-node-summary"
}, Zd = {
  key: 1,
  class: "sb-node-value"
}, Wd = { class: "sb-ports" }, Kd = { class: "sb-port-col" }, qd = { key: 0 }, jd = { class: "sb-port-col sb-port-col-out" }, Jd = {
  __name: "BlockNode",
  props: { id: String, data: Object },
  setup(e) {
    const t = e, n = dt("sbCanvas"), o = se(() => {
      const r = n.props, s = r.blocks[t.data.block] || { inputs: [], outputs: [], title: {}, icon: "help" };
      return {
        block: t.data.block,
        icon: s.icon,
        title: s.title[r.lang] || s.title.en || t.data.block,
        inputs: n.inputsOf(t.id, s),
        outputs: s.outputs,
        problems: n.ov.problems[t.id] || [],
        value: n.ov.values[t.id],
        summary: n.ov.summaries[t.id] || "",
        diff: n.ov.highlight[t.id] || ""
      };
    }), i = se(() => {
      const r = o.value.value;
      return r === "TRUE" ? "sb-v-true" : r === "FALSE" ? "sb-v-false" : r === "UNKNOWN" ? "sb-v-unknown" : "";
    });
    return (r, s) => (le(), de("div", {
      class: je(["sb-node", [i.value, { "sb-has-problem": o.value.problems.length }, o.value.diff ? "sb-diff-" + o.value.diff : ""]]),
      "data-block": o.value.block,
      title: o.value.problems.join(`
`)
    }, [
      Se("div", Hd, [
        Se("i", Ld, Ie(o.value.icon), 1),
        Se("span", Fd, Ie(o.value.title), 1),
        o.value.problems.length ? (le(), de("span", {
          key: 0,
          class: "sb-badge",
          title: o.value.problems.join(`
`)
        }, "!", 8, Yd)) : Ne("", !0),
        o.value.diff ? (le(), de("span", Gd, Ie(o.value.diff === "added" ? "+" : "Δ"), 1)) : Ne("", !0)
      ]),
      Se("div", Xd, Ie(e.id), 1),
      o.value.summary ? (le(), de("div", Ud, Ie(o.value.summary), 1)) : Ne("", !0),
      o.value.value !== void 0 && o.value.value !== null ? (le(), de("div", Zd, Ie(o.value.value), 1)) : Ne("", !0),
      Se("div", Wd, [
        Se("div", Kd, [
          (le(!0), de(Te, null, Pt(o.value.inputs, (l) => (le(), de("div", {
            key: "i" + l.name,
            class: "sb-port sb-port-in"
          }, [
            ke(te(xt), {
              type: "target",
              id: l.name,
              position: te(q).Left,
              class: je("sb-t-" + l.type),
              title: l.name + " : " + l.type
            }, null, 8, ["id", "position", "class", "title"]),
            Se("span", null, [
              ci(Ie(l.name), 1),
              l.required ? (le(), de("b", qd, "*")) : Ne("", !0)
            ])
          ]))), 128))
        ]),
        Se("div", jd, [
          (le(!0), de(Te, null, Pt(o.value.outputs, (l) => (le(), de("div", {
            key: "o" + l.name,
            class: "sb-port sb-port-out"
          }, [
            Se("span", null, Ie(l.name), 1),
            ke(te(xt), {
              type: "source",
              id: l.name,
              position: te(q).Right,
              class: je("sb-t-" + l.type),
              title: l.name + " : " + l.type
            }, null, 8, ["id", "position", "class", "title"])
          ]))), 128))
        ])
      ])
    ], 10, Vd));
  }
}, Qd = {
  key: 0,
  class: "sb-empty"
}, ri = "application/x-safeblocks-block", tf = {
  __name: "RuleCanvas",
  props: {
    blocks: { type: Object, default: () => ({}) },
    // name -> catalogue entry (palette data)
    accepts: { type: Object, default: () => ({}) },
    // input port type -> output types it accepts
    graph: { type: Object, default: () => ({ rev: 0, nodes: [], edges: [] }) },
    problems: { type: Object, default: () => ({ nodes: {}, edges: {} }) },
    values: { type: Object, default: () => ({}) },
    summaries: { type: Object, default: () => ({}) },
    highlight: { type: Object, default: () => ({}) },
    // node id -> "added" | "changed" (a version's diff)
    lang: { type: String, default: "zh" },
    emptyText: { type: String, default: "" }
  },
  emits: ["nodeadd", "edgeadd", "nodemove", "itemsremove", "nodeselect", "undo", "redo"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, r = "sb-flow-" + Math.random().toString(36).slice(2), s = ye(r), { addNodes: l, addEdges: a, setNodes: u, setEdges: c, findNode: d, getEdges: h, getNodes: g, screenToFlowCoordinate: k, fitView: b } = s, x = Hn({ resetting: !1, empty: !0 });
    function M(S) {
      return `${S.source}.${S.sourceHandle}->${S.target}.${S.targetHandle}`;
    }
    function I(S) {
      const [A, $] = y(S.from), [D, B] = y(S.to);
      return { id: `${S.from}->${S.to}`, source: A, sourceHandle: $, target: D, targetHandle: B };
    }
    function y(S) {
      const A = S.indexOf(".");
      return [S.slice(0, A), S.slice(A + 1)];
    }
    function C(S) {
      return { id: S.id, type: "block", position: S.position || { x: 0, y: 0 }, data: { block: S.block } };
    }
    const R = se(() => {
      const S = {};
      for (const A of h.value) (S[A.target] ||= []).push(A.targetHandle);
      return S;
    });
    function G(S, A) {
      if (!A.variadic) return A.inputs;
      const $ = [...new Set(R.value[S] || [])].sort();
      let D = "a";
      for (let B = 97; B < 123; B++) {
        const re = String.fromCharCode(B);
        if (!$.includes(re)) {
          D = re;
          break;
        }
      }
      return [...$, D].map((B) => ({ name: B, type: A.variadic.type, required: !1 }));
    }
    const V = Hn({ problems: {}, edges: {}, values: {}, summaries: {}, highlight: {} });
    function H(S, A) {
      A = A || {};
      for (const $ of Object.keys(S)) $ in A || delete S[$];
      for (const [$, D] of Object.entries(A))
        JSON.stringify(S[$]) !== JSON.stringify(D) && (S[$] = D);
    }
    function Q(S) {
      S.problems && (H(V.problems, S.problems.nodes), H(V.edges, S.problems.edges)), S.values && H(V.values, S.values), S.summaries && H(V.summaries, S.summaries), S.highlight && H(V.highlight, S.highlight);
    }
    ve(
      () => [o.problems, o.values, o.summaries, o.highlight],
      () => Q({
        problems: o.problems,
        values: o.values,
        summaries: o.summaries,
        highlight: o.highlight
      }),
      { immediate: !0 }
    ), st("sbCanvas", { props: o, ov: V, inputsOf: G });
    function Z(S) {
      x.resetting = !0, u((S.nodes || []).map(C)), c((S.edges || []).map(I)), x.empty = !(S.nodes || []).length, Re(() => {
        x.resetting = !1, S.fit !== !1 && (S.nodes || []).length && setTimeout(() => b({ padding: 0.15, maxZoom: 1.2 }), 50);
      });
    }
    He(() => Z(o.graph)), ve(() => o.graph.rev, () => Z(o.graph)), ve(() => [V.edges, V.values, h.value.length], () => {
      for (const S of h.value) {
        const A = V.edges[M(S)] ? "sb-edge-problem" : V.values[S.source] === "TRUE" ? "sb-edge-true" : "";
        S.class !== A && (S.class = A);
      }
    }, { deep: !0 });
    function z(S, A, $) {
      const D = d(S), B = D && o.blocks[D.data.block];
      if (!B) return null;
      if ($ === "out") return B.outputs.find((fe) => fe.name === A) || null;
      const re = B.inputs.find((fe) => fe.name === A);
      return re || (B.variadic ? { name: A, type: B.variadic.type } : null);
    }
    function _(S) {
      if (S.source === S.target) return !1;
      const A = z(S.source, S.sourceHandle, "out"), $ = z(S.target, S.targetHandle, "in");
      return !A || !$ || !(o.accepts[$.type] || []).includes(A.type) ? !1 : !h.value.some((D) => D.target === S.target && D.targetHandle === S.targetHandle);
    }
    s.onConnect((S) => {
      if (!_(S)) return;
      const A = `${S.source}.${S.sourceHandle}`, $ = `${S.target}.${S.targetHandle}`;
      a([{ id: `${A}->${$}`, ...S }]), i("edgeadd", { from: A, to: $ });
    }), s.onNodeDragStop(({ nodes: S }) => {
      i("nodemove", S.map((A) => ({ id: A.id, position: { x: Math.round(A.position.x), y: Math.round(A.position.y) } })));
    });
    const W = { nodes: [], edges: [] };
    function p(S, A) {
      if (x.resetting) return;
      const $ = A.filter((D) => D.type === "remove").map((D) => D.id);
      $.length && (!W.nodes.length && !W.edges.length && queueMicrotask(() => {
        i("itemsremove", { nodes: W.nodes, edges: W.edges }), W.nodes = [], W.edges = [];
      }), W[S].push(...$));
    }
    s.onNodesChange((S) => {
      x.empty = g.value.length === 0, p("nodes", S);
    }), s.onEdgesChange((S) => p("edges", S)), s.onNodeClick(({ node: S }) => i("nodeselect", { id: S.id })), s.onPaneClick(() => i("nodeselect", { id: null }));
    function T(S) {
      const A = S.split(".").pop().replace(/[^A-Za-z0-9_]/g, "_") || "n", $ = new Set(g.value.map((D) => D.id));
      for (let D = 1; ; D++) if (!$.has(A + D)) return A + D;
    }
    function E(S, A) {
      let $ = !1;
      const D = () => {
        const B = document.querySelector(`.vue-flow__node[data-id="${CSS.escape(S)}"]`);
        if (!$ && B && B.offsetWidth > 0 && getComputedStyle(B).visibility !== "hidden" && ($ = !0, (window.__sbDropTimes ||= []).push(performance.now() - A)), $ && B && B.querySelector(".sb-has-problem")) {
          (window.__sbValidatedTimes ||= []).push(performance.now() - A);
          return;
        }
        performance.now() - A < 1e4 && requestAnimationFrame(D);
      };
      requestAnimationFrame(D);
    }
    function P(S) {
      if (!(S.ctrlKey || S.metaKey) || S.altKey) return;
      const A = S.target;
      if (A && (A.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(A.tagName))) return;
      const $ = S.key.toLowerCase();
      $ !== "z" && $ !== "y" || (S.preventDefault(), i($ === "y" || S.shiftKey ? "redo" : "undo"));
    }
    He(() => window.addEventListener("keydown", P)), no(() => window.removeEventListener("keydown", P));
    function O(S) {
      S.dataTransfer && [...S.dataTransfer.types].includes(ri) && (S.preventDefault(), S.dataTransfer.dropEffect = "copy");
    }
    function L(S) {
      const A = S.dataTransfer && S.dataTransfer.getData(ri);
      if (!A || !o.blocks[A]) return;
      S.preventDefault();
      const $ = performance.now(), D = k({ x: S.clientX, y: S.clientY }), B = { x: Math.round(D.x - 75), y: Math.round(D.y - 20) }, re = T(A);
      l([C({ id: re, block: A, position: B })]), x.empty = !1, E(re, $), i("nodeadd", { id: re, block: A, position: B });
    }
    function F(S) {
      d(S.id) || (l([C(S)]), x.empty = !1);
    }
    function K(S) {
      a([I(S)]);
    }
    function ee() {
      b({ padding: 0.15, maxZoom: 1.2 });
    }
    return t({ addNode: F, addEdge: K, fit: ee, newId: T, setOverlay: Q }), (S, A) => (le(), de("div", {
      class: "sb-canvas",
      onDragover: O,
      onDrop: L
    }, [
      ke(te(Rd), {
        id: r,
        "min-zoom": 0.1,
        "max-zoom": 2,
        "snap-to-grid": !0,
        "snap-grid": [8, 8],
        "delete-key-code": ["Backspace", "Delete"],
        "is-valid-connection": _,
        "default-edge-options": { type: "default" }
      }, {
        "node-block": ln(($) => [
          ke(Jd, {
            id: $.id,
            data: $.data
          }, null, 8, ["id", "data"])
        ]),
        _: 1
      }),
      x.empty && e.emptyText ? (le(), de("div", Qd, Ie(e.emptyText), 1)) : Ne("", !0)
    ], 32));
  }
};
if (typeof document < "u" && !document.getElementById("sb-canvas-css")) {
  const e = document.createElement("style");
  e.id = "sb-canvas-css", e.textContent = Ir + `
` + Tr + `
` + $r, document.head.append(e);
}
export {
  tf as default
};

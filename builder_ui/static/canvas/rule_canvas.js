import { getCurrentScope as ri, inject as dt, effectScope as si, watch as he, provide as st, getCurrentInstance as Et, defineComponent as _e, useSlots as _r, onUnmounted as wr, openBlock as se, createElementBlock as ce, unref as te, createVNode as ke, withCtx as ln, renderSlot as lt, reactive as Hn, computed as re, onScopeDispose as Qt, ref as Ee, nextTick as Ve, onBeforeMount as br, onMounted as Xe, shallowRef as qe, toRef as me, normalizeClass as je, createElementVNode as Se, Fragment as Te, renderList as Pt, normalizeStyle as Je, onBeforeUnmount as li, isMemoSame as xr, createBlock as mt, createCommentVNode as Ne, toDisplayString as Ie, createPropsRestProxy as Er, isRef as no, toRefs as Sr, customRef as Nr, toValue as ue, resolveComponent as ai, h as pe, useAttrs as Cr, mergeProps as ui, resolveDynamicComponent as kr, createTextVNode as ci, markRaw as en, readonly as Mr } from "vue";
const Ir = ".vue-flow{position:relative;width:100%;height:100%;overflow:hidden;z-index:0;direction:ltr}.vue-flow__container{position:absolute;height:100%;width:100%;left:0;top:0}.vue-flow__pane{z-index:1}.vue-flow__pane.draggable{cursor:grab}.vue-flow__pane.selection{cursor:pointer}.vue-flow__pane.dragging{cursor:grabbing}.vue-flow__transformationpane{transform-origin:0 0;z-index:2;pointer-events:none}.vue-flow__viewport{z-index:4;overflow:clip}.vue-flow__selection{z-index:6}.vue-flow__edge-labels{position:absolute;width:100%;height:100%;pointer-events:none;-webkit-user-select:none;-moz-user-select:none;user-select:none}.vue-flow__nodesselection-rect:focus,.vue-flow__nodesselection-rect:focus-visible{outline:none}.vue-flow .vue-flow__edges{pointer-events:none;overflow:visible}.vue-flow__edge-path,.vue-flow__connection-path{stroke:#b1b1b7;stroke-width:1;fill:none}.vue-flow__edge{pointer-events:visibleStroke;cursor:pointer}.vue-flow__edge.animated path{stroke-dasharray:5;animation:dashdraw .5s linear infinite}.vue-flow__edge.animated path.vue-flow__edge-interaction{stroke-dasharray:none;animation:none}.vue-flow__edge.inactive{pointer-events:none}.vue-flow__edge.selected,.vue-flow__edge:focus,.vue-flow__edge:focus-visible{outline:none}.vue-flow__edge.selected .vue-flow__edge-path,.vue-flow__edge:focus .vue-flow__edge-path,.vue-flow__edge:focus-visible .vue-flow__edge-path{stroke:#555}.vue-flow__edge-textwrapper{pointer-events:all}.vue-flow__edge-textbg{fill:#fff}.vue-flow__edge-text{pointer-events:none;-webkit-user-select:none;-moz-user-select:none;user-select:none}.vue-flow__connection{pointer-events:none}.vue-flow__connection .animated{stroke-dasharray:5;animation:dashdraw .5s linear infinite}.vue-flow__connectionline{z-index:1001}.vue-flow__nodes{pointer-events:none;transform-origin:0 0}.vue-flow__node{position:absolute;-webkit-user-select:none;-moz-user-select:none;user-select:none;pointer-events:all;transform-origin:0 0;box-sizing:border-box;cursor:default}.vue-flow__node.draggable{cursor:grab;pointer-events:all}.vue-flow__node.draggable.dragging{cursor:grabbing}.vue-flow__nodesselection{z-index:3;transform-origin:left top;pointer-events:none}.vue-flow__nodesselection-rect{position:absolute;pointer-events:all;cursor:grab}.vue-flow__nodesselection-rect.dragging{cursor:grabbing}.vue-flow__handle{position:absolute;pointer-events:none;min-width:5px;min-height:5px}.vue-flow__handle.connectable{pointer-events:all;cursor:crosshair}.vue-flow__handle-bottom{left:50%;bottom:0;transform:translate(-50%,50%)}.vue-flow__handle-top{left:50%;top:0;transform:translate(-50%,-50%)}.vue-flow__handle-left{top:50%;left:0;transform:translate(-50%,-50%)}.vue-flow__handle-right{top:50%;right:0;transform:translate(50%,-50%)}.vue-flow__edgeupdater{cursor:move;pointer-events:all}.vue-flow__panel{position:absolute;z-index:5;margin:15px}.vue-flow__panel.top{top:0}.vue-flow__panel.bottom{bottom:0}.vue-flow__panel.left{left:0}.vue-flow__panel.right{right:0}.vue-flow__panel.center{left:50%;transform:translate(-50%)}@keyframes dashdraw{0%{stroke-dashoffset:10}}", Tr = ":root{--vf-node-bg: #fff;--vf-node-text: #222;--vf-connection-path: #b1b1b7;--vf-handle: #555}.vue-flow__edge.updating .vue-flow__edge-path{stroke:#777}.vue-flow__edge-text{font-size:10px}.vue-flow__edge-textbg{fill:#fff}.vue-flow__connection-path{stroke:var(--vf-connection-path)}.vue-flow__node{cursor:grab}.vue-flow__node.selectable:focus,.vue-flow__node.selectable:focus-visible{outline:none}.vue-flow__node-default,.vue-flow__node-input,.vue-flow__node-output{padding:10px;border-radius:3px;width:150px;font-size:12px;text-align:center;border-width:1px;border-style:solid;color:var(--vf-node-text);background-color:var(--vf-node-bg);border-color:var(--vf-node-color)}.vue-flow__node-default.selected,.vue-flow__node-default.selected:hover,.vue-flow__node-input.selected,.vue-flow__node-input.selected:hover,.vue-flow__node-output.selected,.vue-flow__node-output.selected:hover{box-shadow:0 0 0 .5px var(--vf-box-shadow)}.vue-flow__node-default.selected,.vue-flow__node-default:focus,.vue-flow__node-default:focus-visible,.vue-flow__node-input.selected,.vue-flow__node-input:focus,.vue-flow__node-input:focus-visible,.vue-flow__node-output.selected,.vue-flow__node-output:focus,.vue-flow__node-output:focus-visible{outline:none;border:1px solid #555}.vue-flow__node-default .vue-flow__handle,.vue-flow__node-input .vue-flow__handle,.vue-flow__node-output .vue-flow__handle{background:var(--vf-handle)}.vue-flow__node-default.selectable:hover,.vue-flow__node-input.selectable:hover,.vue-flow__node-output.selectable:hover{box-shadow:0 1px 4px 1px #00000014}.vue-flow__node-input{--vf-node-color: var(--vf-node-color, #0041d0);--vf-handle: var(--vf-node-color, #0041d0);--vf-box-shadow: var(--vf-node-color, #0041d0);background:var(--vf-node-bg);border-color:var(--vf-node-color, #0041d0)}.vue-flow__node-input.selected,.vue-flow__node-input:focus,.vue-flow__node-input:focus-visible{outline:none;border:1px solid var(--vf-node-color, #0041d0)}.vue-flow__node-default{--vf-handle: var(--vf-node-color, #1a192b);--vf-box-shadow: var(--vf-node-color, #1a192b);background:var(--vf-node-bg);border-color:var(--vf-node-color, #1a192b)}.vue-flow__node-default.selected,.vue-flow__node-default:focus,.vue-flow__node-default:focus-visible{outline:none;border:1px solid var(--vf-node-color, #1a192b)}.vue-flow__node-output{--vf-handle: var(--vf-node-color, #ff0072);--vf-box-shadow: var(--vf-node-color, #ff0072);background:var(--vf-node-bg);border-color:var(--vf-node-color, #ff0072)}.vue-flow__node-output.selected,.vue-flow__node-output:focus,.vue-flow__node-output:focus-visible{outline:none;border:1px solid var(--vf-node-color, #ff0072)}.vue-flow__nodesselection-rect,.vue-flow__selection{background:#0059dc14;border:1px dotted rgba(0,89,220,.8)}.vue-flow__nodesselection-rect:focus,.vue-flow__nodesselection-rect:focus-visible,.vue-flow__selection:focus,.vue-flow__selection:focus-visible{outline:none}.vue-flow__handle{width:6px;height:6px;background:var(--vf-handle);border:1px solid #fff;border-radius:100%}", $r = ".sb-canvas{width:100%;height:100%;min-height:420px;position:relative;background-color:#fafafa;background-image:radial-gradient(#d0d0d0 1px,transparent 1px);background-size:16px 16px}.sb-canvas .vue-flow__node-block{padding:0;border:none;background:transparent;width:auto;box-shadow:none}.sb-node{min-width:150px;background:#fff;border:2px solid #90a4ae;border-radius:8px;font:12px/1.3 system-ui,sans-serif;box-shadow:0 1px 3px #00000026}.vue-flow__node.selected .sb-node{border-color:#1565c0;box-shadow:0 0 0 3px #1565c040}.sb-node-head{display:flex;align-items:center;gap:4px;padding:4px 6px;background:#eceff1;border-radius:6px 6px 0 0}.sb-node-icon{font-size:18px;color:#37474f}.sb-node-title{font-weight:600;flex:1;white-space:nowrap}.sb-node-id{padding:0 6px;color:#78909c;font-size:11px}.sb-node-summary{padding:0 6px;color:#263238}.sb-node-value{margin:2px 6px;padding:1px 4px;border-radius:3px;background:#eceff1;font-weight:600;display:inline-block}.sb-ports{display:flex;justify-content:space-between;padding:4px 0 6px;gap:12px}.sb-port-col{display:flex;flex-direction:column;gap:6px}.sb-port-col-out{align-items:flex-end}.sb-port{position:relative;padding:0 10px;color:#546e7a}.sb-port .vue-flow__handle{width:11px;height:11px;border:2px solid #fff}.sb-port-in .vue-flow__handle{left:-6px}.sb-port-out .vue-flow__handle{right:-6px}.sb-t-number{background:#1e88e5!important}.sb-t-bool3{background:#fb8c00!important}.sb-t-text{background:#43a047!important}.sb-t-value{background:#00897b!important}.sb-t-time{background:#8e24aa!important}.sb-has-problem{border-color:#d32f2f}.sb-badge{background:#d32f2f;color:#fff;border-radius:50%;width:16px;height:16px;display:inline-flex;align-items:center;justify-content:center;font-weight:700}.sb-v-true{border-color:#c62828;background:#ffebee}.sb-v-true .sb-node-value{background:#c62828;color:#fff}.sb-v-false{border-color:#2e7d32;background:#e8f5e9}.sb-v-false .sb-node-value{background:#2e7d32;color:#fff}.sb-v-unknown{border-color:#6a1b9a;background:#f3e5f5}.sb-v-unknown .sb-node-value{background:#6a1b9a;color:#fff}.sb-canvas .vue-flow__edge.sb-edge-problem .vue-flow__edge-path{stroke:#d32f2f;stroke-width:3;stroke-dasharray:6 3}.sb-canvas .vue-flow__edge.sb-edge-true .vue-flow__edge-path{stroke:#c62828;stroke-width:2.5}.sb-canvas .vue-flow__connection-path{stroke:#1565c0}.sb-canvas .vue-flow__handle.connectingto.sb-refused,.sb-canvas .vue-flow__handle.sb-refused{background:#9e9e9e!important}.sb-empty{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;color:#90a4ae;pointer-events:none;font-size:15px}.sb-diff-changed{outline:3px dashed #1565c0;outline-offset:3px}.sb-diff-added{outline:3px dashed #2e7d32;outline-offset:3px}.sb-diff-badge{background:#1565c0;color:#fff;border-radius:4px;padding:0 4px;font-weight:700}.sb-diff-added .sb-diff-badge{background:#2e7d32}";
function Dt(e) {
  return ri() ? (Qt(e), !0) : !1;
}
function Fe(e) {
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
function Vr(e = di) {
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
function go(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function Rr(e, t, n = {}) {
  const {
    eventFilter: o = di,
    ...i
  } = n;
  return he(
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
  } = n, { eventFilter: r, pause: s, resume: l, isActive: a } = Vr(o);
  return { stop: Rr(
    e,
    t,
    {
      ...i,
      eventFilter: r
    }
  ), pause: s, resume: l, isActive: a };
}
function Hr(e, t = {}) {
  if (!no(e))
    return Sr(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = Nr(() => ({
      get() {
        return e.value[o];
      },
      set(i) {
        var r;
        if ((r = Fe(t.replaceRef)) != null ? r : !0)
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
  function n(d, { flush: h = "sync", deep: g = !1, timeout: k, throwOnTimeout: E } = {}) {
    let x = null;
    const I = [new Promise((y) => {
      x = he(
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
      go(k, E).then(() => Fe(e)).finally(() => x?.())
    ), Promise.race(I);
  }
  function o(d, h) {
    if (!no(d))
      return n((C) => C === d, h);
    const { flush: g = "sync", deep: k = !1, timeout: E, throwOnTimeout: x } = h ?? {};
    let M = null;
    const y = [new Promise((C) => {
      M = he(
        [e, d],
        ([z, F]) => {
          t !== (z === F) && (M?.(), C(z));
        },
        {
          flush: g,
          deep: k,
          immediate: !0
        }
      );
    })];
    return E != null && y.push(
      go(E, x).then(() => Fe(e)).finally(() => (M?.(), Fe(e)))
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
      return k.includes(d) || k.includes(Fe(d));
    }, h);
  }
  function u(d) {
    return c(1, d);
  }
  function c(d = 1, h) {
    let g = -1;
    return n(() => (g += 1, g >= d), h);
  }
  return Array.isArray(Fe(e)) ? {
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
  const n = Fe(e);
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
  }, l = (c, d, h, g) => (c.addEventListener(d, h, g), () => c.removeEventListener(d, h, g)), a = he(
    () => [Lr(t), Fe(i)],
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
function po(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = fi,
    eventName: r = "keydown",
    passive: s = !1,
    dedupe: l = !1
  } = o, a = Fr(t);
  return hi(i, r, (c) => {
    c.repeat && Fe(l) || a(c) && n(c);
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
  let E = u;
  t || (t = "modelValue"), E = E || `update:${t.toString()}`;
  const x = (y) => l ? typeof l == "function" ? l(y) : Yr(y) : y, M = () => Dr(e[t]) ? x(e[t]) : d, I = (y) => {
    h ? h(y) && k(E, y) : k(E, y);
  };
  if (a) {
    const y = M(), C = Ee(y);
    let z = !1;
    return he(
      () => e[t],
      (F) => {
        z || (z = !0, C.value = x(F), Ve(() => z = !1));
      }
    ), he(
      C,
      (F) => {
        !z && (F !== e[t] || c) && I(F);
      },
      { deep: c }
    ), C;
  } else
    return re({
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
        n[i] = mo(n[i], e.name, t);
      else if (t == null)
        for (i in n)
          n[i] = mo(n[i], e.name, null);
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
function mo(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Gr, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Yn = "http://www.w3.org/1999/xhtml";
const yo = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Yn,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function _n(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), yo.hasOwnProperty(t) ? { space: yo[t], local: e } : e;
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
function oo(e) {
  return e == null ? Kr : function() {
    return this.querySelector(e);
  };
}
function qr(e) {
  typeof e != "function" && (e = oo(e));
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
    var c = o[u], d = i[u], h = d.length, g = ps(e.call(c, c && c.__data__, u, o)), k = g.length, E = l[u] = new Array(k), x = s[u] = new Array(k), M = a[u] = new Array(h);
    n(c, d, E, x, M, g, t);
    for (var I = 0, y = 0, C, z; I < k; ++I)
      if (C = E[I]) {
        for (I >= y && (y = I + 1); !(z = x[y]) && ++y < k; )
          ;
        C._next = z || null;
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
function Vs(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Rs(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? zs : typeof t == "function" ? Vs : Bs)(e, t, n ?? "")) : yt(this.node(), e);
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
function io(e) {
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
  for (var n = io(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function Ei(e, t) {
  for (var n = io(e), o = -1, i = t.length; ++o < i; )
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
    for (var o = io(this.node()), i = -1, r = n.length; ++i < r; )
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
  var n = typeof e == "function" ? e : vi(e), o = t == null ? ll : typeof t == "function" ? t : oo(t);
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
  style: Rs,
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
  function g(C, z) {
    if (!(c || !e.call(this, C, z))) {
      var F = y(this, t.call(this, C, z), C, z, "mouse");
      F && ($e(C.view).on("mousemove.drag", k, At).on("mouseup.drag", E, At), Ci(C.view), Tn(C), u = !1, l = C.clientX, a = C.clientY, F("start", C));
    }
  }
  function k(C) {
    if (vt(C), !u) {
      var z = C.clientX - l, F = C.clientY - a;
      u = z * z + F * F > d;
    }
    i.mouse("drag", C);
  }
  function E(C) {
    $e(C.view).on("mousemove.drag mouseup.drag", null), ki(C.view, u), vt(C), i.mouse("end", C);
  }
  function x(C, z) {
    if (e.call(this, C, z)) {
      var F = C.changedTouches, B = t.call(this, C, z), V = F.length, Q, Z;
      for (Q = 0; Q < V; ++Q)
        (Z = y(this, B, C, z, F[Q].identifier, F[Q])) && (Tn(C), Z("start", C, F[Q]));
    }
  }
  function M(C) {
    var z = C.changedTouches, F = z.length, B, V;
    for (B = 0; B < F; ++B)
      (V = i[z[B].identifier]) && (vt(C), V("drag", C, z[B]));
  }
  function I(C) {
    var z = C.changedTouches, F = z.length, B, V;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), B = 0; B < F; ++B)
      (V = i[z[B].identifier]) && (Tn(C), V("end", C, z[B]));
  }
  function y(C, z, F, B, V, Q) {
    var Z = r.copy(), O = Oe(Q || F, z), w, K, m;
    if ((m = n.call(C, new Gn("beforestart", {
      sourceEvent: F,
      target: h,
      identifier: V,
      active: s,
      x: O[0],
      y: O[1],
      dx: 0,
      dy: 0,
      dispatch: Z
    }), B)) != null)
      return w = m.x - O[0] || 0, K = m.y - O[1] || 0, function $(S, P, A) {
        var R = O, _;
        switch (S) {
          case "start":
            i[V] = $, _ = s++;
            break;
          case "end":
            delete i[V], --s;
          case "drag":
            O = Oe(A || P, z), _ = s;
            break;
        }
        Z.call(
          S,
          C,
          new Gn(S, {
            sourceEvent: P,
            subject: m,
            target: h,
            identifier: V,
            active: _,
            x: O[0] + w,
            y: O[1] + K,
            dx: O[0] - R[0],
            dy: O[1] - R[1],
            dispatch: Z
          }),
          B
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
function ro(e, t, n) {
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
var Ot = 0.7, un = 1 / Ot, gt = "\\s*([+-]?\\d+)\\s*", zt = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", Re = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Pl = /^#([0-9a-f]{3,8})$/, Dl = new RegExp(`^rgb\\(${gt},${gt},${gt}\\)$`), Al = new RegExp(`^rgb\\(${Re},${Re},${Re}\\)$`), Ol = new RegExp(`^rgba\\(${gt},${gt},${gt},${zt}\\)$`), zl = new RegExp(`^rgba\\(${Re},${Re},${Re},${zt}\\)$`), Bl = new RegExp(`^hsl\\(${zt},${Re},${Re}\\)$`), Vl = new RegExp(`^hsla\\(${zt},${Re},${Re},${zt}\\)$`), _o = {
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
ro(Ft, at, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: wo,
  // Deprecated! Use color.formatHex.
  formatHex: wo,
  formatHex8: Rl,
  formatHsl: Hl,
  formatRgb: bo,
  toString: bo
});
function wo() {
  return this.rgb().formatHex();
}
function Rl() {
  return this.rgb().formatHex8();
}
function Hl() {
  return Ii(this).formatHsl();
}
function bo() {
  return this.rgb().formatRgb();
}
function at(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Pl.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? xo(t) : n === 3 ? new Ce(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Xt(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Xt(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Dl.exec(e)) ? new Ce(t[1], t[2], t[3], 1) : (t = Al.exec(e)) ? new Ce(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = Ol.exec(e)) ? Xt(t[1], t[2], t[3], t[4]) : (t = zl.exec(e)) ? Xt(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Bl.exec(e)) ? No(t[1], t[2] / 100, t[3] / 100, 1) : (t = Vl.exec(e)) ? No(t[1], t[2] / 100, t[3] / 100, t[4]) : _o.hasOwnProperty(e) ? xo(_o[e]) : e === "transparent" ? new Ce(NaN, NaN, NaN, 0) : null;
}
function xo(e) {
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
ro(Ce, Xn, Mi(Ft, {
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
  hex: Eo,
  // Deprecated! Use color.formatHex.
  formatHex: Eo,
  formatHex8: Fl,
  formatRgb: So,
  toString: So
}));
function Eo() {
  return `#${ot(this.r)}${ot(this.g)}${ot(this.b)}`;
}
function Fl() {
  return `#${ot(this.r)}${ot(this.g)}${ot(this.b)}${ot((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function So() {
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
function No(e, t, n, o) {
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
ro(Pe, Yl, Mi(Ft, {
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
    return new Pe(Co(this.h), Ut(this.s), Ut(this.l), cn(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = cn(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${Co(this.h)}, ${Ut(this.s) * 100}%, ${Ut(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function Co(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function Ut(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function $n(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const so = (e) => () => e;
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
    return n - t ? Xl(t, n, e) : so(isNaN(t) ? n : t);
  };
}
function Ti(e, t) {
  var n = t - e;
  return n ? Gl(e, n) : so(isNaN(e) ? t : e);
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
  return t == null || n === "boolean" ? so(t) : (n === "number" ? ze : n === "string" ? (o = at(t)) ? (t = o, dn) : $i : t instanceof at ? dn : t instanceof Date ? ql : Wl(t) ? Zl : Array.isArray(t) ? Kl : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? jl : ze)(e, t);
}
var ko = 180 / Math.PI, Zn = {
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
    rotate: Math.atan2(t, e) * ko,
    skewX: Math.atan(a) * ko,
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
      var E = g.push("translate(", null, t, null, n);
      k.push({ i: E - 4, x: ze(u, d) }, { i: E - 2, x: ze(c, h) });
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
      var E = g.push(i(g) + "scale(", null, ",", null, ")");
      k.push({ i: E - 4, x: ze(u, d) }, { i: E - 2, x: ze(c, h) });
    } else (d !== 1 || h !== 1) && g.push(i(g) + "scale(" + d + "," + h + ")");
  }
  return function(u, c) {
    var d = [], h = [];
    return u = e(u), c = e(c), r(u.translateX, u.translateY, c.translateX, c.translateY, d, h), s(u.rotate, c.rotate, d, h), l(u.skewX, c.skewX, d, h), a(u.scaleX, u.scaleY, c.scaleX, c.scaleY, d, h), u = c = null, function(g) {
      for (var k = -1, E = h.length, x; ++k < E; )
        d[(x = h[k]).i] = x.x(g);
      return d.join("");
    };
  };
}
var na = Di(ea, "px, ", "px)", "deg)"), oa = Di(ta, ", ", ")", ")"), ia = 1e-12;
function Mo(e) {
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
    var l = r[0], a = r[1], u = r[2], c = s[0], d = s[1], h = s[2], g = c - l, k = d - a, E = g * g + k * k, x, M;
    if (E < ia)
      M = Math.log(h / u) / t, x = function(B) {
        return [
          l + B * g,
          a + B * k,
          u * Math.exp(t * B * M)
        ];
      };
    else {
      var I = Math.sqrt(E), y = (h * h - u * u + o * E) / (2 * u * n * I), C = (h * h - u * u - o * E) / (2 * h * n * I), z = Math.log(Math.sqrt(y * y + 1) - y), F = Math.log(Math.sqrt(C * C + 1) - C);
      M = (F - z) / t, x = function(B) {
        var V = B * M, Q = Mo(z), Z = u / (n * I) * (Q * sa(t * V + z) - ra(z));
        return [
          l + Z * g,
          a + Z * k,
          u * Q / Mo(t * V + z)
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
function lo() {
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
    n = (n == null ? lo() : +n) + (t == null ? 0 : +t), !this._next && kt !== this && (kt ? kt._next = this : fn = this, kt = this), this._call = e, this._time = n, Wn();
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
  lo(), ++_t;
  for (var e = fn, t; e; )
    (t = ut - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --_t;
}
function Io() {
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
    t > 24 ? (e < 1 / 0 && (Ct = setTimeout(Io, e - Bt.now() - wn)), St && (St = clearInterval(St))) : (St || (hn = Bt.now(), St = setInterval(ua, Ai)), _t = 1, Oi(Io));
  }
}
function To(e, t, n) {
  var o = new vn();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var da = yn("start", "end", "cancel", "interrupt"), fa = [], Bi = 0, $o = 1, Kn = 2, on = 3, Po = 4, qn = 5, rn = 6;
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
function ao(e, t) {
  var n = De(e, t);
  if (n.state > Bi)
    throw new Error("too late; already scheduled");
  return n;
}
function He(e, t) {
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
    n.state = $o, n.timer.restart(s, n.delay, n.time), n.delay <= u && s(u - n.delay);
  }
  function s(u) {
    var c, d, h, g;
    if (n.state !== $o)
      return a();
    for (c in o)
      if (g = o[c], g.name === n.name) {
        if (g.state === on)
          return To(s);
        g.state === Po ? (g.state = rn, g.timer.stop(), g.on.call("interrupt", e, e.__data__, g.index, g.group), delete o[c]) : +c < t && (g.state = rn, g.timer.stop(), g.on.call("cancel", e, e.__data__, g.index, g.group), delete o[c]);
      }
    if (To(function() {
      n.state === on && (n.state = Po, n.timer.restart(l, n.delay, n.time), l(u));
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
    var i = He(this, e), r = i.tween;
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
    var r = He(this, e), s = r.tween;
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
function uo(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = He(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return De(i, o).value[t];
  };
}
function Vi(e, t) {
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
  var n = _n(e), o = n === "transform" ? oa : Vi;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Ea : xa)(n, o, uo(this, "attr." + e, t)) : t == null ? (n.local ? _a : ya)(n) : (n.local ? ba : wa)(n, o, t));
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
    ao(this, e).delay = +t.apply(this, arguments);
  };
}
function $a(e, t) {
  return t = +t, function() {
    ao(this, e).delay = t;
  };
}
function Pa(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Ta : $a)(t, e)) : De(this.node(), t).delay;
}
function Da(e, t) {
  return function() {
    He(this, e).duration = +t.apply(this, arguments);
  };
}
function Aa(e, t) {
  return t = +t, function() {
    He(this, e).duration = t;
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
    He(this, e).ease = t;
  };
}
function Ba(e) {
  var t = this._id;
  return arguments.length ? this.each(za(t, e)) : De(this.node(), t).ease;
}
function Va(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    He(this, e).ease = n;
  };
}
function Ra(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(Va(this._id, e));
}
function Ha(e) {
  typeof e != "function" && (e = pi(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, l = o[i] = [], a, u = 0; u < s; ++u)
      (a = r[u]) && e.call(a, a.__data__, u, r) && l.push(a);
  return new Ge(o, this._parents, this._name, this._id);
}
function La(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), l = 0; l < r; ++l)
    for (var a = t[l], u = n[l], c = a.length, d = s[l] = new Array(c), h, g = 0; g < c; ++g)
      (h = a[g] || u[g]) && (d[g] = h);
  for (; l < o; ++l)
    s[l] = t[l];
  return new Ge(s, this._parents, this._name, this._id);
}
function Fa(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function Ya(e, t, n) {
  var o, i, r = Fa(t) ? ao : He;
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
  typeof e != "function" && (e = oo(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var l = o[s], a = l.length, u = r[s] = new Array(a), c, d, h = 0; h < a; ++h)
      (c = l[h]) && (d = e.call(c, c.__data__, h, l)) && ("__data__" in c && (d.__data__ = c.__data__), u[h] = d, bn(u[h], t, n, h, u, De(c, n)));
  return new Ge(r, this._parents, t, n);
}
function Wa(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = gi(e));
  for (var o = this._groups, i = o.length, r = [], s = [], l = 0; l < i; ++l)
    for (var a = o[l], u = a.length, c, d = 0; d < u; ++d)
      if (c = a[d]) {
        for (var h = e.call(c, c.__data__, d, a), g, k = De(c, n), E = 0, x = h.length; E < x; ++E)
          (g = h[E]) && bn(g, t, n, E, h, k);
        r.push(h), s.push(c);
      }
  return new Ge(r, s, t, n);
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
function Ri(e) {
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
    var a = He(this, e), u = a.on, c = a.value[r] == null ? l || (l = Ri(t)) : void 0;
    (u !== n || i !== c) && (o = (n = u).copy()).on(s, i = c), a.on = o;
  };
}
function tu(e, t, n) {
  var o = (e += "") == "transform" ? na : Vi;
  return t == null ? this.styleTween(e, ja(e, o)).on("end.style." + e, Ri(e)) : typeof t == "function" ? this.styleTween(e, Qa(e, o, uo(this, "style." + e, t))).each(eu(this._id, e)) : this.styleTween(e, Ja(e, o, t), n).on("end.style." + e, null);
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
  return this.tween("text", typeof e == "function" ? su(uo(this, "text", e)) : ru(e == null ? "" : e + ""));
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
  return new Ge(o, this._parents, e, n);
}
function fu() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(r, s) {
    var l = { value: s }, a = { value: function() {
      --i === 0 && r();
    } };
    n.each(function() {
      var u = He(this, o), c = u.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(l), t._.interrupt.push(l), t._.end.push(a)), u.on = t;
    }), i === 0 && r();
  });
}
var hu = 0;
function Ge(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Hi() {
  return ++hu;
}
var Le = Lt.prototype;
Ge.prototype = {
  constructor: Ge,
  select: Za,
  selectAll: Wa,
  selectChild: Le.selectChild,
  selectChildren: Le.selectChildren,
  filter: Ha,
  merge: La,
  selection: qa,
  transition: du,
  call: Le.call,
  nodes: Le.nodes,
  node: Le.node,
  size: Le.size,
  empty: Le.empty,
  each: Le.each,
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
  easeVarying: Ra,
  end: fu,
  [Symbol.iterator]: Le[Symbol.iterator]
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
  e instanceof Ge ? (t = e._id, e = e._name) : (t = Hi(), (n = gu).time = lo(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], l = s.length, a, u = 0; u < l; ++u)
      (a = s[u]) && bn(a, e, t, u, s, n || pu(a, t));
  return new Ge(o, this._parents, e, t);
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
function Ye(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
Ye.prototype = {
  constructor: Ye,
  scale: function(e) {
    return e === 1 ? this : new Ye(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new Ye(this.k, this.x + this.k * e, this.y + this.k * t);
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
var wt = new Ye(1, 0, 0);
Ye.prototype;
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
function Do() {
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
  var e = _u, t = wu, n = Eu, o = bu, i = xu, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], l = 250, a = nn, u = yn("start", "zoom", "end"), c, d, h, g = 500, k = 150, E = 0, x = 10;
  function M(m) {
    m.property("__zoom", Do).on("wheel.zoom", V, { passive: !1 }).on("mousedown.zoom", Q).on("dblclick.zoom", Z).filter(i).on("touchstart.zoom", O).on("touchmove.zoom", w).on("touchend.zoom touchcancel.zoom", K).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  M.transform = function(m, $, S, P) {
    var A = m.selection ? m.selection() : m;
    A.property("__zoom", Do), m !== A ? z(m, $, S, P) : A.interrupt().each(function() {
      F(this, arguments).event(P).start().zoom(null, typeof $ == "function" ? $.apply(this, arguments) : $).end();
    });
  }, M.scaleBy = function(m, $, S, P) {
    M.scaleTo(m, function() {
      var A = this.__zoom.k, R = typeof $ == "function" ? $.apply(this, arguments) : $;
      return A * R;
    }, S, P);
  }, M.scaleTo = function(m, $, S, P) {
    M.transform(m, function() {
      var A = t.apply(this, arguments), R = this.__zoom, _ = S == null ? C(A) : typeof S == "function" ? S.apply(this, arguments) : S, T = R.invert(_), D = typeof $ == "function" ? $.apply(this, arguments) : $;
      return n(y(I(R, D), _, T), A, s);
    }, S, P);
  }, M.translateBy = function(m, $, S, P) {
    M.transform(m, function() {
      return n(this.__zoom.translate(
        typeof $ == "function" ? $.apply(this, arguments) : $,
        typeof S == "function" ? S.apply(this, arguments) : S
      ), t.apply(this, arguments), s);
    }, null, P);
  }, M.translateTo = function(m, $, S, P, A) {
    M.transform(m, function() {
      var R = t.apply(this, arguments), _ = this.__zoom, T = P == null ? C(R) : typeof P == "function" ? P.apply(this, arguments) : P;
      return n(wt.translate(T[0], T[1]).scale(_.k).translate(
        typeof $ == "function" ? -$.apply(this, arguments) : -$,
        typeof S == "function" ? -S.apply(this, arguments) : -S
      ), R, s);
    }, P, A);
  };
  function I(m, $) {
    return $ = Math.max(r[0], Math.min(r[1], $)), $ === m.k ? m : new Ye($, m.x, m.y);
  }
  function y(m, $, S) {
    var P = $[0] - S[0] * m.k, A = $[1] - S[1] * m.k;
    return P === m.x && A === m.y ? m : new Ye(m.k, P, A);
  }
  function C(m) {
    return [(+m[0][0] + +m[1][0]) / 2, (+m[0][1] + +m[1][1]) / 2];
  }
  function z(m, $, S, P) {
    m.on("start.zoom", function() {
      F(this, arguments).event(P).start();
    }).on("interrupt.zoom end.zoom", function() {
      F(this, arguments).event(P).end();
    }).tween("zoom", function() {
      var A = this, R = arguments, _ = F(A, R).event(P), T = t.apply(A, R), D = S == null ? C(T) : typeof S == "function" ? S.apply(A, R) : S, G = Math.max(T[1][0] - T[0][0], T[1][1] - T[0][1]), j = A.__zoom, H = typeof $ == "function" ? $.apply(A, R) : $, U = a(j.invert(D).concat(G / j.k), H.invert(D).concat(G / H.k));
      return function(ee) {
        if (ee === 1)
          ee = H;
        else {
          var de = U(ee), ge = G / de[2];
          ee = new Ye(ge, D[0] - de[0] * ge, D[1] - de[1] * ge);
        }
        _.zoom(null, ee);
      };
    });
  }
  function F(m, $, S) {
    return !S && m.__zooming || new B(m, $);
  }
  function B(m, $) {
    this.that = m, this.args = $, this.active = 0, this.sourceEvent = null, this.extent = t.apply(m, $), this.taps = 0;
  }
  B.prototype = {
    event: function(m) {
      return m && (this.sourceEvent = m), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(m, $) {
      return this.mouse && m !== "mouse" && (this.mouse[1] = $.invert(this.mouse[0])), this.touch0 && m !== "touch" && (this.touch0[1] = $.invert(this.touch0[0])), this.touch1 && m !== "touch" && (this.touch1[1] = $.invert(this.touch1[0])), this.that.__zoom = $, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(m) {
      var $ = $e(this.that).datum();
      u.call(
        m,
        this.that,
        new yu(m, {
          sourceEvent: this.sourceEvent,
          target: M,
          transform: this.that.__zoom,
          dispatch: u
        }),
        $
      );
    }
  };
  function V(m, ...$) {
    if (!e.apply(this, arguments))
      return;
    var S = F(this, $).event(m), P = this.__zoom, A = Math.max(r[0], Math.min(r[1], P.k * Math.pow(2, o.apply(this, arguments)))), R = Oe(m);
    if (S.wheel)
      (S.mouse[0][0] !== R[0] || S.mouse[0][1] !== R[1]) && (S.mouse[1] = P.invert(S.mouse[0] = R)), clearTimeout(S.wheel);
    else {
      if (P.k === A)
        return;
      S.mouse = [R, P.invert(R)], sn(this), S.start();
    }
    Nt(m), S.wheel = setTimeout(_, k), S.zoom("mouse", n(y(I(P, A), S.mouse[0], S.mouse[1]), S.extent, s));
    function _() {
      S.wheel = null, S.end();
    }
  }
  function Q(m, ...$) {
    if (h || !e.apply(this, arguments))
      return;
    var S = m.currentTarget, P = F(this, $, !0).event(m), A = $e(m.view).on("mousemove.zoom", D, !0).on("mouseup.zoom", G, !0), R = Oe(m, S), _ = m.clientX, T = m.clientY;
    Ci(m.view), Dn(m), P.mouse = [R, this.__zoom.invert(R)], sn(this), P.start();
    function D(j) {
      if (Nt(j), !P.moved) {
        var H = j.clientX - _, U = j.clientY - T;
        P.moved = H * H + U * U > E;
      }
      P.event(j).zoom("mouse", n(y(P.that.__zoom, P.mouse[0] = Oe(j, S), P.mouse[1]), P.extent, s));
    }
    function G(j) {
      A.on("mousemove.zoom mouseup.zoom", null), ki(j.view, P.moved), Nt(j), P.event(j).end();
    }
  }
  function Z(m, ...$) {
    if (e.apply(this, arguments)) {
      var S = this.__zoom, P = Oe(m.changedTouches ? m.changedTouches[0] : m, this), A = S.invert(P), R = S.k * (m.shiftKey ? 0.5 : 2), _ = n(y(I(S, R), P, A), t.apply(this, $), s);
      Nt(m), l > 0 ? $e(this).transition().duration(l).call(z, _, P, m) : $e(this).call(M.transform, _, P, m);
    }
  }
  function O(m, ...$) {
    if (e.apply(this, arguments)) {
      var S = m.touches, P = S.length, A = F(this, $, m.changedTouches.length === P).event(m), R, _, T, D;
      for (Dn(m), _ = 0; _ < P; ++_)
        T = S[_], D = Oe(T, this), D = [D, this.__zoom.invert(D), T.identifier], A.touch0 ? !A.touch1 && A.touch0[2] !== D[2] && (A.touch1 = D, A.taps = 0) : (A.touch0 = D, R = !0, A.taps = 1 + !!c);
      c && (c = clearTimeout(c)), R && (A.taps < 2 && (d = D[0], c = setTimeout(function() {
        c = null;
      }, g)), sn(this), A.start());
    }
  }
  function w(m, ...$) {
    if (this.__zooming) {
      var S = F(this, $).event(m), P = m.changedTouches, A = P.length, R, _, T, D;
      for (Nt(m), R = 0; R < A; ++R)
        _ = P[R], T = Oe(_, this), S.touch0 && S.touch0[2] === _.identifier ? S.touch0[0] = T : S.touch1 && S.touch1[2] === _.identifier && (S.touch1[0] = T);
      if (_ = S.that.__zoom, S.touch1) {
        var G = S.touch0[0], j = S.touch0[1], H = S.touch1[0], U = S.touch1[1], ee = (ee = H[0] - G[0]) * ee + (ee = H[1] - G[1]) * ee, de = (de = U[0] - j[0]) * de + (de = U[1] - j[1]) * de;
        _ = I(_, Math.sqrt(ee / de)), T = [(G[0] + H[0]) / 2, (G[1] + H[1]) / 2], D = [(j[0] + U[0]) / 2, (j[1] + U[1]) / 2];
      } else if (S.touch0)
        T = S.touch0[0], D = S.touch0[1];
      else
        return;
      S.zoom("touch", n(y(_, T, D), S.extent, s));
    }
  }
  function K(m, ...$) {
    if (this.__zooming) {
      var S = F(this, $).event(m), P = m.changedTouches, A = P.length, R, _;
      for (Dn(m), h && clearTimeout(h), h = setTimeout(function() {
        h = null;
      }, g), R = 0; R < A; ++R)
        _ = P[R], S.touch0 && S.touch0[2] === _.identifier ? delete S.touch0 : S.touch1 && S.touch1[2] === _.identifier && delete S.touch1;
      if (S.touch1 && !S.touch0 && (S.touch0 = S.touch1, delete S.touch1), S.touch0)
        S.touch0[1] = this.__zoom.invert(S.touch0[0]);
      else if (S.end(), S.taps === 2 && (_ = Oe(_, this), Math.hypot(d[0] - _[0], d[1] - _[1]) < x)) {
        var T = $e(this).on("dblclick.zoom");
        T && T.apply(this, arguments);
      }
    }
  }
  return M.wheelDelta = function(m) {
    return arguments.length ? (o = typeof m == "function" ? m : Wt(+m), M) : o;
  }, M.filter = function(m) {
    return arguments.length ? (e = typeof m == "function" ? m : Wt(!!m), M) : e;
  }, M.touchable = function(m) {
    return arguments.length ? (i = typeof m == "function" ? m : Wt(!!m), M) : i;
  }, M.extent = function(m) {
    return arguments.length ? (t = typeof m == "function" ? m : Wt([[+m[0][0], +m[0][1]], [+m[1][0], +m[1][1]]]), M) : t;
  }, M.scaleExtent = function(m) {
    return arguments.length ? (r[0] = +m[0], r[1] = +m[1], M) : [r[0], r[1]];
  }, M.translateExtent = function(m) {
    return arguments.length ? (s[0][0] = +m[0][0], s[1][0] = +m[1][0], s[0][1] = +m[0][1], s[1][1] = +m[1][1], M) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, M.constrain = function(m) {
    return arguments.length ? (n = m, M) : n;
  }, M.duration = function(m) {
    return arguments.length ? (l = +m, M) : l;
  }, M.interpolate = function(m) {
    return arguments.length ? (a = m, M) : a;
  }, M.on = function() {
    var m = u.on.apply(u, arguments);
    return m === u ? M : m;
  }, M.clickDistance = function(m) {
    return arguments.length ? (E = (m = +m) * m, M) : Math.sqrt(E);
  }, M.tapDistance = function(m) {
    return arguments.length ? (x = +m, M) : x;
  }, M;
}
var W = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(W || {}), co = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(co || {}), tt = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(tt || {}), Qe = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(Qe || {}), jn = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(jn || {}), Tt = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(Tt || {});
const Nu = ["INPUT", "SELECT", "TEXTAREA"], Cu = typeof document < "u" ? document : null;
function Jn(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof o?.hasAttribute == "function" ? o.hasAttribute("contenteditable") : !1, r = typeof o?.closest == "function" ? o.closest(".nokey") : null;
  return Nu.includes(o?.nodeName) || i || !!r;
}
function ku(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function Ao(e, t, n, o) {
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
    return Array.isArray(e) ? e.some((i) => Ao(n[o], i, t, n.type === "keyup")) : Ao(n[o], e, t, n.type === "keyup");
  };
}
function Iu(e, t) {
  return t.includes(e) ? "code" : "key";
}
function $t(e, t) {
  const n = re(() => ue(t?.target) ?? Cu), o = qe(ue(e) === !0);
  let i = !1;
  const r = /* @__PURE__ */ new Set();
  let s = a(ue(e));
  he(
    () => ue(e),
    (u, c) => {
      typeof c == "boolean" && typeof u != "boolean" && l(), s = a(u);
    },
    {
      immediate: !0
    }
  ), hi(["blur", "contextmenu"], l), po(
    (...u) => s(...u),
    (u) => {
      var c, d;
      const h = ue(t?.actInsideInputWithModifier) ?? !0, g = ue(t?.preventDefault) ?? !1;
      if (i = ku(u), (!i || i && !h) && Jn(u))
        return;
      const E = ((d = (c = u.composedPath) == null ? void 0 : c.call(u)) == null ? void 0 : d[0]) || u.target, x = E?.nodeName === "BUTTON" || E?.nodeName === "A";
      !g && (i || !x) && u.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), po(
    (...u) => s(...u),
    (u) => {
      const c = ue(t?.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!i || i && !c) && Jn(u))
          return;
        i = !1, o.value = !1;
      }
    },
    { eventName: "keyup", target: n }
  );
  function l() {
    i = !1, r.clear(), o.value = ue(e) === !0;
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
function Oo(e) {
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
function Vt({ x: e, y: t }, { x: n, y: o, zoom: i }) {
  return {
    x: e * i + n,
    y: t * i + o
  };
}
function Rt({ x: e, y: t }, { x: n, y: o, zoom: i }, r = !1, s = [1, 1]) {
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
    ...Rt(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, s = [];
  for (const l of e) {
    const { dimensions: a, selectable: u = !0, hidden: c = !1 } = l, d = a.width ?? l.width ?? null, h = a.height ?? l.height ?? null;
    if (i && !u || c)
      continue;
    const g = pn(r, gn(l)), k = d === null || h === null, E = o && g > 0, x = (d ?? 0) * (h ?? 0);
    (k || E || g >= x || l.dragging) && s.push(l);
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
function Vu(e, t, n) {
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
function Ru(e, t, n, o, i, r) {
  const { x: s, y: l } = Vt(e, { x: t, y: n, zoom: o }), { x: a, y: u } = Vt(
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
function zo(e, t, n, o, i, r = 0.1) {
  const s = Vu(r, t, n), l = (t - s.x) / e.width, a = (n - s.y) / e.height, u = Math.min(l, a), c = ct(u, o, i), d = e.x + e.width / 2, h = e.y + e.height / 2, g = t / 2 - d * c, k = n / 2 - h * c, E = Ru(e, g, k, c, t, n), x = {
    left: Math.min(E.left - s.left, 0),
    top: Math.min(E.top - s.top, 0),
    right: Math.min(E.right - s.right, 0),
    bottom: Math.min(E.bottom - s.bottom, 0)
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
function Bo(e) {
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
function Ro(e, t) {
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
              a && Mt(a) && (!!a.dimensions.width && !!a.dimensions.height ? An(s, a) : Ve(() => {
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
function Ho(e) {
  return {
    item: e,
    type: "add"
  };
}
function Lo(e) {
  return {
    id: e,
    type: "remove"
  };
}
function Fo(e, t, n, o, i) {
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
const Yo = () => {
};
function L(e) {
  const t = /* @__PURE__ */ new Set();
  let n = Yo, o = () => !1;
  const i = () => t.size > 0 || o(), r = (h) => {
    n = h;
  }, s = () => {
    n = Yo;
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
function Go(e, t, n) {
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
function fo(e, t, n, o, i) {
  const r = Gu(e.dimensions, Yu(e, n, o, i)), s = Gi(t, r);
  return {
    position: {
      x: s.x - (i?.computedPosition.x || 0),
      y: s.y - (i?.computedPosition.y || 0)
    },
    computedPosition: s
  };
}
function bt(e, t, n = W.Left, o = !1) {
  const i = (t?.x ?? 0) + e.computedPosition.x, r = (t?.y ?? 0) + e.computedPosition.y, { width: s, height: l } = t ?? Wu(e);
  if (o)
    return { x: i + s / 2, y: r + l / 2 };
  switch (t?.position ?? n) {
    case W.Top:
      return { x: i + s / 2, y: r };
    case W.Right:
      return { x: i + s, y: r + l / 2 };
    case W.Bottom:
      return { x: i + s / 2, y: r + l };
    case W.Left:
      return { x: i, y: r + l / 2 };
  }
}
function Xo(e, t) {
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
const Uo = {
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
    super((o = Uo[t]) == null ? void 0 : o.call(Uo, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function ho(e) {
  return "clientX" in e;
}
function Zu(e) {
  return "sourceEvent" in e;
}
function Be(e, t) {
  const n = ho(e);
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
function Zo(e, {
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
  const k = r === "target", E = t ? s.querySelector(`.${l}-flow__handle[data-id="${a}-${t?.nodeId}-${t?.id}-${t?.type}"]`) : null, { x, y: M } = Be(e), I = s.elementFromPoint(x, M), y = I?.classList.contains(`${l}-flow__handle`) ? I : E, C = {
    handleDomNode: y,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (y) {
    const z = tr(void 0, y), F = y.getAttribute("data-nodeid"), B = y.getAttribute("data-handleid"), V = y.classList.contains("connectable"), Q = y.classList.contains("connectableend");
    if (!F || !z)
      return C;
    const Z = {
      source: k ? F : o,
      sourceHandle: k ? B : i,
      target: k ? o : F,
      targetHandle: k ? i : B
    };
    C.connection = Z;
    const w = V && Q && (n === Qe.Strict ? k && z === "source" || !k && z === "target" : F !== o || B !== i);
    C.isValid = w && u(Z, {
      nodes: d,
      edges: c,
      sourceNode: h(Z.source),
      targetNode: h(Z.target)
    }), C.toHandle = nr(F, z, B, g, n, !0);
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
  [W.Left]: W.Right,
  [W.Right]: W.Left,
  [W.Top]: W.Bottom,
  [W.Bottom]: W.Top
}, tc = ["production", "prod"];
function Yt(e, ...t) {
  or() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function or() {
  return !tc.includes("production");
}
function Wo(e, t, n, o, i) {
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
  i.value = !1, e.selected ? (r || e.selected && t) && (o([e]), Ve(() => {
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
function Ko(e, t, n) {
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
function qo(e, t, n, o, i, r) {
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
    qo("source", a, c, e, i, s), qo("target", a, u, e, r, l);
  }
}
function jo(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
function Vn(e, t, n, o, i, r, s, l) {
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
const Jo = /* @__PURE__ */ Symbol("vueFlow"), ir = /* @__PURE__ */ Symbol("nodeId"), rr = /* @__PURE__ */ Symbol("nodeRef"), ic = /* @__PURE__ */ Symbol("edgeId"), rc = /* @__PURE__ */ Symbol("edgeRef"), Sn = /* @__PURE__ */ Symbol("slots");
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
    nodesSelectionActive: E,
    selectNodesOnDrag: x,
    removeSelectedElements: M,
    addSelectedNodes: I,
    updateNodePositions: y,
    emits: C
  } = ye(), { onStart: z, onDrag: F, onStop: B, onClick: V, el: Q, disabled: Z, id: O, selectable: w, dragHandle: K } = e, m = qe(!1);
  let $ = [], S, P = null, A = { x: void 0, y: void 0 }, R = { x: 0, y: 0 }, _ = null, T = !1, D = !1, G = 0, j = !1;
  const H = ac(), U = ({ x: ne, y: ie }) => {
    A = { x: ne, y: ie };
    let v = !1;
    if ($ = $.map((f) => {
      const p = { x: ne - f.distance.x, y: ie - f.distance.y }, { computedPosition: N } = fo(
        f,
        n.value ? En(p, o.value) : p,
        C.error,
        s.value,
        f.parentNode ? g(f.parentNode) : void 0
      );
      return v = v || f.position.x !== N.x || f.position.y !== N.y, f.position = N, f;
    }), D = D || v, !!v && (y($, !0, !0), m.value = !0, _)) {
      const [f, p] = On({
        id: O,
        dragItems: $,
        findNode: g
      });
      F({ event: _, node: f, nodes: p });
    }
  }, ee = () => {
    if (!P)
      return;
    const [ne, ie] = Qi(R, P, c.value);
    if (ne !== 0 || ie !== 0) {
      const v = {
        x: (A.x ?? 0) - ne / a.value.zoom,
        y: (A.y ?? 0) - ie / a.value.zoom
      };
      h({ x: ne, y: ie }) && U(v);
    }
    G = requestAnimationFrame(ee);
  }, de = (ne, ie) => {
    T = !0;
    const v = g(O);
    !x.value && !k.value && v && (v.selected || M()), v && ue(w) && x.value && eo(
      v,
      k.value,
      I,
      M,
      E,
      !1,
      ie
    );
    const f = H(ne.sourceEvent);
    if (A = f, $ = Lu(r.value, d.value, f, O), $.length) {
      const [p, N] = On({
        id: O,
        dragItems: $,
        findNode: g
      });
      z({ event: ne.sourceEvent, node: p, nodes: N });
    }
  }, ge = (ne, ie) => {
    var v;
    ne.sourceEvent.type === "touchmove" && ne.sourceEvent.touches.length > 1 || (D = !1, l.value === 0 && de(ne, ie), A = H(ne.sourceEvent), P = ((v = t.value) == null ? void 0 : v.getBoundingClientRect()) || null, R = Be(ne.sourceEvent, P));
  }, le = (ne, ie) => {
    const v = H(ne.sourceEvent);
    if (!j && T && u.value && (j = !0, ee()), !T) {
      const f = v.xSnapped - (A.x ?? 0), p = v.ySnapped - (A.y ?? 0);
      Math.sqrt(f * f + p * p) > l.value && de(ne, ie);
    }
    (A.x !== v.xSnapped || A.y !== v.ySnapped) && $.length && T && (_ = ne.sourceEvent, R = Be(ne.sourceEvent, P), U(v));
  }, fe = (ne) => {
    let ie = !1;
    if (!T && !m.value && !k.value) {
      const v = ne.sourceEvent, f = H(v), p = f.xSnapped - (A.x ?? 0), N = f.ySnapped - (A.y ?? 0), b = Math.sqrt(p * p + N * N);
      b !== 0 && b <= l.value && (V?.(v), ie = !0);
    }
    if ($.length && !ie) {
      D && (y($, !1, !1), D = !1);
      const [v, f] = On({
        id: O,
        dragItems: $,
        findNode: g
      });
      B({ event: ne.sourceEvent, node: v, nodes: f });
    }
    $ = [], m.value = !1, j = !1, T = !1, A = { x: void 0, y: void 0 }, cancelAnimationFrame(G);
  };
  return he([() => ue(Z), Q], ([ne, ie], v, f) => {
    if (ie) {
      const p = $e(ie);
      ne || (S = $l().on("start", (N) => ge(N, ie)).on("drag", (N) => le(N, ie)).on("end", (N) => fe(N)).filter((N) => {
        const b = N.target, Y = ue(K);
        return !N.button && (!i.value || !Go(b, `.${i.value}`, ie) && (!Y || Go(b, Y, ie)));
      }), p.call(S)), f(() => {
        p.on(".drag", null), S && (S.on("start", null), S.on("drag", null), S.on("end", null));
      });
    }
  }), m;
}
function sc() {
  return {
    doubleClick: L(),
    click: L(),
    mouseEnter: L(),
    mouseMove: L(),
    mouseLeave: L(),
    contextMenu: L(),
    updateStart: L(),
    update: L(),
    updateEnd: L()
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
    const s = ((r = o.value) == null ? void 0 : r.getBoundingClientRect()) ?? { left: 0, top: 0 }, l = Zu(i) ? i.sourceEvent : i, { x: a, y: u } = Be(l, s), c = Rt({ x: a, y: u }, e.value), { x: d, y: h } = n.value ? En(c, t.value) : c;
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
    autoPanSpeed: E,
    findNode: x,
    panBy: M,
    startConnection: I,
    updateConnection: y,
    endConnection: C,
    emits: z,
    viewport: F,
    edges: B,
    nodes: V,
    isValidConnection: Q,
    nodeLookup: Z
  } = ye();
  let O = null, w = !1, K = null;
  function m(S) {
    var P;
    const A = ue(n) === "target", R = ho(S), _ = Oo(S.target), T = S.currentTarget;
    if (T && (R && S.button === 0 || !R)) {
      let D = function(q) {
        v = Be(q, fe), U = Ju(
          Rt(v, F.value, !1, [1, 1]),
          c.value,
          Z.value,
          N
        ), f || (p(), f = !0);
        const oe = Zo(
          q,
          {
            handle: U,
            connectionMode: u.value,
            fromNodeId: ue(t),
            fromHandleId: ue(e),
            fromType: A ? "target" : "source",
            isValidConnection: H,
            doc: _,
            lib: "vue",
            flowId: l,
            nodeLookup: Z.value
          },
          B.value,
          V.value,
          x,
          Z.value
        );
        K = oe.handleDomNode, O = oe.connection, w = ec(!!U, oe.isValid);
        const ae = {
          // from stays the same
          ...J,
          isValid: w,
          to: oe.toHandle && w ? Vt({ x: oe.toHandle.x, y: oe.toHandle.y }, F.value) : v,
          toHandle: oe.toHandle,
          toPosition: w && oe.toHandle ? oe.toHandle.position : Qn[N.position],
          toNode: oe.toHandle ? Z.value.get(oe.toHandle.nodeId) : null
        };
        if (w && U && J?.toHandle && ae.toHandle && J.toHandle.type === ae.toHandle.type && J.toHandle.nodeId === ae.toHandle.nodeId && J.toHandle.id === ae.toHandle.id && J.to.x === ae.to.x && J.to.y === ae.to.y)
          return;
        const ve = U ?? oe.toHandle;
        if (y(
          ve && w ? Vt(
            {
              x: ve.x,
              y: ve.y
            },
            F.value
          ) : v,
          ve,
          Qu(!!ve, w)
        ), J = ae, !U && !w && !K)
          return zn(ie);
        O && O.source !== O.target && K && (zn(ie), ie = K, K.classList.add("connecting", "vue-flow__handle-connecting"), K.classList.toggle("valid", !!w), K.classList.toggle("vue-flow__handle-valid", !!w));
      }, G = function(q) {
        "touches" in q && q.touches.length > 0 || ((U || K) && O && w && (r ? r(q, O) : z.connect(O)), z.connectEnd(q), i && s?.(q), zn(ie), cancelAnimationFrame(ee), C(q), f = !1, w = !1, O = null, K = null, _.removeEventListener("mousemove", D), _.removeEventListener("mouseup", G), _.removeEventListener("touchmove", D), _.removeEventListener("touchend", G));
      };
      const j = x(ue(t));
      let H = ue(o) || Q.value || qt;
      !H && j && (H = (A ? j.isValidSourcePos : j.isValidTargetPos) || qt);
      let U, ee = 0;
      const { x: de, y: ge } = Be(S), le = tr(ue(i), T), fe = (P = a.value) == null ? void 0 : P.getBoundingClientRect();
      if (!fe || !le)
        return;
      const ne = nr(ue(t), le, ue(e), Z.value, u.value);
      if (!ne)
        return;
      let ie, v = Be(S, fe), f = !1;
      const p = () => {
        if (!k.value)
          return;
        const [q, oe] = Qi(v, fe, E.value);
        M({ x: q, y: oe }), ee = requestAnimationFrame(p);
      }, N = {
        ...ne,
        nodeId: ue(t),
        type: le,
        position: ne.position
      }, b = Z.value.get(ue(t)), X = {
        inProgress: !0,
        isValid: null,
        from: bt(b, N, W.Left, !0),
        fromHandle: N,
        fromPosition: N.position,
        fromNode: b,
        to: v,
        toHandle: null,
        toPosition: Qn[N.position],
        toNode: null
      };
      I(
        {
          nodeId: ue(t),
          id: ue(e),
          type: le,
          position: T?.getAttribute("data-handlepos") || W.Top,
          ...v
        },
        {
          x: de - fe.left,
          y: ge - fe.top
        }
      ), z.connectStart({ event: S, nodeId: ue(t), handleId: ue(e), handleType: le });
      let J = X;
      _.addEventListener("mousemove", D), _.addEventListener("mouseup", G), _.addEventListener("touchmove", D), _.addEventListener("touchend", G);
    }
  }
  function $(S) {
    var P, A;
    if (!d.value)
      return;
    const R = ue(n) === "target";
    if (!h.value) {
      z.clickConnectStart({ event: S, nodeId: ue(t), handleId: ue(e) }), I(
        {
          nodeId: ue(t),
          type: ue(n),
          id: ue(e),
          position: W.Top,
          ...Be(S)
        },
        void 0,
        !0
      );
      return;
    }
    let _ = ue(o) || Q.value || qt;
    const T = x(ue(t));
    if (!_ && T && (_ = (R ? T.isValidSourcePos : T.isValidTargetPos) || qt), T && (typeof T.connectable > "u" ? g.value : T.connectable) === !1)
      return;
    const D = Oo(S.target), G = Zo(
      S,
      {
        handle: {
          nodeId: ue(t),
          id: ue(e),
          type: ue(n),
          position: W.Top,
          ...Be(S)
        },
        connectionMode: u.value,
        fromNodeId: h.value.nodeId,
        fromHandleId: h.value.id ?? null,
        fromType: h.value.type,
        isValidConnection: _,
        doc: D,
        lib: "vue",
        flowId: l,
        nodeLookup: Z.value
      },
      B.value,
      V.value,
      x,
      Z.value
    ), j = ((P = G.connection) == null ? void 0 : P.source) === ((A = G.connection) == null ? void 0 : A.target);
    G.isValid && G.connection && !j && z.connect(G.connection), z.clickConnectEnd(S), C(S, !0);
  }
  return {
    handlePointerDown: m,
    handleClick: $
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
    parentNode: re(() => o(s.parentNode)),
    connectedEdges: re(() => ji([s], i.value))
  };
}
function cc() {
  return {
    doubleClick: L(),
    click: L(),
    mouseEnter: L(),
    mouseMove: L(),
    mouseLeave: L(),
    contextMenu: L(),
    dragStart: L(),
    drag: L(),
    dragStop: L()
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
    const c = r.value ? i.value[0] : 5, d = r.value ? i.value[1] : 5, h = u ? 4 : 1, g = a.x * c * h, k = a.y * d * h, E = [];
    for (const x of e.value)
      if (x.draggable || s && typeof x.draggable > "u") {
        const M = { x: x.computedPosition.x + g, y: x.computedPosition.y + k }, { position: I } = fo(
          x,
          M,
          l.error,
          t.value,
          x.parentNode ? o(x.parentNode) : void 0
        );
        E.push({
          id: x.id,
          position: I,
          from: x.position,
          distance: { x: a.x, y: a.y },
          dimensions: x.dimensions
        });
      }
    n(E, !0, !1);
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
        Rn(e.d3Selection, i?.duration, i?.ease, () => {
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
        Rn(e.d3Selection, s?.duration, s?.ease, () => {
          l(!0);
        }),
        d
      ) : l(!1);
    });
  }
  return re(() => e.d3Zoom && e.d3Selection && e.dimensions.width && e.dimensions.height ? {
    viewportInitialized: !0,
    // todo: allow passing scale as option
    zoomIn: (i) => t(1.2, i),
    zoomOut: (i) => t(1 / 1.2, i),
    zoomTo: (i, r) => new Promise((s) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(r?.interpolate === "linear" ? It : nn).scaleTo(
        Rn(e.d3Selection, r?.duration, r?.ease, () => {
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
      const a = Ki(l), { x: u, y: c, zoom: d } = zo(
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
      const { x: s, y: l, zoom: a } = zo(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        r.padding ?? jt
      );
      return n(s, l, a, r);
    },
    project: (i) => Rt(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), l = {
          x: i.x - r,
          y: i.y - s
        };
        return Rt(l, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), l = {
          x: i.x + r,
          y: i.y + s
        };
        return Vt(l, e.viewport);
      }
      return { x: 0, y: 0 };
    }
  } : hc);
}
function Rn(e, t = 0, n = fc, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function gc(e, t, n) {
  const o = si(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let E, x, M = !!(n.nodes.value.length || n.edges.value.length);
        E = ft([e.modelValue, () => {
          var I, y;
          return (y = (I = e.modelValue) == null ? void 0 : I.value) == null ? void 0 : y.length;
        }], ([I]) => {
          I && Array.isArray(I) && (x?.pause(), n.setElements(I), !x && !M && I.length ? M = !0 : x?.resume());
        }), x = ft(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([I, y]) => {
            var C;
            (C = e.modelValue) != null && C.value && Array.isArray(e.modelValue.value) && (E?.pause(), e.modelValue.value = [...I, ...y], Ve(() => {
              E?.resume();
            }));
          },
          { immediate: M }
        ), Qt(() => {
          E?.stop(), x?.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let E, x, M = !!n.nodes.value.length;
        E = ft([e.nodes, () => {
          var I, y;
          return (y = (I = e.nodes) == null ? void 0 : I.value) == null ? void 0 : y.length;
        }], ([I]) => {
          I && Array.isArray(I) && (x?.pause(), n.setNodes(I), !x && !M && I.length ? M = !0 : x?.resume());
        }), x = ft(
          [n.nodes, () => n.nodes.value.length],
          ([I]) => {
            var y;
            (y = e.nodes) != null && y.value && Array.isArray(e.nodes.value) && (E?.pause(), e.nodes.value = [...I], Ve(() => {
              E?.resume();
            }));
          },
          { immediate: M }
        ), Qt(() => {
          E?.stop(), x?.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        let E, x, M = !!n.edges.value.length;
        E = ft([e.edges, () => {
          var I, y;
          return (y = (I = e.edges) == null ? void 0 : I.value) == null ? void 0 : y.length;
        }], ([I]) => {
          I && Array.isArray(I) && (x?.pause(), n.setEdges(I), !x && !M && I.length ? M = !0 : x?.resume());
        }), x = ft(
          [n.edges, () => n.edges.value.length],
          ([I]) => {
            var y;
            (y = e.edges) != null && y.value && Array.isArray(e.edges.value) && (E?.pause(), e.edges.value = [...I], Ve(() => {
              E?.resume();
            }));
          },
          { immediate: M }
        ), Qt(() => {
          E?.stop(), x?.stop();
        });
      });
    }, l = () => {
      o.run(() => {
        he(
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
        he(
          () => t.minZoom,
          () => {
            t.minZoom && we(t.minZoom) && n.setMinZoom(t.minZoom);
          },
          { immediate: !0 }
        );
      });
    }, u = () => {
      o.run(() => {
        he(
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
        he(
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
        he(
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
        const E = async (x) => {
          let M = x;
          typeof t.autoConnect == "function" && (M = await t.autoConnect(x)), M !== !1 && n.addEdges([M]);
        };
        he(
          () => t.autoConnect,
          () => {
            we(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), he(
          n.autoConnect,
          (x, M, I) => {
            x ? n.onConnect(E) : n.hooks.value.connect.off(E), I(() => {
              n.hooks.value.connect.off(E);
            });
          },
          { immediate: !0 }
        );
      });
    }, g = () => {
      const E = [
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
        if (!E.includes(M)) {
          const I = me(() => t[M]), y = n[M];
          no(y) && o.run(() => {
            he(
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
    edgesChange: L(),
    nodesChange: L(),
    nodeDoubleClick: L(),
    nodeClick: L(),
    nodeMouseEnter: L(),
    nodeMouseMove: L(),
    nodeMouseLeave: L(),
    nodeContextMenu: L(),
    nodeDragStart: L(),
    nodeDrag: L(),
    nodeDragStop: L(),
    nodesInitialized: L(),
    miniMapNodeClick: L(),
    miniMapNodeDoubleClick: L(),
    miniMapNodeMouseEnter: L(),
    miniMapNodeMouseMove: L(),
    miniMapNodeMouseLeave: L(),
    connect: L(),
    connectStart: L(),
    connectEnd: L(),
    clickConnectStart: L(),
    clickConnectEnd: L(),
    paneReady: L(),
    init: L(),
    move: L(),
    moveStart: L(),
    moveEnd: L(),
    selectionDragStart: L(),
    selectionDrag: L(),
    selectionDragStop: L(),
    selectionContextMenu: L(),
    selectionStart: L(),
    selectionEnd: L(),
    viewportChangeStart: L(),
    viewportChange: L(),
    viewportChangeEnd: L(),
    paneScroll: L(),
    paneClick: L(),
    paneContextMenu: L(),
    paneMouseEnter: L(),
    paneMouseMove: L(),
    paneMouseLeave: L(),
    edgeContextMenu: L(),
    edgeMouseEnter: L(),
    edgeMouseMove: L(),
    edgeMouseLeave: L(),
    edgeDoubleClick: L(),
    edgeClick: L(),
    edgeUpdateStart: L(),
    edgeUpdate: L(),
    edgeUpdateEnd: L(),
    updateNodeInternals: L(),
    error: L((e) => Yt(e.message))
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
    selectionMode: co.Full,
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
  }, r = (v) => Au(v, e.nodes, e.edges), s = (v) => Du(v, e.nodes, e.edges), l = (v) => ji(v, e.edges), a = ({ id: v, type: f, nodeId: p }) => {
    var N;
    const b = v ? `-${f}-${v}` : `-${f}`;
    return Array.from(((N = e.connectionLookup.get(`${p}${b}`)) == null ? void 0 : N.values()) ?? []);
  }, u = (v) => {
    if (v)
      return t.value.get(v);
  }, c = (v) => {
    if (v)
      return n.value.get(v);
  }, d = (v, f, p) => {
    var N, b;
    const Y = [];
    for (const X of v) {
      const J = {
        id: X.id,
        type: "position",
        dragging: p,
        from: X.from
      };
      if (f && (J.position = X.position, X.parentNode)) {
        const q = u(X.parentNode);
        J.position = {
          x: J.position.x - (((N = q?.computedPosition) == null ? void 0 : N.x) ?? 0),
          y: J.position.y - (((b = q?.computedPosition) == null ? void 0 : b.y) ?? 0)
        };
      }
      Y.push(J);
    }
    Y?.length && e.hooks.nodesChange.trigger(Y);
  }, h = (v) => {
    if (!e.vueFlowRef)
      return;
    const f = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!f)
      return;
    const p = window.getComputedStyle(f), { m22: N } = new window.DOMMatrixReadOnly(p.transform), b = [];
    for (const Y of v) {
      const X = Y, J = u(X.id);
      if (J) {
        const q = xn(X.nodeElement);
        if (!!(q.width && q.height && (J.dimensions.width !== q.width || J.dimensions.height !== q.height || X.forceUpdate))) {
          const ae = X.nodeElement.getBoundingClientRect();
          J.dimensions = q, J.handleBounds.source = Wo("source", X.nodeElement, ae, N, J.id), J.handleBounds.target = Wo("target", X.nodeElement, ae, N, J.id), b.push({
            id: J.id,
            type: "dimensions",
            dimensions: q
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), b.length && e.hooks.nodesChange.trigger(b);
  }, g = (v, f) => {
    const p = /* @__PURE__ */ new Set(), N = /* @__PURE__ */ new Set();
    for (const X of v)
      rt(X) ? p.add(X.id) : et(X) && N.add(X.id);
    const b = Ke(t.value, p, !0), Y = Ke(n.value, N);
    if (e.multiSelectionActive) {
      for (const X of p)
        b.push(We(X, f));
      for (const X of N)
        Y.push(We(X, f));
    }
    b.length && e.hooks.nodesChange.trigger(b), Y.length && e.hooks.edgesChange.trigger(Y);
  }, k = (v) => {
    if (e.multiSelectionActive) {
      const f = v.map((p) => We(p.id, !0));
      e.hooks.nodesChange.trigger(f);
      return;
    }
    e.hooks.nodesChange.trigger(Ke(t.value, new Set(v.map((f) => f.id)), !0)), e.hooks.edgesChange.trigger(Ke(n.value));
  }, E = (v) => {
    if (e.multiSelectionActive) {
      const f = v.map((p) => We(p.id, !0));
      e.hooks.edgesChange.trigger(f);
      return;
    }
    e.hooks.edgesChange.trigger(Ke(n.value, new Set(v.map((f) => f.id)))), e.hooks.nodesChange.trigger(Ke(t.value, /* @__PURE__ */ new Set(), !0));
  }, x = (v) => {
    g(v, !0);
  }, M = (v) => {
    const p = (v || e.nodes).map((N) => (N.selected = !1, We(N.id, !1)));
    e.hooks.nodesChange.trigger(p);
  }, I = (v) => {
    const p = (v || e.edges).map((N) => (N.selected = !1, We(N.id, !1)));
    e.hooks.edgesChange.trigger(p);
  }, y = (v) => {
    if (!v || !v.length)
      return g([], !1);
    const f = v.reduce(
      (p, N) => {
        const b = We(N.id, !1);
        return rt(N) ? p.nodes.push(b) : p.edges.push(b), p;
      },
      { nodes: [], edges: [] }
    );
    f.nodes.length && e.hooks.nodesChange.trigger(f.nodes), f.edges.length && e.hooks.edgesChange.trigger(f.edges);
  }, C = (v) => {
    var f;
    (f = e.d3Zoom) == null || f.scaleExtent([v, e.maxZoom]), e.minZoom = v;
  }, z = (v) => {
    var f;
    (f = e.d3Zoom) == null || f.scaleExtent([e.minZoom, v]), e.maxZoom = v;
  }, F = (v) => {
    var f;
    (f = e.d3Zoom) == null || f.translateExtent(v), e.translateExtent = v;
  }, B = (v) => {
    e.nodeExtent = v, i();
  }, V = (v) => {
    var f;
    (f = e.d3Zoom) == null || f.clickDistance(v);
  }, Q = (v) => {
    e.nodesDraggable = v, e.nodesConnectable = v, e.elementsSelectable = v;
  }, Z = (v) => {
    const f = v instanceof Function ? v(e.nodes) : v;
    !e.initialized && !f.length || (e.nodes = Ko(f, u, e.hooks.error.trigger));
  }, O = (v) => {
    const f = v instanceof Function ? v(e.edges) : v;
    if (!e.initialized && !f.length)
      return;
    const p = Vn(
      f,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    Bn(e.connectionLookup, n.value, p), e.edges = p;
  }, w = (v) => {
    const f = v instanceof Function ? v([...e.nodes, ...e.edges]) : v;
    !e.initialized && !f.length || (Z(f.filter(rt)), O(f.filter(et)));
  }, K = (v) => {
    let f = v instanceof Function ? v(e.nodes) : v;
    f = Array.isArray(f) ? f : [f];
    const p = Ko(f, u, e.hooks.error.trigger), N = [];
    for (const b of p)
      N.push(Ho(b));
    N.length && e.hooks.nodesChange.trigger(N);
  }, m = (v) => {
    let f = v instanceof Function ? v(e.edges) : v;
    f = Array.isArray(f) ? f : [f];
    const p = Vn(
      f,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), N = [];
    for (const b of p)
      N.push(Ho(b));
    N.length && e.hooks.edgesChange.trigger(N);
  }, $ = (v, f = !0, p = !1) => {
    const N = v instanceof Function ? v(e.nodes) : v, b = Array.isArray(N) ? N : [N], Y = [], X = [];
    function J(oe) {
      const ae = l(oe);
      for (const ve of ae)
        (!we(ve.deletable) || ve.deletable) && X.push(Fo(ve.id, ve.source, ve.target, ve.sourceHandle, ve.targetHandle));
    }
    function q(oe) {
      const ae = [];
      for (const ve of e.nodes)
        ve.parentNode === oe && ae.push(ve);
      if (ae.length) {
        for (const ve of ae)
          Y.push(Lo(ve.id));
        f && J(ae);
        for (const ve of ae)
          q(ve.id);
      }
    }
    for (const oe of b) {
      const ae = typeof oe == "string" ? u(oe) : oe;
      ae && (we(ae.deletable) && !ae.deletable || (Y.push(Lo(ae.id)), f && J([ae]), p && q(ae.id)));
    }
    X.length && e.hooks.edgesChange.trigger(X), Y.length && e.hooks.nodesChange.trigger(Y);
  }, S = (v) => {
    const f = v instanceof Function ? v(e.edges) : v, p = Array.isArray(f) ? f : [f], N = [];
    for (const b of p) {
      const Y = typeof b == "string" ? c(b) : b;
      Y && (we(Y.deletable) && !Y.deletable || N.push(
        Fo(
          typeof b == "string" ? b : b.id,
          Y.source,
          Y.target,
          Y.sourceHandle,
          Y.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(N);
  }, P = (v, f, p = !0) => {
    const N = c(v.id);
    if (!N)
      return !1;
    const b = e.edges.indexOf(N), Y = oc(v, f, N, p, e.hooks.error.trigger);
    if (Y) {
      const [X] = Vn(
        [Y],
        e.isValidConnection,
        u,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((J, q) => q === b ? X : J), Bn(e.connectionLookup, n.value, [X]), X;
    }
    return !1;
  }, A = (v, f, p = { replace: !1 }) => {
    const N = c(v);
    if (!N)
      return;
    const b = typeof f == "function" ? f(N) : f;
    N.data = p.replace ? b : { ...N.data, ...b };
  }, R = (v) => Ro(v, e.nodes), _ = (v) => {
    const f = Ro(v, e.edges);
    return Bn(e.connectionLookup, n.value, f), f;
  }, T = (v, f, p = { replace: !1 }) => {
    const N = u(v);
    if (!N)
      return;
    const b = typeof f == "function" ? f(N) : f;
    p.replace ? e.nodes.splice(e.nodes.indexOf(N), 1, b) : Object.assign(N, b);
  }, D = (v, f, p = { replace: !1 }) => {
    const N = u(v);
    if (!N)
      return;
    const b = typeof f == "function" ? f(N) : f;
    N.data = p.replace ? b : { ...N.data, ...b };
  }, G = (v, f, p = !1) => {
    p ? e.connectionClickStartHandle = v : e.connectionStartHandle = v, e.connectionEndHandle = null, e.connectionStatus = null, f && (e.connectionPosition = f);
  }, j = (v, f = null, p = null) => {
    e.connectionStartHandle && (e.connectionPosition = v, e.connectionEndHandle = f, e.connectionStatus = p);
  }, H = (v, f) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, f ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, U = (v) => {
    const f = $u(v), p = f ? null : Mt(v) ? v : u(v.id);
    return !f && !p ? [null, null, f] : [f ? v : gn(p), p, f];
  }, ee = (v, f = !0, p = e.nodes) => {
    const [N, b, Y] = U(v);
    if (!N)
      return [];
    const X = [];
    for (const J of p || e.nodes) {
      if (!Y && (J.id === b.id || !J.computedPosition))
        continue;
      const q = gn(J), oe = pn(q, N);
      (f && oe > 0 || oe >= q.width * q.height || oe >= Number(N.width) * Number(N.height)) && X.push(J);
    }
    return X;
  }, de = (v, f, p = !0) => {
    const [N] = U(v);
    if (!N)
      return !1;
    const b = pn(N, f);
    return p && b > 0 || b >= Number(N.width) * Number(N.height);
  }, ge = (v) => {
    const { viewport: f, dimensions: p, d3Zoom: N, d3Selection: b, translateExtent: Y } = e;
    if (!N || !b || !v.x && !v.y)
      return !1;
    const X = wt.translate(f.x + v.x, f.y + v.y).scale(f.zoom), J = [
      [0, 0],
      [p.width, p.height]
    ], q = N.constrain()(X, J, Y), oe = e.viewport.x !== q.x || e.viewport.y !== q.y || e.viewport.zoom !== q.k;
    return N.transform(b, q), oe;
  }, le = (v) => {
    const f = v instanceof Function ? v(e) : v, p = [
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
    N && (f.modelValue && N.push(...f.modelValue), f.nodes && N.push(...f.nodes), f.edges && N.push(...f.edges), w(N));
    const b = () => {
      we(f.maxZoom) && z(f.maxZoom), we(f.minZoom) && C(f.minZoom), we(f.translateExtent) && F(f.translateExtent);
    };
    for (const Y of Object.keys(f)) {
      const X = Y, J = f[X];
      ![..._c, ...p].includes(X) && we(J) && (e[X] = J);
    }
    Fn(() => e.d3Zoom).not.toBeNull().then(b), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: h,
    setElements: w,
    setNodes: Z,
    setEdges: O,
    addNodes: K,
    addEdges: m,
    removeNodes: $,
    removeEdges: S,
    findNode: u,
    findEdge: c,
    updateEdge: P,
    updateEdgeData: A,
    updateNode: T,
    updateNodeData: D,
    applyEdgeChanges: _,
    applyNodeChanges: R,
    addSelectedElements: x,
    addSelectedNodes: k,
    addSelectedEdges: E,
    setMinZoom: C,
    setMaxZoom: z,
    setTranslateExtent: F,
    setNodeExtent: B,
    setPaneClickDistance: V,
    removeSelectedElements: y,
    removeSelectedNodes: M,
    removeSelectedEdges: I,
    startConnection: G,
    updateConnection: j,
    endConnection: H,
    setInteractive: Q,
    setState: le,
    getIntersectingNodes: ee,
    getIncomers: r,
    getOutgoers: s,
    getConnectedEdges: l,
    getHandleConnections: a,
    isNodeIntersecting: de,
    panBy: ge,
    fitView: (v) => o.value.fitView(v),
    zoomIn: (v) => o.value.zoomIn(v),
    zoomOut: (v) => o.value.zoomOut(v),
    zoomTo: (v, f) => o.value.zoomTo(v, f),
    setViewport: (v, f) => o.value.setViewport(v, f),
    setTransform: (v, f) => o.value.setTransform(v, f),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (v, f, p) => o.value.setCenter(v, f, p),
    fitBounds: (v, f) => o.value.fitBounds(v, f),
    project: (v) => o.value.project(v),
    screenToFlowCoordinate: (v) => o.value.screenToFlowCoordinate(v),
    flowToScreenCoordinate: (v) => o.value.flowToScreenCoordinate(v),
    toObject: () => {
      const v = [], f = [];
      for (const p of e.nodes) {
        const {
          computedPosition: N,
          handleBounds: b,
          selected: Y,
          dimensions: X,
          isParent: J,
          resizing: q,
          dragging: oe,
          events: ae,
          ...ve
        } = p;
        v.push(ve);
      }
      for (const p of e.edges) {
        const { selected: N, sourceNode: b, targetNode: Y, events: X, ...J } = p;
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
      const { nodes: p, edges: N, position: b, zoom: Y, viewport: X } = v;
      p && Z(p), N && O(N);
      const [J, q] = X?.x && X?.y ? [X.x, X.y] : b ?? [null, null];
      if (J && q) {
        const oe = X?.zoom || Y || e.viewport.zoom;
        return Fn(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: J,
            y: q,
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
        const f = wt.translate(v.defaultViewport.x ?? 0, v.defaultViewport.y ?? 0).scale(ct(v.defaultViewport.zoom ?? 1, v.minZoom, v.maxZoom)), p = e.viewportRef.getBoundingClientRect(), N = [
          [0, 0],
          [p.width, p.height]
        ], b = e.d3Zoom.constrain()(f, N, v.translateExtent);
        e.d3Zoom.transform(e.d3Selection, b);
      }
      le(v);
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
    position: { default: () => W.Top },
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
    } = ye(), { id: g, node: k, nodeEl: E, connectedEdges: x } = ar(), M = Ee(), I = me(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), y = me(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), C = me(
      () => {
        var O, w, K, m, $, S;
        return ((O = s.value) == null ? void 0 : O.nodeId) === g && ((w = s.value) == null ? void 0 : w.id) === e.id && ((K = s.value) == null ? void 0 : K.type) === o.value || ((m = a.value) == null ? void 0 : m.nodeId) === g && (($ = a.value) == null ? void 0 : $.id) === e.id && ((S = a.value) == null ? void 0 : S.type) === o.value;
      }
    ), z = me(
      () => {
        var O, w, K;
        return ((O = l.value) == null ? void 0 : O.nodeId) === g && ((w = l.value) == null ? void 0 : w.id) === e.id && ((K = l.value) == null ? void 0 : K.type) === o.value;
      }
    ), { handlePointerDown: F, handleClick: B } = lr({
      nodeId: g,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), V = re(() => typeof e.connectable == "string" && e.connectable === "single" ? !x.value.some((O) => {
      const w = O[`${o.value}Handle`];
      return O[o.value] !== g ? !1 : w ? w === e.id : !0;
    }) : typeof e.connectable == "number" ? x.value.filter((O) => {
      const w = O[`${o.value}Handle`];
      return O[o.value] !== g ? !1 : w ? w === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(k, x.value) : we(e.connectable) ? e.connectable : c.value);
    Xe(() => {
      var O;
      if (!k.dimensions.width || !k.dimensions.height)
        return;
      const w = (O = k.handleBounds[o.value]) == null ? void 0 : O.find((R) => R.id === e.id);
      if (!u.value || w)
        return;
      const K = u.value.querySelector(".vue-flow__transformationpane");
      if (!E.value || !M.value || !K || !e.id)
        return;
      const m = E.value.getBoundingClientRect(), $ = M.value.getBoundingClientRect(), S = window.getComputedStyle(K), { m22: P } = new window.DOMMatrixReadOnly(S.transform), A = {
        id: e.id,
        position: e.position,
        x: ($.left - m.left) / P,
        y: ($.top - m.top) / P,
        type: o.value,
        nodeId: g,
        ...xn(M.value)
      };
      k.handleBounds[o.value] = [...k.handleBounds[o.value] ?? [], A];
    });
    function Q(O) {
      const w = ho(O);
      V.value && I.value && (w && O.button === 0 || !w) && F(O);
    }
    function Z(O) {
      !g || !l.value && !I.value || V.value && B(O);
    }
    return t({
      handleClick: B,
      handlePointerDown: F,
      onClick: Z,
      onPointerDown: Q
    }), (O, w) => (se(), ce("div", {
      ref_key: "handle",
      ref: M,
      "data-id": `${te(r)}-${te(g)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": te(g),
      "data-handlepos": O.position,
      class: je(["vue-flow__handle", [
        `vue-flow__handle-${O.position}`,
        `vue-flow__handle-${e.id}`,
        te(d),
        te(h),
        o.value,
        {
          connectable: V.value,
          connecting: z.value,
          connectablestart: I.value,
          connectableend: y.value,
          connectionindicator: V.value && (I.value && !C.value || y.value && C.value)
        }
      ]]),
      onMousedown: Q,
      onTouchstartPassive: Q,
      onClick: Z
    }, [
      lt(O.$slots, "default", { id: O.id })
    ], 42, bc));
  }
}), Nn = function({
  sourcePosition: e = W.Bottom,
  targetPosition: t = W.Top,
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
  targetPosition: e = W.Top,
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
  sourcePosition: e = W.Bottom,
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
    const t = Ee({ x: 0, y: 0, width: 0, height: 0 }), n = Ee(null), o = re(() => `translate(${e.x - t.value.width / 2} ${e.y - t.value.height / 2})`);
    Xe(i), he([() => e.x, () => e.y, n, () => e.label], i);
    function i() {
      if (!n.value)
        return;
      const r = n.value.getBBox();
      (r.width !== t.value.width || r.height !== t.value.height) && (t.value = r);
    }
    return (r, s) => (se(), ce("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      r.labelShowBg ? (se(), ce("rect", {
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
          typeof r.label != "string" ? (se(), mt(kr(r.label), { key: 0 })) : (se(), ce(Te, { key: 1 }, [
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
    }), (s, l) => (se(), ce(Te, null, [
      Se("path", ui(te(r), {
        id: s.id,
        ref_key: "pathEl",
        ref: n,
        d: s.path,
        class: "vue-flow__edge-path",
        "marker-end": s.markerEnd,
        "marker-start": s.markerStart
      }), null, 16, $c),
      s.interactionWidth ? (se(), ce("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: s.path,
        "stroke-width": s.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, Pc)) : Ne("", !0),
      s.label && s.labelX && s.labelY ? (se(), mt(Tc, {
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
function Qo({ pos: e, x1: t, y1: n, x2: o, y2: i, c: r }) {
  let s, l;
  switch (e) {
    case W.Left:
      s = t - Jt(t - o, r), l = n;
      break;
    case W.Right:
      s = t + Jt(o - t, r), l = n;
      break;
    case W.Top:
      s = t, l = n - Jt(n - i, r);
      break;
    case W.Bottom:
      s = t, l = n + Jt(i - n, r);
      break;
  }
  return [s, l];
}
function hr(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = W.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = W.Top,
    curvature: l = 0.25
  } = e, [a, u] = Qo({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r,
    c: l
  }), [c, d] = Qo({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n,
    c: l
  }), [h, g, k, E] = fr({
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
    E
  ];
}
function ei({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
  let r, s;
  switch (e) {
    case W.Left:
    case W.Right:
      r = 0.5 * (t + o), s = n;
      break;
    case W.Top:
    case W.Bottom:
      r = t, s = 0.5 * (n + i);
      break;
  }
  return [r, s];
}
function vr(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = W.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = W.Top
  } = e, [l, a] = ei({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r
  }), [u, c] = ei({
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
const ti = {
  [W.Left]: { x: -1, y: 0 },
  [W.Right]: { x: 1, y: 0 },
  [W.Top]: { x: 0, y: -1 },
  [W.Bottom]: { x: 0, y: 1 }
};
function Ac({
  source: e,
  sourcePosition: t = W.Bottom,
  target: n
}) {
  return t === W.Left || t === W.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function ni(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function Oc({
  source: e,
  sourcePosition: t = W.Bottom,
  target: n,
  targetPosition: o = W.Top,
  center: i,
  offset: r
}) {
  const s = ti[t], l = ti[o], a = { x: e.x + s.x * r, y: e.y + s.y * r }, u = { x: n.x + l.x * r, y: n.y + l.y * r }, c = Ac({
    source: a,
    sourcePosition: t,
    target: u
  }), d = c.x !== 0 ? "x" : "y", h = c[d];
  let g, k, E;
  const x = { x: 0, y: 0 }, M = { x: 0, y: 0 }, [I, y, C, z] = dr({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (s[d] * l[d] === -1) {
    k = i.x ?? I, E = i.y ?? y;
    const B = [
      { x: k, y: a.y },
      { x: k, y: u.y }
    ], V = [
      { x: a.x, y: E },
      { x: u.x, y: E }
    ];
    s[d] === h ? g = d === "x" ? B : V : g = d === "x" ? V : B;
  } else {
    const B = [{ x: a.x, y: u.y }], V = [{ x: u.x, y: a.y }];
    if (d === "x" ? g = s.x === h ? V : B : g = s.y === h ? B : V, t === o) {
      const K = Math.abs(e[d] - n[d]);
      if (K <= r) {
        const m = Math.min(r - 1, r - K);
        s[d] === h ? x[d] = (a[d] > e[d] ? -1 : 1) * m : M[d] = (u[d] > n[d] ? -1 : 1) * m;
      }
    }
    if (t !== o) {
      const K = d === "x" ? "y" : "x", m = s[d] === l[K], $ = a[K] > u[K], S = a[K] < u[K];
      (s[d] === 1 && (!m && $ || m && S) || s[d] !== 1 && (!m && S || m && $)) && (g = d === "x" ? B : V);
    }
    const Q = { x: a.x + x.x, y: a.y + x.y }, Z = { x: u.x + M.x, y: u.y + M.y }, O = Math.max(Math.abs(Q.x - g[0].x), Math.abs(Z.x - g[0].x)), w = Math.max(Math.abs(Q.y - g[0].y), Math.abs(Z.y - g[0].y));
    O >= w ? (k = (Q.x + Z.x) / 2, E = g[0].y) : (k = g[0].x, E = (Q.y + Z.y) / 2);
  }
  return [[
    e,
    { x: a.x + x.x, y: a.y + x.y },
    ...g,
    { x: u.x + M.x, y: u.y + M.y },
    n
  ], k, E, C, z];
}
function zc(e, t, n, o) {
  const i = Math.min(ni(e, t) / 2, ni(t, n) / 2, o), { x: r, y: s } = t;
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
    sourcePosition: o = W.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = W.Top,
    borderRadius: l = 5,
    centerX: a,
    centerY: u,
    offset: c = 20
  } = e, [d, h, g, k, E] = Oc({
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
  }, ""), h, g, k, E];
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
const Vc = _e({
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
}), Rc = Vc, Hc = _e({
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
        sourcePosition: e.sourcePosition ?? W.Bottom,
        targetPosition: e.targetPosition ?? W.Top
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
        sourcePosition: e.sourcePosition ?? W.Bottom,
        targetPosition: e.targetPosition ?? W.Top
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
        sourcePosition: e.sourcePosition ?? W.Bottom,
        targetPosition: e.targetPosition ?? W.Top
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
  straight: Rc,
  step: Fc,
  smoothstep: gr,
  simplebezier: Uc
};
function Kc(e, t, n) {
  const o = re(() => (E) => t.value.get(E)), i = re(() => (E) => n.value.get(E)), r = re(() => {
    const E = {
      ...Wc,
      ...e.edgeTypes
    }, x = Object.keys(E);
    for (const M of e.edges)
      M.type && !x.includes(M.type) && (E[M.type] = M.type);
    return E;
  }), s = re(() => {
    const E = {
      ...Zc,
      ...e.nodeTypes
    }, x = Object.keys(E);
    for (const M of e.nodes)
      M.type && !x.includes(M.type) && (E[M.type] = M.type);
    return E;
  }), l = re(() => e.onlyRenderVisibleElements ? qi(
    e.nodes,
    {
      x: 0,
      y: 0,
      width: e.dimensions.width,
      height: e.dimensions.height
    },
    e.viewport,
    !0
  ) : e.nodes), a = re(() => {
    if (e.onlyRenderVisibleElements) {
      const E = [];
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
        }) && E.push(x);
      }
      return E;
    }
    return e.edges;
  }), u = re(() => [...l.value, ...a.value]), c = re(() => {
    const E = [];
    for (const x of e.nodes)
      x.selected && E.push(x);
    return E;
  }), d = re(() => {
    const E = [];
    for (const x of e.edges)
      x.selected && E.push(x);
    return E;
  }), h = re(() => [
    ...c.value,
    ...d.value
  ]), g = re(() => {
    const E = [];
    for (const x of e.nodes)
      x.dimensions.width && x.dimensions.height && x.handleBounds !== void 0 && E.push(x);
    return E;
  }), k = re(
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
    const l = re(() => {
      const h = /* @__PURE__ */ new Map();
      for (const g of i.nodes)
        h.set(g.id, g);
      return h;
    }), a = re(() => {
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
  const t = nt.getInstance(), n = ri(), o = typeof e == "object", i = o ? e : { id: e }, r = i.id, s = r ?? n?.vueFlowId;
  let l;
  if (n) {
    const a = dt(Jo, null);
    typeof a < "u" && a !== null && (!s || a.id === s) && (l = a);
  }
  if (l || s && (l = t.get(s)), !l || s && l.id !== s) {
    const a = r ?? t.getId(), u = t.create(a, i);
    l = u, (n ?? si(!0)).run(() => {
      he(
        u.applyDefault,
        (d, h, g) => {
          const k = (x) => {
            u.applyNodeChanges(x);
          }, E = (x) => {
            u.applyEdgeChanges(x);
          };
          d ? (u.onNodesChange(k), u.onEdgesChange(E)) : (u.hooks.value.nodesChange.off(k), u.hooks.value.edgesChange.off(E)), g(() => {
            u.hooks.value.nodesChange.off(k), u.hooks.value.edgesChange.off(E);
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
  if (n && (st(Jo, l), n.vueFlowId = l.id), o) {
    const a = Et();
    a?.type.name !== "VueFlow" && l.emits.error(new xe(be.USEVUEFLOW_OPTIONS));
  }
  return l;
}
function qc(e) {
  const { emits: t, dimensions: n } = ye();
  let o;
  Xe(() => {
    const i = () => {
      var r, s;
      if (!e.value || !(((s = (r = e.value).checkVisibility) == null ? void 0 : s.call(r)) ?? !0))
        return;
      const l = xn(e.value);
      (l.width === 0 || l.height === 0) && t.error(new xe(be.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: l.width || 500, height: l.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), li(() => {
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
    return (t, n) => (se(), ce("div", {
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
    Xe(() => {
      var k;
      r.value || (k = a.value) == null || k.focus({ preventScroll: !0 });
    });
    const c = re(() => Ki(o.value)), d = re(() => ({
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
    return (k, E) => !te(s) && c.value.width && c.value.height ? (se(), ce("div", {
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
      deleteKeyCode: E,
      multiSelectionKeyCode: x,
      multiSelectionActive: M,
      edgeLookup: I,
      nodeLookup: y,
      connectionLookup: C,
      defaultEdgeOptions: z,
      connectionStartHandle: F,
      panOnDrag: B
    } = ye(), V = qe(null), Q = qe(/* @__PURE__ */ new Set()), Z = qe(/* @__PURE__ */ new Set()), O = qe(null), w = me(() => a.value && (e.isSelecting || r.value)), K = me(() => F.value !== null);
    let m = !1, $ = !1;
    const S = $t(E, { actInsideInputWithModifier: !1 }), P = $t(x);
    he(S, (H) => {
      H && (h(d.value), g(c.value), u.value = !1);
    }), he(P, (H) => {
      M.value = H;
    });
    function A(H, U) {
      return (ee) => {
        ee.target === U && H?.(ee);
      };
    }
    function R(H) {
      if (m || K.value) {
        m = !1;
        return;
      }
      i.paneClick(H), s(), u.value = !1;
    }
    function _(H) {
      var U;
      if (Array.isArray(B.value) && ((U = B.value) != null && U.includes(2))) {
        H.preventDefault();
        return;
      }
      i.paneContextMenu(H);
    }
    function T(H) {
      i.paneScroll(H);
    }
    function D(H) {
      var U, ee, de;
      if (O.value = ((U = t.value) == null ? void 0 : U.getBoundingClientRect()) ?? null, !a.value || !e.isSelecting || H.button !== 0 || H.target !== V.value || !O.value)
        return;
      (de = (ee = H.target) == null ? void 0 : ee.setPointerCapture) == null || de.call(ee, H.pointerId);
      const { x: ge, y: le } = nd(H, O.value);
      $ = !0, m = !1, s(), l.value = {
        width: 0,
        height: 0,
        startX: ge,
        startY: le,
        x: ge,
        y: le
      }, i.selectionStart(H);
    }
    function G(H) {
      var U;
      if (!O.value || !l.value)
        return;
      m = !0;
      const { x: ee, y: de } = Be(H, O.value), { startX: ge = 0, startY: le = 0 } = l.value, fe = {
        startX: ge,
        startY: le,
        x: ee < ge ? ee : ge,
        y: de < le ? de : le,
        width: Math.abs(ee - ge),
        height: Math.abs(de - le)
      }, ne = Q.value, ie = Z.value;
      Q.value = new Set(
        qi(n.value, fe, o.value, k.value === co.Partial, !0).map(
          (f) => f.id
        )
      ), Z.value = /* @__PURE__ */ new Set();
      const v = ((U = z.value) == null ? void 0 : U.selectable) ?? !0;
      for (const f of Q.value) {
        const p = C.value.get(f);
        if (p)
          for (const { edgeId: N } of p.values()) {
            const b = I.value.get(N);
            b && (b.selectable ?? v) && Z.value.add(N);
          }
      }
      if (!jo(ne, Q.value)) {
        const f = Ke(y.value, Q.value, !0);
        i.nodesChange(f);
      }
      if (!jo(ie, Z.value)) {
        const f = Ke(I.value, Z.value);
        i.edgesChange(f);
      }
      l.value = fe, r.value = !0, u.value = !1;
    }
    function j(H) {
      var U;
      H.button !== 0 || !$ || ((U = H.target) == null || U.releasePointerCapture(H.pointerId), !r.value && l.value && H.target === V.value && R(H), r.value = !1, l.value = null, u.value = Q.value.size > 0, i.selectionEnd(H), e.selectionKeyPressed && (m = !1), $ = !1);
    }
    return (H, U) => (se(), ce("div", {
      ref_key: "container",
      ref: V,
      class: je(["vue-flow__pane vue-flow__container", { selection: H.isSelecting }]),
      onClick: U[0] || (U[0] = (ee) => w.value ? void 0 : A(R, V.value)(ee)),
      onContextmenu: U[1] || (U[1] = (ee) => A(_, V.value)(ee)),
      onWheelPassive: U[2] || (U[2] = (ee) => A(T, V.value)(ee)),
      onPointerenter: U[3] || (U[3] = (ee) => w.value ? void 0 : te(i).paneMouseEnter(ee)),
      onPointerdown: U[4] || (U[4] = (ee) => w.value ? D(ee) : te(i).paneMouseMove(ee)),
      onPointermove: U[5] || (U[5] = (ee) => w.value ? G(ee) : te(i).paneMouseMove(ee)),
      onPointerup: U[6] || (U[6] = (ee) => w.value ? j(ee) : void 0),
      onPointerleave: U[7] || (U[7] = (ee) => te(i).paneMouseLeave(ee))
    }, [
      lt(H.$slots, "default"),
      te(r) && te(l) ? (se(), mt(Jc, {
        key: 0,
        "user-selection-rect": te(l)
      }, null, 8, ["user-selection-rect"])) : Ne("", !0),
      te(u) && te(d).length ? (se(), mt(td, { key: 1 })) : Ne("", !0)
    ], 34));
  }
}), rd = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, sd = /* @__PURE__ */ _e({
  ...rd,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = ye(), i = re(() => n.value ? !o.value : !1), r = re(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (s, l) => (se(), ce("div", {
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
      preventScrolling: E,
      noWheelClassName: x,
      noPanClassName: M,
      emits: I,
      connectionStartHandle: y,
      userSelectionActive: C,
      paneDragging: z,
      d3Zoom: F,
      d3Selection: B,
      d3ZoomHandler: V,
      viewport: Q,
      viewportRef: Z,
      paneClickDistance: O
    } = ye();
    qc(Z);
    const w = qe(!1), K = qe(!1);
    let m = null, $ = !1, S = 0, P = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const A = $t(l), R = $t(s), _ = $t(r), T = me(
      () => (!R.value || R.value && s.value === !0) && (A.value || d.value)
    ), D = me(() => A.value || a.value), G = me(() => s.value === !0 && T.value !== !0), j = me(
      () => R.value && s.value !== !0 || C.value || G.value
    ), H = me(() => y.value !== null);
    Xe(() => {
      if (!Z.value) {
        Yt("Viewport element is missing");
        return;
      }
      const le = Z.value, fe = le.getBoundingClientRect(), ne = Su().clickDistance(O.value).scaleExtent([t.value, n.value]).translateExtent(i.value), ie = $e(le).call(ne), v = ie.on("wheel.zoom"), f = wt.translate(o.value.x ?? 0, o.value.y ?? 0).scale(ct(o.value.zoom ?? 1, t.value, n.value)), p = [
        [0, 0],
        [fe.width, fe.height]
      ], N = ne.constrain()(f, p, i.value);
      ne.transform(ie, N), ne.wheelDelta(Bo), F.value = ne, B.value = ie, V.value = v, Q.value = { x: N.x, y: N.y, zoom: N.k }, ne.on("start", (b) => {
        var Y;
        if (!b.sourceEvent)
          return null;
        S = b.sourceEvent.button, w.value = !0;
        const X = de(b.transform);
        ((Y = b.sourceEvent) == null ? void 0 : Y.type) === "mousedown" && (z.value = !0), P = X, I.viewportChangeStart(X), I.moveStart({ event: b, flowTransform: X });
      }), ne.on("end", (b) => {
        if (!b.sourceEvent)
          return null;
        if (w.value = !1, z.value = !1, U(T.value, S ?? 0) && !$ && I.paneContextMenu(b.sourceEvent), $ = !1, ee(P, b.transform)) {
          const Y = de(b.transform);
          P = Y, I.viewportChangeEnd(Y), I.moveEnd({ event: b, flowTransform: Y });
        }
      }), ne.filter((b) => {
        var Y;
        const X = _.value || k.value, J = g.value && b.ctrlKey, q = b.button, oe = b.type === "wheel";
        if (q === 1 && b.type === "mousedown" && (ge(b, "vue-flow__node") || ge(b, "vue-flow__edge")))
          return !0;
        if (!T.value && !X && !D.value && !h.value && !g.value || C.value || H.value && !oe || !h.value && b.type === "dblclick" || ge(b, x.value) && oe || ge(b, M.value) && (!oe || D.value && oe && !_.value) || !g.value && b.ctrlKey && oe || !X && !D.value && !J && oe)
          return !1;
        if (!g && b.type === "touchstart" && ((Y = b.touches) == null ? void 0 : Y.length) > 1)
          return b.preventDefault(), !1;
        if (!T.value && (b.type === "mousedown" || b.type === "touchstart") || G.value && Array.isArray(d.value) && d.value.includes(0) && q === 0 || Array.isArray(d.value) && !d.value.includes(q) && (b.type === "mousedown" || b.type === "touchstart"))
          return !1;
        const ae = Array.isArray(d.value) && d.value.includes(q) || s.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !q || q <= 1;
        return (!b.ctrlKey || A.value || oe) && ae;
      }), he(
        [C, T],
        () => {
          C.value && !w.value ? ne.on("zoom", null) : C.value || ne.on("zoom", (b) => {
            Q.value = { x: b.transform.x, y: b.transform.y, zoom: b.transform.k };
            const Y = de(b.transform);
            $ = U(T.value, S ?? 0), I.viewportChange(Y), I.move({ event: b, flowTransform: Y });
          });
        },
        { immediate: !0 }
      ), he(
        [C, D, u, _, g, E, x],
        () => {
          D.value && !_.value && !C.value ? ie.on(
            "wheel.zoom",
            (b) => {
              if (ge(b, x.value))
                return !1;
              const Y = _.value || k.value, X = g.value && b.ctrlKey;
              if (!(!E.value || D.value || Y || X))
                return !1;
              b.preventDefault(), b.stopImmediatePropagation();
              const q = ie.property("__zoom").k || 1, oe = mn();
              if (!A.value && b.ctrlKey && g.value && oe) {
                const pr = Oe(b), mr = Bo(b), yr = q * 2 ** mr;
                ne.scaleTo(ie, yr, pr, b);
                return;
              }
              const ae = b.deltaMode === 1 ? 20 : 1;
              let ve = u.value === Tt.Vertical ? 0 : b.deltaX * ae, Ue = u.value === Tt.Horizontal ? 0 : b.deltaY * ae;
              !oe && b.shiftKey && u.value !== Tt.Vertical && !ve && Ue && (ve = Ue, Ue = 0), ne.translateBy(
                ie,
                -(ve / q) * c.value,
                -(Ue / q) * c.value
              );
              const Ae = de(ie.property("__zoom"));
              m && clearTimeout(m), K.value ? (I.move({ event: b, flowTransform: Ae }), I.viewportChange(Ae), m = setTimeout(() => {
                I.moveEnd({ event: b, flowTransform: Ae }), I.viewportChangeEnd(Ae), K.value = !1;
              }, 150)) : (K.value = !0, I.moveStart({ event: b, flowTransform: Ae }), I.viewportChangeStart(Ae));
            },
            { passive: !1 }
          ) : typeof v < "u" && ie.on(
            "wheel.zoom",
            function(b, Y) {
              const X = !E.value && b.type === "wheel" && !b.ctrlKey, J = _.value || k.value, q = g.value && b.ctrlKey;
              if (!J && !a.value && !q && b.type === "wheel" || X || ge(b, x.value))
                return null;
              b.preventDefault(), v.call(this, b, Y);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function U(le, fe) {
      return fe === 2 && Array.isArray(le) && le.includes(2);
    }
    function ee(le, fe) {
      return le.x !== fe.x && !Number.isNaN(fe.x) || le.y !== fe.y && !Number.isNaN(fe.y) || le.zoom !== fe.k && !Number.isNaN(fe.k);
    }
    function de(le) {
      return {
        x: le.x,
        y: le.y,
        zoom: le.k
      };
    }
    function ge(le, fe) {
      return le.target.closest(`.${fe}`);
    }
    return (le, fe) => (se(), ce("div", {
      ref_key: "viewportRef",
      ref: Z,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      ke(id, {
        "is-selecting": j.value,
        "selection-key-pressed": te(R),
        class: je({
          connecting: H.value,
          dragging: te(z),
          draggable: te(d) === !0 || Array.isArray(te(d)) && te(d).includes(0)
        })
      }, {
        default: ln(() => [
          ke(sd, null, {
            default: ln(() => [
              lt(le.$slots, "default")
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
    return (i, r) => (se(), ce(Te, null, [
      Se("div", {
        id: `${te(Li)}-${te(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + Ie(te(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, ud),
      Se("div", {
        id: `${te(Fi)}-${te(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, cd),
      te(n) ? Ne("", !0) : (se(), ce("div", {
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
  he(
    () => e.viewportHelper.value.viewportInitialized,
    (t) => {
      t && setTimeout(() => {
        e.emits.init(e), e.emits.paneReady(e);
      }, 1);
    }
  );
}
function gd(e, t, n) {
  return n === W.Left ? e - t : n === W.Right ? e + t : e;
}
function pd(e, t, n) {
  return n === W.Top ? e - t : n === W.Bottom ? e + t : e;
}
const vo = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = W.Top,
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
vo.props = ["radius", "centerX", "centerY", "position", "type"];
vo.compatConfig = { MODE: 3 };
const oi = vo, md = _e({
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
      elementsSelectable: E,
      edgesUpdatable: x,
      edgesFocusable: M,
      hooks: I
    } = ye(), y = re(() => c(e.id)), { emit: C, on: z } = lc(y.value, r), F = dt(Sn), B = Et(), V = Ee(!1), Q = Ee(!1), Z = Ee(""), O = Ee(null), w = Ee("source"), K = Ee(null), m = me(
      () => typeof y.value.selectable > "u" ? E.value : y.value.selectable
    ), $ = me(() => typeof y.value.updatable > "u" ? x.value : y.value.updatable), S = me(() => typeof y.value.focusable > "u" ? M.value : y.value.focusable);
    st(ic, e.id), st(rc, K);
    const P = re(() => y.value.class instanceof Function ? y.value.class(y.value) : y.value.class), A = re(() => y.value.style instanceof Function ? y.value.style(y.value) : y.value.style), R = re(() => {
      const f = y.value.type || "default", p = F?.[`edge-${f}`];
      if (p)
        return p;
      let N = y.value.template ?? a.value[f];
      if (typeof N == "string" && B) {
        const b = Object.keys(B.appContext.components);
        b && b.includes(f) && (N = ai(f, !1));
      }
      return N && typeof N != "string" ? N : (r.error(new xe(be.EDGE_TYPE_MISSING, N)), !1);
    }), { handlePointerDown: _ } = lr({
      nodeId: Z,
      handleId: O,
      type: w,
      isValidConnection: h,
      edgeUpdaterType: w,
      onEdgeUpdate: G,
      onEdgeUpdateEnd: j
    });
    return () => {
      const f = d(y.value.source), p = d(y.value.target), N = "pathOptions" in y.value ? y.value.pathOptions : {};
      if (!f && !p)
        return r.error(new xe(be.EDGE_SOURCE_TARGET_MISSING, y.value.id, y.value.source, y.value.target)), null;
      if (!f)
        return r.error(new xe(be.EDGE_SOURCE_MISSING, y.value.id, y.value.source)), null;
      if (!p)
        return r.error(new xe(be.EDGE_TARGET_MISSING, y.value.id, y.value.target)), null;
      if (!y.value || y.value.hidden || f.hidden || p.hidden)
        return null;
      let b;
      o.value === Qe.Strict ? b = f.handleBounds.source : b = [...f.handleBounds.source || [], ...f.handleBounds.target || []];
      const Y = Xo(b, y.value.sourceHandle);
      let X;
      o.value === Qe.Strict ? X = p.handleBounds.target : X = [...p.handleBounds.target || [], ...p.handleBounds.source || []];
      const J = Xo(X, y.value.targetHandle), q = Y?.position || W.Bottom, oe = J?.position || W.Top, { x: ae, y: ve } = bt(f, Y, q), { x: Ue, y: Ae } = bt(p, J, oe);
      return y.value.sourceX = ae, y.value.sourceY = ve, y.value.targetX = Ue, y.value.targetY = Ae, pe(
        "g",
        {
          ref: K,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${R.value === !1 ? "default" : y.value.type || "default"}`,
            l.value,
            P.value,
            {
              updating: V.value,
              selected: y.value.selected,
              animated: y.value.animated,
              inactive: !m.value && !I.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: S.value ? 0 : void 0,
          "aria-label": y.value.ariaLabel === null ? void 0 : y.value.ariaLabel ?? `Edge from ${y.value.source} to ${y.value.target}`,
          "aria-describedby": S.value ? `${Fi}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: S.value ? "group" : "img",
          ...y.value.domAttributes,
          onClick: U,
          onContextmenu: ee,
          onDblclick: de,
          onMouseenter: ge,
          onMousemove: le,
          onMouseleave: fe,
          onKeyDown: S.value ? v : void 0
        },
        [
          Q.value ? null : pe(R.value === !1 ? a.value.default : R.value, {
            id: e.id,
            sourceNode: f,
            targetNode: p,
            source: y.value.source,
            target: y.value.target,
            type: y.value.type,
            updatable: $.value,
            selected: y.value.selected,
            animated: y.value.animated,
            label: y.value.label,
            labelStyle: y.value.labelStyle,
            labelShowBg: y.value.labelShowBg,
            labelBgStyle: y.value.labelBgStyle,
            labelBgPadding: y.value.labelBgPadding,
            labelBgBorderRadius: y.value.labelBgBorderRadius,
            data: y.value.data,
            events: { ...y.value.events, ...z },
            style: A.value,
            markerStart: `url('#${Ht(y.value.markerStart, t)}')`,
            markerEnd: `url('#${Ht(y.value.markerEnd, t)}')`,
            sourcePosition: q,
            targetPosition: oe,
            sourceX: ae,
            sourceY: ve,
            targetX: Ue,
            targetY: Ae,
            sourceHandleId: y.value.sourceHandle,
            targetHandleId: y.value.targetHandle,
            interactionWidth: y.value.interactionWidth,
            ...N
          }),
          [
            $.value === "source" || $.value === !0 ? [
              pe(
                "g",
                {
                  onMousedown: ne,
                  onMouseenter: T,
                  onMouseout: D
                },
                pe(oi, {
                  position: q,
                  centerX: ae,
                  centerY: ve,
                  radius: i.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            $.value === "target" || $.value === !0 ? [
              pe(
                "g",
                {
                  onMousedown: ie,
                  onMouseenter: T,
                  onMouseout: D
                },
                pe(oi, {
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
    function T() {
      V.value = !0;
    }
    function D() {
      V.value = !1;
    }
    function G(f, p) {
      C.update({ event: f, edge: y.value, connection: p });
    }
    function j(f) {
      C.updateEnd({ event: f, edge: y.value }), Q.value = !1;
    }
    function H(f, p) {
      f.button === 0 && (Q.value = !0, Z.value = p ? y.value.target : y.value.source, O.value = (p ? y.value.targetHandle : y.value.sourceHandle) ?? null, w.value = p ? "target" : "source", C.updateStart({ event: f, edge: y.value }), _(f));
    }
    function U(f) {
      var p;
      const N = { event: f, edge: y.value };
      m.value && (s.value = !1, y.value.selected && g.value ? (u([y.value]), (p = K.value) == null || p.blur()) : n([y.value])), C.click(N);
    }
    function ee(f) {
      C.contextMenu({ event: f, edge: y.value });
    }
    function de(f) {
      C.doubleClick({ event: f, edge: y.value });
    }
    function ge(f) {
      C.mouseEnter({ event: f, edge: y.value });
    }
    function le(f) {
      C.mouseMove({ event: f, edge: y.value });
    }
    function fe(f) {
      C.mouseLeave({ event: f, edge: y.value });
    }
    function ne(f) {
      H(f, !0);
    }
    function ie(f) {
      H(f, !1);
    }
    function v(f) {
      var p;
      !k.value && Yi.includes(f.key) && m.value && (f.key === "Escape" ? ((p = K.value) == null || p.blur(), u([c(e.id)])) : n([c(e.id)]));
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
    } = ye(), h = (e = dt(Sn)) == null ? void 0 : e["connection-line"], g = re(() => {
      var I;
      return d((I = o.value) == null ? void 0 : I.nodeId);
    }), k = re(() => {
      var I;
      return d((I = i.value) == null ? void 0 : I.nodeId) ?? null;
    }), E = re(() => ({
      x: (r.value.x - c.value.x) / c.value.zoom,
      y: (r.value.y - c.value.y) / c.value.zoom
    })), x = re(
      () => a.value.markerStart ? `url(#${Ht(a.value.markerStart, t)})` : ""
    ), M = re(
      () => a.value.markerEnd ? `url(#${Ht(a.value.markerEnd, t)})` : ""
    );
    return () => {
      var I, y, C;
      if (!g.value || !o.value)
        return null;
      const z = o.value.id, F = o.value.type, B = g.value.handleBounds;
      let V = B?.[F] ?? [];
      if (n.value === Qe.Loose) {
        const A = B?.[F === "source" ? "target" : "source"] ?? [];
        V = [...V, ...A];
      }
      if (!V)
        return null;
      const Q = (z ? V.find((A) => A.id === z) : V[0]) ?? null, Z = Q?.position ?? W.Top, { x: O, y: w } = bt(g.value, Q, Z);
      let K = null;
      k.value && (n.value === Qe.Strict ? K = ((I = k.value.handleBounds[F === "source" ? "target" : "source"]) == null ? void 0 : I.find(
        (A) => {
          var R;
          return A.id === ((R = i.value) == null ? void 0 : R.id);
        }
      )) || null : K = ((y = [...k.value.handleBounds.source ?? [], ...k.value.handleBounds.target ?? []]) == null ? void 0 : y.find(
        (A) => {
          var R;
          return A.id === ((R = i.value) == null ? void 0 : R.id);
        }
      )) || null);
      const m = ((C = i.value) == null ? void 0 : C.position) ?? (Z ? Qn[Z] : null);
      if (!Z || !m)
        return null;
      const $ = s.value ?? a.value.type ?? tt.Bezier;
      let S = "";
      const P = {
        sourceX: O,
        sourceY: w,
        sourcePosition: Z,
        targetX: E.value.x,
        targetY: E.value.y,
        targetPosition: m
      };
      return $ === tt.Bezier ? [S] = hr(P) : $ === tt.Step ? [S] = to({
        ...P,
        borderRadius: 0
      }) : $ === tt.SmoothStep ? [S] = to(P) : $ === tt.SimpleBezier ? [S] = vr(P) : S = `M${O},${w} ${E.value.x},${E.value.y}`, pe(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        pe(
          "g",
          { class: "vue-flow__connection" },
          h ? pe(h, {
            sourceX: O,
            sourceY: w,
            sourcePosition: Z,
            targetX: E.value.x,
            targetY: E.value.y,
            targetPosition: m,
            sourceNode: g.value,
            sourceHandle: Q,
            targetNode: k.value,
            targetHandle: K,
            markerEnd: M.value,
            markerStart: x.value,
            connectionStatus: u.value
          }) : pe("path", {
            d: S,
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
    return (t, n) => (se(), ce("marker", {
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
      t.type === te(jn).ArrowClosed ? (se(), ce("polyline", {
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
      t.type === te(jn).Arrow ? (se(), ce("polyline", {
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
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = ye(), r = re(() => {
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
    return (s, l) => (se(), ce("svg", Sd, [
      Se("defs", null, [
        (se(!0), ce(Te, null, Pt(r.value, (a) => (se(), mt(Ed, {
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
    return (i, r) => (se(), ce(Te, null, [
      ke(Cd),
      (se(!0), ce(Te, null, Pt(te(n), (s) => (se(), ce("svg", {
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
      ariaLiveMessage: E,
      snapToGrid: x,
      snapGrid: M,
      nodeDragThreshold: I,
      nodesDraggable: y,
      elementsSelectable: C,
      nodesConnectable: z,
      nodesFocusable: F,
      hooks: B
    } = ye(), V = Ee(null);
    st(rr, V), st(ir, e.id);
    const Q = dt(Sn), Z = Et(), O = ur(), { node: w, parentNode: K } = ar(e.id), { emit: m, on: $ } = dc(w, s), S = me(() => typeof w.draggable > "u" ? y.value : w.draggable), P = me(() => typeof w.selectable > "u" ? C.value : w.selectable), A = me(() => typeof w.connectable > "u" ? z.value : w.connectable), R = me(() => typeof w.focusable > "u" ? F.value : w.focusable), _ = re(
      () => P.value || S.value || B.value.nodeClick.hasListeners() || B.value.nodeDoubleClick.hasListeners() || B.value.nodeMouseEnter.hasListeners() || B.value.nodeMouseMove.hasListeners() || B.value.nodeMouseLeave.hasListeners()
    ), T = me(() => !!w.dimensions.width && !!w.dimensions.height), D = re(() => {
      const p = w.type || "default", N = Q?.[`node-${p}`];
      if (N)
        return N;
      let b = w.template || d.value[p];
      if (typeof b == "string" && Z) {
        const Y = Object.keys(Z.appContext.components);
        Y && Y.includes(p) && (b = ai(p, !1));
      }
      return b && typeof b != "string" ? b : (s.error(new xe(be.NODE_TYPE_MISSING, b)), !1);
    }), G = sr({
      id: e.id,
      el: V,
      disabled: () => !S.value,
      selectable: P,
      dragHandle: () => w.dragHandle,
      onStart(p) {
        m.dragStart(p);
      },
      onDrag(p) {
        m.drag(p);
      },
      onStop(p) {
        m.dragStop(p);
      },
      onClick(p) {
        v(p);
      }
    }), j = re(() => w.class instanceof Function ? w.class(w) : w.class), H = re(() => {
      const p = (w.style instanceof Function ? w.style(w) : w.style) || {}, N = w.width instanceof Function ? w.width(w) : w.width, b = w.height instanceof Function ? w.height(w) : w.height;
      return !p.width && N && (p.width = typeof N == "string" ? N : `${N}px`), !p.height && b && (p.height = typeof b == "string" ? b : `${b}px`), p;
    }), U = me(() => Number(w.zIndex ?? H.value.zIndex ?? 0));
    return c((p) => {
      (p.includes(e.id) || !p.length) && de();
    }), Xe(() => {
      he(
        () => w.hidden,
        (p = !1, N, b) => {
          !p && V.value && (e.resizeObserver.observe(V.value), b(() => {
            V.value && e.resizeObserver.unobserve(V.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), he([() => w.type, () => w.sourcePosition, () => w.targetPosition], () => {
      Ve(() => {
        u([{ id: e.id, nodeElement: V.value, forceUpdate: !0 }]);
      });
    }), he(
      [
        () => w.position.x,
        () => w.position.y,
        () => {
          var p;
          return (p = K.value) == null ? void 0 : p.computedPosition.x;
        },
        () => {
          var p;
          return (p = K.value) == null ? void 0 : p.computedPosition.y;
        },
        () => {
          var p;
          return (p = K.value) == null ? void 0 : p.computedPosition.z;
        },
        U,
        () => w.selected,
        () => w.dimensions.height,
        () => w.dimensions.width,
        () => {
          var p;
          return (p = K.value) == null ? void 0 : p.dimensions.height;
        },
        () => {
          var p;
          return (p = K.value) == null ? void 0 : p.dimensions.width;
        }
      ],
      ([p, N, b, Y, X, J]) => {
        const q = {
          x: p,
          y: N,
          z: J + (g.value && w.selected ? 1e3 : 0)
        };
        typeof b < "u" && typeof Y < "u" ? w.computedPosition = Hu({ x: b, y: Y, z: X }, q) : w.computedPosition = q;
      },
      { flush: "post", immediate: !0 }
    ), he([() => w.extent, h], ([p, N], [b, Y]) => {
      (p !== b || N !== Y) && ee();
    }), w.extent === "parent" || typeof w.extent == "object" && "range" in w.extent && w.extent.range === "parent" ? Fn(() => T).toBe(!0).then(ee) : ee(), () => w.hidden ? null : pe(
      "div",
      {
        ref: V,
        "data-id": w.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${D.value === !1 ? "default" : w.type || "default"}`,
          {
            [n.value]: S.value,
            dragging: G?.value,
            draggable: S.value,
            selected: w.selected,
            selectable: P.value,
            parent: w.isParent
          },
          j.value
        ],
        style: {
          visibility: T.value ? "visible" : "hidden",
          zIndex: w.computedPosition.z ?? U.value,
          transform: `translate(${w.computedPosition.x}px,${w.computedPosition.y}px)`,
          pointerEvents: _.value ? "all" : "none",
          ...H.value
        },
        tabIndex: R.value ? 0 : void 0,
        role: R.value ? "group" : void 0,
        "aria-describedby": k.value ? void 0 : `${Li}-${t}`,
        "aria-label": w.ariaLabel,
        "aria-roledescription": "node",
        ...w.domAttributes,
        onMouseenter: ge,
        onMousemove: le,
        onMouseleave: fe,
        onContextmenu: ne,
        onClick: v,
        onDblclick: ie,
        onKeydown: f
      },
      [
        pe(D.value === !1 ? d.value.default : D.value, {
          id: w.id,
          type: w.type,
          data: w.data,
          events: { ...w.events, ...$ },
          selected: w.selected,
          resizing: w.resizing,
          dragging: G.value,
          connectable: A.value,
          position: w.computedPosition,
          dimensions: w.dimensions,
          isValidTargetPos: w.isValidTargetPos,
          isValidSourcePos: w.isValidSourcePos,
          parent: w.parentNode,
          parentNodeId: w.parentNode,
          zIndex: w.computedPosition.z ?? U.value,
          targetPosition: w.targetPosition,
          sourcePosition: w.sourcePosition,
          label: w.label,
          dragHandle: w.dragHandle,
          onUpdateNodeInternals: de
        })
      ]
    );
    function ee() {
      const p = w.computedPosition, { computedPosition: N, position: b } = fo(
        w,
        x.value ? En(p, M.value) : p,
        s.error,
        h.value,
        K.value
      );
      (w.computedPosition.x !== N.x || w.computedPosition.y !== N.y) && (w.computedPosition = { ...w.computedPosition, ...N }), (w.position.x !== b.x || w.position.y !== b.y) && (w.position = b);
    }
    function de() {
      V.value && u([{ id: e.id, nodeElement: V.value, forceUpdate: !0 }]);
    }
    function ge(p) {
      G?.value || m.mouseEnter({ event: p, node: w });
    }
    function le(p) {
      G?.value || m.mouseMove({ event: p, node: w });
    }
    function fe(p) {
      G?.value || m.mouseLeave({ event: p, node: w });
    }
    function ne(p) {
      return m.contextMenu({ event: p, node: w });
    }
    function ie(p) {
      return m.doubleClick({ event: p, node: w });
    }
    function v(p) {
      P.value && (!o.value || !S.value || I.value > 0) && eo(
        w,
        r.value,
        a,
        l,
        i,
        !1,
        V.value
      ), m.click({ event: p, node: w });
    }
    function f(p) {
      if (!(Jn(p) || k.value))
        if (Yi.includes(p.key) && P.value) {
          const N = p.key === "Escape";
          eo(
            w,
            r.value,
            a,
            l,
            i,
            N,
            V.value
          );
        } else S.value && w.selected && pt[p.key] && (p.preventDefault(), E.value = `Moved selected node ${p.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~w.position.x}, y: ${~~w.position.y}`, O(
          {
            x: pt[p.key].x,
            y: pt[p.key].y
          },
          p.shiftKey
        ));
    }
  }
}), Td = Id;
function $d(e = { includeHiddenNodes: !1 }) {
  const { nodes: t } = ye();
  return re(() => {
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
    return he(
      i,
      (s) => {
        s && Ve(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), Xe(() => {
      r.value = new ResizeObserver((s) => {
        const l = s.map((a) => ({
          id: a.target.getAttribute("data-id"),
          nodeElement: a.target,
          forceUpdate: !0
        }));
        Ve(() => n(l));
      });
    }), li(() => {
      var s;
      return (s = r.value) == null ? void 0 : s.disconnect();
    }), (s, l) => (se(), ce("div", Pd, [
      r.value ? (se(!0), ce(Te, { key: 0 }, Pt(te(t), (a, u, c, d) => {
        const h = [a.id];
        if (d && d.key === a.id && xr(d, h))
          return d;
        const g = (se(), mt(te(Td), {
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
  Xe(() => {
    if (or()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new xe(be.MISSING_STYLES));
    }
  });
}
const zd = /* @__PURE__ */ Se("div", { class: "vue-flow__edge-labels" }, null, -1), Bd = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, Vd = /* @__PURE__ */ _e({
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
    return mc(n, a.hooks), vd(), Od(), st(Sn, i), wr(u), t(a), (c, d) => (se(), ce("div", {
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
}), Rd = ["data-block", "title"], Hd = { class: "sb-node-head" }, Ld = { class: "q-icon notranslate material-icons sb-node-icon" }, Fd = { class: "sb-node-title" }, Yd = ["title"], Gd = {
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
    const t = e, n = dt("sbCanvas"), o = re(() => {
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
    }), i = re(() => {
      const r = o.value.value;
      return r === "TRUE" ? "sb-v-true" : r === "FALSE" ? "sb-v-false" : r === "UNKNOWN" ? "sb-v-unknown" : "";
    });
    return (r, s) => (se(), ce("div", {
      class: je(["sb-node", [i.value, { "sb-has-problem": o.value.problems.length }, o.value.diff ? "sb-diff-" + o.value.diff : ""]]),
      "data-block": o.value.block,
      title: o.value.problems.join(`
`)
    }, [
      Se("div", Hd, [
        Se("i", Ld, Ie(o.value.icon), 1),
        Se("span", Fd, Ie(o.value.title), 1),
        o.value.problems.length ? (se(), ce("span", {
          key: 0,
          class: "sb-badge",
          title: o.value.problems.join(`
`)
        }, "!", 8, Yd)) : Ne("", !0),
        o.value.diff ? (se(), ce("span", Gd, Ie(o.value.diff === "added" ? "+" : "Δ"), 1)) : Ne("", !0)
      ]),
      Se("div", Xd, Ie(e.id), 1),
      o.value.summary ? (se(), ce("div", Ud, Ie(o.value.summary), 1)) : Ne("", !0),
      o.value.value !== void 0 && o.value.value !== null ? (se(), ce("div", Zd, Ie(o.value.value), 1)) : Ne("", !0),
      Se("div", Wd, [
        Se("div", Kd, [
          (se(!0), ce(Te, null, Pt(o.value.inputs, (l) => (se(), ce("div", {
            key: "i" + l.name,
            class: "sb-port sb-port-in"
          }, [
            ke(te(xt), {
              type: "target",
              id: l.name,
              position: te(W).Left,
              class: je("sb-t-" + l.type),
              title: l.name + " : " + l.type
            }, null, 8, ["id", "position", "class", "title"]),
            Se("span", null, [
              ci(Ie(l.name), 1),
              l.required ? (se(), ce("b", qd, "*")) : Ne("", !0)
            ])
          ]))), 128))
        ]),
        Se("div", jd, [
          (se(!0), ce(Te, null, Pt(o.value.outputs, (l) => (se(), ce("div", {
            key: "o" + l.name,
            class: "sb-port sb-port-out"
          }, [
            Se("span", null, Ie(l.name), 1),
            ke(te(xt), {
              type: "source",
              id: l.name,
              position: te(W).Right,
              class: je("sb-t-" + l.type),
              title: l.name + " : " + l.type
            }, null, 8, ["id", "position", "class", "title"])
          ]))), 128))
        ])
      ])
    ], 10, Rd));
  }
}, Qd = {
  key: 0,
  class: "sb-empty"
}, ii = "application/x-safeblocks-block", tf = {
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
  emits: ["nodeadd", "edgeadd", "nodemove", "itemsremove", "nodeselect"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, r = "sb-flow-" + Math.random().toString(36).slice(2), s = ye(r), { addNodes: l, addEdges: a, setNodes: u, setEdges: c, findNode: d, getEdges: h, getNodes: g, screenToFlowCoordinate: k, fitView: E } = s, x = Hn({ resetting: !1, empty: !0 });
    function M(_) {
      return `${_.source}.${_.sourceHandle}->${_.target}.${_.targetHandle}`;
    }
    function I(_) {
      const [T, D] = y(_.from), [G, j] = y(_.to);
      return { id: `${_.from}->${_.to}`, source: T, sourceHandle: D, target: G, targetHandle: j };
    }
    function y(_) {
      const T = _.indexOf(".");
      return [_.slice(0, T), _.slice(T + 1)];
    }
    function C(_) {
      return { id: _.id, type: "block", position: _.position || { x: 0, y: 0 }, data: { block: _.block } };
    }
    const z = re(() => {
      const _ = {};
      for (const T of h.value) (_[T.target] ||= []).push(T.targetHandle);
      return _;
    });
    function F(_, T) {
      if (!T.variadic) return T.inputs;
      const D = [...new Set(z.value[_] || [])].sort();
      let G = "a";
      for (let j = 97; j < 123; j++) {
        const H = String.fromCharCode(j);
        if (!D.includes(H)) {
          G = H;
          break;
        }
      }
      return [...D, G].map((j) => ({ name: j, type: T.variadic.type, required: !1 }));
    }
    const B = Hn({ problems: {}, edges: {}, values: {}, summaries: {}, highlight: {} });
    function V(_, T) {
      T = T || {};
      for (const D of Object.keys(_)) D in T || delete _[D];
      for (const [D, G] of Object.entries(T))
        JSON.stringify(_[D]) !== JSON.stringify(G) && (_[D] = G);
    }
    function Q(_) {
      _.problems && (V(B.problems, _.problems.nodes), V(B.edges, _.problems.edges)), _.values && V(B.values, _.values), _.summaries && V(B.summaries, _.summaries), _.highlight && V(B.highlight, _.highlight);
    }
    he(
      () => [o.problems, o.values, o.summaries, o.highlight],
      () => Q({
        problems: o.problems,
        values: o.values,
        summaries: o.summaries,
        highlight: o.highlight
      }),
      { immediate: !0 }
    ), st("sbCanvas", { props: o, ov: B, inputsOf: F });
    function Z(_) {
      x.resetting = !0, u((_.nodes || []).map(C)), c((_.edges || []).map(I)), x.empty = !(_.nodes || []).length, Ve(() => {
        x.resetting = !1, (_.nodes || []).length && setTimeout(() => E({ padding: 0.15, maxZoom: 1.2 }), 50);
      });
    }
    Xe(() => Z(o.graph)), he(() => o.graph.rev, () => Z(o.graph)), he(() => [B.edges, B.values, h.value.length], () => {
      for (const _ of h.value) {
        const T = B.edges[M(_)] ? "sb-edge-problem" : B.values[_.source] === "TRUE" ? "sb-edge-true" : "";
        _.class !== T && (_.class = T);
      }
    }, { deep: !0 });
    function O(_, T, D) {
      const G = d(_), j = G && o.blocks[G.data.block];
      if (!j) return null;
      if (D === "out") return j.outputs.find((U) => U.name === T) || null;
      const H = j.inputs.find((U) => U.name === T);
      return H || (j.variadic ? { name: T, type: j.variadic.type } : null);
    }
    function w(_) {
      if (_.source === _.target) return !1;
      const T = O(_.source, _.sourceHandle, "out"), D = O(_.target, _.targetHandle, "in");
      return !T || !D || !(o.accepts[D.type] || []).includes(T.type) ? !1 : !h.value.some((G) => G.target === _.target && G.targetHandle === _.targetHandle);
    }
    s.onConnect((_) => {
      if (!w(_)) return;
      const T = `${_.source}.${_.sourceHandle}`, D = `${_.target}.${_.targetHandle}`;
      a([{ id: `${T}->${D}`, ..._ }]), i("edgeadd", { from: T, to: D });
    }), s.onNodeDragStop(({ nodes: _ }) => {
      i("nodemove", _.map((T) => ({ id: T.id, position: { x: Math.round(T.position.x), y: Math.round(T.position.y) } })));
    }), s.onNodesChange((_) => {
      if (x.empty = g.value.length === 0, x.resetting) return;
      const T = _.filter((D) => D.type === "remove").map((D) => D.id);
      T.length && i("itemsremove", { nodes: T, edges: [] });
    }), s.onEdgesChange((_) => {
      if (x.resetting) return;
      const T = _.filter((D) => D.type === "remove").map((D) => D.id);
      T.length && i("itemsremove", { nodes: [], edges: T });
    }), s.onNodeClick(({ node: _ }) => i("nodeselect", { id: _.id })), s.onPaneClick(() => i("nodeselect", { id: null }));
    function K(_) {
      const T = _.split(".").pop().replace(/[^A-Za-z0-9_]/g, "_") || "n", D = new Set(g.value.map((G) => G.id));
      for (let G = 1; ; G++) if (!D.has(T + G)) return T + G;
    }
    function m(_, T) {
      let D = !1;
      const G = () => {
        const j = document.querySelector(`.vue-flow__node[data-id="${CSS.escape(_)}"]`);
        if (!D && j && j.offsetWidth > 0 && getComputedStyle(j).visibility !== "hidden" && (D = !0, (window.__sbDropTimes ||= []).push(performance.now() - T)), D && j && j.querySelector(".sb-has-problem")) {
          (window.__sbValidatedTimes ||= []).push(performance.now() - T);
          return;
        }
        performance.now() - T < 1e4 && requestAnimationFrame(G);
      };
      requestAnimationFrame(G);
    }
    function $(_) {
      _.dataTransfer && [..._.dataTransfer.types].includes(ii) && (_.preventDefault(), _.dataTransfer.dropEffect = "copy");
    }
    function S(_) {
      const T = _.dataTransfer && _.dataTransfer.getData(ii);
      if (!T || !o.blocks[T]) return;
      _.preventDefault();
      const D = performance.now(), G = k({ x: _.clientX, y: _.clientY }), j = { x: Math.round(G.x - 75), y: Math.round(G.y - 20) }, H = K(T);
      l([C({ id: H, block: T, position: j })]), x.empty = !1, m(H, D), i("nodeadd", { id: H, block: T, position: j });
    }
    function P(_) {
      d(_.id) || (l([C(_)]), x.empty = !1);
    }
    function A(_) {
      a([I(_)]);
    }
    function R() {
      E({ padding: 0.15, maxZoom: 1.2 });
    }
    return t({ addNode: P, addEdge: A, fit: R, newId: K, setOverlay: Q }), (_, T) => (se(), ce("div", {
      class: "sb-canvas",
      onDragover: $,
      onDrop: S
    }, [
      ke(te(Vd), {
        id: r,
        "min-zoom": 0.1,
        "max-zoom": 2,
        "snap-to-grid": !0,
        "snap-grid": [8, 8],
        "delete-key-code": ["Backspace", "Delete"],
        "is-valid-connection": w,
        "default-edge-options": { type: "default" }
      }, {
        "node-block": ln((D) => [
          ke(Jd, {
            id: D.id,
            data: D.data
          }, null, 8, ["id", "data"])
        ]),
        _: 1
      }),
      x.empty && e.emptyText ? (se(), ce("div", Qd, Ie(e.emptyText), 1)) : Ne("", !0)
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

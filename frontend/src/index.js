// Entry of the bundle: the CSS is imported as text and injected once, so the whole canvas is a
// single file NiceGUI can load as a component (no separate stylesheet to register).
import flowCss from "@vue-flow/core/dist/style.css?inline";
import themeCss from "@vue-flow/core/dist/theme-default.css?inline";
import ownCss from "./canvas.css?inline";
import RuleCanvas from "./RuleCanvas.vue";

if (typeof document !== "undefined" && !document.getElementById("sb-canvas-css")) {
  const style = document.createElement("style");
  style.id = "sb-canvas-css";
  style.textContent = flowCss + "\n" + themeCss + "\n" + ownCss;
  document.head.append(style);
}

export default RuleCanvas;

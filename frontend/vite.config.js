// Builds the rule canvas as ONE ES module (CSS inlined) that NiceGUI serves as a custom
// component. "vue" stays external: NiceGUI's import map provides its own Vue 3, and a second
// copy of Vue in the page would break reactivity between the two.
import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

export default defineConfig({
  plugins: [vue()],
  build: {
    lib: { entry: "./src/index.js", formats: ["es"], fileName: () => "rule_canvas.js" },
    outDir: "../builder_ui/static/canvas",
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    rollupOptions: { external: ["vue"] },
  },
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
});

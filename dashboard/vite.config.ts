import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Served by the Worker from dashboard/dist at the site root; the Worker answers /api/*.
export default defineConfig({
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's sources carry comments Rollup cannot place; harmless, and not ours to fix.
        if (warning.code === "INVALID_ANNOTATION" && warning.id?.includes("node_modules")) return;
        warn(warning);
      },
    },
  },
  server: {
    // `wrangler dev` listens on 8787: same-origin /api in dev as in production, so the
    // session cookie behaves the same.
    proxy: { "/api": { target: "http://127.0.0.1:8787", changeOrigin: false } },
  },
});

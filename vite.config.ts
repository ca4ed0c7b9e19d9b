import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { tanstackRouter } from "@tanstack/router-plugin/vite";

export default defineConfig({
  // The router plugin must come before react().
  plugins: [tanstackRouter({ target: "react", autoCodeSplitting: true }), react(), tailwindcss()],
  server: { proxy: { "/api": "http://127.0.0.1:8300" } },
  preview: { proxy: { "/api": "http://127.0.0.1:8300" } },
  build: { sourcemap: false, chunkSizeWarningLimit: 600 },
});

import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { tanstackRouter } from "@tanstack/router-plugin/vite";
import { graphqlDocuments } from "./vite-graphql-documents.ts";

const api = { "/api": "http://127.0.0.1:8300" };

export default defineConfig({
  plugins: [
    // Each graphql(`…`) document travels with the code that sends it (build only; see the file).
    graphqlDocuments(),
    // The router plugin must come before react().
    tanstackRouter({ target: "react", autoCodeSplitting: true }),
    react(),
    tailwindcss(),
  ],
  server: { proxy: api },
  preview: { proxy: api },
  build: { sourcemap: false, chunkSizeWarningLimit: 600 },
});

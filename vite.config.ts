import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const apiTarget = "http://127.0.0.1:3311";

/** One Vite app serves the whole site: the public pages at `/` and the staff app under `/staff/`. */
export default defineConfig({
  root: "web",
  base: "/",
  plugins: [react()],
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
  },
  server: {
    proxy: {
      "/api": apiTarget,
      "/healthz": apiTarget,
      "/open311": apiTarget,
      "/open-data": apiTarget,
      "/media": apiTarget,
    },
  },
});

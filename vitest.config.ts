import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["common/**/*.test.ts", "server/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ["default"],
  },
});

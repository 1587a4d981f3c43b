/** Module boundaries from docs/architecture.md, enforced by `npm run lint`. */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Circular dependencies make modules impossible to reason about one at a time.",
      from: {},
      to: { circular: true },
    },
    {
      name: "common-is-isomorphic",
      severity: "error",
      comment: "common/ holds contracts and rules shared by server and web; it imports neither.",
      from: { path: "^common/" },
      to: { path: "^(server|web)/" },
    },
    {
      name: "web-never-imports-server",
      severity: "error",
      from: { path: "^web/" },
      to: { path: "^server/" },
    },
    {
      name: "platform-knows-no-domain",
      severity: "error",
      comment: "server/platform/ is infrastructure; it may use the schema but no module.",
      from: { path: "^server/platform/" },
      to: { path: "^server/(modules|db/seeds)/" },
    },
    {
      name: "modules-meet-through-index",
      severity: "error",
      comment: "A module's index.ts is its only public face: other modules import nothing else of it.",
      from: { path: "^server/modules/([^/]+)/" },
      to: {
        path: "^server/modules/([^/]+)/",
        pathNot: ["^server/modules/$1/", "^server/modules/[^/]+/index\\.ts$"],
      },
    },
    {
      name: "outsiders-use-module-index",
      severity: "error",
      comment: "Code outside the modules (app, seeds, CLI) also goes through each module's index.ts.",
      from: { path: "^server/", pathNot: "^server/modules/" },
      to: { path: "^server/modules/[^/]+/.+", pathNot: "^server/modules/[^/]+/index\\.ts$" },
    },
    {
      name: "no-test-code-in-production",
      severity: "error",
      from: { path: "^(server|common|web)/", pathNot: "(\\.test\\.ts$|^server/test/)" },
      to: { path: "(\\.test\\.ts$|^server/test/)" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
  },
};

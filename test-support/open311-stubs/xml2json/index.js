module.exports = new Proxy(
  {},
  {
    get() {
      throw new Error("XML is not available in this test client (JSON only)");
    },
  },
);

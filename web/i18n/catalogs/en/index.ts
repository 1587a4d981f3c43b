import common from "./common";

/** Every area's words in this language. Adding an area: a file per language and a line here. */
const catalog = { common };
export default catalog;

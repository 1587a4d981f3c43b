import type en from "../en";
import common from "./common";
import portal from "./portal";

/** Every area's words in this language. Adding an area: a file per language and a line here. */
const catalog: typeof en = { common, portal };
export default catalog;

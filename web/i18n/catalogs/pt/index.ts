import type en from "../en";
import common from "./common";
import performance from "./performance";
import portal from "./portal";
import report from "./report";

/** Every area's words in this language. Adding an area: a file per language and a line here. */
const catalog: typeof en = { common, performance, portal, report };
export default catalog;

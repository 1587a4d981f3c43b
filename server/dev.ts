/** Entry for `npm run dev`: the same CLI, run from source by tsx. */
import { main } from "./cli.js";

await main([process.argv[0]!, "civic311", "serve"]);

/** The engines every language test runs on, through one shared table. */
import type { EngineName } from "../../compiler/engine.js";

export const ENGINES: readonly EngineName[] = ["interp", "compiled"];

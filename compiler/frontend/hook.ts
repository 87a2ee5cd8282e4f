/** Gives the runtime its view of the front end (see runtime/reflect/frontend-hook.ts). */
import { installFrontEnd } from "../../runtime/reflect/frontend-hook.js";
import { frontEnd } from "./reflect.js";

let installed = false;

export function installHook(): void {
  if (installed) return;
  installed = true;
  installFrontEnd(frontEnd);
}

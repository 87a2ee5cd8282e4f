/** examples/hello-vigy.lisp written directly against the host: a log line and a noop. */
import type { VigyHost } from "../../runtime/vigy/host.js";

export default function tick(host: VigyHost): void {
  host.log.push({ level: "info", message: "hello from a vigy" });
  host.actions.push({ kind: "noop", result: "ok" });
}

#!/usr/bin/env node
// The built CLI (npm ci runs the build through `prepare`).
import { main } from "../dist/compiler/cli/main.js";

process.exitCode = main(process.argv.slice(2));

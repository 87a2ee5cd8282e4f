#!/usr/bin/env node
// The built CLI (npm ci runs the build through `prepare`); see compiler/cli/launch.ts.
import "../dist/compiler/cli/launch.js";

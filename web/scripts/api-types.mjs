// Generates web/src/api/schema.d.ts from the service's OpenAPI document (openapi-typescript).
//   node web/scripts/api-types.mjs                  document from the built service (dist/), no database needed
//   node web/scripts/api-types.mjs --from doc.json  document from a file (e.g. what /docs-json served)
//   --check                                         write nothing; exit 1 when the committed file differs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const target = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));
const args = process.argv.slice(2);
const fromIndex = args.indexOf('--from');
const check = args.includes('--check');

async function loadDocument() {
  if (fromIndex >= 0) return JSON.parse(readFileSync(args[fromIndex + 1], 'utf8'));
  const { describeApiOffline } = await import('../../dist/app/openapi-offline.js');
  return describeApiOffline();
}

const HEADER =
  "// Generated from the service's OpenAPI document by `npm run web:api-types`. Do not edit by hand.\n\n";

const document = await loadDocument();
const text = HEADER + astToString(await openapiTS(document, { alphabetize: true }));
if (check) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // no committed file: a drift too
  }
  if (committed !== text) {
    process.stderr.write(`${target} differs from the OpenAPI document: run npm run web:api-types\n`);
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target}\n`);
}
process.exit(0);

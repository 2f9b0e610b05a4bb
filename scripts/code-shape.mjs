#!/usr/bin/env node
// Prints two figures of the server's shape (issue 14, docs/adr/0013): the largest source files and the
// widest constructors (how many dependencies a class has injected). Reads src/ as text with the
// TypeScript parser; writes nothing. Usage: node scripts/code-shape.mjs [--top N] [dir]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const topIndex = args.indexOf('--top');
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 15;
const root = args.find((arg, i) => !arg.startsWith('--') && i !== topIndex + 1) ?? 'src';

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(root).map((path) => ({ path: relative('.', path), text: readFileSync(path, 'utf8') }));

const sizes = files
  .map(({ path, text }) => ({ path, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) }))
  .sort((a, b) => b.lines - a.lines);

const constructors = [];
for (const { path, text } of files) {
  if (path.endsWith('.spec.ts')) continue;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isClassDeclaration(node) && node.name) {
      const ctor = node.members.find(ts.isConstructorDeclaration);
      if (ctor) constructors.push({ path, name: node.name.text, width: ctor.parameters.length });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
constructors.sort((a, b) => b.width - a.width || a.name.localeCompare(b.name));

console.log(`Largest files under ${root}/ (lines):`);
for (const { path, lines } of sizes.slice(0, top)) console.log(`${String(lines).padStart(6)}  ${path}`);
console.log(`\nWidest constructors under ${root}/ (parameters, spec files left out):`);
for (const { path, name, width } of constructors.slice(0, 10)) {
  console.log(`${String(width).padStart(6)}  ${name} (${path})`);
}
const over = (n) => constructors.filter((c) => c.width >= n).length;
console.log(`\nClasses with >= 8 dependencies: ${over(8)}; >= 10: ${over(10)}; files over 500 lines: ${sizes.filter((s) => s.lines > 500 && !s.path.endsWith('.spec.ts')).length}`);
